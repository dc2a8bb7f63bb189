#pragma once

#include "cloud/TenantCloud.h"
#include "common/Error.h"
#include "net/NetworkOptions.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace flexo {

class HttpCall;
class HttpClient;

// What the global sign-in service says about a tenant's cloud.
struct TenantCloudDetection
{
    QString tenant;              // as asked
    Cloud cloud = Cloud::Custom; // Custom: not known (not found, no answer, fields that name no cloud)
    QString tenantId;            // the GUID, when the document named it
    TenantCloudFields fields;    // what the document said
    Error error;                 // why nothing is known: not found, timeout, no network, ...

    [[nodiscard]] bool isKnown() const { return cloud != Cloud::Custom; }
};

// Finds a tenant's cloud before anything is configured, from the discovery document of the global
// sign-in service: it also describes US Government tenants (tenant_region_scope, sub-scope), so an
// admin who does not know what "GCC High" means can be told. One detection at a time: a new one
// cancels the one before, and each ends within the timeout.
class TenantCloudDetector : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const TenantCloudDetection &)>;

    // `globalLoginBase`: the global sign-in service when empty (tests pass the fake cloud's address).
    explicit TenantCloudDetector(const QUrl &globalLoginBase = {}, QObject *parent = nullptr);
    ~TenantCloudDetector() override;

    // Asks on `network` with `options` (the config's proxy and CA bundle). `callback` runs once, on the
    // event loop, unless the detection is cancelled or replaced first.
    void detect(QNetworkAccessManager *network, const NetworkOptions &options, const QString &tenant,
                Callback callback);
    void cancel();
    [[nodiscard]] bool isRunning() const { return !m_call.isNull(); }

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    [[nodiscard]] int timeoutMs() const { return m_timeoutMs; }

private:
    HttpClient *m_client = nullptr;
    QUrl m_globalLoginBase;
    QPointer<HttpCall> m_call;
    QTimer m_deadline;
    quint64 m_generation = 0;
    int m_timeoutMs = 8000;
};

} // namespace flexo
Q_DECLARE_METATYPE(flexo::TenantCloudDetection)
