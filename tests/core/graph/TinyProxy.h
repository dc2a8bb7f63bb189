#pragma once

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <grp.h>
#include <pwd.h>
#include <unistd.h>

// Debian's tinyproxy on 127.0.0.1, with a generated configuration and a log file, for tests that
// must prove the requests really went through an HTTP proxy.
class TinyProxy
{
public:
    ~TinyProxy()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(3000))
                m_process.kill();
        }
    }

    // A proxy that demands a login (answers 407 Proxy Authentication Required).
    void requireLogin() { m_basicAuth = true; }

    bool start()
    {
        const QString program = QStandardPaths::findExecutable(
            QStringLiteral("tinyproxy"), {QStringLiteral("/usr/bin"), QStringLiteral("/usr/sbin")});
        if (program.isEmpty() || !m_dir.isValid())
            return false;
        {
            // tinyproxy cannot pick a port itself: take a free one.
            QTcpServer probe;
            if (!probe.listen(QHostAddress::LocalHost, 0))
                return false;
            m_port = probe.serverPort();
        }
        const passwd *user = getpwuid(getuid());
        const group *grp = getgrgid(getgid());
        QFile config(m_dir.filePath(QStringLiteral("tinyproxy.conf")));
        if (!config.open(QIODevice::WriteOnly))
            return false;
        config.write("User " + QByteArray(user ? user->pw_name : "nobody") + "\n");
        config.write("Group " + QByteArray(grp ? grp->gr_name : "nogroup") + "\n");
        config.write("Port " + QByteArray::number(m_port) + "\n");
        config.write("Listen 127.0.0.1\n");
        config.write("Timeout 30\n");
        config.write("MaxClients 20\n");
        config.write("LogLevel Info\n");
        if (m_basicAuth)
            config.write("BasicAuth flexo-test not-a-real-password\n");
        config.write("LogFile \"" + logFile().toLocal8Bit() + "\"\n");
        config.write("PidFile \"" + m_dir.filePath(QStringLiteral("tinyproxy.pid")).toLocal8Bit() + "\"\n");
        config.close();

        m_process.setProgram(program);
        m_process.setArguments({QStringLiteral("-d"), QStringLiteral("-c"), config.fileName()});
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start();
        if (!m_process.waitForStarted(5000))
            return false;
        // Ready when it accepts connections.
        return QTest::qWaitFor(
            [this] {
                QTcpSocket socket;
                socket.connectToHost(QHostAddress::LocalHost, m_port);
                return socket.waitForConnected(200);
            },
            10000);
    }

    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    [[nodiscard]] QString logFile() const { return m_dir.filePath(QStringLiteral("tinyproxy.log")); }
    [[nodiscard]] QString log() const
    {
        QFile file(logFile());
        return file.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(file.readAll()) : QString();
    }
    [[nodiscard]] QString output() { return QString::fromLocal8Bit(m_process.readAll()); }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
    bool m_basicAuth = false;
};
