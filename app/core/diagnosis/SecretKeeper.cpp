#include "diagnosis/SecretKeeper.h"

#include "common/Logging.h"
#include "config/ConfigRules.h"
#include "secrets/SecretErrors.h"

namespace flexo {

SecretKeeper::SecretKeeper(SecretStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{}

Error SecretKeeper::notFound(const ConnectorConfig &config, const KeychainEntry &entry)
{
    const QString fix =
        KeychainBinding::mayAdoptLegacyEntries(config)
            ? tr("Save the secret again from the wizard or with `import`, or give it with --secret-stdin or "
                 "FLEXO_CLIENT_SECRET.")
            : tr("Save the secret again from the wizard or with `import`, or give it with --secret-stdin or "
                 "FLEXO_CLIENT_SECRET. A secret saved by an earlier version is taken over by itself only in "
                 "Microsoft's own clouds, never for a custom cloud.");
    return Error::make(
        QString(secretErrors::notFoundCode),
        tr("The keychain holds no client secret for this app registration (entry “%1”).").arg(entry.key),
        tr("A secret is kept under its cloud's sign-in address, tenant ID and client ID; none "
           "was saved for these on this computer, or the keyring is locked (a locked keyring "
           "looks empty)."),
        fix, QStringLiteral("no entry %1/%2").arg(entry.service, entry.key));
}

void SecretKeeper::read(const ConnectorConfig &config, QObject *context, LookupCallback done)
{
    Lookup lookup;
    const Result<KeychainEntry> entry = KeychainBinding::entryFor(config);
    QPointer<QObject> guard(context);
    if (!entry.ok() || !m_store) {
        lookup.error =
            entry.ok() ? secretErrors::noSecretService(QStringLiteral("no secret store")) : entry.error();
        QMetaObject::invokeMethod(
            this,
            [guard, done = std::move(done), lookup] {
                if (guard)
                    done(lookup);
            },
            Qt::QueuedConnection);
        return;
    }
    lookup.entry = entry.value();
    m_store->read(
        lookup.entry.service, lookup.entry.key, this,
        [this, config, lookup, guard, done = std::move(done)](const SecretStore::Outcome &outcome) mutable {
            if (outcome.ok()) {
                lookup.secret = rules::normalizeSecret(outcome.value);
                if (guard)
                    done(lookup);
                return;
            }
            if (outcome.failure != SecretStore::Failure::NotFound) {
                lookup.error = outcome.error;
                if (guard)
                    done(lookup);
                return;
            }
            if (!KeychainBinding::mayAdoptLegacyEntries(config)) {
                lookup.error = notFound(config, lookup.entry);
                if (guard)
                    done(lookup);
                return;
            }
            readLegacy(config, KeychainBinding::legacyEntriesFor(config), lookup, guard, std::move(done));
        });
}

void SecretKeeper::readLegacy(const ConnectorConfig &config, QList<KeychainEntry> remaining, Lookup lookup,
                              QPointer<QObject> context, LookupCallback done)
{
    if (remaining.isEmpty()) {
        lookup.error = notFound(config, lookup.entry);
        if (context)
            done(lookup);
        return;
    }
    const KeychainEntry legacy = remaining.takeFirst();
    m_store->read(legacy.service, legacy.key, this,
                  [this, config, remaining, lookup, legacy, context,
                   done = std::move(done)](const SecretStore::Outcome &outcome) mutable {
                      if (outcome.ok() && !rules::normalizeSecret(outcome.value).isEmpty()) {
                          adopt(legacy, rules::normalizeSecret(outcome.value), lookup, context,
                                std::move(done));
                          return;
                      }
                      readLegacy(config, remaining, lookup, context, std::move(done));
                  });
}

void SecretKeeper::adopt(const KeychainEntry &legacy, const QString &secret, Lookup lookup,
                         QPointer<QObject> context, LookupCallback done)
{
    lookup.secret = secret;
    m_store->write(
        lookup.entry.service, lookup.entry.key, secret, this,
        [this, legacy, lookup, context, done = std::move(done)](const SecretStore::Outcome &written) mutable {
            if (!written.ok()) {
                // The secret is usable now; the move is tried again next time.
                qCWarning(lcSecrets) << "could not move the secret of" << legacy.key << "to"
                                     << lookup.entry.key << ":" << written.error.detail;
                if (context)
                    done(lookup);
                return;
            }
            lookup.migrated = true;
            qCInfo(lcSecrets) << "moved the secret of" << legacy.key << "to" << lookup.entry.key;
            // Removed only once the bound entry holds it: the secret is never in neither. The answer
            // waits for the removal, so a command that exits next does not cut it short.
            m_store->remove(legacy.service, legacy.key, this,
                            [lookup, context, done](const SecretStore::Outcome &removed) {
                                if (!removed.ok())
                                    qCWarning(lcSecrets)
                                        << "the earlier entry stays:" << removed.error.detail;
                                if (context)
                                    done(lookup);
                            });
        });
}

void SecretKeeper::write(const ConnectorConfig &config, const QString &secret, QObject *context,
                         WriteCallback done)
{
    const Result<KeychainEntry> entry = KeychainBinding::entryFor(config);
    QPointer<QObject> guard(context);
    if (!entry.ok() || !m_store) {
        const Error error =
            entry.ok() ? secretErrors::noSecretService(QStringLiteral("no secret store")) : entry.error();
        QMetaObject::invokeMethod(
            this,
            [guard, done = std::move(done), error] {
                if (guard)
                    done(error, {});
            },
            Qt::QueuedConnection);
        return;
    }
    const KeychainEntry bound = entry.value();
    m_store->write(bound.service, bound.key, rules::normalizeSecret(secret), this,
                   [guard, bound, done = std::move(done)](const SecretStore::Outcome &outcome) {
                       if (guard)
                           done(outcome.ok() ? Error() : outcome.error, bound);
                   });
}

} // namespace flexo
