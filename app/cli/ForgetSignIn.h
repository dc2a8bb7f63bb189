#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace flexo {
class SecretStore;
}

namespace flexo::cli {

// `diagnose --forget-sign-in CONFIG...`: removes the monitoring sign-in kept for each config from the
// keychain (SignInKeeper), waiting for each answer within the store's timeout. Exit code 0 when every
// entry is gone (also when none was kept), 1 when the keychain refused, 2 for an unreadable config.
class ForgetSignIn
{
    Q_DECLARE_TR_FUNCTIONS(flexo::cli::ForgetSignIn)

public:
    ForgetSignIn(SecretStore *store, QTextStream &out, QTextStream &err);

    [[nodiscard]] int run(const QStringList &paths);

private:
    SecretStore *m_store;
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace flexo::cli
