#include "BrowserSimulator.h"
#include "FakeCloud.h"
#include "FakeCloudConfig.h"
#include "TappingNetworkAccessManager.h"
#include "checks/CheckRunner.h"
#include "checks/FlexoEndpointsCheck.h"
#include "checks/JsonReport.h"
#include "checks/MeetingCreateCheck.h"
#include "checks/ReportRenderer.h"
#include "checks/StandardChecks.h"
#include "net/NetworkFactory.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace flexo;
using namespace flexo::checkstest;

namespace {

QStringList g_lines;
QtMessageHandler g_previous = nullptr;

void record(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_lines << QString::fromLatin1(context.category ? context.category : "default") + QStringLiteral(": ") +
                   message;
    if (g_previous && type >= QtWarningMsg)
        g_previous(type, context, message);
}

// Where a value must not be found, and the forms it could take there.
QStringList forms(const QString &value)
{
    QStringList all = {value, QString::fromLatin1(QUrl::toPercentEncoding(value))};
    QString formEncoded = QString::fromLatin1(QUrl::toPercentEncoding(value));
    all << formEncoded.replace(QLatin1String("%20"), QLatin1String("+"));
    all.removeDuplicates();
    return all;
}

// A plain-HTTP forward proxy on 127.0.0.1 that keeps every request and response it relays. The
// product is pointed at it through config.proxy, so the sign-in's own token requests (posted by Qt's
// OAuth flow) are seen on the wire too: PKCE verifiers, codes, refresh and ID tokens.
class RecordingProxy : public QObject
{
public:
    struct Exchange
    {
        QByteArray request;  // body only
        QByteArray response; // head and body
    };

    bool start() { return m_server.listen(QHostAddress::LocalHost); }
    [[nodiscard]] quint16 port() const { return m_server.serverPort(); }
    [[nodiscard]] const QList<Exchange> &exchanges() const { return m_exchanges; }

    RecordingProxy()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = m_server.nextPendingConnection()) {
                client->setParent(this);
                connect(client, &QTcpSocket::readyRead, this, [this, client] { relay(client); });
                connect(client, &QTcpSocket::disconnected, this, [this, client] {
                    m_buffers.remove(client);
                    client->deleteLater();
                });
            }
        });
    }

private:
    // One request at a time per connection, each over its own upstream connection ("Connection: close"
    // makes the fake cloud end it after the answer).
    void relay(QTcpSocket *client)
    {
        QByteArray &buffer = m_buffers[client];
        buffer += client->readAll();
        if (client->property("busy").toBool())
            return;
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
        qsizetype length = 0;
        for (const QByteArray &line : std::as_const(lines)) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (buffer.size() < headerEnd + 4 + length)
            return;
        const QByteArray body = buffer.mid(headerEnd + 4, length);
        buffer.remove(0, headerEnd + 4 + length);
        const QUrl target(QString::fromLatin1(requestLine.value(1)));
        if (requestLine.size() != 3 || requestLine.at(0) == "CONNECT" ||
            target.scheme() != QLatin1String("http")) {
            client->write("HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            client->disconnectFromHost();
            return;
        }
        QByteArray head = requestLine.at(0) + ' ' +
                          target.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority) + ' ' +
                          requestLine.at(2) + "\r\n";
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const QByteArray name = line.left(line.indexOf(':')).toLower();
            if (name != "connection" && name != "proxy-connection" && !line.isEmpty())
                head += line + "\r\n";
        }
        head += "Connection: close\r\n\r\n";

        client->setProperty("busy", true);
        const int index = int(m_exchanges.size());
        m_exchanges.append({body, {}});
        auto *upstream = new QTcpSocket(this);
        connect(upstream, &QTcpSocket::readyRead, this,
                [this, upstream, index] { m_exchanges[index].response += upstream->readAll(); });
        const QPointer<QTcpSocket> guard(client);
        const auto answered = [this, upstream, guard, index] {
            if (upstream->property("answered").toBool())
                return;
            upstream->setProperty("answered", true);
            m_exchanges[index].response += upstream->readAll();
            upstream->deleteLater();
            if (!guard)
                return;
            if (m_exchanges.at(index).response.isEmpty()) {
                guard->disconnectFromHost();
                return;
            }
            guard->write(m_exchanges.at(index).response);
            guard->setProperty("busy", false);
            if (!m_buffers.value(guard).isEmpty())
                relay(guard);
        };
        connect(upstream, &QTcpSocket::disconnected, this, answered);
        connect(upstream, &QTcpSocket::errorOccurred, this, [answered](QAbstractSocket::SocketError error) {
            if (error != QAbstractSocket::RemoteHostClosedError)
                answered(); // nothing came back: the client sees its connection's answer end empty
        });
        upstream->connectToHost(QHostAddress::LocalHost, quint16(target.port(80)));
        upstream->write(head + body);
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<Exchange> m_exchanges;
};

} // namespace

