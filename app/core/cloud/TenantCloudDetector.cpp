#include "cloud/TenantCloudDetector.h"

#include "cloud/CloudCatalog.h"
#include "common/Logging.h"
#include "common/Redaction.h"
#include "net/HttpCall.h"
#include "net/HttpClient.h"

#include <QJsonObject>
#include <QUuid>

namespace flexo {

namespace {

// The first path segment of https://login/{tenant-guid}/oauth2/v2.0/token.
QString tenantGuidOf(const QUrl &url)
{
    const QStringList segments = url.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const QUuid id(segments.isEmpty() ? QString() : segments.first());
    return id.isNull() ? QString() : id.toString(QUuid::WithoutBraces);
}

TenantCloudDetection fromAnswer(const QString &tenant, const HttpResult &http)
{
    TenantCloudDetection detection;
    detection.tenant = tenant;
    if (!http.ok()) {
        detection.error = http.error;
        return detection;
    }
    if (!http.isSuccess()) {
        detection.error =
            Error::make(QStringLiteral("cloud-detection.refused"), {}, {}, {},
                        QStringLiteral("HTTP %1 for the tenant's discovery document").arg(http.status()));
        return detection;
    }
    const QJsonObject document = http.jsonObject();
    const auto field = [&document](const char *name) {
        return document.value(QLatin1String(name)).toString();
    };
    detection.fields.regionScope = field("tenant_region_scope");
    detection.fields.regionSubScope = field("tenant_region_sub_scope");
    detection.fields.cloudInstanceName = field("cloud_instance_name");
    detection.fields.cloudGraphHostName = field("cloud_graph_host_name");
    detection.fields.msgraphHost = field("msgraph_host");
    detection.cloud = cloudOfTenant(detection.fields);
    detection.tenantId = tenantGuidOf(QUrl(field("token_endpoint")));
    return detection;
}

} // namespace

TenantCloudDetector::TenantCloudDetector(const QUrl &globalLoginBase, QObject *parent)
    : QObject(parent)
    , m_globalLoginBase(globalLoginBase.isValid() ? globalLoginBase
                                                  : CloudCatalog::info(Cloud::Global).loginBase)
{
    m_deadline.setSingleShot(true);
}

TenantCloudDetector::~TenantCloudDetector()
{
    cancel();
}

void TenantCloudDetector::cancel()
{
    ++m_generation; // an answer already on its way is dropped
    m_deadline.stop();
    m_deadline.disconnect(this);
    if (m_call)
        m_call->cancel();
    m_call.clear();
}

void TenantCloudDetector::detect(QNetworkAccessManager *network, const NetworkOptions &options,
                                 const QString &tenant, Callback callback)
{
    cancel();
    // A client per detection: the proxy or CA bundle may have changed since the last one.
    if (m_client)
        m_client->deleteLater();
    m_client = new HttpClient(network, options, nullptr, this);
    const quint64 generation = m_generation;
    const QString asked = tenant.trimmed();
    // Only the document of the global service is read: the answer only chooses what the page shows,
    // and the discovery check judges the chosen cloud again before anything is sent to it.
    CloudInfo global = CloudCatalog::info(Cloud::Global);
    global.loginBase = m_globalLoginBase;
    HttpRequest request;
    request.url = global.discoveryUrl(asked);
    request.operation = QStringLiteral("cloud-detection");
    request.timeoutMs = m_timeoutMs;
    request.useCookies = false;
    m_call = m_client->send(request, this, [this, generation, asked, callback](const HttpResult &http) {
        if (generation != m_generation)
            return;
        m_deadline.stop();
        m_call.clear();
        const TenantCloudDetection detection = fromAnswer(asked, http);
        qCInfo(lcCloud).noquote() << "cloud of tenant" << plainText(asked) << ":"
                                  << (detection.isKnown() ? CloudCatalog::info(detection.cloud).id
                                                          : QStringLiteral("unknown"))
                                  << plainText(detection.fields.describe()) << detection.error.code;
        callback(detection);
    });
    // The transfer timeout counts silence only; a trickling answer must not keep the page waiting.
    connect(&m_deadline, &QTimer::timeout, this, [this, generation, asked, callback] {
        if (generation != m_generation)
            return;
        cancel();
        TenantCloudDetection detection;
        detection.tenant = asked;
        detection.error = Error::make(QStringLiteral("cloud-detection.timeout"), {}, {}, {},
                                      QStringLiteral("no discovery document within the time limit"));
        callback(detection);
    });
    m_deadline.start(m_timeoutMs);
}

} // namespace flexo
