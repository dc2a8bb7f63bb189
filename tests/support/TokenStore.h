#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

namespace flexo::fake {

// Authorization codes, refresh tokens and access tokens the fake has issued. Every value is an opaque
// random string; what it stands for lives only here.
class TokenStore
{
public:
    struct Code
    {
        QString tenantId;
        QString clientId;
        QString redirectUri;
        QString platform; // of the registered redirect URI it was issued for: web, spa, publicClient
        QString challenge;
        QString challengeMethod;
        QStringList scopes; // approved: short Graph names and OIDC scopes
        QString upn;
        QString nonce;
        QDateTime issued;
        bool redeemed = false;
    };
    struct Refresh
    {
        QString tenantId;
        QString clientId;
        QString upn;
        QStringList scopes;
        QDateTime issued;
        bool expired = false;
        // Refused at its next redemption with this AADSTS code (0: not refused): revoked (50173),
        // expired (70008), multi-factor authentication needed (50076, 50078).
        int refusal = 0;
    };
    struct Access
    {
        QString tenantId;
        QString clientId;
        QString upn; // empty for app-only tokens
        QStringList scopes;
        QDateTime expires;
        [[nodiscard]] bool appOnly() const { return upn.isEmpty(); }
    };

    [[nodiscard]] static QString randomToken(const QString &prefix, int bytes = 48);

    QString addCode(const Code &code);
    QString addRefresh(const Refresh &refresh);
    QString addAccess(const Access &access);

    [[nodiscard]] Code *code(const QString &value);
    [[nodiscard]] Refresh *refresh(const QString &value);
    [[nodiscard]] Access *access(const QString &value);

    void expireRefreshTokens();
    // Every refresh token issued so far is refused with `aadsts` at its next redemption.
    void refuseRefreshTokens(int aadsts);
    // The token no longer exists: its next redemption is refused as unknown (9002313).
    void removeRefresh(const QString &value);
    void expireAccessTokens(const QDateTime &now);
    void clear();

private:
    QHash<QString, Code> m_codes;
    QHash<QString, Refresh> m_refresh;
    QHash<QString, Access> m_access;
};

} // namespace flexo::fake
