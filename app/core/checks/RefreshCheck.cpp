#include "checks/RefreshCheck.h"

#include "auth/KeptSignInRefresh.h"
#include "checks/AuthCheckResult.h"
#include "checks/CheckContext.h"
#include "checks/SignInCheck.h"
#include "net/HttpClient.h"

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
    ++m_attempt;
    m_context = &context;
    // No sign-in in this run (it needs a person): the kept one stands in for it.
    if (!context.keptSignIn.isNull() && context.tokens.accessToken.isEmpty()) {
        startKept(context);
        return;
    }
    if (!m_signIn) {
        finish(makeResult(CheckStatus::Skipped, tr("skipped because no sign-in took place")));
        return;
    }
    if (const auto done = m_signIn->refreshResult()) {
        onSessionRefreshed(*done);
        return;
    }
    m_connection = connect(m_signIn, &SignInCheck::refreshFinished, this, [this](const AuthResult &auth) {
        disconnect(m_connection);
        onSessionRefreshed(auth);
    });
}

void RefreshCheck::onSessionRefreshed(const AuthResult &auth)
{
    registerSessionValues();
    const CheckResult result = checkResultFromAuth(makeResult(CheckStatus::Pending, QString()), auth);
    const QString token = m_signIn ? m_signIn->refreshToken() : QString();
    if (!auth.ok() || !m_context || !m_context->keepSignIn || token.isEmpty()) {
        finish(result);
        return;
    }
    KeptSignIn kept;
    kept.refreshToken = token;
    kept.account = m_context->tokens.account;
    kept.keptAt = m_context->now();
    keepThenFinish(result, kept, false);
}

void RefreshCheck::startKept(CheckContext &context)
{
    Error networkError;
    HttpClient *client = createHttpClient(context, &networkError);
    if (!client) {
        fail(networkError);
        return;
    }
    auto *refresh = new KeptSignInRefresh(client, client);
    m_kept = refresh;
    if (context.clock)
        refresh->setClock(context.clock);
    connect(refresh, &KeptSignInRefresh::finished, this, &RefreshCheck::onKeptRefreshed);
    KeptSignInRefreshRequest request;
    request.tokenEndpoint = context.discovery.tokenEndpoint;
    request.clientId = context.config.clientId;
    request.clientSecret = context.secret;
    request.refreshToken = context.keptSignIn.refreshToken;
    request.graphResource = context.discovery.graphResource;
    request.tenant = context.config.tenantId;
    request.timeout = std::chrono::milliseconds(client->options().timeoutMs);
    refresh->start(request);
}

void RefreshCheck::onKeptRefreshed(const AuthResult &auth)
{
    KeptSignInRefresh *refresh = m_kept;
    m_kept = nullptr;
    if (!refresh || !m_context)
        return;
    refresh->parent()->deleteLater(); // the client, and the refresh with it
    CheckContext &context = *m_context;
    // Before the result exists: the runner scrubs it with the context's values.
    const QStringList sensitive = refresh->sensitiveValues();
    for (const QString &value : sensitive)
        context.addSensitiveValue(value);
    CheckResult result = checkResultFromAuth(makeResult(CheckStatus::Pending, QString()), auth);
    result.facts.insert(QStringLiteral("keptSignIn"), true);
    if (context.keptSignIn.keptAt.isValid())
        result.facts.insert(QStringLiteral("keptSince"), context.keptSignIn.keptAt);
    if (!auth.ok()) {
        if (!context.keptSignIn.account.isEmpty())
            result.facts.insert(QStringLiteral("account"), context.keptSignIn.account);
        finish(result);
        return;
    }
    context.tokens.accessToken = refresh->accessToken();
    context.tokens.refreshToken = refresh->refreshToken();
    context.addSensitiveValue(context.tokens.accessToken);
    context.addSensitiveValue(context.tokens.refreshToken);
    const QString account = auth.facts.value(QStringLiteral("account")).toString();
    context.tokens.account = account.isEmpty() ? context.keptSignIn.account : account;
    context.tokens.userObjectId = auth.facts.value(QStringLiteral("objectId")).toString();
    context.tokens.tenantId = auth.facts.value(QStringLiteral("signedInTenantId")).toString();
    if (!refresh->rotated() || !context.keepSignIn) {
        finish(result);
        return;
    }
    KeptSignIn kept = context.keptSignIn;
    kept.refreshToken = refresh->refreshToken();
    kept.account = context.tokens.account;
    keepThenFinish(result, kept, true);
}

void RefreshCheck::keepThenFinish(CheckResult result, const KeptSignIn &kept, bool rotation)
{
    const quint64 attempt = m_attempt;
    QPointer<RefreshCheck> self(this);
    m_context->keepSignIn(kept, [self, attempt, result, kept, rotation](const Error &error) mutable {
        if (!self || attempt != self->m_attempt)
            return;
        if (!error) {
            result.facts.insert(QStringLiteral("keptSignInStored"), true);
            if (!rotation)
                result.summary +=
                    QLatin1Char(' ') +
                    tr("The sign-in of %1 is kept in the keychain to check the connector without a person.")
                        .arg(kept.account);
            self->finish(result);
            return;
        }
        result.facts.insert(QStringLiteral("keptSignInStored"), false);
        result.status = CheckStatus::Warning;
        if (rotation) {
            result.cause =
                tr("Microsoft issued a new refresh token, but the keychain did not take it: %1 The "
                   "kept one has likely stopped working with this redemption.")
                    .arg(error.userText());
            result.fix = tr("Make the keychain available, then run the test sign-in again with "
                            "--keep-sign-in.");
        } else {
            result.cause = tr("The sign-in could not be kept in the keychain: %1").arg(error.userText());
            result.fix = tr("Make the keychain available, then run the test sign-in again with "
                            "--keep-sign-in.");
        }
        result.remedy = Remedy::make(RemedyKind::KeepSignInAgain);
        self->finish(result);
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
    ++m_attempt;
    if (KeptSignInRefresh *refresh = m_kept) {
        m_kept = nullptr;
        refresh->cancel();
        refresh->parent()->deleteLater();
    }
    if (m_signIn)
        m_signIn->cancelRefresh();
}

} // namespace flexo
