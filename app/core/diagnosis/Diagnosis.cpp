#include "diagnosis/Diagnosis.h"

#include "common/Logging.h"
#include "config/ConfigRules.h"
#include "diagnosis/DiagnosisService.h"
#include "diagnosis/SecretKeeper.h"
#include "diagnosis/SignInKeeper.h"

#include <QTimer>

namespace flexo {

Diagnosis::Diagnosis(DiagnosisService *service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{}

Diagnosis::~Diagnosis()
{
    if (m_runner) {
        m_runner->disconnect(this);
        m_runner->cancel();
    }
    m_fileSecret.fill(QLatin1Char('\0'));
    m_keychainSecret.fill(QLatin1Char('\0'));
}

bool Diagnosis::open(const QString &path)
{
    if (m_runner && m_runner->isRunning()) {
        m_runner->disconnect(this);
        m_runner->cancel();
    }
    m_runner.reset();
    m_running = false;
    m_finished = false;
    m_cancelled = false;
    m_keychainSecret.clear();
    m_diagnosis = ConfigDiagnosis();
    m_diagnosis.path = path;
    Result<DiagnosisService::Loaded> loaded = DiagnosisService::load(path);
    m_open = loaded.ok();
    if (!m_open) {
        m_diagnosis.loadError = loaded.error();
        m_fileSecret.clear();
        return false;
    }
    m_diagnosis.config = loaded.value().config;
    m_fileSecret = loaded.value().fileSecret;
    return true;
}

void Diagnosis::start(const QString &path, CheckRunner::Mode mode, const GivenSecret &given)
{
    open(path);
    run(mode, given);
}

void Diagnosis::run(CheckRunner::Mode mode, const GivenSecret &given)
{
    if (m_running)
        return;
    m_running = true;
    m_finished = false;
    m_cancelled = false;
    m_diagnosis.results.clear();
    m_diagnosis.interrupted = false;
    if (!m_open) {
        // Report from the event loop, like every other outcome, so callers see one order of events.
        QTimer::singleShot(0, this, &Diagnosis::finish);
        return;
    }
    const QString givenSecret = rules::normalizeSecret(given.value);
    if (!givenSecret.isEmpty()) {
        QTimer::singleShot(0, this, [this, mode, givenSecret, source = given.source] {
            runWith(mode, givenSecret, source, {});
        });
        return;
    }
    if (!m_fileSecret.isEmpty()) {
        QTimer::singleShot(0, this,
                           [this, mode] { runWith(mode, m_fileSecret, QStringLiteral("file"), {}); });
        return;
    }
    if (!m_keychainSecret.isEmpty()) {
        QTimer::singleShot(0, this,
                           [this, mode] { runWith(mode, m_keychainSecret, QStringLiteral("keychain"), {}); });
        return;
    }
    SecretKeeper *keeper = m_service->keeper();
    if (!keeper) {
        const Error none = Error::make(
            QStringLiteral("diagnosis.no-secret"), tr("No client secret was given, and no keychain is used."),
            {}, tr("Give it with --secret-stdin or FLEXO_CLIENT_SECRET."), QStringLiteral("no secret store"));
        QTimer::singleShot(0, this, [this, mode, none] { runWith(mode, {}, {}, none); });
        return;
    }
    keeper->read(m_diagnosis.config, this, [this, mode](const SecretKeeper::Lookup &lookup) {
        if (lookup.found()) {
            m_keychainSecret = lookup.secret;
            runWith(mode, lookup.secret, QStringLiteral("keychain"), {});
        } else {
            runWith(mode, {}, {}, lookup.error);
        }
    });
}

void Diagnosis::runWith(CheckRunner::Mode mode, const QString &secret, const QString &source,
                        const Error &problem)
{
    if (m_cancelled)
        return finish();
    m_diagnosis.secretSource = source;
    m_diagnosis.secretLength = static_cast<int>(secret.size());
    m_diagnosis.secretProblem = problem;
    // The report shows the hint of the secret that was really used, which may differ from the file's.
    if (!secret.isEmpty())
        m_diagnosis.config.secretHint = secret.left(3);
    m_diagnosis.keptSignInAccount.clear();
    m_diagnosis.keptSignInSince = {};
    m_diagnosis.keptSignInProblem = {};
    SignInKeeper *signIns = m_service->signInKeeper();
    if (!signIns)
        return startRunner(mode, secret, {});
    signIns->read(m_diagnosis.config, this, [this, mode, secret](const SignInKeeper::Lookup &lookup) {
        if (m_cancelled)
            return finish();
        m_diagnosis.keptSignInProblem = lookup.error;
        startRunner(mode, secret, lookup.kept);
    });
}

void Diagnosis::startRunner(CheckRunner::Mode mode, const QString &secret, const KeptSignIn &kept)
{
    if (m_runner)
        m_runner->disconnect(this);
    m_runner = m_service->createRunner(m_diagnosis.config, secret);
    CheckContext &context = m_runner->context();
    // A run without a person stands on the sign-in kept for this config, if there is one; a person's
    // run only says whether one is kept.
    if (mode == CheckRunner::Mode::NonInteractive)
        context.keptSignIn = kept;
    m_diagnosis.keptSignInAccount = kept.account;
    m_diagnosis.keptSignInSince = kept.keptAt;
    SignInKeeper *signIns = m_service->signInKeeper();
    // A person's run replaces a kept sign-in only when asked to keep its own (opt-in).
    const bool keep = !context.keptSignIn.isNull() ||
                      (mode == CheckRunner::Mode::Interactive && m_service->environment().keepSignIn);
    if (signIns && keep) {
        // The kept refresh token rotates with each redemption: the new one replaces it before the
        // refresh check reports, so the next run finds the one that works.
        const ConnectorConfig config = m_diagnosis.config;
        QPointer<SignInKeeper> keeper(signIns);
        context.keepSignIn = [this, keeper, config](const KeptSignIn &value,
                                                    std::function<void(const Error &)> done) {
            if (!keeper)
                return done(Error::make(QStringLiteral("diagnosis.no-keychain"), tr("No keychain is used.")));
            keeper->write(config, value, this, [this, value, done](const Error &error) {
                if (!error) {
                    m_diagnosis.keptSignInAccount = value.account;
                    m_diagnosis.keptSignInSince = value.keptAt;
                }
                done(error);
            });
        };
    }
    connect(m_runner.get(), &CheckRunner::checkStarted, this, &Diagnosis::checkStarted);
    connect(m_runner.get(), &CheckRunner::checkFinished, this, &Diagnosis::checkFinished);
    connect(m_runner.get(), &CheckRunner::finished, this, &Diagnosis::onRunnerFinished);
    m_runner->run(mode);
}

void Diagnosis::onRunnerFinished(const QList<CheckResult> &results)
{
    m_diagnosis.results = results;
    if (m_diagnosis.secretProblem) {
        // Say why the secret was missing on the checks that were skipped for want of it.
        for (CheckResult &result : m_diagnosis.results) {
            const bool wantsSecret = m_runner->graph().needs(result.id).testFlag(CheckNeed::Secret);
            if (result.status == CheckStatus::Skipped && wantsSecret)
                result.cause = m_diagnosis.secretProblem.userText();
        }
    }
    if (m_diagnosis.keptSignInProblem) {
        // Say why no kept sign-in could be used on the checks that were skipped for want of it.
        for (CheckResult &result : m_diagnosis.results) {
            if (result.status == CheckStatus::Skipped && result.skipReason == SkipReason::NeedsKeptSignIn)
                result.cause = m_diagnosis.keptSignInProblem.userText();
        }
    }
    m_diagnosis.interrupted = m_cancelled || m_runner->wasCancelled();
    finish();
}

void Diagnosis::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    m_diagnosis.interrupted = true;
    if (m_runner && m_runner->isRunning())
        m_runner->cancel();
}

void Diagnosis::finish()
{
    if (!m_running)
        return;
    m_running = false;
    m_finished = true;
    qCDebug(lcChecks) << "diagnosed" << m_diagnosis.path << statusName(m_diagnosis.worstStatus());
    emit finished();
}

QStringList Diagnosis::sensitiveValues() const
{
    QStringList values = m_runner ? m_runner->context().sensitiveValues() : QStringList();
    for (const QString &secret : {m_fileSecret, m_keychainSecret}) {
        if (!secret.isEmpty() && !values.contains(secret))
            values << secret;
    }
    return values;
}

} // namespace flexo
