#include "FakeCloud.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>
#include <QTcpSocket>
#include <QTimeZone>
#include <QTimer>

#include "CloudState.h"
#include "DefaultScenario.h"
#include "EntraError.h"
#include "FakeHttpServer.h"
#include "FaultPlan.h"
#include "GraphError.h"
#include "GraphService.h"
#include "HttpRequest.h"
#include "HttpResponse.h"
#include "IdentityService.h"
#include "TestCertificateAuthority.h"

Q_LOGGING_CATEGORY(lcFake, "flexo.fake", QtInfoMsg)

namespace flexo::fake {

namespace {

HttpResponse jsonAnswer(int status, const QJsonObject &object)
{
    return HttpResponse::json(status, QJsonDocument(object));
}

} // namespace

FakeCloud::FakeCloud(QObject *parent)
    : QObject(parent)
    , m_state(std::make_unique<CloudState>())
    , m_identity(std::make_unique<IdentityService>(m_state.get()))
    , m_graph(std::make_unique<GraphService>(m_state.get()))
    , m_faults(std::make_unique<FaultPlan>())
{
    loadDefaultScenario();
}

FakeCloud::~FakeCloud() = default;

bool FakeCloud::start()
{
    return start(Options());
}

bool FakeCloud::start(const Options &options)
{
    m_server = new FakeHttpServer(
        [this](const HttpRequest &request, QTcpSocket *socket) { onRequest(request, socket); }, this);
    if (options.tls) {
        m_ca = std::make_unique<TestCertificateAuthority>();
        if (!m_ca->generate(&m_lastError)) {
            qCWarning(lcFake) << "TLS setup failed:" << m_lastError;
            return false;
        }
        m_server->setTls(m_ca->serverCertificate(), m_ca->serverKey());
    }
    if (!m_server->listen(QHostAddress(QHostAddress::LocalHost), options.port)) {
        m_lastError = QStringLiteral("cannot listen on 127.0.0.1:%1").arg(options.port);
        qCWarning(lcFake) << m_lastError;
        return false;
    }
    m_baseUrl = QUrl(QStringLiteral("%1://127.0.0.1:%2")
                         .arg(options.tls ? QStringLiteral("https") : QStringLiteral("http"))
                         .arg(m_server->serverPort()));
    m_state->baseUrl = m_baseUrl.toString();
    qCDebug(lcFake) << "listening on" << m_state->baseUrl;
    return true;
}

QUrl FakeCloud::baseUrl() const
{
    return m_baseUrl;
}

QList<QSslCertificate> FakeCloud::caCertificates() const
{
    return m_ca ? m_ca->caCertificates() : QList<QSslCertificate>();
}

QString FakeCloud::caFile() const
{
    return m_ca ? m_ca->caFile() : QString();
}

bool FakeCloud::loadScenario(const QJsonObject &scenario, QString *error)
{
    Scenario parsed;
    if (!Scenario::fromJson(scenario, &parsed, error))
        return false;
    m_state->scenario = parsed;
    m_state->tokens.clear();
    m_state->meetings.clear();
    m_identity->clear();
    return true;
}

bool FakeCloud::loadScenarioFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        if (error)
            *error = QStringLiteral("%1 is not a JSON object: %2").arg(path, parseError.errorString());
        return false;
    }
    return loadScenario(document.object(), error);
}

QJsonObject FakeCloud::defaultScenario()
{
    return QJsonDocument::fromJson(QByteArray(kDefaultScenarioJson)).object();
}

QJsonObject FakeCloud::defaultScenarioWithRedirectUris(const QJsonObject &uris)
{
    QJsonObject scenario = defaultScenario();
    QJsonArray tenants = scenario.value(QStringLiteral("tenants")).toArray();
    QJsonObject tenant = tenants.at(0).toObject();
    QJsonArray apps = tenant.value(QStringLiteral("apps")).toArray();
    QJsonObject app = apps.at(0).toObject();
    app.insert(QStringLiteral("redirectUris"), uris);
    apps.replace(0, app);
    tenant.insert(QStringLiteral("apps"), apps);
    tenants.replace(0, tenant);
    scenario.insert(QStringLiteral("tenants"), tenants);
    return scenario;
}

