// The sign-in page's advice comes from the result's remedy, never from the message's words: the same
// failures, with the interface in English, French and German, show the same remedy (its kind and the
// value to copy), and a failure that is not about the redirect URI never shows redirect-URI advice.
#include "DefaultScenarioValues.h"
#include "WizardHarness.h"

#include "common/Remedy.h"
#include "secrets/MemorySecretStore.h"
#include "ui/widgets/CopyField.h"
#include "ui/widgets/MessageWidget.h"

#include <QAbstractButton>
#include <QGroupBox>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>
#include <QUrlQuery>

using namespace flexo;
using namespace flexo::ui;

namespace {

const QString kCorrelationId = QStringLiteral("8c1d2e3f-4a5b-4c6d-9e7f-0a1b2c3d4e5f");

// The address the browser ended on when Microsoft sent an error back to the sign-in's redirect URI;
// its description carries the trace and correlation IDs on lines of their own, as Entra writes them.
QString errorAddress(const QString &error, const QString &description)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("error"), error);
    query.addQueryItem(
        QStringLiteral("error_description"),
        description + QStringLiteral("\r\nTrace ID: 5a0b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d\r\nCorrelation ID: "
                                     "%1\r\nTimestamp: 2026-12-01 09:00:00Z")
                          .arg(kCorrelationId));
    query.addQueryItem(QStringLiteral("state"), QStringLiteral("not-this-attempt"));
    QUrl address(QStringLiteral("http://localhost:51234/"));
    address.setQuery(query);
    return address.toString(QUrl::FullyEncoded);
}

// What the admin pastes after each failure: the address the browser ended on, or the text of
// Microsoft's page (one line, as a line edit holds it).
QList<QPair<QString, QString>> failures()
{
    return {
        {QStringLiteral("65001"),
         errorAddress(QStringLiteral("consent_required"),
                      QStringLiteral("AADSTS65001: The user or administrator has not consented to use the "
                                     "application with ID '%1' named 'FlexO Teams connector'.")
                          .arg(fake::defaults::clientId))},
        {QStringLiteral("50011"),
         QStringLiteral(
             "AADSTS50011: The redirect URI 'http://localhost:51234/' specified in the request does "
             "not match the redirect URIs configured for the application '%1'. Make sure the redirect "
             "URI sent in the request matches one added to your application in the Azure portal.")
             .arg(fake::defaults::clientId)},
        {QStringLiteral("53003"),
         errorAddress(
             QStringLiteral("access_denied"),
             QStringLiteral("AADSTS53003: Access has been blocked by Conditional Access policies. The "
                            "access policy does not allow token issuance."))},
        {QStringLiteral("900382"),
         QStringLiteral("AADSTS900382: Confidential Client is not supported in Cross Cloud request.")},
        {QStringLiteral("50126"),
         QStringLiteral("Sign in. AADSTS50126: Error validating credentials due to invalid username or "
                        "password.")},
    };
}

// What the sign-in page shows after one failure.
struct Shown
{
    QString kind;    // the remedy's stable name, as the page shows it
    QString copied;  // the value offered for copying, when the action box shows one
    QString title;   // the action box's title (translated)
    QString label;   // what the action box says to do (translated)
    QString message; // the message (translated)
};

} // namespace

class TestWizardRemedies : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void sameRemedyInEveryLanguage();

private:
    // Each failure on the sign-in page of one wizard, the interface in `language`.
    QHash<QString, Shown> showFailures(const QString &language);
};

