#include "setup/SecretRotation.h"

#include "checks/CheckRunner.h"
#include "cloud/CloudCatalog.h"
#include "common/Logging.h"
#include "common/Redaction.h"
#include "config/ConfigFile.h"
#include "config/ConfigRules.h"
#include "diagnosis/DiagnosisService.h"
#include "diagnosis/SecretKeeper.h"
#include "secrets/SecretErrors.h"

#include <QDateTime>
#include <QDir>
#include <QUrlQuery>

namespace flexo {

namespace {

constexpr int kDueWithinDays = 30;

// The outcome of app-credentials in a run; when it did not get to run, the failure that stopped it.
CheckResult credentialsOutcome(const CheckRunner &runner)
{
    const CheckResult own = runner.result(CheckId::AppCredentials);
    if (own.status != CheckStatus::Skipped && own.status != CheckStatus::Pending)
        return own;
    const QList<CheckResult> all = runner.results();
    for (const CheckResult &result : all) {
        if (result.status == CheckStatus::Failed)
            return result;
    }
    return own;
}

bool passed(const CheckResult &result)
{
    return result.status == CheckStatus::Passed || result.status == CheckStatus::Warning;
}

} // namespace

SecretRotation::SecretRotation(DiagnosisService *service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{
    qRegisterMetaType<RotationOutcome>();
}

SecretRotation::~SecretRotation() = default;

QUrl SecretRotation::certificatesAndSecretsUrl(const ConnectorConfig &config)
{
    const QUrl portal = CloudCatalog::info(config.cloud).portal;
    if (portal.isEmpty() || config.clientId.isEmpty())
        return {};
    QUrl url = portal;
    // The portal's own address of an app registration's "Certificates & secrets" blade.
    url.setFragment(
        QStringLiteral("view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Credentials/appId/") +
        config.clientId);
    return url;
}

bool SecretRotation::isDue(const ConnectorConfig &config, const QDate &today)
{
    return config.secretExpiry.isValid() && today.daysTo(config.secretExpiry) <= kDueWithinDays;
}

Error SecretRotation::checkNewSecret(const QString &pasted, const ConnectorConfig &config,
                                     QString *normalized)
{
    const QString secret = rules::normalizeSecret(pasted);
    if (normalized)
        *normalized = secret;
    const RuleResult rule = rules::checkSecret(secret, config.tenantId, config.clientId);
    if (rule.isError()) {
        return Error::make(QStringLiteral("config.") + rule.code, tr("This cannot be the new client secret."),
                           rule.message, {}, QStringLiteral("new secret refused: %1").arg(rule.code));
    }
    return {};
}

Error SecretRotation::checkNewExpiry(const QDate &expiry, const QDate &today)
{
    if (!expiry.isValid()) {
        return Error::make(QStringLiteral("rotation.expiry-missing"),
                           tr("The new secret's expiry date is missing."), {},
                           tr("Enter the date the portal shows in the “Expires” column of the new secret."));
    }
    const RuleResult rule = rules::checkSecretExpiry(expiry, today);
    if (rule.isError()) {
        return Error::make(QStringLiteral("config.") + rule.code,
                           tr("The new secret's expiry date cannot be right."), rule.message);
    }
    return {};
}

Error SecretRotation::checkConfigFile(const QString &path)
{
    const Result<DiagnosisService::Loaded> onDisk = DiagnosisService::load(path);
    if (!onDisk.ok())
        return onDisk.error();
    if (onDisk.value().fileSecret.isEmpty())
        return {};
    return Error::make(
        QStringLiteral("rotation.file-holds-secret"),
        tr("This file holds the secret itself: it is an export for the FlexO server."), {},
        tr("Replace the secret in the config this computer saved (its secret is in the keychain), "
           "then export it again."));
}

QString SecretRotation::deleteOldReminder(const QString &oldHint)
{
    if (oldHint.isEmpty()) {
        return tr("Once FlexO works with the new secret, delete the old secret in Certificates & secrets.");
    }
    return tr("Once FlexO works with the new secret, delete the old secret in Certificates & secrets: the "
              "row "
              "whose value starts with “%1”. Keep the new one.")
        .arg(oldHint);
}

QDate SecretRotation::today() const
{
    return m_today ? m_today() : QDateTime::currentDateTimeUtc().date();
}

void SecretRotation::setStep(Step step)
{
    m_step = step;
    emit stepChanged(step);
}

void SecretRotation::start(const RotationRequest &request)
{
    if (isRunning())
        return;
    m_request = request;
    m_request.config.secret.clear();
    m_outcome = RotationOutcome{};
    m_oldSecret.clear();
    m_newSecret.clear();
    m_outcome.newExpiry = request.newExpiry;

    if (Error refused = checkNewSecret(request.newSecret, m_request.config, &m_newSecret)) {
        finish(refused);
        return;
    }
    registerSensitiveValue(m_newSecret);
    if (Error refused = checkNewExpiry(request.newExpiry, today())) {
        finish(refused);
        return;
    }
    if (m_request.configPath.isEmpty()) {
        finish(Error::make(QStringLiteral("rotation.no-config-file"),
                           tr("The config has not been saved yet."), {},
                           tr("Save the config first, then replace its secret.")));
        return;
    }
    if (Error refused = checkConfigFile(m_request.configPath)) {
        finish(refused);
        return;
    }
    m_newConfig = m_request.config;
    m_newConfig.secretExpiry = request.newExpiry;
    m_newConfig.secretHint = m_newSecret.left(3);
    m_outcome.newHint = m_newConfig.secretHint;
    readOld();
}

void SecretRotation::readOld()
{
    setStep(Step::ReadingOld);
    SecretKeeper *keeper = m_service->keeper();
    if (!keeper) {
        finish(secretErrors::noSecretService(QStringLiteral("no secret store")));
        return;
    }
    keeper->read(m_request.config, this, [this](const SecretKeeper::Lookup &lookup) {
        if (lookup.found()) {
            m_oldSecret = lookup.secret;
            m_outcome.oldSecretFound = true;
            m_outcome.oldHint = m_oldSecret.left(3);
        } else if (lookup.error.code != QLatin1String(secretErrors::notFoundCode)) {
            // Without the keychain the new secret could not be stored: stop before any request.
            finish(lookup.error);
            return;
        } else {
            m_outcome.oldHint = m_request.config.secretHint;
        }
        if (m_outcome.oldSecretFound && m_oldSecret == m_newSecret) {
            finish(
                Error::make(QStringLiteral("rotation.same-secret"),
                            tr("This is the secret already in use, not a new one."), {},
                            tr("Create a new client secret in Certificates & secrets and paste its Value.")));
            return;
        }
        verify();
    });
}

void SecretRotation::verify()
{
    setStep(Step::Verifying);
    m_runsLeft = 0;
    m_newRunner = m_service->createRunner(m_newConfig, m_newSecret);
    connect(m_newRunner.get(), &CheckRunner::finished, this, &SecretRotation::verificationFinished);
    ++m_runsLeft;
    if (m_outcome.oldSecretFound) {
        m_oldRunner = m_service->createRunner(m_request.config, m_oldSecret);
        connect(m_oldRunner.get(), &CheckRunner::finished, this, &SecretRotation::verificationFinished);
        ++m_runsLeft;
    }
    // Both at the same time: the proof that the new one works is taken while the old one still does.
    m_newRunner->run({CheckId::AppCredentials});
    if (m_oldRunner)
        m_oldRunner->run({CheckId::AppCredentials});
}

void SecretRotation::verificationFinished()
{
    if (--m_runsLeft > 0)
        return;
    m_outcome.newCheck = credentialsOutcome(*m_newRunner);
    if (m_oldRunner)
        m_outcome.oldCheck = credentialsOutcome(*m_oldRunner);
    m_newRunner.release()->deleteLater();
    if (m_oldRunner)
        m_oldRunner.release()->deleteLater();
    if (!passed(m_outcome.newCheck)) {
        const CheckResult &failed = m_outcome.newCheck;
        Error error = Error::make(
            QStringLiteral("rotation.new-secret-failed"),
            tr("The new secret does not work yet: %1").arg(failed.summary), failed.cause,
            failed.fix.isEmpty()
                ? tr("Nothing was changed. Check that you copied the Value of the new secret.")
                : failed.fix + QLatin1Char(' ') + tr("Nothing was changed."),
            QStringLiteral("app-credentials with the new secret: %1").arg(statusName(failed.status)));
        error.remedy = failed.remedy;
        finish(error);
        return;
    }
    store();
}

void SecretRotation::store()
{
    setStep(Step::Storing);
    m_service->keeper()->write(
        m_newConfig, m_newSecret, this, [this](const Error &error, const KeychainEntry &) {
            if (error) {
                // A refused write changed nothing; only one that timed out may still land, so then the
                // old secret is written back to know what the entry holds.
                if (error.code == QLatin1String(secretErrors::timeoutCode)) {
                    restore(error);
                    return;
                }
                Error reported = error;
                reported.fix +=
                    QLatin1Char(' ') + tr("The new secret was not stored; the keychain and the config are "
                                          "unchanged.");
                finish(reported);
                return;
            }
            m_outcome.keychainChanged = true;
            save();
        });
}

void SecretRotation::save()
{
    setStep(Step::Saving);
    ConnectorConfig config = m_newConfig;
    config.secret.clear();
    if (Error error = ConfigFile::save(config, m_request.configPath)) {
        m_outcome.keychainChanged = false;
        restore(error);
        return;
    }
    m_outcome.config = config;
    qCInfo(lcSecrets) << "client secret replaced for" << m_request.configPath;
    finish({});
}

void SecretRotation::restore(const Error &cause)
{
    if (!m_outcome.oldSecretFound) {
        // Nothing to put back: remove what may have been stored so the keychain is as it was.
        setStep(Step::Restoring);
        SecretKeeper *keeper = m_service->keeper();
        Result<KeychainEntry> entry = KeychainBinding::entryFor(m_newConfig);
        if (!entry.ok()) {
            finish(cause);
            return;
        }
        keeper->store()->remove(entry.value().service, entry.value().key, this,
                                [this, cause](const SecretStore::Outcome &outcome) {
                                    m_outcome.keychainRestored = outcome.ok();
                                    finish(cause);
                                });
        return;
    }
    setStep(Step::Restoring);
    m_service->keeper()->write(
        m_request.config, m_oldSecret, this, [this, cause](const Error &error, const KeychainEntry &) {
            m_outcome.keychainRestored = error.isNull();
            Error reported = cause;
            if (error) {
                reported.fix +=
                    QLatin1Char(' ') + tr("The old secret could not be put back into the keychain "
                                          "either: %1")
                                           .arg(error.message);
            } else {
                reported.fix += QLatin1Char(' ') + tr("The old secret is still in the keychain; nothing else "
                                                      "was changed.");
            }
            finish(reported);
        });
}

void SecretRotation::finish(Error error)
{
    m_outcome.error = std::move(error);
    m_oldSecret.fill(QLatin1Char('\0'));
    m_oldSecret.clear();
    m_newSecret.fill(QLatin1Char('\0'));
    m_newSecret.clear();
    if (!m_outcome.error.isNull())
        qCInfo(lcSecrets) << "secret rotation stopped:" << m_outcome.error.code << m_outcome.error.detail;
    setStep(Step::Done);
    emit finished(m_outcome);
}

} // namespace flexo
