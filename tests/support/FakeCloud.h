#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QUrl>

#include <memory>

QT_BEGIN_NAMESPACE
class QDate;
class QTcpSocket;
QT_END_NAMESPACE

namespace flexo::fake {

class FakeHttpServer;
class FaultPlan;
class GraphService;
class HttpResponse;
class IdentityService;
class TestCertificateAuthority;
struct CloudState;
struct HttpRequest;

// An imitation of Entra ID v2 and Microsoft Graph onlineMeetings on 127.0.0.1, driven by a scenario
// (tenants, apps, users) and injectable faults. Behaviour and choices: tests/support/README.md.
class FakeCloud : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        bool tls = false;
        quint16 port = 0;
    };

    explicit FakeCloud(QObject *parent = nullptr);
    ~FakeCloud() override;

    // Binds 127.0.0.1 only; port 0 = random. (Two overloads: a default argument of a nested struct with
    // member initializers does not compile in C++17.)
    bool start();
    bool start(const Options &options);
    [[nodiscard]] QUrl baseUrl() const; // "http://127.0.0.1:PORT" (https with tls)
    [[nodiscard]] QList<QSslCertificate> caCertificates() const;
    [[nodiscard]] QString caFile() const;
    [[nodiscard]] QString lastError() const { return m_lastError; }

    bool loadScenario(const QJsonObject &scenario, QString *error = nullptr);
    bool loadScenarioFile(const QString &path, QString *error = nullptr);
    void loadDefaultScenario(); // tests/data/scenarios/default.json, compiled in
    [[nodiscard]] static QJsonObject defaultScenario();
    // The default scenario with its FlexO app's redirect URIs replaced: {"web": [...], "spa": [...]}.
    [[nodiscard]] static QJsonObject defaultScenarioWithRedirectUris(const QJsonObject &uris);
    // The default scenario with one more client secret on its FlexO app (a secret just created in the
    // portal, as when it is replaced): `value`, its Secret ID `id`, valid until `expires`.
    [[nodiscard]] static QJsonObject defaultScenarioWithSecret(const QString &value, const QString &id,
                                                               const QDate &expires);

    bool addFault(const QJsonObject &fault, QString *error = nullptr); // same JSON as the control API
    void clearFaults();
    // method, path, endpoint, status, time, faults, handledStatus; no secrets
    [[nodiscard]] QJsonArray requestLog() const;
    void clearRequestLog();
    [[nodiscard]] int liveMeetingCount() const;

    // Test conveniences that change the scenario at run time.
    void setSignInUser(const QString &upn);
    void setConsentMode(const QString &clientId,
                        const QString &mode); // auto|page|adminApproval|scopeNotGranted
    void expireRefreshTokens();
    // Every refresh token issued so far is refused at its next redemption with a real AADSTS code: 50173
    // (revoked: password changed or sessions revoked), 70008 (expired), 50076 or 50078 (multi-factor
    // authentication needed), 65001 (consent withdrawn), 53003 (a Conditional Access policy blocks
    // it); false for a code the fake does not play.
    bool refuseRefreshTokens(int aadsts);
    // Rotation: each redemption issues a new refresh token and the redeemed one stops working (9002313).
    void setSingleUseRefreshTokens(bool singleUse);
    void expireAccessTokens();
    void advanceClock(qint64 seconds); // ages codes and tokens without waiting
    void setLatency(int milliseconds); // added to every answer
    // Keys set in (a null value: removed from) every discovery document / ID token from now on, to
    // play a hostile or broken server: {"token_endpoint": "https://elsewhere/t"}, {"nonce": "x"}.
    void setDiscoveryOverrides(const QJsonObject &overrides);
    void setIdTokenOverrides(const QJsonObject &overrides);
    // The sign-in service the endpoints stand for: "Global", "USGov" or "China" (false otherwise).
    bool setEndpointCloud(const QString &service);

signals:
    void requestLogged(const QJsonObject &entry);

private:
    void onRequest(const HttpRequest &request, QTcpSocket *socket);
    [[nodiscard]] HttpResponse control(const HttpRequest &request);
    [[nodiscard]] HttpResponse route(const HttpRequest &request, const QString &endpoint);
    [[nodiscard]] static QString endpointOf(const HttpRequest &request);
    [[nodiscard]] HttpResponse faultResponse(const QString &endpoint, int status,
                                             const QString &retryAfter) const;
    // `handledStatus`: what the service answered before a status fault replaced it (0: not replaced).
    void log(const HttpRequest &request, const QString &endpoint, int status, const QStringList &faults,
             int handledStatus = 0);

    std::unique_ptr<CloudState> m_state;
    std::unique_ptr<IdentityService> m_identity;
    std::unique_ptr<GraphService> m_graph;
    std::unique_ptr<FaultPlan> m_faults;
    std::unique_ptr<TestCertificateAuthority> m_ca;
    FakeHttpServer *m_server = nullptr;
    QUrl m_baseUrl;
    QJsonArray m_log;
    QString m_lastError;
    int m_latencyMs = 0;
};

} // namespace flexo::fake