// Every check, the interactive ones included, against the fake cloud at debug log level: the secret,
// the tokens, the authorization codes and the PKCE verifiers reach no log line, no result and no
// report, in any format; nor does the refresh token a run keeps for monitoring, nor the rotated ones
// a run without a person redeems and keeps from it. Every value is taken from the wire (a tapping network
// manager and a recording proxy), and the sign-in's are also checked to be in the context's scrub list.
class TestChecksLeak : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void everythingRan();
    void sensitiveValuesWereSeenOnTheWire();
    void theSignInRegisteredEverySecretItMet();
    void noLogLineHoldsThem();
    void noResultHoldsThem();
    void noReportHoldsThem_data();
    void noReportHoldsThem();

private:
    void runEverything(const QString &secret);
    // Without a person, from the sign-in the first run kept.
    void runKept();
    void collectFromProxy();
    void verifyAbsent(const QString &where, const QString &text) const;

    std::unique_ptr<fake::FakeCloud> m_fake;
    std::unique_ptr<TappingNetworkAccessManager> m_network;
    RecordingProxy m_proxy;
    // Seen through the proxy: what the sign-in sent and got at the token endpoint, by kind.
    QMultiHash<QString, QString> m_signInWire;
    QTemporaryDir m_dir;
    QList<QList<CheckResult>> m_runs;
    QStringList m_sensitive;
    QStringList m_codes;
    QList<QUrl> m_authorizeUrls;
    // What the runs' contexts held for scrubbing (sensitiveValues()), the sign-in's included.
    QStringList m_registered;
    // What the runs handed over to be kept in the keychain, in order.
    QList<KeptSignIn> m_kept;
};

void TestChecksLeak::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("flexo.*=true\nqt.*=true"));
    g_previous = qInstallMessageHandler(record);
    m_fake = std::make_unique<fake::FakeCloud>();
    QVERIFY(m_fake->start());
    m_fake->loadDefaultScenario();
    m_network = std::make_unique<TappingNetworkAccessManager>();
    QVERIFY(m_proxy.start());
    // As the product sets up a run's manager: with the config's proxy (NetworkFactory).
    NetworkFactory::applyProxy(
        m_network.get(),
        NetworkFactory::parseProxy(QStringLiteral("http://127.0.0.1:%1").arg(m_proxy.port())).value());
    QVERIFY(m_dir.isValid());

    runEverything(kSecret);
    // A wrong and an expired secret go through the error paths too.
    runEverything(QStringLiteral("Wr0ngQ~notTheSecretValue.0123456789abcd"));
    runEverything(kExpiredSecret);
    runKept();

    m_sensitive = m_network->sensitiveValues();
    for (const QString &secret :
         {kSecret, kExpiredSecret, QStringLiteral("Wr0ngQ~notTheSecretValue.0123456789abcd")}) {
        if (!m_sensitive.contains(secret))
            m_sensitive << secret;
    }
    for (const QString &code : std::as_const(m_codes)) {
        if (!m_sensitive.contains(code))
            m_sensitive << code;
    }
    collectFromProxy();
}

