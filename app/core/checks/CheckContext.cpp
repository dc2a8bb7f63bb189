#include "checks/CheckContext.h"

#include "common/Redaction.h"

namespace flexo {

CheckContext::CheckContext(ConnectorConfig connectorConfig, QNetworkAccessManager *networkManager)
    : config(std::move(connectorConfig))
    , secret(config.secret)
    , network(networkManager)
{}

QDateTime CheckContext::now() const
{
    return clock ? clock() : QDateTime::currentDateTimeUtc();
}

QStringList CheckContext::sensitiveValues() const
{
    QStringList values = m_extraSensitive;
    for (const QString &value : {secret, config.secret, tokens.accessToken, tokens.refreshToken,
                                 tokens.idToken, keptSignIn.refreshToken}) {
        if (!value.isEmpty() && !values.contains(value)) {
            values << value;
            // Also for the log, which scrubs every line with the process's registered values.
            registerSensitiveValue(value);
        }
    }
    return values;
}

void CheckContext::addSensitiveValue(const QString &value)
{
    if (!value.isEmpty() && !m_extraSensitive.contains(value)) {
        m_extraSensitive << value;
        registerSensitiveValue(value);
    }
}

} // namespace flexo
