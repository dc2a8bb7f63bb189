#pragma once

#include "common/Error.h"
#include "config/ConnectorConfig.h"

#include <QList>
#include <QObject>

#include <chrono>
#include <functional>

namespace flexo {

class SecretKeeper;

// One line of FlexO's Teams integration form.
struct HandoverField
{
    enum class Kind { TenantId, ApplicationId, ApplicationSecretKey, RedirectionUrl, LifecycleUrl };

    Kind kind = Kind::TenantId;
    QString name;  // FlexO's own label for the field
    QString value; // empty for the secret: it is fetched only when asked for

    [[nodiscard]] bool isSecret() const { return kind == Kind::ApplicationSecretKey; }
};

// What the admin types into FlexO's Teams integration form, under the form's own field names, for the
// wizard's last step, the diagnose window and `show`. The secret is not part of the fields: it is
// read from the keychain entry bound to the config only when fetchSecret() is called (a Copy or Show
// pressed, `show --reveal` on a terminal).
class FlexoHandover : public QObject
{
    Q_OBJECT

public:
    using SecretCallback = std::function<void(const QString &secret, const Error &error)>;

    // How long a copied secret may stay on the clipboard.
    static constexpr std::chrono::seconds clipboardLifetime{30};

    // `keeper` may be null (no keychain); then only a secret the config holds in memory can be given.
    FlexoHandover(ConnectorConfig config, SecretKeeper *keeper, QObject *parent = nullptr);

    [[nodiscard]] const ConnectorConfig &config() const { return m_config; }

    // In the order of FlexO's form; one Redirection URL per FlexO redirect URI.
    [[nodiscard]] static QList<HandoverField> fields(const ConnectorConfig &config);
    // FlexO's label of a field. Not translated: it has to match the form the admin has in front of them.
    [[nodiscard]] static QString fieldName(HandoverField::Kind kind);
    // What stands for the secret until it is fetched: its hint and expiry, never the value.
    [[nodiscard]] static QString secretPlaceholder(const ConnectorConfig &config);
    // Save in FlexO without enabling; enable once the first user's sign-in worked.
    [[nodiscard]] static QString reminder();
    [[nodiscard]] static QString clipboardNotice();

    // Reads the secret from the keychain entry bound to the config; falls back on a secret the config
    // holds in memory (a wizard that could not use the keychain). `done` runs once, later, unless
    // `context` is destroyed first.
    void fetchSecret(QObject *context, SecretCallback done);

private:
    ConnectorConfig m_config;
    SecretKeeper *m_keeper = nullptr;
};

} // namespace flexo