void TestChecksLeak::collectFromProxy()
{
    const QStringList formKeys = {QStringLiteral("client_secret"), QStringLiteral("code"),
                                  QStringLiteral("code_verifier"), QStringLiteral("refresh_token"),
                                  QStringLiteral("assertion")};
    const QStringList jsonKeys = {QStringLiteral("access_token"), QStringLiteral("refresh_token"),
                                  QStringLiteral("id_token")};
    for (const RecordingProxy::Exchange &exchange : m_proxy.exchanges()) {
        const QUrlQuery form(QString::fromLatin1(exchange.request));
        const QString grant = form.queryItemValue(QStringLiteral("grant_type"), QUrl::FullyDecoded);
        const bool signIn =
            grant == QLatin1String("authorization_code") || grant == QLatin1String("refresh_token");
        QStringList found;
        for (const QString &key : formKeys) {
            const QString value = form.queryItemValue(key, QUrl::FullyDecoded);
            if (value.isEmpty())
                continue;
            found << value;
            if (signIn)
                m_signInWire.insert(QStringLiteral("sent ") + key, value);
        }
        const qsizetype bodyStart = exchange.response.indexOf("\r\n\r\n");
        const QJsonObject json = QJsonDocument::fromJson(exchange.response.mid(bodyStart + 4)).object();
        for (const QString &key : jsonKeys) {
            const QString value = json.value(key).toString();
            if (value.isEmpty())
                continue;
            found << value;
            if (signIn)
                m_signInWire.insert(QStringLiteral("got ") + key, value);
        }
        for (const QString &value : std::as_const(found)) {
            if (!m_sensitive.contains(value))
                m_sensitive << value;
        }
    }
}

void TestChecksLeak::cleanupTestCase()
{
    qInstallMessageHandler(g_previous);
    QLoggingCategory::setFilterRules(QString());
}

void TestChecksLeak::runEverything(const QString &secret)
{
    fake::BrowserSimulator browser;
    connect(&browser, &fake::BrowserSimulator::finished, this,
            [this](const QUrl &finalUrl, int, const QString &) {
                // The authorization code travels through the browser, never through the product's network.
                const QString code =
                    QUrlQuery(finalUrl).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
                if (!code.isEmpty())
                    m_codes << code;
            });
    ConnectorConfig config = fakeCloudConfig(m_fake->baseUrl());
    config.secretHint = secret.left(3);
    config.proxy = QStringLiteral("http://127.0.0.1:%1").arg(m_proxy.port());
    CheckContext context(config, m_network.get());
    context.secret = secret;
    context.openBrowser = [this, &browser](const QUrl &url) {
        m_authorizeUrls << url;
        browser.open(url);
    };
    if (m_kept.isEmpty()) {
        context.keepSignIn = [this](const KeptSignIn &kept, std::function<void(const Error &)> done) {
            m_kept << kept;
            done({});
        };
    }
    CheckRunner runner(context);
    runner.addChecks(StandardChecks::create());
    qobject_cast<FlexoEndpointsCheck *>(runner.check(CheckId::FlexoEndpoints))
        ->setEndpoints(unreachableFlexoEndpoints());
    qobject_cast<MeetingCreateCheck *>(runner.check(CheckId::MeetingCreate))
        ->setJournalPath(m_dir.filePath(QStringLiteral("journal.json")));
    QSignalSpy finished(&runner, &CheckRunner::finished);
    runner.run(CheckRunner::Mode::Interactive);
    QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty(); }, 30000));
    m_runs << finished.at(0).at(0).value<QList<CheckResult>>();
    // The tokens the context held are sensitive too (also those never seen in a response body).
    const QStringList held = runner.context().sensitiveValues();
    for (const QString &value : held) {
        if (!m_sensitive.contains(value))
            m_sensitive << value;
        if (!m_registered.contains(value))
            m_registered << value;
    }
}

