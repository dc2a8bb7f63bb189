#pragma once

#include "checks/Check.h"

namespace flexo {

// "secret-expiry": the expiry date entered from the portal is known, not past, not within 30 days,
// and not beyond the 24 months a secret can last.
class SecretExpiryCheck : public Check
{
    Q_OBJECT

public:
    using Check::Check;

    QString id() const override { return QStringLiteral("secret-expiry"); }
    QString title() const override;
    QStringList dependencies() const override { return {QStringLiteral("config")}; }
    void start(CheckContext &context) override;
};

} // namespace flexo
