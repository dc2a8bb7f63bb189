#include "auth/EntraOAuthFlow.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QUrl>

namespace flexo {

namespace {

QByteArray randomUrlSafe(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), bytes / 4);
    return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString formEncoded(const QString &value)
{
    // QUrlQuery keeps an existing %XX as is, so a fully encoded value goes out unchanged.
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

} // namespace

EntraOAuthFlow::EntraOAuthFlow(QNetworkAccessManager *manager, QObject *parent)
    : QOAuth2AuthorizationCodeFlow(manager, parent)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    // Our own PKCE below works on every version; two challenges in one request would be refused.
    setPkceMethod(QOAuth2AuthorizationCodeFlow::PkceMethod::None);
#endif
#if QT_VERSION >= QT_VERSION_CHECK(6, 9, 0)
    // Our own nonce below works on every version; two would make the ID token check ambiguous.
    setNonceMode(QAbstractOAuth2::NonceMode::Disabled);
#endif
    setModifyParametersFunction(
        [this](QAbstractOAuth::Stage stage, QMultiMap<QString, QVariant> *p) { modifyParameters(stage, p); });
}

void EntraOAuthFlow::startAttempt()
{
    clearAttempt();
    // 32 random bytes: a 43-character verifier, the minimum length RFC 7636 allows.
    m_verifier = randomUrlSafe(32);
    // Binds the ID token to this attempt: a token issued for another request is refused.
    m_nonce = QString::fromLatin1(randomUrlSafe(16));
    // Qt 6.4 generates `state` once per object from a time-seeded generator: set our own every time.
    setState(QString::fromLatin1(randomUrlSafe(16)));
    // 6.4 overwrites scope() with the granted scope after a token response: set it again.
    setScope(m_requestedScope);
    grant();
}

void EntraOAuthFlow::recoverFromFailedRequest()
{
    // Qt 6.4 leaves RefreshingToken (or TemporaryCredentialsReceived) set after a failed token
    // request and then refuses every later refresh; 6.6+ resets it itself. Harmless on both.
    if (status() == QAbstractOAuth::Status::RefreshingToken ||
        status() == QAbstractOAuth::Status::TemporaryCredentialsReceived)
        setStatus(token().isEmpty() ? QAbstractOAuth::Status::NotAuthenticated
                                    : QAbstractOAuth::Status::Granted);
}

void EntraOAuthFlow::clearAttempt()
{
    m_verifier.clear();
    m_nonce.clear();
    setToken(QString());
    setRefreshToken(QString());
    if (status() != QAbstractOAuth::Status::NotAuthenticated)
        setStatus(QAbstractOAuth::Status::NotAuthenticated);
}

void EntraOAuthFlow::modifyParameters(QAbstractOAuth::Stage stage, QMultiMap<QString, QVariant> *p)
{
    using Stage = QAbstractOAuth::Stage;
    const QString clientSecretKey = QStringLiteral("client_secret");
    switch (stage) {
    case Stage::RequestingAuthorization: {
        const QByteArray challenge =
            QCryptographicHash::hash(m_verifier, QCryptographicHash::Sha256)
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        p->replace(QStringLiteral("code_challenge"), QString::fromLatin1(challenge));
        p->replace(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
        // A cached browser session must not sign the wrong account in silently.
        p->replace(QStringLiteral("prompt"), QStringLiteral("select_account"));
        p->replace(QStringLiteral("nonce"), m_nonce);
        break;
    }
    case Stage::RequestingAccessToken:
        p->replace(QStringLiteral("code_verifier"),
                   QString::fromLatin1(m_verifierOverride.isEmpty() ? m_verifier : m_verifierOverride));
        p->remove(clientSecretKey);
        if (!m_secret.isEmpty())
            p->insert(clientSecretKey, formEncoded(m_secret));
        break;
    case Stage::RefreshingAccessToken: {
#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
        // 6.4 sends redirect_uri on refresh (from callback(), "http://127.0.0.1:0/" once closed).
        p->remove(QStringLiteral("redirect_uri"));
#endif
#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
        // 6.4 puts the refresh token in raw.
        p->replace(QStringLiteral("refresh_token"),
                   formEncoded(p->value(QStringLiteral("refresh_token")).toString()));
#endif
        p->remove(clientSecretKey);
        if (!m_secret.isEmpty())
            p->insert(clientSecretKey, formEncoded(m_secret));
        if (!m_requestedScope.isEmpty())
            p->replace(QStringLiteral("scope"), formEncoded(m_requestedScope));
        break;
    }
    default:
        break;
    }
}

} // namespace flexo