void TestChecksLeak::runKept()
{
    QCOMPARE(m_kept.size(), 1);
    ConnectorConfig config = fakeCloudConfig(m_fake->baseUrl());
    config.proxy = QStringLiteral("http://127.0.0.1:%1").arg(m_proxy.port());
    CheckContext context(config, m_network.get());
    context.secret = kSecret;
    context.keptSignIn = m_kept.first();
    context.keepSignIn = [this](const KeptSignIn &kept, std::function<void(const Error &)> done) {
        m_kept << kept;
        done({});
    };
    CheckRunner runner(context);
    runner.addChecks(StandardChecks::create());
    qobject_cast<FlexoEndpointsCheck *>(runner.check(CheckId::FlexoEndpoints))
        ->setEndpoints(unreachableFlexoEndpoints());
    qobject_cast<MeetingCreateCheck *>(runner.check(CheckId::MeetingCreate))
        ->setJournalPath(m_dir.filePath(QStringLiteral("journal.json")));
    QSignalSpy finished(&runner, &CheckRunner::finished);
    runner.run(CheckRunner::Mode::NonInteractive);
    QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty(); }, 30000));
    m_runs << finished.at(0).at(0).value<QList<CheckResult>>();
    const QStringList held = runner.context().sensitiveValues();
    for (const QString &value : held) {
        if (!m_sensitive.contains(value))
            m_sensitive << value;
        if (!m_registered.contains(value))
            m_registered << value;
    }
    for (const KeptSignIn &kept : std::as_const(m_kept)) {
        if (!m_sensitive.contains(kept.refreshToken))
            m_sensitive << kept.refreshToken;
    }
}

void TestChecksLeak::everythingRan()
{
    QCOMPARE(m_runs.size(), 4);
    // The kept sign-in stood in for the person: refreshed, rotated and kept again, probe made and deleted.
    QCOMPARE(m_kept.size(), 2);
    QVERIFY(m_kept.at(1).refreshToken != m_kept.at(0).refreshToken);
    QStringList keptRan;
    for (const CheckResult &result : m_runs.at(3)) {
        if (result.status == CheckStatus::Passed)
            keptRan << checkName(result.id);
    }
    for (const QString &id :
         {QStringLiteral("refresh"), QStringLiteral("meeting-create"), QStringLiteral("meeting-delete")})
        QVERIFY2(keptRan.contains(id), qPrintable(keptRan.join(QLatin1Char(' '))));
    QCOMPARE(m_fake->liveMeetingCount(), 0);
    const QList<CheckResult> &good = m_runs.at(0);
    QCOMPARE(good.size(), 10);
    for (const CheckResult &result : good) {
        if (result.id != CheckId::FlexoEndpoints)
            QVERIFY2(result.status == CheckStatus::Passed,
                     qPrintable(checkName(result.id) + QLatin1Char(' ') + result.summary));
    }
    QCOMPARE(m_runs.at(1).at(4).id, CheckId::AppCredentials);
    QCOMPARE(m_runs.at(1).at(4).observed.aadsts, QStringLiteral("AADSTS7000215"));
    QCOMPARE(m_runs.at(2).at(4).observed.aadsts, QStringLiteral("AADSTS7000222"));
    QVERIFY(!g_lines.isEmpty());
}

void TestChecksLeak::sensitiveValuesWereSeenOnTheWire()
{
    // Without these the test would prove nothing. Seen here: the secrets (in the client-credentials
    // requests), the app-only access token (in its response), the authorization codes (in the
    // browser's final address) and the delegated access tokens (Graph's Authorization headers and the
    // context). The sign-in's own token requests (PKCE verifiers, refresh tokens, ID tokens) are seen
    // through the proxy, and proven registered by theSignInRegisteredEverySecretItMet().
    int secretsSent = 0;
    for (const QByteArray &body : m_network->requestBodies()) {
        if (QUrlQuery(QString::fromLatin1(body)).hasQueryItem(QStringLiteral("client_secret")))
            ++secretsSent;
    }
    QVERIFY(secretsSent >= 3);
    int accessTokens = 0;
    for (const QByteArray &body : m_network->responseBodies())
        accessTokens +=
            QJsonDocument::fromJson(body).object().contains(QStringLiteral("access_token")) ? 1 : 0;
    QVERIFY(accessTokens >= 1);
    QVERIFY(m_codes.size() >= 1);
    QVERIFY(!m_network->bearerTokens().isEmpty());
    for (const QString &secret : {kSecret, kExpiredSecret})
        QVERIFY(m_sensitive.contains(secret));
    QVERIFY(m_sensitive.size() >= 6);
}

