#pragma once

#include "auth/KeptSignIn.h"
#include "cloud/KeychainBinding.h"
#include "common/Error.h"
#include "config/ConnectorConfig.h"
#include "secrets/SecretStore.h"

#include <QObject>

#include <functional>

namespace flexo {

// The monitoring sign-in kept for a config, in the keychain entry KeychainBinding::keptSignInEntryFor()
// derives (bound like the secret). Every operation goes through the SecretStore, so each has its timeout
// and answers once, later, unless `context` is destroyed first.
class SignInKeeper : public QObject
{
    Q_OBJECT

public:
    struct Lookup
    {
        KeptSignIn kept;     // null when none is kept
        KeychainEntry entry; // the bound entry (empty when none could be derived)
        Error error;         // null when found, and when simply none is kept; else why it could not be read

        [[nodiscard]] bool found() const { return !kept.isNull(); }
    };
    using LookupCallback = std::function<void(const Lookup &)>;
    using DoneCallback = std::function<void(const Error &error)>;

    explicit SignInKeeper(SecretStore *store, QObject *parent = nullptr);

    void read(const ConnectorConfig &config, QObject *context, LookupCallback done);
    // Replaces what is kept for `config` with `kept`; a null error once the keychain holds it.
    void write(const ConnectorConfig &config, const KeptSignIn &kept, QObject *context, DoneCallback done);
    // Removes it; a null error also when none was kept.
    void remove(const ConnectorConfig &config, QObject *context, DoneCallback done);

private:
    template<typename Answer>
    void answerLater(QObject *context, std::function<void(const Answer &)> done, Answer answer);

    SecretStore *m_store = nullptr;
};

} // namespace flexo
