#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include "CloudState.h"
#include "HttpRequest.h"
#include "HttpResponse.h"

namespace flexo::fake {

// The identity platform endpoints: OpenID discovery, /authorize (with its consent pages) and /token.
class IdentityService
{
public:
    explicit IdentityService(CloudState *state);

    [[nodiscard]] HttpResponse discovery(const HttpRequest &request);
    [[nodiscard]] HttpResponse authorize(const HttpRequest &request);
    [[nodiscard]] HttpResponse consent(const HttpRequest &request); // Accept / Cancel of the consent pages
    [[nodiscard]] HttpResponse token(const HttpRequest &request);

    void clear() { m_pending.clear(); }

    // The AADSTS codes a refresh token can be refused with (FakeCloud::refuseRefreshTokens()).
    [[nodiscard]] static QList<int> refreshRefusals();

private:
    enum class TenantForm { Found, Common, EmptyGuid, Malformed, Unknown };
    struct Pending
    {
        QString tenantId;
        QString clientId;
        QString redirectUri;
        QString platform; // of the registered redirect URI that matched
        QString state;
        QString challenge;
        QString challengeMethod;
        QString nonce;
        QStringList scopes; // approved: OIDC then Graph short names
        QStringList oidc;   // as requested
        QStringList graph;  // as requested (short names)
        QString upn;
    };

    TenantForm resolveTenant(const QString &segment, const Scenario::Tenant **tenant) const;
    [[nodiscard]] QStringList graphResources(const Scenario::Tenant &tenant) const;
    [[nodiscard]] HttpResponse redirectWithCode(const Pending &pending);
    [[nodiscard]] static HttpResponse redirectWithError(const QString &redirectUri, const QString &state,
                                                        const QString &error, int code,
                                                        const QString &message, const QDateTime &now);
    [[nodiscard]] static HttpResponse redirectTo(const QString &redirectUri, const FormData &params);
    // After the (real or assumed) sign-in: the account's checks, then consent as the app's mode says.
    [[nodiscard]] HttpResponse continueSignIn(Pending pending, const Scenario::Tenant &tenant,
                                              const Scenario::App &app);
    [[nodiscard]] HttpResponse signInPage(const QString &id, const Pending &pending);
    [[nodiscard]] HttpResponse consentPage(const QString &id, const Pending &pending,
                                           const Scenario::App &app);
    [[nodiscard]] HttpResponse adminApprovalPage(const QString &id, const Scenario::App &app);
    [[nodiscard]] HttpResponse checkSecret(const Scenario::App &app, const HttpRequest &request,
                                           const FormData &form, bool *ok) const;
    [[nodiscard]] HttpResponse tokenResponse(const Scenario::Tenant &tenant, const QString &clientId,
                                             const QString &upn, const QStringList &scopes,
                                             const QString &nonce);
    [[nodiscard]] HttpResponse authorizationCodeGrant(const Scenario::Tenant &tenant,
                                                      const Scenario::App &app, const FormData &form);
    [[nodiscard]] HttpResponse refreshTokenGrant(const Scenario::Tenant &tenant, const Scenario::App &app,
                                                 const FormData &form);
    [[nodiscard]] static HttpResponse refreshRefused(int aadsts, const Scenario::App &app,
                                                     const QDateTime &issued, const QDateTime &now);
    [[nodiscard]] HttpResponse clientCredentialsGrant(const Scenario::Tenant &tenant,
                                                      const Scenario::App &app, const FormData &form);

    CloudState *m_state;
    QHash<QString, Pending> m_pending;
};

} // namespace flexo::fake
