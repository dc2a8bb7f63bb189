#pragma once

#include "checks/Check.h"

#include <QPointer>

namespace flexo {

class SignInCheck;

// "refresh": the refresh token obtained by the sign-in is redeemed once (the sign-in session does
// it right after the sign-in; this check reports it).
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

    QPointer<SignInCheck> m_signIn;
    CheckContext *m_context = nullptr;
    QMetaObject::Connection m_connection;
};

} // namespace flexo
