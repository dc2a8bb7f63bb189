#include "diagnosis/SignInKeeper.h"

#include "common/Logging.h"
#include "secrets/SecretErrors.h"

#include <QPointer>

namespace flexo {

SignInKeeper::SignInKeeper(SecretStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{}

template<typename Answer>
void SignInKeeper::answerLater(QObject *context, std::function<void(const Answer &)> done, Answer answer)
{
    // Like the store's own answers: later, from the event loop, and not at all once `context` is gone.
    QPointer<QObject> guard(context);
    QMetaObject::invokeMethod(
        this,
        [guard, done = std::move(done), answer] {
            if (guard && done)
                done(answer);
        },
        Qt::QueuedConnection);
}

void SignInKeeper::read(const ConnectorConfig &config, QObject *context, LookupCallback done)
{
    Lookup lookup;
    const Result<KeychainEntry> entry = KeychainBinding::keptSignInEntryFor(config);
    if (!entry.ok() || !m_store) {
        lookup.error =
            entry.ok() ? secretErrors::noSecretService(QStringLiteral("no secret store")) : entry.error();
        answerLater<Lookup>(context, std::move(done), lookup);
        return;
    }
    lookup.entry = entry.value();
    QPointer<QObject> guard(context);
    m_store->read(lookup.entry.service, lookup.entry.key, this,
                  [lookup, guard, done = std::move(done)](const SecretStore::Outcome &outcome) mutable {
                      if (outcome.ok())
                          lookup.kept = KeptSignIn::fromValue(outcome.value);
                      else if (outcome.failure != SecretStore::Failure::NotFound)
                          lookup.error = outcome.error;
                      if (outcome.ok() && lookup.kept.isNull())
                          qCWarning(lcSecrets) << "unreadable kept sign-in in" << lookup.entry.key;
                      if (guard && done)
                          done(lookup);
                  });
}

void SignInKeeper::write(const ConnectorConfig &config, const KeptSignIn &kept, QObject *context,
                         DoneCallback done)
{
    const Result<KeychainEntry> entry = KeychainBinding::keptSignInEntryFor(config);
    if (!entry.ok() || !m_store) {
        answerLater<Error>(context, std::move(done),
                           entry.ok() ? secretErrors::noSecretService(QStringLiteral("no secret store"))
                                      : entry.error());
        return;
    }
    QPointer<QObject> guard(context);
    // One write replaces the value as a whole: the keychain never holds half of the old and new one.
    m_store->write(entry.value().service, entry.value().key, kept.toValue(), this,
                   [guard, done = std::move(done)](const SecretStore::Outcome &outcome) {
                       if (guard && done)
                           done(outcome.ok() ? Error() : outcome.error);
                   });
}

void SignInKeeper::remove(const ConnectorConfig &config, QObject *context, DoneCallback done)
{
    const Result<KeychainEntry> entry = KeychainBinding::keptSignInEntryFor(config);
    if (!entry.ok() || !m_store) {
        answerLater<Error>(context, std::move(done),
                           entry.ok() ? secretErrors::noSecretService(QStringLiteral("no secret store"))
                                      : entry.error());
        return;
    }
    QPointer<QObject> guard(context);
    m_store->remove(entry.value().service, entry.value().key, this,
                    [guard, done = std::move(done)](const SecretStore::Outcome &outcome) {
                        if (guard && done)
                            done(outcome.ok() ? Error() : outcome.error);
                    });
}

} // namespace flexo
