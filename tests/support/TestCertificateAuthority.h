#pragma once

#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QTemporaryDir>

namespace flexo::fake {

// A throw-away CA ("FlexO Fake Cloud Test CA") and a server certificate for 127.0.0.1 and localhost,
// made with the openssl command-line tool in a private temporary directory.
class TestCertificateAuthority
{
public:
    [[nodiscard]] bool generate(QString *error);

    [[nodiscard]] QString caFile() const { return m_caFile; }
    [[nodiscard]] QList<QSslCertificate> caCertificates() const { return m_ca; }
    [[nodiscard]] QSslCertificate serverCertificate() const { return m_serverCertificate; }
    [[nodiscard]] QSslKey serverKey() const { return m_serverKey; }

private:
    [[nodiscard]] bool run(const QStringList &arguments, QString *error) const;

    QTemporaryDir m_dir;
    QString m_caFile;
    QList<QSslCertificate> m_ca;
    QSslCertificate m_serverCertificate;
    QSslKey m_serverKey;
};

} // namespace flexo::fake
