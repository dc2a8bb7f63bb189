#pragma once

#include "checks/Check.h"

#include <QPointer>

namespace flexo {

class CheckContext;
class RedirectUriPrecheck;
struct RedirectUriPrecheckRequest;
struct RedirectUriVerdict;

// What the pre-check asks for a run: the test sign-in's URI and FlexO's, at the endpoint discovery
// found, with the scope the sign-in asks for. The sign-in check asks the same before a browser opens.
[[nodiscard]] RedirectUriPrecheckRequest redirectUriPrecheckRequest(const CheckContext &context,
                                                                    int timeoutMs);

// "redirect-uris": asks the authorize endpoint, without anybody signing in, whether Entra accepts the
// test sign-in's redirect URI and each of FlexO's for this app. Passes when all are accepted, fails
// naming each URI Entra refuses (with the platform to register it on), and warns when a page could not
// be read — never a failure it did not see.
class RedirectUrisCheck : public Check
{
    Q_OBJECT

public:
    using Check::Check;
    ~RedirectUrisCheck() override;

    CheckId id() const override { return CheckId::RedirectUris; }
    QString title() const override;
    void start(CheckContext &context) override;
    void cancel() override;

    // The result for a run's verdicts (public for tests).
    [[nodiscard]] CheckResult resultFor(const QList<RedirectUriVerdict> &verdicts) const;

private:
    QPointer<RedirectUriPrecheck> m_precheck;
};

} // namespace flexo
