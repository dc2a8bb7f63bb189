#pragma once

#include "checks/Check.h"

#include <QPointer>

namespace flexo {

class ClientCredentialsService;

// "app-credentials": a client-credentials grant for Microsoft Graph proves the tenant, the client ID
// and the secret without a person (AADSTS700016, 7000215, 7000222 explained).
class AppCredentialsCheck : public Check
{
    Q_OBJECT

public:
    using Check::Check;

    QString id() const override { return QStringLiteral("app-credentials"); }
    QString title() const override;
    QStringList dependencies() const override { return {QStringLiteral("discovery")}; }
    bool needsSecret() const override { return true; }
    void start(CheckContext &context) override;
    void cancel() override;

private:
    QPointer<ClientCredentialsService> m_service;
};

} // namespace flexo
