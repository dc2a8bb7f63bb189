#include "WizardHarness.h"

#include "BrowserSimulator.h"
#include "DefaultScenarioValues.h"
#include "FakeCloud.h"

#include "setup/SetupModel.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QTest>

using namespace flexo;
using namespace flexo::ui;

const QString WizardHarness::tenantDomain = fake::defaults::tenantDomain;
const QString WizardHarness::tenantId = fake::defaults::tenantId;
const QString WizardHarness::clientId = fake::defaults::clientId;
const QString WizardHarness::secret = fake::defaults::secret;
const QString WizardHarness::flexoRedirectUri = fake::defaults::flexoRedirectUri;
const QString WizardHarness::lifecycleUrl = QStringLiteral("https://flexo.stluc.example/teams/lifecycle");

WizardHarness::WizardHarness(SecretStore *store, QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_store(store)
    , m_cloud(new fake::FakeCloud(this))
    , m_browser(new fake::BrowserSimulator(this))
{
    connect(m_browser, &fake::BrowserSimulator::finished, this,
            [this](const QUrl &finalUrl, int, const QString &pageText) {
                browserFinalUrl = finalUrl;
                browserPageText = pageText;
                ++browserFinishedCount;
            });
}

WizardHarness::~WizardHarness() = default;

bool WizardHarness::start()
{
    if (!m_dir.isValid() || !m_cloud->start())
        return false;
    m_cloud->loadDefaultScenario();
    return showWizard();
}

bool WizardHarness::restart()
{
    m_wizard.reset();
    return showWizard();
}

bool WizardHarness::showWizard()
{
    SetupServices services;
    services.network = m_network;
    services.secretStore = m_store;
    services.journalFile = m_dir.filePath(QStringLiteral("journal.json"));
    services.draftFile = draftFile();
    // The fake also plays the global sign-in service that the Cloud page asks for a tenant's cloud.
    services.globalLoginBase = m_cloud->baseUrl();
    services.cloudDetectionDelayMs = 100;
    services.openBrowser = [this](const QUrl &url) {
        openedUrls << url;
        if (followSignInUrls && url.path().endsWith(QLatin1String("/authorize")))
            m_browser->open(url);
        return true;
    };
    m_wizard = std::make_unique<SetupWizard>(services, &prompt);
    m_wizard->presetCustomCloud(m_cloud->baseUrl());
    m_wizard->show();
    return QTest::qWaitForWindowExposed(m_wizard.get());
}

void WizardHarness::click(const QString &buttonName)
{
    auto *button = find<QAbstractButton>(buttonName);
    QVERIFY2(button, qPrintable(buttonName));
    QVERIFY2(button->isEnabled(), qPrintable(buttonName + QStringLiteral(" is disabled")));
    QTest::mouseClick(button, Qt::LeftButton);
    const QString shots = qEnvironmentVariable("FLEXO_UI_SHOTS");
    if (!shots.isEmpty()) {
        // The page a little after the click, when the answer has usually arrived.
        QTest::qWait(1500);
        m_wizard->grab().save(QStringLiteral("%1/%2-click-%3.png")
                                  .arg(shots, QString::fromLatin1(QTest::currentTestFunction()), buttonName));
    }
}

void WizardHarness::type(const QString &lineEditName, const QString &text)
{
    auto *edit = find<QLineEdit>(lineEditName);
    QVERIFY2(edit, qPrintable(lineEditName));
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
}

bool WizardHarness::nextEnabled() const
{
    return m_wizard->button(QWizard::NextButton)->isEnabled() &&
           m_wizard->button(QWizard::NextButton)->isVisible();
}

void WizardHarness::shot(const QString &name) const
{
    const QString shots = qEnvironmentVariable("FLEXO_UI_SHOTS");
    if (!shots.isEmpty())
        m_wizard->grab().save(QStringLiteral("%1/%2-%3.png")
                                  .arg(shots, QString::fromLatin1(QTest::currentTestFunction()), name));
}

int WizardHarness::currentId() const
{
    return m_wizard->currentId();
}

bool WizardHarness::next()
{
    const int before = m_wizard->currentId();
    // FLEXO_UI_SHOTS=<folder> keeps a picture of every page as it is left, for visual review.
    const QString shots = qEnvironmentVariable("FLEXO_UI_SHOTS");
    if (!shots.isEmpty())
        m_wizard->grab().save(QStringLiteral("%1/%2-page%3.png")
                                  .arg(shots, QString::fromLatin1(QTest::currentTestFunction()))
                                  .arg(before));
    if (!nextEnabled())
        return false;
    QTest::mouseClick(m_wizard->button(QWizard::NextButton), Qt::LeftButton);
    return QTest::qWaitFor([&] { return m_wizard->currentId() != before; }, 10000);
}

bool WizardHarness::passWelcome()
{
    return currentId() == SetupWizard::WelcomePageId && next();
}

bool WizardHarness::passCloudTenant()
{
    type(QStringLiteral("tenantLineEdit"), tenantDomain);
    // Next runs discovery and moves on by itself once the tenant is found.
    return next() && currentId() == SetupWizard::RegisterAppPageId;
}

bool WizardHarness::passRegisterApp()
{
    for (QCheckBox *step : m_wizard->currentPage()->findChildren<QCheckBox *>())
        step->setChecked(true);
    return next();
}

bool WizardHarness::fillCredentials(const QString &secretValue)
{
    type(QStringLiteral("clientIdLineEdit"), clientId);
    type(QStringLiteral("secretLineEdit"), secretValue);
    type(QStringLiteral("secretExpiryLineEdit"), expiry);
    return find<QAbstractButton>(QStringLiteral("verifyButton"))->isEnabled();
}

bool WizardHarness::passCredentials()
{
    return fillCredentials(secret) && next() && currentId() == SetupWizard::FlexoAddressesPageId;
}

bool WizardHarness::passFlexoAddresses()
{
    type(QStringLiteral("redirectUriLineEdit"), flexoRedirectUri);
    type(QStringLiteral("lifecycleUrlLineEdit"), lifecycleUrl);
    return next();
}

bool WizardHarness::driveToSignIn()
{
    return passWelcome() && passCloudTenant() && passRegisterApp() && passCredentials() &&
           passFlexoAddresses() && currentId() == SetupWizard::SignInPageId;
}

bool WizardHarness::passSignIn()
{
    click(QStringLiteral("signInButton"));
    if (!QTest::qWaitFor([this] { return nextEnabled(); }, 20000))
        return false;
    return next();
}

bool WizardHarness::passMeetingTest()
{
    click(QStringLiteral("runMeetingTestButton"));
    if (!QTest::qWaitFor([this] { return nextEnabled(); }, 30000))
        return false;
    return next();
}
