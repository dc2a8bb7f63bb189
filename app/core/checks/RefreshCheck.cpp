#include "checks/RefreshCheck.h"

#include "checks/AuthCheckResult.h"
#include "checks/SignInCheck.h"

namespace flexo {

RefreshCheck::RefreshCheck(SignInCheck *signIn, QObject *parent)
    : Check(parent)
    , m_signIn(signIn)
{}

QString RefreshCheck::title() const
{
    return tr("Token refresh");
}

void RefreshCheck::start(CheckContext &)
{
    disconnect(m_connection);
    if (!m_signIn) {
        finish(makeResult(CheckStatus::Skipped, tr("skipped because no sign-in took place")));
        return;
    }
    if (const auto done = m_signIn->refreshResult()) {
        finish(checkResultFromAuth(makeResult(CheckStatus::Pending, QString()), *done));
        return;
    }
    m_connection = connect(m_signIn, &SignInCheck::refreshFinished, this, [this](const AuthResult &auth) {
        disconnect(m_connection);
        finish(checkResultFromAuth(makeResult(CheckStatus::Pending, QString()), auth));
    });
}

void RefreshCheck::cancel()
{
    disconnect(m_connection);
    if (m_signIn)
        m_signIn->cancelRefresh();
}

} // namespace flexo