QHash<QString, Shown> TestWizardRemedies::showFailures(const QString &language)
{
    QHash<QString, Shown> shown;
    QTranslator translator;
    const QLocale before;
    if (language != QLatin1String("en")) {
        // As the application does at start (GuiApplication): the catalogue embedded at :/i18n.
        if (!translator.load(QLocale(language), QStringLiteral("flexo-teams-setup"), QStringLiteral("_"),
                             QStringLiteral(":/i18n"))) {
            qWarning("no catalogue for %s", qPrintable(language));
            return shown;
        }
        QCoreApplication::installTranslator(&translator);
    }
    QLocale::setDefault(QLocale(language));
    {
        MemorySecretStore store;
        WizardHarness h(&store);
        h.followSignInUrls = false; // the "person" reads the browser and pastes what it shows
        if (h.start() && h.driveToSignIn()) {
            auto *signIn = h.find<QAbstractButton>(QStringLiteral("signInButton"));
            auto *box = h.find<QGroupBox>(QStringLiteral("actionGroupBox"));
            auto *field = h.find<CopyField>(QStringLiteral("actionCopyField"));
            auto *message = h.find<MessageWidget>(QStringLiteral("signInMessage"));
            const auto failed = failures();
            for (const auto &[code, pasted] : failed) {
                const qsizetype opened = h.openedUrls.size();
                h.click(QStringLiteral("signInButton"));
                // The sign-in waits for its answer once the browser was asked to open it.
                if (!QTest::qWaitFor([&] { return h.openedUrls.size() > opened; }, 20000))
                    break;
                h.type(QStringLiteral("pastedAddressLineEdit"), pasted);
                h.click(QStringLiteral("pasteAddressButton"));
                if (!QTest::qWaitFor([&] { return signIn->isEnabled(); }, 20000))
                    break;
                Shown seen;
                seen.kind = box->isVisible() ? box->property("remedyKind").toString() : QString();
                seen.copied = box->isVisible() && field->isVisible() ? field->value() : QString();
                // Each wizard has its own fake cloud, on its own port.
                seen.copied.replace(QRegularExpression(QStringLiteral("127\\.0\\.0\\.1:\\d+")),
                                    QStringLiteral("127.0.0.1:PORT"));
                seen.title = box->isVisible() ? box->title() : QString();
                seen.label =
                    box->isVisible() ? h.find<QLabel>(QStringLiteral("actionLabel"))->text() : QString();
                seen.message = message->plainText();
                h.shot(language + QLatin1Char('-') + code);
                shown.insert(code, seen);
            }
        }
    }
    QLocale::setDefault(before);
    QCoreApplication::removeTranslator(&translator);
    return shown;
}

void TestWizardRemedies::sameRemedyInEveryLanguage()
{
    const QHash<QString, Shown> english = showFailures(QStringLiteral("en"));
    QCOMPARE(english.size(), 5);
    const Shown consent = english.value(QStringLiteral("65001"));
    QCOMPARE(consent.kind, Remedy::kindName(RemedyKind::GrantAdminConsent));
    QVERIFY2(consent.copied.contains(fake::defaults::clientId), qPrintable(consent.copied));
    QVERIFY(consent.copied.contains(QLatin1String("adminconsent")));
    const Shown redirect = english.value(QStringLiteral("50011"));
    QCOMPARE(redirect.kind, Remedy::kindName(RemedyKind::RegisterRedirectUri));
    QCOMPARE(redirect.copied, QStringLiteral("http://localhost/flexo-teams-setup"));
    const Shown policy = english.value(QStringLiteral("53003"));
    QCOMPARE(policy.kind, Remedy::kindName(RemedyKind::AskConditionalAccessOwner));
    QCOMPARE(policy.copied, kCorrelationId);
    const Shown cloud = english.value(QStringLiteral("900382"));
    QCOMPARE(cloud.kind, Remedy::kindName(RemedyKind::SwitchCloud));
    QVERIFY(!cloud.label.isEmpty());
    const Shown password = english.value(QStringLiteral("50126"));
    QCOMPARE(password.kind, Remedy::kindName(RemedyKind::SignInAgain));

    for (const QString &language : {QStringLiteral("fr"), QStringLiteral("de")}) {
        const QHash<QString, Shown> translated = showFailures(language);
        QCOMPARE(translated.size(), english.size());
        int differentWords = 0;
        for (auto it = english.cbegin(); it != english.cend(); ++it) {
            const Shown seen = translated.value(it.key());
            const QString what = language + QLatin1Char(' ') + it.key();
            QVERIFY2(seen.kind == it->kind, qPrintable(what + QStringLiteral(": ") + seen.kind));
            QVERIFY2(seen.copied == it->copied, qPrintable(what + QStringLiteral(": ") + seen.copied));
            if (seen.message != it->message)
                ++differentWords;
            // Conditional Access and a wrong password are not about the redirect URI.
            if (it.key() == QLatin1String("53003") || it.key() == QLatin1String("50126")) {
                QVERIFY2(seen.title != redirect.title && !seen.copied.contains(QLatin1String("localhost")),
                         qPrintable(what));
            }
        }
        // The interface really was in that language.
        QVERIFY2(differentWords == english.size(), qPrintable(language));
    }
    for (const QString &code : {QStringLiteral("53003"), QStringLiteral("50126")}) {
        QVERIFY(english.value(code).kind != Remedy::kindName(RemedyKind::RegisterRedirectUri));
        QVERIFY(english.value(code).title != redirect.title);
    }
}

QTEST_MAIN(TestWizardRemedies)
#include "tst_wizardremedies.moc"