QJsonObject FakeCloud::defaultScenarioWithSecret(const QString &value, const QString &id,
                                                 const QDate &expires)
{
    QJsonObject scenario = defaultScenario();
    QJsonArray tenants = scenario.value(QStringLiteral("tenants")).toArray();
    QJsonObject tenant = tenants.at(0).toObject();
    QJsonArray apps = tenant.value(QStringLiteral("apps")).toArray();
    QJsonObject app = apps.at(0).toObject();
    QJsonArray secrets = app.value(QStringLiteral("secrets")).toArray();
    secrets.append(
        QJsonObject{{QStringLiteral("value"), value},
                    {QStringLiteral("id"), id},
                    {QStringLiteral("hint"), value.left(3)},
                    {QStringLiteral("expires"), expires.startOfDay(QTimeZone::utc()).toString(Qt::ISODate)}});
    app.insert(QStringLiteral("secrets"), secrets);
    apps.replace(0, app);
    tenant.insert(QStringLiteral("apps"), apps);
    tenants.replace(0, tenant);
    scenario.insert(QStringLiteral("tenants"), tenants);
    return scenario;
}

void FakeCloud::loadDefaultScenario()
{
    QString error;
    if (!loadScenario(defaultScenario(), &error))
        qCWarning(lcFake) << "the built-in scenario does not load:" << error;
}

bool FakeCloud::addFault(const QJsonObject &fault, QString *error)
{
    FaultPlan::Fault parsed;
    if (!FaultPlan::parse(fault, &parsed, error))
        return false;
    m_faults->add(parsed);
    return true;
}

void FakeCloud::clearFaults()
{
    m_faults->clear();
}

QJsonArray FakeCloud::requestLog() const
{
    return m_log;
}

void FakeCloud::clearRequestLog()
{
    m_log = QJsonArray();
}

int FakeCloud::liveMeetingCount() const
{
    return int(m_state->meetings.size());
}

void FakeCloud::setSignInUser(const QString &upn)
{
    m_state->scenario.signInUser = upn.toLower();
}

void FakeCloud::setConsentMode(const QString &clientId, const QString &mode)
{
    for (Scenario::Tenant &tenant : m_state->scenario.tenants) {
        for (Scenario::App &app : tenant.apps) {
            if (app.clientId == clientId.toLower())
                app.consentMode = mode;
        }
    }
}

void FakeCloud::expireRefreshTokens()
{
    m_state->tokens.expireRefreshTokens();
}

bool FakeCloud::refuseRefreshTokens(int aadsts)
{
    if (!IdentityService::refreshRefusals().contains(aadsts))
        return false;
    m_state->tokens.refuseRefreshTokens(aadsts);
    return true;
}

void FakeCloud::setSingleUseRefreshTokens(bool singleUse)
{
    m_state->singleUseRefreshTokens = singleUse;
}

void FakeCloud::expireAccessTokens()
{
    m_state->tokens.expireAccessTokens(m_state->now());
}

void FakeCloud::advanceClock(qint64 seconds)
{
    m_state->clockOffsetSeconds += seconds;
}

bool FakeCloud::setEndpointCloud(const QString &service)
{
    if (!QStringList{QStringLiteral("Global"), QStringLiteral("USGov"), QStringLiteral("China")}.contains(
            service))
        return false;
    m_state->scenario.endpointCloud = service;
    return true;
}

void FakeCloud::setLatency(int milliseconds)
{
    m_latencyMs = qMax(0, milliseconds);
}

void FakeCloud::setDiscoveryOverrides(const QJsonObject &overrides)
{
    m_state->discoveryOverrides = overrides;
}

void FakeCloud::setIdTokenOverrides(const QJsonObject &overrides)
{
    m_state->idTokenOverrides = overrides;
}

QString FakeCloud::endpointOf(const HttpRequest &request)
{
    const QStringList &s = request.segments;
    if (s.size() == 4 && s.at(1) == QLatin1String("v2.0") && s.at(2) == QLatin1String(".well-known") &&
        s.at(3) == QLatin1String("openid-configuration"))
        return QStringLiteral("discovery");
    if (s.size() == 4 && s.at(1) == QLatin1String("oauth2") && s.at(2) == QLatin1String("v2.0")) {
        if (s.at(3) == QLatin1String("authorize"))
            return QStringLiteral("authorize");
        if (s.at(3) == QLatin1String("token"))
            return QStringLiteral("token");
        if (s.at(3) == QLatin1String("consent"))
            return QStringLiteral("consent");
    }
    if (!s.isEmpty() && s.first() == QLatin1String("v1.0"))
        return GraphService::endpointOf(request);
    return QStringLiteral("unknown");
}

HttpResponse FakeCloud::route(const HttpRequest &request, const QString &endpoint)
{
    if (endpoint == QLatin1String("discovery"))
        return m_identity->discovery(request);
    if (endpoint == QLatin1String("authorize"))
        return m_identity->authorize(request);
    if (endpoint == QLatin1String("consent"))
        return m_identity->consent(request);
    if (endpoint == QLatin1String("token"))
        return m_identity->token(request);
    if (endpoint.startsWith(QLatin1String("graph")))
        return m_graph->handle(request);
    return HttpResponse(404, "text/plain; charset=utf-8", "Not found\n");
}

