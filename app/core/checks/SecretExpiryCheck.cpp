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
        result.remedy = Remedy::make(RemedyKind::CreateNewSecret);
        break;
    case RuleSeverity::Warning:
        if (!expiry.isValid()) {
            // The admin said they do not know the date: nothing warns before the secret stops working.
            result = makeResult(
                CheckStatus::Warning,
                tr("The client secret's expiry is not tracked: no expiry date was entered."),
                tr("Nobody is warned before the secret expires; meetings then stop being created without "
                   "notice."),
                tr("Enter the date shown in the Expires column under Certificates & secrets: in the setup "
                   "wizard, or as secret.expires in the configuration."));
            result.remedy = Remedy::make(RemedyKind::RecordSecretExpiry);
        } else {
            result = makeResult(CheckStatus::Warning, rule.message);
            if (rule.code == QLatin1String("secretExpiry.soon"))
                result.remedy = Remedy::make(RemedyKind::CreateNewSecret);
        }
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
