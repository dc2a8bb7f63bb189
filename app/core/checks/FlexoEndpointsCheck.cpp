#include "checks/FlexoEndpointsCheck.h"

#include "checks/CheckContext.h"
#include "cloud/EndpointCheck.h"
#include "net/HttpClient.h"

namespace flexo {

QString FlexoEndpointsCheck::title() const
{
    return tr("FlexO addresses");
}

void FlexoEndpointsCheck::start(CheckContext &context)
{
    cancel();
    const QList<QUrl> urls = m_override.isEmpty() ? EndpointCheck::endpointsOf(context.config) : m_override;
    if (urls.isEmpty()) {
        finish(makeResult(CheckStatus::Skipped,
                          tr("no FlexO redirect URI or lifecycle URL in the configuration")));
        return;
    }
    Error networkError;
    m_client = createHttpClient(context, &networkError);
    if (!m_client) {
        finish(makeResult(networkError, CheckStatus::Warning));
        return;
    }
    auto *service = new EndpointCheck(m_client, m_client);
    service->check(urls, m_client, [this](const QList<EndpointReport> &reports) {
        m_client->deleteLater();
        QStringList lines;
        const EndpointReport *firstProblem = nullptr;
        for (const EndpointReport &report : reports) {
            if (report.ok()) {
                lines << tr("%1: reachable, certificate valid").arg(report.url.toString());
            } else {
                lines << report.url.toString() + QLatin1String(": ") + report.warning.message;
                if (!firstProblem)
                    firstProblem = &report;
            }
        }
        CheckResult result;
        if (firstProblem) {
            // A warning only: FlexO may sit behind a name this machine cannot resolve.
            result = makeResult(firstProblem->warning, CheckStatus::Warning);
            result.observed.httpStatus = firstProblem->facts.status;
        } else {
            result = makeResult(CheckStatus::Passed,
                                tr("All %1 FlexO addresses are reachable and present a valid certificate.")
                                    .arg(reports.size()));
        }
        result.facts.insert(QStringLiteral("endpoints"), lines);
        finish(result);
    });
}

void FlexoEndpointsCheck::cancel()
{
    delete m_client.data();
}

} // namespace flexo
