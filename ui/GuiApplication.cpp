#include "ui/GuiApplication.h"

#include "common/Logging.h"
#include "secrets/KeychainSecretStore.h"
#include "ui/widgets/StatusIcons.h"
#include "ui/widgets/UserPrompt.h"
#include "ui/wizard/SetupWizard.h"

#if __has_include("ui/diagnose/DiagnoseWindow.h")
#include "ui/diagnose/DiagnoseWindow.h"
#define FLEXO_HAVE_DIAGNOSE_WINDOW 1
#endif

#include <QApplication>
#include <QCommandLineParser>
#include <QDesktopServices>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPalette>
#include <QStyleFactory>
#include <QTranslator>

namespace flexo::ui {

namespace {

// The application's own words (title, command-line help).
struct UiText
{
    Q_DECLARE_TR_FUNCTIONS(flexo::ui)
};

// FLEXO_LANG=fr (or de) overrides the system locale: handy on machines without that locale installed.
QLocale uiLocale()
{
    const QString forced = qEnvironmentVariable("FLEXO_LANG");
    return forced.isEmpty() ? QLocale() : QLocale(forced);
}

void installTranslators(QApplication &app)
{
    const QLocale locale = uiLocale();
    QLocale::setDefault(locale);
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("flexo-teams-setup"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
}

void applyDarkPalette(QApplication &app)
{
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x3a, 0x3d, 0x42));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xa8, 0xff));
    p.setColor(QPalette::Highlight, QColor(0x3b, 0x78, 0xd8));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x8c, 0x8f, 0x94));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4d, 0x52));
    p.setColor(QPalette::Midlight, QColor(0x40, 0x43, 0x48));
    p.setColor(QPalette::Mid, QColor(0x30, 0x32, 0x36));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, Qt::black);
    QApplication::setPalette(p);
}

void openDiagnose(const QString &path)
{
#ifdef FLEXO_HAVE_DIAGNOSE_WINDOW
    auto *window = new DiagnoseWindow(nullptr);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setWindowIcon(appIcon());
    window->show();
    window->openConfig(path);
#else
    auto *box = new QMessageBox(QMessageBox::Information, UiText::tr("Check a config"),
                                UiText::tr("This build has no diagnose view. Run "
                                           "\"flexo-teams-setup diagnose %1\" in a terminal instead.")
                                    .arg(path));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->show();
#endif
}

} // namespace

void applyLocaleAndLook(QApplication &app, bool dark)
{
    installTranslators(app);
    if (dark)
        applyDarkPalette(app);
}

int runGui(int &argc, char **argv, void (*setIdentity)())
{
    QApplication app(argc, argv);
    setIdentity();
    installTranslators(app);
    QApplication::setApplicationDisplayName(UiText::tr("FlexO Teams Setup"));
    QApplication::setWindowIcon(appIcon());
    QApplication::setDesktopFileName(QStringLiteral("org.flexo.TeamsSetup"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        UiText::tr("Sets up and checks the Microsoft Teams connector of a FlexO server."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption customCloud(
        QStringLiteral("custom-cloud"),
        UiText::tr("Start with the Custom cloud, sign-in and Graph at <url>."), QStringLiteral("url"));
    const QCommandLineOption dark(QStringLiteral("dark"), UiText::tr("Use a dark colour scheme."));
    parser.addOption(customCloud);
    parser.addOption(dark);
    parser.addPositionalArgument(QStringLiteral("config"), UiText::tr("A connector config to check."),
                                 QStringLiteral("[config]"));
    parser.process(app);

    if (parser.isSet(dark))
        applyDarkPalette(app);

    const QStringList configs = parser.positionalArguments();
    if (!configs.isEmpty()) {
        for (const QString &path : configs)
            openDiagnose(path);
        return QApplication::exec();
    }

    QNetworkAccessManager network;
    KeychainSecretStore secrets;
    DialogPrompt prompt;
    SetupServices services;
    services.network = &network;
    services.secretStore = &secrets;
    services.openBrowser = [](const QUrl &url) { return QDesktopServices::openUrl(url); };

    SetupWizard wizard(services, &prompt);
    QObject::connect(&wizard, &SetupWizard::openConfigRequested, &wizard,
                     [](const QString &path) { openDiagnose(path); });
    if (parser.isSet(customCloud)) {
        const QUrl base = QUrl::fromUserInput(parser.value(customCloud));
        qCInfo(lcUi) << "Custom cloud preset:" << base.toString();
        wizard.presetCustomCloud(base);
    }
    wizard.show();
    return QApplication::exec();
}

} // namespace flexo::ui
