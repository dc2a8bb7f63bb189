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

    CheckId id() const override { return CheckId::SecretExpiry; }
    QString title() const override;
    void start(CheckContext &context) override;
};

} // namespace flexo