void TestChecksLeak::theSignInRegisteredEverySecretItMet()
{
    // Each kind is recognised independently of the product: codes from the browser's final address,
    // verifiers by the challenge the authorization URL carried, tokens by what the fake cloud issues.
    QVERIFY(!m_codes.isEmpty());
    for (const QString &code : std::as_const(m_codes))
        QVERIFY2(m_registered.contains(code), "an authorization code was not registered");

    int challenges = 0;
    for (const QUrl &url : std::as_const(m_authorizeUrls)) {
        const QString challenge = QUrlQuery(url).queryItemValue(QStringLiteral("code_challenge"));
        if (challenge.isEmpty())
            continue;
        ++challenges;
        bool found = false;
        for (const QString &value : std::as_const(m_registered)) {
            const QByteArray hash =
                QCryptographicHash::hash(value.toLatin1(), QCryptographicHash::Sha256)
                    .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
            found = found || QString::fromLatin1(hash) == challenge;
        }
        QVERIFY2(found, "the PKCE verifier of an attempt was not registered");
    }
    QVERIFY(challenges >= 1);

    // Every value the sign-in and the refresh exchanged with the token endpoint, seen through the proxy.
    for (const QString &kind : {QStringLiteral("sent code"), QStringLiteral("sent code_verifier"),
                                QStringLiteral("sent refresh_token"), QStringLiteral("sent client_secret"),
                                QStringLiteral("got access_token"), QStringLiteral("got refresh_token"),
                                QStringLiteral("got id_token")}) {
        const QStringList values = m_signInWire.values(kind);
        QVERIFY2(!values.isEmpty(), qPrintable(kind + QStringLiteral(": none went through the proxy")));
        for (const QString &value : values)
            QVERIFY2(m_registered.contains(value), qPrintable(kind + QStringLiteral(": not registered")));
    }
    QVERIFY(m_registered.contains(kSecret));
    // The refresh tokens kept for monitoring, the redeemed one and its successor.
    for (const KeptSignIn &kept : std::as_const(m_kept))
        QVERIFY2(m_registered.contains(kept.refreshToken), "a kept refresh token was not registered");
}

void TestChecksLeak::verifyAbsent(const QString &where, const QString &text) const
{
    for (const QString &value : m_sensitive) {
        const QStringList variants = forms(value);
        for (const QString &variant : variants) {
            if (text.contains(variant, Qt::CaseInsensitive)) {
                QFAIL(qPrintable(QStringLiteral("%1 holds a sensitive value (%2 characters, starts %3): %4")
                                     .arg(where)
                                     .arg(value.size())
                                     .arg(value.left(3), text.left(300))));
            }
        }
    }
}

void TestChecksLeak::noLogLineHoldsThem()
{
    QVERIFY(g_lines.size() > 20);
    for (const QString &line : std::as_const(g_lines))
        verifyAbsent(QStringLiteral("log line"), line);
}

void TestChecksLeak::noResultHoldsThem()
{
    for (const QList<CheckResult> &run : std::as_const(m_runs)) {
        for (const CheckResult &result : run) {
            const QString json = QString::fromUtf8(QJsonDocument(JsonReport::toJson(result)).toJson());
            verifyAbsent(QStringLiteral("result ") + checkName(result.id), json);
        }
    }
}

void TestChecksLeak::noReportHoldsThem_data()
{
    QTest::addColumn<int>("format");
    QTest::newRow("text") << int(ReportRenderer::Format::Text);
    QTest::newRow("json") << int(ReportRenderer::Format::Json);
    QTest::newRow("markdown") << int(ReportRenderer::Format::Markdown);
    QTest::newRow("html") << int(ReportRenderer::Format::Html);
}

void TestChecksLeak::noReportHoldsThem()
{
    QFETCH(int, format);
    QList<ReportRun> runs;
    for (const QList<CheckResult> &results : std::as_const(m_runs)) {
        ConnectorConfig config = fakeCloudConfig(m_fake->baseUrl());
        config.secret = kSecret;
        runs << ReportRun::fromConfig(config, results, QStringLiteral("stluc.json"));
    }
    // No list of values to scrub: the results and the report model must be clean by themselves.
    const QString report = ReportRenderer::render(ReportRenderer::Format(format), runs, ReportOptions{});
    QVERIFY(report.contains(QStringLiteral("Zx8")));
    verifyAbsent(ReportRenderer::formatName(ReportRenderer::Format(format)), report);
}

QTEST_GUILESS_MAIN(TestChecksLeak)
#include "tst_checksleak.moc"
