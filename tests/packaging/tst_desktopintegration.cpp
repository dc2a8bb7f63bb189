// What the package tells the desktop: the desktop file and the AppStream metadata validate without a
// warning, and the connector file type matches connector configs (by name or by content) and no other
// JSON file.
#include <QDir>
#include <QFile>
#include <QMimeDatabase>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString output; // standard output and error together
};

Run run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    Run result;
    if (process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit)
        result.exitCode = process.exitCode();
    result.output = QString::fromUtf8(process.readAll());
    return result;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

const QString connectorType = QStringLiteral("application/x-flexo-teams-connector");

} // namespace

class TestDesktopIntegration : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void desktopFileValidates();
    void desktopFileOpensConnectorConfigsOnly();
    void appstreamMetadataValidates();
    void fileTypeOfConnectorConfigs_data();
    void fileTypeOfConnectorConfigs();

private:
    QTemporaryDir m_files;
};

void TestDesktopIntegration::initTestCase()
{
    // The file type is read from the MIME database made here (XDG_DATA_DIRS, set by the test's
    // environment), as update-mime-database makes it when the package is installed.
    const QString mimeDir = qEnvironmentVariable("FLEXO_MIME_DATA_DIR") + QStringLiteral("/mime");
    QVERIFY(QDir(mimeDir + QStringLiteral("/packages")).removeRecursively() || true);
    QVERIFY(QDir().mkpath(mimeDir + QStringLiteral("/packages")));
    QFile::remove(mimeDir + QStringLiteral("/packages/org.flexo.TeamsSetup.xml"));
    QVERIFY(QFile::copy(QStringLiteral(FLEXO_SOURCE_DIR "/packaging/linux/org.flexo.TeamsSetup.mime.xml"),
                        mimeDir + QStringLiteral("/packages/org.flexo.TeamsSetup.xml")));
    const Run update = run(QStringLiteral("update-mime-database"), {mimeDir});
    QVERIFY2(update.exitCode == 0 && update.output.isEmpty(), qPrintable(update.output));
    QVERIFY(m_files.isValid());
}

void TestDesktopIntegration::desktopFileValidates()
{
    const Run validate =
        run(QStringLiteral("desktop-file-validate"),
            {QStringLiteral(FLEXO_SOURCE_DIR "/packaging/linux/org.flexo.TeamsSetup.desktop")});
    QCOMPARE(validate.output, QString());
    QCOMPARE(validate.exitCode, 0);
}

void TestDesktopIntegration::desktopFileOpensConnectorConfigsOnly()
{
    QFile file(QStringLiteral(FLEXO_SOURCE_DIR "/packaging/linux/org.flexo.TeamsSetup.desktop"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains(QByteArray("\nMimeType=" + connectorType.toUtf8() + ";\n")));
    QVERIFY(!text.contains("application/json"));
}

void TestDesktopIntegration::appstreamMetadataValidates()
{
    // Offline: the screenshots' addresses are not fetched. Infos and pedantic notes are allowed,
    // warnings and errors are not.
    const Run validate =
        run(QStringLiteral("appstreamcli"),
            {QStringLiteral("validate"), QStringLiteral("--no-net"), QStringLiteral("--no-color"),
             QStringLiteral(FLEXO_BINARY_DIR "/packaging/org.flexo.TeamsSetup.metainfo.xml")});
    QVERIFY2(validate.exitCode == 0, qPrintable(validate.output));
    const QStringList lines = validate.output.split(QLatin1Char('\n'));
    for (const QString &line : lines)
        QVERIFY2(!line.startsWith(QLatin1String("W:")) && !line.startsWith(QLatin1String("E:")),
                 qPrintable(line));
    QVERIFY2(validate.output.contains(QLatin1String("Validation was successful")),
             qPrintable(validate.output));
}

void TestDesktopIntegration::fileTypeOfConnectorConfigs_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("type");

    QFile golden(QStringLiteral(FLEXO_TEST_DATA_DIR "/config/golden-verified.json"));
    QVERIFY(golden.open(QIODevice::ReadOnly));
    const QByteArray config = golden.readAll();
    QVERIFY(config.contains("\"format\": \"flexo-teams-connector\""));
    const QByteArray plain = "{\n    \"name\": \"something else\",\n    \"version\": 1\n}\n";

    QTest::newRow("exported config by name") << "flexo-server.flexo-teams.json" << config << connectorType;
    // By content where the name says nothing more specific. (Under a plain .json name, Qt and GLib
    // take the name's type without looking inside: exports are named *.flexo-teams.json for that.)
    QTest::newRow("config by content") << "connector" << config << connectorType;
    QTest::newRow("compact config by content")
        << "compact" << QByteArray("{\"clientId\":\"x\",\"format\":\"flexo-teams-connector\",\"version\":1}")
        << connectorType;
    QTest::newRow("config by content, other ending") << "connector.conf-backup" << config << connectorType;
    QTest::newRow("plain JSON") << "settings.json" << plain << QStringLiteral("application/json");
    QTest::newRow("another format") << "other.json"
                                    << QByteArray("{\"format\": \"some-other-tool\", \"version\": 1}")
                                    << QStringLiteral("application/json");
}

void TestDesktopIntegration::fileTypeOfConnectorConfigs()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(QString, type);
    const QString path = m_files.filePath(name);
    QVERIFY(writeFile(path, content));
    const QMimeDatabase mime;
    QCOMPARE(mime.mimeTypeForFile(path).name(), type);
    QVERIFY(mime.mimeTypeForName(connectorType).inherits(QStringLiteral("application/json")));
}

QTEST_GUILESS_MAIN(TestDesktopIntegration)
#include "tst_desktopintegration.moc"
