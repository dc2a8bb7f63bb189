#pragma once

#include "checks/Check.h"

#include <QPointer>

namespace flexo {

class HttpClient;

// "discovery": the tenant exists in the chosen cloud (AADSTS90002 otherwise), its GUID is resolved,
// and the authorize and token endpoints the later checks use are read from its OpenID document.
class DiscoveryCheck : public Check
{
    Q_OBJECT

public:
    using Check::Check;

    CheckId id() const override { return CheckId::Discovery; }
    QString title() const override;
    void start(CheckContext &context) override;
    void cancel() override;

private:
    QPointer<HttpClient> m_client;
};

} // namespace flexo
