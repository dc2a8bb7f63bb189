// The French and German catalogues the application embeds (:/i18n) translate the program's words as the
// code asks for them: a catalogue whose contexts do not match the classes' own (flexo::AppCredentialsCheck,
// flexo::ui::SignInPage, flexo::cli::DiagnoseCommand) loads without a complaint and leaves every such
// text in English. scripts/update-translations files them right.
#include "checks/AppCredentialsCheck.h"
#include "checks/RedirectUrisCheck.h"
#include "checks/ReportRenderer.h"
#include "checks/ReportRun.h"
#include "common/Remedy.h"
#include "config/ConnectorConfig.h"
#include "ui/diagnose/DiagnoseWindow.h"
#include "ui/wizard/SignInPage.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTest>
#include <QTranslator>

#include <functional>

using namespace flexo;

using Text = std::function<QString()>;
Q_DECLARE_METATYPE(Text)

class TestCatalogues : public QObject
{
    Q_OBJECT

private slots:
    void textsAreTranslatedUnderTheirContexts_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<Text>("text");
        QTest::addColumn<QString>("expected");

        const Text appCredentials = [] { return AppCredentialsCheck().title(); };
        const Text redirectUris = [] { return RedirectUrisCheck().title(); };
        const Text remedy = [] { return Remedy::make(RemedyKind::CreateNewSecret).summary(); };
        const Text nextStep = [] {
            CheckResult result;
            result.id = CheckId::AppCredentials;
            result.title = QStringLiteral("x");
            result.status = CheckStatus::Failed;
            result.remedy = Remedy::make(RemedyKind::RetryLater);
            const QString text =
                ReportRenderer::render(ReportRenderer::Format::Text,
                                       ReportRun::fromConfig(ConnectorConfig(), {result}), ReportOptions());
            const int at = text.indexOf(Remedy::make(RemedyKind::RetryLater).summary());
            return at < 0 ? text : text.mid(text.lastIndexOf(QLatin1Char('\n'), at) + 1, at).trimmed();
        };
        // tr() of a widget asks under its class's full name, as its meta-object gives it.
        const Text signInButton = [] {
            return QCoreApplication::translate(flexo::ui::SignInPage::staticMetaObject.className(),
                                               "&Try again");
        };
        const Text diagnoseTitle = [] {
            return QCoreApplication::translate(flexo::ui::DiagnoseWindow::staticMetaObject.className(),
                                               "Check a Teams connector");
        };
        // Q_DECLARE_TR_FUNCTIONS(flexo::cli::DiagnoseCommand): the name as written there.
        const Text cliHelp = [] {
            return QCoreApplication::translate("flexo::cli::DiagnoseCommand", "Connector config files.");
        };
        QTest::newRow("de: a wizard page's own text") << "de" << signInButton << "&Erneut versuchen";
        QTest::newRow("fr: a wizard page's own text") << "fr" << signInButton << "&Réessayer";
        QTest::newRow("de: the diagnose window") << "de" << diagnoseTitle << "Teams-Connector prüfen";
        QTest::newRow("fr: the diagnose window") << "fr" << diagnoseTitle << "Vérifier un connecteur Teams";
        QTest::newRow("de: a command's help") << "de" << cliHelp << "Connector-Konfigurationsdateien.";
        QTest::newRow("fr: a command's help")
            << "fr" << cliHelp << "Fichiers de configuration de connecteur.";
        QTest::newRow("de: a check's title") << "de" << appCredentials << "Anmeldedaten der Anwendung";
        QTest::newRow("fr: a check's title") << "fr" << appCredentials << "Identifiants de l'application";
        QTest::newRow("de: the redirect-uris check") << "de" << redirectUris << "Umleitungs-URIs";
        QTest::newRow("fr: the redirect-uris check") << "fr" << redirectUris << "URI de redirection";
        QTest::newRow("de: a remedy")
            << "de" << remedy
            << "Erstellen Sie einen neuen geheimen Clientschlüssel und geben Sie seinen Wert ein.";
        QTest::newRow("fr: a remedy")
            << "fr" << remedy << "Créez un nouveau secret client et saisissez sa Valeur.";
        QTest::newRow("de: a report's next step") << "de" << nextStep << "Nächster Schritt:";
        QTest::newRow("fr: a report's next step") << "fr" << nextStep << "Étape suivante :";
    }

    void textsAreTranslatedUnderTheirContexts()
    {
        QFETCH(QString, language);
        QFETCH(Text, text);
        QFETCH(QString, expected);
        QTranslator translator;
        // As the application does at start (GuiApplication): the catalogue embedded at :/i18n.
        QVERIFY(translator.load(QLocale(language), QStringLiteral("flexo-teams-setup"), QStringLiteral("_"),
                                QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&translator);
        const QString shown = text();
        QCoreApplication::removeTranslator(&translator);
        QVERIFY2(shown.startsWith(expected), qPrintable(shown));
    }
};

QTEST_MAIN(TestCatalogues)
#include "tst_catalogues.moc"
