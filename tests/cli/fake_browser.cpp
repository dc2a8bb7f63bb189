// A stand-in for the desktop browser, for tests of `diagnose --interactive`: started through
// $BROWSER with the sign-in address as its last argument, it does what a person's browser would
// against the fake cloud (the consent is approved) and exits. With FLEXO_FAKE_BROWSER_ADDRESS_FILE
// set it stops at Microsoft's redirect instead, and writes the address it was sent to into that
// file, as a person would copy it from the address bar to paste it into the command line.
#include "BrowserSimulator.h"

#include <QCoreApplication>
#include <QFile>
#include <QUrl>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2)
        return 2;
    const QString addressFile = qEnvironmentVariable("FLEXO_FAKE_BROWSER_ADDRESS_FILE");

    flexo::fake::BrowserSimulator browser;
    browser.followRedirectToLoopback = addressFile.isEmpty();
    QObject::connect(&browser, &flexo::fake::BrowserSimulator::finished, &app,
                     [&](const QUrl &finalUrl, int, const QString &) {
                         if (!addressFile.isEmpty()) {
                             QFile file(addressFile + QStringLiteral(".part"));
                             if (file.open(QIODevice::WriteOnly))
                                 file.write(finalUrl.toEncoded() + '\n');
                             file.close();
                             // Appears whole or not at all for the test that waits for it.
                             QFile::rename(file.fileName(), addressFile);
                         }
                         QCoreApplication::quit();
                     });
    browser.open(QUrl(args.last()));
    return QCoreApplication::exec();
}
