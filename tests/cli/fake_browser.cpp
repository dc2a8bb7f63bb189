// A stand-in for the desktop browser, for tests of `diagnose --interactive`: started through
// $BROWSER with the sign-in address as its last argument, it does what a person's browser would
// against the fake cloud (the consent is approved) and exits. Options, given in $BROWSER before the
// address (the tool passes no environment of its own on to a browser):
//   --address-file FILE  stop at Microsoft's redirect instead, and write the address it was sent to
//                        into FILE, as a person would copy it from the address bar to paste it;
//   --report FILE        first write what it inherited into FILE: its environment and its open
//                        descriptors with what they point to, as JSON.
#include "BrowserSimulator.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <dirent.h>
#include <unistd.h>

#include <string>
#include <vector>

extern char **environ;

namespace {

// What this process got from the one that started it, read before Qt opens anything of its own.
QJsonObject inherited()
{
    QJsonArray environment;
    for (char **entry = environ; entry && *entry; ++entry)
        environment.append(QString::fromLocal8Bit(*entry));
    QJsonArray descriptors;
    if (DIR *dir = ::opendir("/proc/self/fd")) {
        const int own = ::dirfd(dir);
        std::vector<int> fds;
        while (const dirent *entry = ::readdir(dir)) {
            if (entry->d_name[0] == '.')
                continue;
            const int fd = std::stoi(entry->d_name);
            if (fd != own)
                fds.push_back(fd);
        }
        ::closedir(dir);
        for (const int fd : fds) {
            char target[4096] = {};
            const std::string link = "/proc/self/fd/" + std::to_string(fd);
            const ssize_t n = ::readlink(link.c_str(), target, sizeof target - 1);
            descriptors.append(
                QJsonObject{{QStringLiteral("fd"), fd},
                            {QStringLiteral("target"), QString::fromLocal8Bit(target, n > 0 ? int(n) : 0)}});
        }
    }
    return QJsonObject{{QStringLiteral("environment"), environment},
                       {QStringLiteral("descriptors"), descriptors}};
}

} // namespace

int main(int argc, char *argv[])
{
    const QJsonObject got = inherited();
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    QString addressFile;
    QString reportFile;
    while (args.size() > 1 && args.first().startsWith(QLatin1String("--"))) {
        const QString option = args.takeFirst();
        const QString value = args.isEmpty() ? QString() : args.takeFirst();
        if (option == QLatin1String("--address-file"))
            addressFile = value;
        else if (option == QLatin1String("--report"))
            reportFile = value;
        else
            return 2;
    }
    if (args.size() != 1)
        return 2;
    if (!reportFile.isEmpty()) {
        QFile report(reportFile + QStringLiteral(".part"));
        if (report.open(QIODevice::WriteOnly))
            report.write(QJsonDocument(got).toJson());
        report.close();
        QFile::rename(report.fileName(), reportFile);
    }

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
    browser.open(QUrl(args.first()));
    return QCoreApplication::exec();
}
