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

    CheckId id() const override { return CheckId::AppCredentials; }
    QString title() const override;
    void start(CheckContext &context) override;
    void cancel() override;

private:
    QPointer<ClientCredentialsService> m_service;
};

} // namespace flexo
