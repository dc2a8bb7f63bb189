#include "checks/RefreshCheck.h"

#include "checks/AuthCheckResult.h"
#include "checks/CheckContext.h"
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

void RefreshCheck::start(CheckContext &context)
{
    disconnect(m_connection);
    m_context = &context;
    if (!m_signIn) {
        finish(makeResult(CheckStatus::Skipped, tr("skipped because no sign-in took place")));
        return;
    }
    if (const auto done = m_signIn->refreshResult()) {
        registerSessionValues();
        finish(checkResultFromAuth(makeResult(CheckStatus::Pending, QString()), *done));
        return;
    }
    m_connection = connect(m_signIn, &SignInCheck::refreshFinished, this, [this](const AuthResult &auth) {
        disconnect(m_connection);
        registerSessionValues();
        finish(checkResultFromAuth(makeResult(CheckStatus::Pending, QString()), auth));
    });
}

void RefreshCheck::registerSessionValues()
{
    // The sign-in check registers them as they appear; this also covers a rotated refresh token when
    // the sign-in check was not the one watching.
    if (!m_context || !m_signIn)
        return;
    const QStringList values = m_signIn->sensitiveValues();
    for (const QString &value : values)
        m_context->addSensitiveValue(value);
}

void RefreshCheck::cancel()
{
    disconnect(m_connection);
    if (m_signIn)
        m_signIn->cancelRefresh();
}

} // namespace flexo
