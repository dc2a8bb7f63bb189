#pragma once

#include "checks/Check.h"

namespace flexo {

// "config": every value present and well-formed, without the network (ConfigRules). The expiry date
// is left to "secret-expiry" so that one problem is reported once.
class ConfigCheck : public Check
{
    Q_OBJECT

public:
    using Check::Check;

    CheckId id() const override { return CheckId::Config; }
    QString title() const override;
    void start(CheckContext &context) override;
};

} // namespace flexo
