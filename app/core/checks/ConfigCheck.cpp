#include "checks/ConfigCheck.h"

#include "checks/CheckContext.h"
#include "config/ConfigRules.h"

namespace flexo {

QString ConfigCheck::title() const
{
    return tr("Configuration values");
}

void ConfigCheck::start(CheckContext &context)
{
    // The secret under test is the one in the context (keychain, standard input, environment).
    ConnectorConfig config = context.config;
    config.secret = context.secret;
    const QList<RuleResult> all = rules::checkConfig(config, context.now().date(), context.hasSecret());
    QList<RuleResult> errors;
    QList<RuleResult> warnings;
    QStringList problems;
    QStringList notes;
    for (const RuleResult &rule : all) {
        if (rule.field == QLatin1String("secretExpiry"))
            continue;
        const QString line = rule.field + QLatin1String(": ") + rule.message;
        switch (rule.severity) {
        case RuleSeverity::Error:
            errors << rule;
            problems << line;
            break;
        case RuleSeverity::Warning:
            warnings << rule;
            problems << line;
            break;
        case RuleSeverity::Note:
            notes << line;
            break;
        case RuleSeverity::Ok:
            break;
        }
    }

    CheckResult result;
    if (!errors.isEmpty()) {
        result = makeResult(CheckStatus::Failed, errors.first().message,
                            tr("Values are missing or malformed (problems found: %1).").arg(errors.size()),
                            tr("Correct the values listed, then run the checks again."));
        result.facts.insert(QStringLiteral("errorCode"), errors.first().code);
    } else if (!warnings.isEmpty()) {
        result = makeResult(CheckStatus::Warning, warnings.first().message,
                            tr("Some values look unusual; the connector may still work."),
                            tr("Review the values listed."));
    } else {
        result = makeResult(CheckStatus::Passed, tr("All values are present and well-formed."));
    }
    if (!problems.isEmpty())
        result.facts.insert(QStringLiteral("problems"), problems);
    if (!notes.isEmpty())
        result.facts.insert(QStringLiteral("notes"), notes);
    finish(result);
}

} // namespace flexo
