#include "checks/SecretExpiryCheck.h"

#include "checks/CheckContext.h"
#include "config/ConfigRules.h"

namespace flexo {

QString SecretExpiryCheck::title() const
{
    return tr("Client secret expiry");
}

void SecretExpiryCheck::start(CheckContext &context)
{
    const QDate expiry = context.config.secretExpiry;
    const QDate today = context.now().date();
    const RuleResult rule = rules::checkSecretExpiry(expiry, today);
    CheckResult result;
    switch (rule.severity) {
    case RuleSeverity::Error:
        result = makeResult(CheckStatus::Failed, rule.message,
                            tr("Microsoft refuses an expired client secret (AADSTS7000222)."),
                            tr("Create a new client secret in the portal (at most 24 months), then update "
                               "FlexO and this configuration with its Value and expiry date."));
        break;
    case RuleSeverity::Warning:
        result = makeResult(CheckStatus::Warning, rule.message);
        break;
    case RuleSeverity::Ok:
    case RuleSeverity::Note:
        result = makeResult(CheckStatus::Passed, tr("The client secret is valid until %1 (%2 days left).")
                                                     .arg(expiry.toString(Qt::ISODate))
                                                     .arg(today.daysTo(expiry)));
        break;
    }
    if (!rule.code.isEmpty())
        result.facts.insert(QStringLiteral("errorCode"), rule.code);
    if (expiry.isValid()) {
        result.facts.insert(QStringLiteral("expires"), expiry.toString(Qt::ISODate));
        result.facts.insert(QStringLiteral("daysLeft"), today.daysTo(expiry));
    }
    finish(result);
}

} // namespace flexo
