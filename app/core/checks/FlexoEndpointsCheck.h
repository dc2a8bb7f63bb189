#pragma once

#include "checks/Check.h"

#include <QList>
#include <QPointer>
#include <QUrl>

namespace flexo {

class HttpClient;

// "flexo-endpoints" (warning only): FlexO's redirect URIs and lifecycle URL resolve and present a
// valid certificate, since Microsoft and the users' browsers call them.
class FlexoEndpointsCheck : public Check
{
    Q_OBJECT

public:
    using Check::Check;

    CheckId id() const override { return CheckId::FlexoEndpoints; }
    QString title() const override;
    void start(CheckContext &context) override;
    void cancel() override;

    // Checks these URLs instead of the config's (tests, or a FlexO server seen through another name).
    void setEndpoints(const QList<QUrl> &urls) { m_override = urls; }

private:
    QPointer<HttpClient> m_client;
    QList<QUrl> m_override;
};

} // namespace flexo
