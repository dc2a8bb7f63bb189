#pragma once

#include "checks/Check.h"

#include <QPointer>

namespace flexo {

class KeptSignInRefresh;
struct KeptSignIn;
class SignInCheck;
struct AuthResult;

// "refresh": a refresh token is redeemed once. After a test sign-in the sign-in session does it and
// this check reports it (and keeps the sign-in when asked to). Without a person, the sign-in kept from
// an earlier run is redeemed here (KeptSignInRefresh) and its rotated refresh token replaces the kept
// one before the result is reported.
class RefreshCheck : public Check
{
    Q_OBJECT

public:
    explicit RefreshCheck(SignInCheck *signIn, QObject *parent = nullptr);

    CheckId id() const override { return CheckId::Refresh; }
    QString title() const override;
    void start(CheckContext &context) override;
    void cancel() override;

private:
    void registerSessionValues();
    void onSessionRefreshed(const AuthResult &auth);
    void startKept(CheckContext &context);
    void onKeptRefreshed(const AuthResult &auth);
    // Hands `result` on once `kept` is stored; a failed write turns a pass into a warning.
    void keepThenFinish(CheckResult result, const KeptSignIn &kept, bool rotation);

    QPointer<SignInCheck> m_signIn;
    QPointer<KeptSignInRefresh> m_kept;
    CheckContext *m_context = nullptr;
    QMetaObject::Connection m_connection;
    quint64 m_attempt = 0; // a store answer of a cancelled attempt is dropped
};

} // namespace flexo
