#include "setup/FlexoHandover.h"

#include "common/Redaction.h"
#include "diagnosis/SecretKeeper.h"

#include <QLocale>
#include <QPointer>
#include <QTimer>

namespace flexo {

FlexoHandover::FlexoHandover(ConnectorConfig config, SecretKeeper *keeper, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_keeper(keeper)
{
    if (!m_config.secret.isEmpty())
        registerSensitiveValue(m_config.secret);
}

QString FlexoHandover::fieldName(HandoverField::Kind kind)
{
    switch (kind) {
    case HandoverField::Kind::TenantId:
        return QStringLiteral("Tenant ID");
    case HandoverField::Kind::ApplicationId:
        return QStringLiteral("Application ID");
    case HandoverField::Kind::ApplicationSecretKey:
        return QStringLiteral("Application Secret Key");
    case HandoverField::Kind::RedirectionUrl:
        return QStringLiteral("Redirection URL");
    case HandoverField::Kind::LifecycleUrl:
        return QStringLiteral("Lifecycle URL");
    }
    return {};
}

QList<HandoverField> FlexoHandover::fields(const ConnectorConfig &config)
{
    using Kind = HandoverField::Kind;
    QList<HandoverField> list;
    list.append({Kind::TenantId, fieldName(Kind::TenantId), config.tenant()});
    list.append({Kind::ApplicationId, fieldName(Kind::ApplicationId), config.clientId});
    list.append({Kind::ApplicationSecretKey, fieldName(Kind::ApplicationSecretKey), {}});
    const QStringList uris = config.redirectUris.isEmpty() ? QStringList{QString()} : config.redirectUris;
    for (const QString &uri : uris)
        list.append({Kind::RedirectionUrl, fieldName(Kind::RedirectionUrl), uri});
    list.append({Kind::LifecycleUrl, fieldName(Kind::LifecycleUrl), config.lifecycleUrl.toString()});
    return list;
}

QString FlexoHandover::secretPlaceholder(const ConnectorConfig &config)
{
    const QString hint =
        config.secretHint.isEmpty() ? tr("the client secret") : config.secretHint + QChar(0x2026);
    if (!config.secretExpiry.isValid())
        return hint;
    return tr("%1 (expires on %2)").arg(hint, QLocale().toString(config.secretExpiry, QLocale::ShortFormat));
}

QString FlexoHandover::reminder()
{
    return tr("In FlexO, save the Teams integration with these values but leave it disabled. Enable it only "
              "once the first user has signed in to Teams from FlexO successfully.");
}

QString FlexoHandover::clipboardNotice()
{
    return tr("A copied secret is removed from the clipboard after %n seconds.", nullptr,
              int(clipboardLifetime.count()));
}

void FlexoHandover::fetchSecret(QObject *context, SecretCallback done)
{
    QPointer<QObject> guard(context);
    const QString inMemory = m_config.secret;
    auto deliver = [guard, done](const QString &secret, const Error &error) {
        if (guard && done)
            done(secret, error);
    };
    if (!m_keeper) {
        // Answer from the event loop, as the keychain does, so callers see one behaviour.
        QTimer::singleShot(0, this, [deliver, inMemory] {
            if (!inMemory.isEmpty()) {
                deliver(inMemory, {});
                return;
            }
            deliver({},
                    Error::make(QStringLiteral("handover.no-secret"), tr("No client secret is available."),
                                tr("There is no keychain to read it from."),
                                tr("Type the secret into FlexO yourself, or replace the client secret.")));
        });
        return;
    }
    m_keeper->read(m_config, this, [deliver, inMemory](const SecretKeeper::Lookup &lookup) {
        if (lookup.found())
            deliver(lookup.secret, {});
        else if (!inMemory.isEmpty())
            deliver(inMemory, {});
        else
            deliver({}, lookup.error);
    });
}

} // namespace flexo
