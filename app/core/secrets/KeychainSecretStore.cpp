#include "secrets/KeychainSecretStore.h"

#include "secrets/SecretErrors.h"

#include <qt6keychain/keychain.h>

namespace flexo {

namespace {

bool mentionsAny(const QString &text, std::initializer_list<QLatin1String> words)
{
    for (const QLatin1String &word : words) {
        if (text.contains(word, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// libsecret reports most environment problems as OtherError; only the text tells them apart.
bool meansNoSessionBus(const QString &text)
{
    return mentionsAny(text, {QLatin1String("autolaunch"), QLatin1String("dbus-launch"),
                              QLatin1String("DBUS_SESSION_BUS_ADDRESS"), QLatin1String("session bus")});
}

bool meansNoSecretService(const QString &text)
{
    return mentionsAny(text, {QLatin1String("org.freedesktop.secrets"), QLatin1String("ServiceUnknown"),
                              QLatin1String("not provided by any .service")});
}

// libsecret asks for the default collection ("login"); without a keyring file it does not exist, and
// gnome-keyring needs a prompt to create it.
bool meansNoKeyring(const QString &text)
{
    return text.contains(QLatin1String("/org/freedesktop/secrets/collection/")) &&
           mentionsAny(text, {QLatin1String("does not exist"), QLatin1String("No such object")});
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : SecretStore(parent)
{}

void KeychainSecretStore::start(const Request &request)
{
    QKeychain::Job *job = nullptr;
    switch (request.operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(request.service);
        break;
    case Operation::Write: {
        auto *write = new QKeychain::WritePasswordJob(request.service);
        write->setTextData(request.value);
        job = write;
        break;
    }
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(request.service);
        break;
    }
    job->setKey(request.key);
    job->setInsecureFallback(false);
    // The job deletes itself after `finished`, also when we gave up on it: deleting a job that is still
    // running would leave libsecret calling back into freed memory.
    job->setAutoDelete(true);

    // Bound to the store: once the store is gone, a late `finished` reaches nobody. The data is copied
    // here because the job is deleted right after this slot.
    connect(job, &QKeychain::Job::finished, this,
            [this, id = request.id, operation = request.operation, service = request.service,
             key = request.key](QKeychain::Job *finished) {
                Outcome outcome =
                    outcomeFor(operation, finished->error(), finished->errorString(), service, key);
                if (outcome.ok() && operation == Operation::Read) {
                    if (const auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(finished))
                        outcome.value = read->textData();
                }
                complete(id, std::move(outcome));
            });
    job->start();
}

SecretStore::Outcome KeychainSecretStore::outcomeFor(Operation operation, int keychainError,
                                                     const QString &keychainMessage, const QString &service,
                                                     const QString &key)
{
    const QString detail = QStringLiteral("QtKeychain %1 of service %2 key %3: error %4 \"%5\"")
                               .arg(operationName(operation), service, key)
                               .arg(keychainError)
                               .arg(keychainMessage);
    switch (keychainError) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        // The entry is gone either way; other backends than libsecret report this for a remove.
        if (operation == Operation::Remove)
            return {};
        return {Failure::NotFound, {}, secretErrors::notFound(service, key, detail)};
    case QKeychain::AccessDeniedByUser:
        return {Failure::AccessDenied, {}, secretErrors::deniedByUser(detail)};
    case QKeychain::AccessDenied:
        // libsecret: "Cannot create an item in a locked collection"; KWallet: the wallet did not open.
        return {Failure::AccessDenied, {}, secretErrors::locked(detail)};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return {Failure::NoBackend, {}, secretErrors::noSecretService(detail)};
    case QKeychain::OtherError:
        if (meansNoSessionBus(keychainMessage))
            return {Failure::NoBackend, {}, secretErrors::noSessionBus(detail)};
        if (meansNoSecretService(keychainMessage))
            return {Failure::NoBackend, {}, secretErrors::noSecretService(detail)};
        if (meansNoKeyring(keychainMessage))
            return {Failure::AccessDenied, {}, secretErrors::noLoginKeyring(detail)};
        if (keychainMessage.contains(QLatin1String("locked"), Qt::CaseInsensitive))
            return {Failure::AccessDenied, {}, secretErrors::locked(detail)};
        break;
    default:
        break;
    }
    return {Failure::Other, {}, secretErrors::failed(keychainMessage, detail)};
}

} // namespace flexo