HttpResponse FakeCloud::faultResponse(const QString &endpoint, int status, const QString &retryAfter) const
{
    HttpResponse response;
    const QDateTime now = m_state->now();
    if (endpoint.startsWith(QLatin1String("graph"))) {
        if (status == 429) {
            response = GraphError::make(status, QStringLiteral("TooManyRequests"),
                                        QStringLiteral("Please retry again later."), now, QByteArray());
        } else if (status == 503) {
            response = GraphError::make(status, QStringLiteral("serviceNotAvailable"),
                                        QStringLiteral("The service is temporarily unavailable."), now,
                                        QByteArray());
        } else {
            response =
                GraphError::make(status, QStringLiteral("generalException"),
                                 QStringLiteral("General exception while processing."), now, QByteArray());
        }
    } else if (endpoint == QLatin1String("authorize")) {
        response = EntraError::page(status, 90033,
                                    QStringLiteral("A transient error has occurred. Please try again."), now);
    } else {
        response = EntraError::json(
            status,
            status == 500 ? QStringLiteral("server_error") : QStringLiteral("temporarily_unavailable"), 90033,
            QStringLiteral("A transient error has occurred. Please try again."), now);
    }
    if (!retryAfter.isEmpty())
        response.setHeader("Retry-After", retryAfter.toLatin1());
    return response;
}

void FakeCloud::onRequest(const HttpRequest &request, QTcpSocket *socket)
{
    const bool closeAfter = request.header("Connection").compare("close", Qt::CaseInsensitive) == 0;
    QPointer<QTcpSocket> guard(socket);
    auto send = [guard, closeAfter](const QByteArray &bytes, bool cut) {
        if (!guard)
            return;
        guard->write(bytes);
        if (cut || closeAfter)
            guard->disconnectFromHost();
    };

    if (request.segments.value(0) == QLatin1String("_fake")) {
        send(control(request).serialize(), false);
        return;
    }

    const QString endpoint = endpointOf(request);
    const QString grantType = endpoint == QLatin1String("token")
                                  ? FormData::parse(request.body).value(QStringLiteral("grant_type"))
                                  : QString();
    const QList<FaultPlan::Fault> faults = m_faults->take(endpoint, grantType);
    int delay = m_latencyMs;
    QString kind;
    QStringList applied;
    HttpResponse response;
    const FaultPlan::Fault *replacement = nullptr;
    for (const FaultPlan::Fault &fault : faults) {
        applied << fault.kind;
        if (fault.kind == QLatin1String("latency")) {
            delay += fault.latencyMs;
        } else if ((fault.kind == QLatin1String("status") || fault.kind == QLatin1String("proxyPage")) &&
                   !replacement) {
            replacement = &fault;
        } else if (kind.isEmpty() && fault.kind != QLatin1String("status") &&
                   fault.kind != QLatin1String("proxyPage")) {
            kind = fault.kind;
        }
    }
    if (kind == QLatin1String("noAnswer")) {
        log(request, endpoint, 0, applied);
        return; // the connection stays open and silent until the client gives up
    }
    // A status fault answers instead of the service, or after it did the work (afterHandling).
    int handledStatus = 0;
    if (!replacement || replacement->afterHandling) {
        response = route(request, endpoint);
        handledStatus = replacement ? response.status : 0;
    }
    if (replacement) {
        response = replacement->kind == QLatin1String("proxyPage")
                       ? FaultPlan::proxyPage(replacement->status)
                       : faultResponse(endpoint, replacement->status, replacement->retryAfter);
    }
    log(request, endpoint, response.status, applied, handledStatus);

    QByteArray bytes;
    bool cut = false;
    if (kind == QLatin1String("hangUp")) {
        // Handled, then closed before the first byte of the answer (a proxy or load balancer giving up).
        cut = true;
    } else if (kind == QLatin1String("drop")) {
        // Cut inside the headers. (Qt's client resends a request after such a cut, a POST too, up to
        // twice: it needs "times": 3 to fail. A cut in the body is the "truncated" fault.)
        const QByteArray head = response.head();
        bytes = head.left(head.size() / 2);
        cut = true;
    } else if (kind == QLatin1String("truncated")) {
        bytes = response.head() + response.body().left(response.body().size() / 2);
        cut = true;
    } else if (kind == QLatin1String("malformed")) {
        bytes = FaultPlan::malformed(response).serialize();
    } else {
        bytes = response.serialize();
    }
    if (delay > 0)
        QTimer::singleShot(delay, socket, [send, bytes, cut] { send(bytes, cut); });
    else
        send(bytes, cut);
}

