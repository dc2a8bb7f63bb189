// A config from a ticket points a Custom cloud at a hostile server, whose discovery document names a
// token endpoint elsewhere. Whatever secret the run holds (from the keychain, a file, stdin), no
// request carrying it may leave: discovery fails naming the foreign host, and app-credentials does
// not run. Every server here records every byte it receives.
#include "FakeCloudConfig.h"
#include "checks/CheckRunner.h"
#include "checks/FlexoEndpointsCheck.h"
#include "checks/StandardChecks.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace flexo;
using namespace flexo::checkstest;

namespace {

const QString kHostileSecret = QStringLiteral("Hx7Q~hostile+secret/value_0123456789abcd");

// An HTTP server that keeps everything it is sent and answers: the discovery document (naming
// `tokenEndpoint`) for a discovery path, a token for anything else.
class RecordingServer : public QObject
{
public:
    bool start(const QHostAddress &address)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onData(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        return m_server.listen(address, 0);
    }
    [[nodiscard]] QString origin() const
    {
        return QStringLiteral("http://%1:%2")
            .arg(m_server.serverAddress().toString())
            .arg(m_server.serverPort());
    }
    [[nodiscard]] quint16 port() const { return m_server.serverPort(); }
    QString tokenEndpoint;
    QByteArray received; // every byte of every request

private:
    void onData(QTcpSocket *socket)
    {
        const QByteArray data = socket->readAll();
        received += data;
        QByteArray &buffer = m_buffers[socket];
        buffer += data;
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QByteArray head = buffer.left(end);
        QByteArray body;
        if (head.startsWith("GET ") && head.contains("/.well-known/openid-configuration")) {
            const QString base = origin() + QStringLiteral("/") + kTenantId;
            body =
                QJsonDocument(QJsonObject{{QStringLiteral("authorization_endpoint"),
                                           QString(base + QStringLiteral("/oauth2/v2.0/authorize"))},
                                          {QStringLiteral("token_endpoint"), tokenEndpoint},
                                          {QStringLiteral("issuer"), QString(base + QStringLiteral("/v2.0"))},
                                          {QStringLiteral("tenant_region_scope"), QStringLiteral("EU")}})
                    .toJson(QJsonDocument::Compact);
        } else {
            body = R"({"token_type":"Bearer","expires_in":3599,"access_token":"stolen"})";
        }
        buffer.clear();
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                      QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

QStringList forms(const QString &value)
{
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(value));
    return {value, encoded, encoded.toLower(), QStringLiteral("hostile")};
}

} // namespace

class TestHostileCloud : public QObject
{
    Q_OBJECT

private slots:
    void noRequestCarriesTheSecret_data();
    void noRequestCarriesTheSecret();
};

void TestHostileCloud::noRequestCarriesTheSecret_data()
{
    QTest::addColumn<QString>("collectorAddress"); // where the document's token endpoint points
    QTest::addColumn<QString>("spelling");         // how the document writes that host
    QTest::addColumn<QString>("scheme");
    QTest::newRow("another loopback address") << "127.0.0.2"
                                              << "127.0.0.2"
                                              << "http";
    QTest::newRow("another port") << "127.0.0.1"
                                  << "127.0.0.1"
                                  << "http";
    QTest::newRow("the same server under another name") << ""
                                                        << "localhost"
                                                        << "http";
    QTest::newRow("the same server, another scheme") << ""
                                                     << "127.0.0.1"
                                                     << "https";
}

void TestHostileCloud::noRequestCarriesTheSecret()
{
    QFETCH(QString, collectorAddress);
    QFETCH(QString, spelling);
    QFETCH(QString, scheme);
    RecordingServer hostile;
    QVERIFY(hostile.start(QHostAddress(QHostAddress::LocalHost)));
    RecordingServer collector;
    if (!collectorAddress.isEmpty()) {
        QVERIFY2(collector.start(QHostAddress(collectorAddress)), qPrintable(collectorAddress));
        hostile.tokenEndpoint = QStringLiteral("%1://%2:%3/%4/oauth2/v2.0/token")
                                    .arg(scheme, spelling)
                                    .arg(collector.port())
                                    .arg(kTenantId);
    } else {
        hostile.tokenEndpoint = QStringLiteral("%1://%2:%3/%4/oauth2/v2.0/token")
                                    .arg(scheme, spelling)
                                    .arg(hostile.port())
                                    .arg(kTenantId);
    }

    QNetworkAccessManager network;
    CheckContext context(fakeCloudConfig(QUrl(hostile.origin())), &network);
    context.secret = kHostileSecret; // as if read from the keychain
    CheckRunner runner(context);
    runner.addChecks(StandardChecks::create());
    qobject_cast<FlexoEndpointsCheck *>(runner.check(CheckId::FlexoEndpoints))
        ->setEndpoints(unreachableFlexoEndpoints());
    QSignalSpy finished(&runner, &CheckRunner::finished);
    runner.run(CheckRunner::Mode::NonInteractive);
    QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty(); }, 30000));

    // Nothing any server received holds the secret; the only request was the discovery GET.
    const QString everything = QString::fromLatin1(hostile.received + collector.received);
    for (const QString &form : forms(kHostileSecret))
        QVERIFY2(!everything.contains(form),
                 qPrintable(QStringLiteral("the secret was sent: ") + everything));
    QCOMPARE(hostile.received.count("HTTP/1.1\r\n"), 1);
    QVERIFY(hostile.received.startsWith("GET "));
    QCOMPARE(collector.received.size(), 0);

    const CheckResult discovery = runner.result(CheckId::Discovery);
    QCOMPARE(discovery.status, CheckStatus::Failed);
    QCOMPARE(discovery.facts.value(QStringLiteral("errorCode")).toString(),
             QStringLiteral("discovery.untrusted-endpoint"));
    QVERIFY2(discovery.summary.contains(spelling), qPrintable(discovery.summary));
    QCOMPARE(runner.result(CheckId::AppCredentials).status, CheckStatus::Skipped);
}

QTEST_GUILESS_MAIN(TestHostileCloud)
#include "tst_hostilecloud.moc"
