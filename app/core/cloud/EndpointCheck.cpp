#include "cloud/EndpointCheck.h"

#include "common/AddressRules.h"
#include "net/HttpCall.h"
#include "net/HttpClient.h"

#include <QTimer>

#include <memory>

namespace flexo {

EndpointCheck::EndpointCheck(HttpClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

QList<QUrl> EndpointCheck::endpointsOf(const ConnectorConfig &config)
{
    QList<QUrl> urls;
    QStringList candidates = config.redirectUris;
    if (config.lifecycleUrl.isValid() && !config.lifecycleUrl.isEmpty())
        candidates << config.lifecycleUrl.toString();
    for (const QString &candidate : std::as_const(candidates)) {
        const QUrl url(candidate.trimmed());
        const bool loopbackSignIn =
            url.scheme() == QLatin1String("http") && address::isLoopbackHost(url.host());
        if (!url.isValid() || url.host().isEmpty() || loopbackSignIn)
            continue;
        if (!urls.contains(url))
            urls << url;
    }
    return urls;
}

void EndpointCheck::check(const QList<QUrl> &urls, QObject *context, Callback callback, int timeoutMs)
{
    struct State
    {
        QList<EndpointReport> reports;
        int pending = 0;
    };
    auto state = std::make_shared<State>();
    state->pending = urls.size();
    if (urls.isEmpty()) {
        QTimer::singleShot(0, context, [callback] { callback({}); });
        return;
    }
    for (const QUrl &url : urls) {
        EndpointReport report;
        report.url = url;
        report.host = url.host();
        state->reports << report;
    }
    for (int i = 0; i < urls.size(); ++i) {
        HttpRequest request;
        request.method = "HEAD";
        request.url = urls.at(i);
        request.parseJson = false;
        request.redirectIsAnswer = true; // a FlexO address may redirect to its login page
        request.timeoutMs = timeoutMs;
        request.operation = QStringLiteral("flexo-endpoints");
        m_client->send(request, context, [state, i, callback](const HttpResult &http) {
            state->reports[i].facts = http.facts;
            state->reports[i].warning = http.error;
            if (--state->pending == 0)
                callback(state->reports);
        });
    }
}

} // namespace flexo
