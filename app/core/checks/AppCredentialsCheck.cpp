#include "checks/AppCredentialsCheck.h"

#include "auth/ClientCredentialsService.h"
#include "checks/AuthCheckResult.h"
#include "checks/CheckContext.h"
#include "net/HttpClient.h"

namespace flexo {

QString AppCredentialsCheck::title() const
{
    return tr("Application credentials");
}

void AppCredentialsCheck::start(CheckContext &context)
{
    cancel();
    ClientCredentialsRequest request;
    request.tokenEndpoint = context.discovery.tokenEndpoint;
    request.clientId = context.config.clientId;
    request.clientSecret = context.secret;
    request.graphResource = context.discovery.graphResource;
    request.tenant =
        context.discovery.tenantId.isEmpty() ? context.config.tenant() : context.discovery.tenantId;
    request.secretExpiry = context.config.secretExpiry;
    Error networkError;
    HttpClient *client = createHttpClient(context, &networkError);
    if (!client) {
        fail(networkError);
        return;
    }
    request.timeout = std::chrono::milliseconds(client->options().timeoutMs);
    m_service = new ClientCredentialsService(client, client);
    if (context.clock)
        m_service->setClock(context.clock);
    connect(m_service, &ClientCredentialsService::finished, this, [this, client](const AuthResult &auth) {
        client->deleteLater();
        finish(checkResultFromAuth(makeResult(CheckStatus::Pending, QString()), auth));
    });
    m_service->start(request);
}

void AppCredentialsCheck::cancel()
{
    if (!m_service)
        return;
    m_service->disconnect(this);
    m_service->cancel();
    m_service->parent()->deleteLater(); // the client, and the service with it
}

} // namespace flexo