void FakeCloud::log(const HttpRequest &request, const QString &endpoint, int status,
                    const QStringList &faults, int handledStatus)
{
    QJsonObject entry{{QStringLiteral("method"), QString::fromLatin1(request.method)},
                      {QStringLiteral("path"), request.path},
                      {QStringLiteral("endpoint"), endpoint},
                      {QStringLiteral("status"), status},
                      {QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}};
    if (endpoint == QLatin1String("token")) {
        // Only the names of the parameters that carry no secret.
        const FormData form = FormData::parse(request.body);
        entry.insert(QStringLiteral("grantType"), form.value(QStringLiteral("grant_type")));
        entry.insert(QStringLiteral("clientId"), form.value(QStringLiteral("client_id")));
    }
    if (!request.header("Cookie").isEmpty())
        entry.insert(QStringLiteral("cookie"), true); // that one was sent, never its value
    if (!faults.isEmpty())
        entry.insert(QStringLiteral("faults"), QJsonArray::fromStringList(faults));
    if (handledStatus != 0)
        entry.insert(QStringLiteral("handledStatus"), handledStatus);
    m_log.append(entry);
    qCDebug(lcFake).noquote() << request.method << request.path << "->" << status
                              << (faults.isEmpty() ? QString() : faults.join(QLatin1Char(',')));
    emit requestLogged(entry);
}

HttpResponse FakeCloud::control(const HttpRequest &request)
{
    const QString what = request.segments.mid(1).join(QLatin1Char('/'));
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    QString error;
    if (what == QLatin1String("scenario") && request.method == "POST") {
        if (!loadScenario(body, &error))
            return jsonAnswer(400, {{QStringLiteral("error"), error}});
        return jsonAnswer(200, {{QStringLiteral("ok"), true}});
    }
    if (what == QLatin1String("faults") && request.method == "POST") {
        if (!addFault(body, &error))
            return jsonAnswer(400, {{QStringLiteral("error"), error}});
        return jsonAnswer(200, {{QStringLiteral("ok"), true}});
    }
    if (what == QLatin1String("faults") && request.method == "DELETE") {
        clearFaults();
        return jsonAnswer(200, {{QStringLiteral("ok"), true}});
    }
    if (what == QLatin1String("faults") && request.method == "GET")
        return HttpResponse::json(200, QJsonDocument(m_faults->toJson()));
    if (what == QLatin1String("requests") && request.method == "GET")
        return HttpResponse::json(200, QJsonDocument(m_log));
    if (what == QLatin1String("requests") && request.method == "DELETE") {
        clearRequestLog();
        return jsonAnswer(200, {{QStringLiteral("ok"), true}});
    }
    if (what == QLatin1String("meetings/count") && request.method == "GET")
        return jsonAnswer(200, {{QStringLiteral("live"), liveMeetingCount()}});
    if (what == QLatin1String("signin-user") && request.method == "POST") {
        const QString upn = body.value(QStringLiteral("upn")).toString();
        if (upn.isEmpty())
            return jsonAnswer(400, {{QStringLiteral("error"), QStringLiteral("body needs {\"upn\": ...}")}});
        setSignInUser(upn);
        return jsonAnswer(200, {{QStringLiteral("ok"), true}});
    }
    if (what == QLatin1String("consent-mode") && request.method == "POST") {
        setConsentMode(body.value(QStringLiteral("clientId")).toString(),
                       body.value(QStringLiteral("mode")).toString());
        return jsonAnswer(200, {{QStringLiteral("ok"), true}});
    }
    if (what == QLatin1String("expire") && request.method == "POST") {
        const QString which = body.value(QStringLiteral("tokens")).toString();
        bool known = true;
        if (which == QLatin1String("refresh"))
            expireRefreshTokens();
        else if (which == QLatin1String("access"))
            expireAccessTokens();
        else if (which == QLatin1String("refresh-revoked"))
            known = refuseRefreshTokens(body.value(QStringLiteral("aadsts")).toInt(50173));
        else
            known = false;
        if (!known)
            return jsonAnswer(400,
                              {{QStringLiteral("error"),
                                QStringLiteral("tokens must be refresh, refresh-revoked (with aadsts 50173, "
                                               "70008, 50076, 50078, 65001 or 53003) or access")}});
        return jsonAnswer(200, {{QStringLiteral("ok"), true}});
    }
    return jsonAnswer(404, {{QStringLiteral("error"), QStringLiteral("unknown control request")}});
}

} // namespace flexo::fake
