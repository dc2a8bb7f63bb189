#include "TestCertificateAuthority.h"

#include <QFile>
#include <QProcess>

namespace flexo::fake {

bool TestCertificateAuthority::run(const QStringList &arguments, QString *error) const
{
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    process.setProcessChannelMode(QProcess::MergedChannels);
    // Test support only: the few milliseconds openssl needs are spent before the server listens.
    process.start(QStringLiteral("openssl"), arguments);
    if (!process.waitForFinished(20000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        *error = QStringLiteral("openssl %1 failed: %2")
                     .arg(arguments.value(0), QString::fromLocal8Bit(process.readAll()).trimmed());
        return false;
    }
    return true;
}

bool TestCertificateAuthority::generate(QString *error)
{
    QString ignored;
    QString &message = error ? *error : ignored;
    if (!m_dir.isValid()) {
        message = QStringLiteral("cannot create a temporary directory for the test CA");
        return false;
    }
    const QString dir = m_dir.path() + QLatin1Char('/');
    QFile extensions(dir + QStringLiteral("server.ext"));
    if (!extensions.open(QIODevice::WriteOnly))
        return false;
    extensions.write("basicConstraints=CA:FALSE\n"
                     "keyUsage=critical,digitalSignature,keyEncipherment\n"
                     "extendedKeyUsage=serverAuth\n"
                     "subjectAltName=IP:127.0.0.1,DNS:localhost\n");
    extensions.close();
    const QStringList ec{QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                         QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};
    if (!run(QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ec +
                 QStringList{
                     QStringLiteral("-keyout"), QStringLiteral("ca.key"), QStringLiteral("-out"),
                     QStringLiteral("ca.pem"), QStringLiteral("-days"), QStringLiteral("2"),
                     QStringLiteral("-subj"), QStringLiteral("/O=FlexO sandbox/CN=FlexO Fake Cloud Test CA"),
                     QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:TRUE"),
                     QStringLiteral("-addext"), QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")},
             &message))
        return false;
    if (!run(QStringList{QStringLiteral("req")} + ec +
                 QStringList{QStringLiteral("-keyout"), QStringLiteral("server.key"), QStringLiteral("-out"),
                             QStringLiteral("server.csr"), QStringLiteral("-subj"),
                             QStringLiteral("/CN=127.0.0.1")},
             &message))
        return false;
    if (!run({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
              QStringLiteral("server.csr"), QStringLiteral("-CA"), QStringLiteral("ca.pem"),
              QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"),
              QStringLiteral("-out"), QStringLiteral("server.pem"), QStringLiteral("-days"),
              QStringLiteral("2"), QStringLiteral("-extfile"), QStringLiteral("server.ext")},
             &message))
        return false;
    m_caFile = dir + QStringLiteral("ca.pem");
    m_ca = QSslCertificate::fromPath(m_caFile);
    const QList<QSslCertificate> server = QSslCertificate::fromPath(dir + QStringLiteral("server.pem"));
    QFile keyFile(dir + QStringLiteral("server.key"));
    if (m_ca.isEmpty() || server.isEmpty() || !keyFile.open(QIODevice::ReadOnly)) {
        message = QStringLiteral("openssl did not produce readable certificates");
        return false;
    }
    m_serverCertificate = server.first();
    m_serverKey = QSslKey(keyFile.readAll(), QSsl::Ec);
    if (m_serverKey.isNull()) {
        message = QStringLiteral("cannot read the server key");
        return false;
    }
    return true;
}

} // namespace flexo::fake
