#include "cli/RotateCommand.h"

#include "cli/CommandLine.h"
#include "cli/Terminal.h"
#include "common/Redaction.h"
#include "config/ConfigRules.h"
#include "diagnosis/DiagnosisService.h"
#include "secrets/KeychainSecretStore.h"
#include "setup/SecretRotation.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QIODevice>
#include <QTextStream>

namespace flexo::cli {

QString RotateCommand::description() const
{
    return tr(
        "Replaces the client secret of CONFIG. Create a new secret in Certificates & secrets of the app "
        "registration first, then give its Value (not its Secret ID) on standard input. The new secret "
        "is checked with a client-credentials grant while the old one is tried too; only when the new "
        "one works is it stored in the keychain, and CONFIG is saved with the new expiry date and hint. "
        "If anything fails, the old secret stays in the keychain and CONFIG is unchanged.");
}

int RotateCommand::execute(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("CONFIG"),
                                 tr("The saved connector config whose secret to replace."),
                                 QStringLiteral("CONFIG"));
    const QCommandLineOption expires(QStringLiteral("expires"),
                                     tr("The new secret's expiry date as the portal shows it (YYYY-MM-DD)."),
                                     QStringLiteral("DATE"));
    parser.addOption(expires);
    bool helpShown = false;
    if (!parse(parser, arguments, &helpShown))
        return ExitUsage;
    if (helpShown)
        return ExitOk;
    if (parser.positionalArguments().size() != 1) {
        printUsageError(tr("Name exactly one config whose secret to replace."));
        return ExitUsage;
    }
    const QDate expiry = QDate::fromString(parser.value(expires), Qt::ISODate);
    if (!parser.isSet(expires) || !expiry.isValid()) {
        printUsageError(
            tr("Give the new secret's expiry date with --expires YYYY-MM-DD (the portal shows it in "
               "the “Expires” column)."));
        return ExitUsage;
    }
    const QString path = parser.positionalArguments().constFirst();
    Result<DiagnosisService::Loaded> loaded = DiagnosisService::load(path);
    if (!loaded.ok()) {
        m_err << loaded.error().userText() << '\n' << Qt::flush;
        return ExitUsage;
    }
    // Before asking for the new secret: a file whose secret cannot be replaced here is said at once.
    if (Error refused = SecretRotation::checkConfigFile(path)) {
        m_err << refused.userText() << '\n' << Qt::flush;
        return ExitUsage;
    }
    QString secret;
    if (m_in) {
        secret = QString::fromUtf8(m_in->readLine());
    } else {
        if (Terminal::stdinIsTerminal())
            m_err << tr("New client secret, its Value (input hidden): ") << Qt::flush;
        secret = Terminal::readLine(/*hideInput=*/true);
    }
    secret = rules::normalizeSecret(secret);
    registerSensitiveValue(secret);
    if (secret.isEmpty()) {
        printUsageError(tr("Give the new secret's Value on standard input."));
        return ExitUsage;
    }

    KeychainSecretStore store;
    DiagnosisEnvironment environment;
    environment.secrets = &store;
    DiagnosisService service(environment);
    SecretRotation rotation(&service);
    RotationOutcome outcome;
    QEventLoop loop;
    QObject::connect(&rotation, &SecretRotation::stepChanged, &loop, [this](SecretRotation::Step step) {
        if (step == SecretRotation::Step::Verifying)
            m_err << tr("Checking the new secret with Microsoft, and the old one at the same time…") << '\n'
                  << Qt::flush;
        else if (step == SecretRotation::Step::Restoring)
            m_err << tr("Putting the old secret back into the keychain…") << '\n' << Qt::flush;
    });
    QObject::connect(&rotation, &SecretRotation::finished, &loop, [&](const RotationOutcome &result) {
        outcome = result;
        loop.quit();
    });
    rotation.start({loaded.value().config, path, secret, expiry});
    secret.fill(QLatin1Char('\0'));
    if (rotation.isRunning())
        loop.exec();
    printOutcome(outcome, path);
    m_out.flush();
    m_err.flush();
    if (outcome.ok())
        return ExitOk;
    // A value refused before anything was tried is a usage error; a failed step is a failed check.
    const bool refused = outcome.error.code.startsWith(QLatin1String("config.secret")) ||
                         outcome.error.code.startsWith(QLatin1String("config.secretExpiry")) ||
                         outcome.error.code.startsWith(QLatin1String("rotation.expiry")) ||
                         outcome.error.code == QLatin1String("rotation.same-secret") ||
                         outcome.error.code == QLatin1String("rotation.file-holds-secret");
    return refused ? ExitUsage : ExitCheckFailed;
}

void RotateCommand::printOutcome(const RotationOutcome &outcome, const QString &path)
{
    if (outcome.newCheck.status != CheckStatus::Pending) {
        m_out << tr("New secret: %1").arg(outcome.newCheck.summary) << '\n';
        if (outcome.oldSecretFound) {
            m_out << (outcome.oldStillWorks()
                          ? tr("Old secret (%1…): still works.").arg(outcome.oldHint)
                          : tr("Old secret (%1…): does not work any more (%2). Replacing it goes on.")
                                .arg(outcome.oldHint, outcome.oldCheck.summary))
                  << '\n';
        }
    }
    if (!outcome.ok()) {
        m_err << outcome.error.userText() << '\n';
        return;
    }
    m_out << tr("The new secret is in the keychain, and %1 now records its expiry date %2 and hint %3.")
                 .arg(path, outcome.newExpiry.toString(Qt::ISODate), outcome.newHint)
          << '\n'
          << tr("Next: enter the new secret as the Application Secret Key in FlexO's Teams integration and "
                "save "
                "it (flexo-teams-setup show %1 --reveal prints it on a terminal).")
                 .arg(path)
          << '\n'
          << SecretRotation::deleteOldReminder(outcome.oldHint) << '\n';
}

} // namespace flexo::cli
