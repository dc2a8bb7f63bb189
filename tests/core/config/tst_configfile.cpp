#include "ConfigSamples.h"
#include "config/ConfigFile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace flexo;

namespace {

constexpr QFileDevice::Permissions kPrivate = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

QString dataFile(const QString &name)
{
    return QStringLiteral(FLEXO_TEST_DATA_DIR "/config/") + name;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray("<unreadable>");
    return file.readAll();
}

bool writeAll(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

QByteArray fingerprint(const QString &path)
{
    return QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256).toHex();
}

// Permission bits as the OS sees them (QFile::permissions also reports user bits as owner bits).
QFileDevice::Permissions permissionsOf(const QString &path)
{
    return QFile::permissions(path) &
           (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
            QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
            QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther);
}

} // namespace

class TestConfigFile : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_dir.isValid()); }

    void roundTrip_data()
    {
        QTest::addColumn<int>("sample");
        QTest::addColumn<bool>("includeSecret");
        QTest::newRow("empty") << 0 << false;
        QTest::newRow("plain") << 1 << false;
        QTest::newRow("custom cloud") << 2 << false;
        QTest::newRow("verified, government cloud") << 3 << false;
        QTest::newRow("unknown keys") << 4 << false;
        QTest::newRow("export with secret") << 1 << true;
        QTest::newRow("everything exported") << 5 << true;
    }

    void roundTrip()
    {
        QFETCH(int, sample);
        QFETCH(bool, includeSecret);
        const ConnectorConfig configs[] = {ConnectorConfig(),          samples::plain(),
                                           samples::customCloud(),     samples::verified(),
                                           samples::withUnknownKeys(), samples::everything()};
        const ConnectorConfig &original = configs[sample];
        const QString path = m_dir.filePath(QStringLiteral("roundtrip.json"));
        QFile::remove(path);
        QVERIFY(!ConfigFile::save(original, path, SaveOptions{includeSecret}));

        const Result<ConnectorConfig> loaded = ConfigFile::load(path);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error().userText()));
        samples::compareConfigs(loaded.value(), original, includeSecret);
        QCOMPARE(ConfigFile::serialize(loaded.value(), SaveOptions{includeSecret}), readAll(path));
    }

    void writerOutputIsStable()
    {
        // The exact bytes of a typical file, so that a change of the format is a visible decision.
        const QByteArray expected = readAll(dataFile(QStringLiteral("golden-verified.json")));
        QCOMPARE(ConfigFile::serialize(samples::verified()), expected);
    }

    void fileHeader()
    {
        const QJsonObject json = ConfigFile::toJson(ConnectorConfig());
        QCOMPARE(json.value(QStringLiteral("format")).toString(), QStringLiteral("flexo-teams-connector"));
        QCOMPARE(json.value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(json.value(QStringLiteral("enabled")), QJsonValue(false));
        const QByteArray bytes = ConfigFile::serialize(samples::plain());
        QVERIFY(QJsonDocument::fromJson(bytes).isObject());
    }

    void unknownKeysKeptFromFile()
    {
        const QString source = dataFile(QStringLiteral("future-keys.json"));
        const Result<ConnectorConfig> loaded = ConfigFile::load(source);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error().userText()));
        QCOMPARE(loaded.value().tenantDomain, QStringLiteral("stluc.onmicrosoft.com"));
        QCOMPARE(loaded.value().enabled, true);

        const QString copy = m_dir.filePath(QStringLiteral("future-copy.json"));
        QVERIFY(!ConfigFile::save(loaded.value(), copy));
        // Every key of the original, at every level, is still there with its value, except the keychain
        // entry earlier versions named: it is derived from the config now (KeychainBinding), never read
        // from a file, and so not written back either.
        QJsonObject original = QJsonDocument::fromJson(readAll(source)).object();
        QJsonObject secret = original.value(QStringLiteral("secret")).toObject();
        QVERIFY(secret.contains(QStringLiteral("keychainKey")));
        secret.remove(QStringLiteral("keychainService"));
        secret.remove(QStringLiteral("keychainKey"));
        original.insert(QStringLiteral("secret"), secret);
        const QJsonObject saved = QJsonDocument::fromJson(readAll(copy)).object();
        QCOMPARE(saved, original);
    }

    void secretAbsentUnlessExported()
    {
        const QString path = m_dir.filePath(QStringLiteral("secret.json"));
        QVERIFY(!ConfigFile::save(samples::plain(), path));
        QVERIFY(!readAll(path).contains(samples::kSecret.toUtf8()));
        QVERIFY(!readAll(path).contains("\"value\""));
        QVERIFY(ConfigFile::load(path).value().secret.isEmpty());

        const QString exported = m_dir.filePath(QStringLiteral("export.json"));
        QVERIFY(!ConfigFile::save(samples::plain(), exported, SaveOptions{true}));
        QVERIFY(readAll(exported).contains(samples::kSecret.toUtf8()));
        QCOMPARE(permissionsOf(exported), kPrivate);
        QCOMPARE(ConfigFile::load(exported).value().secret, samples::kSecret);
        QCOMPARE(ConfigFile::serialize(samples::plain()).contains(samples::kSecret.toUtf8()), false);
    }

    void importedSecretNotWrittenBack()
    {
        // `import` of an export: the secret is read, but saving the config does not write it again.
        const Result<ConnectorConfig> loaded =
            ConfigFile::load(dataFile(QStringLiteral("export-with-secret.json")));
        QVERIFY2(loaded.ok(), qPrintable(loaded.error().userText()));
        QCOMPARE(loaded.value().secret, samples::kSecret);
        const QString path = m_dir.filePath(QStringLiteral("imported.json"));
        QVERIFY(!ConfigFile::save(loaded.value(), path));
        QVERIFY(!readAll(path).contains(samples::kSecret.toUtf8()));
    }

    void newFileIsPrivate()
    {
        const QString path = m_dir.filePath(QStringLiteral("sub/dir/new.json"));
        QVERIFY(!ConfigFile::save(samples::plain(), path));
        QCOMPARE(permissionsOf(path), kPrivate);
        QVERIFY(!QFile::exists(ConfigFile::backupPath(path)));
    }

    void existingOpenFileBecomesPrivate()
    {
        const QString path = m_dir.filePath(QStringLiteral("open.json"));
        QVERIFY(writeAll(path, ConfigFile::serialize(samples::plain())));
        QVERIFY(QFile::setPermissions(path, kPrivate | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        QVERIFY(!ConfigFile::save(samples::verified(), path));
        QCOMPARE(permissionsOf(path), kPrivate);
        QCOMPARE(permissionsOf(ConfigFile::backupPath(path)), kPrivate);
    }

    void saveKeepsPreviousAsBackup()
    {
        const QString path = m_dir.filePath(QStringLiteral("backup.json"));
        const QString backup = ConfigFile::backupPath(path);
        QCOMPARE(backup, path + QStringLiteral(".bak"));

        QVERIFY(!ConfigFile::save(samples::plain(), path));
        const QByteArray first = readAll(path);
        QVERIFY(!ConfigFile::save(samples::verified(), path));
        const QByteArray second = readAll(path);
        QVERIFY(first != second);
        QCOMPARE(readAll(backup), first);
        QCOMPARE(permissionsOf(backup), kPrivate);

        // Whatever is saved, the backup is the file that was there just before.
        QVERIFY(!ConfigFile::save(samples::verified(), path));
        QCOMPARE(readAll(path), second);
        QCOMPARE(readAll(backup), second);

        QVERIFY(!ConfigFile::save(samples::customCloud(), path));
        QCOMPARE(readAll(backup), second);
        QCOMPARE(permissionsOf(path), kPrivate);
        // No temporary file is left behind.
        QCOMPARE(
            QDir(m_dir.path()).entryList({QStringLiteral("backup.json*")}, QDir::Files | QDir::Hidden).size(),
            2);
    }

    // A second export with the secret must not leave the first one's plain-text secret in a .bak.
    void exportWithSecretKeepsNoBackup()
    {
        const QString path = m_dir.filePath(QStringLiteral("export.json"));
        ConnectorConfig first = samples::plain();
        first.secret = QStringLiteral("Old9Q~first-exported-secret.0123456789ab");
        QVERIFY(!ConfigFile::save(first, path, SaveOptions{true}));
        QVERIFY(!ConfigFile::save(samples::plain(), path, SaveOptions{true}));
        QVERIFY(!QFile::exists(ConfigFile::backupPath(path)));
        QVERIFY(!readAll(path).contains("first-exported-secret"));
        QCOMPARE(QDir(m_dir.path())
                     .entryList({QStringLiteral("export.json*"), QStringLiteral(".export.json*")},
                                QDir::Files | QDir::Hidden)
                     .size(),
                 1);
    }

    void saveRefusesASymlinkAndLeavesItsTarget()
    {
        const QString victim = m_dir.filePath(QStringLiteral("victim.txt"));
        QVERIFY(writeAll(victim, "victim\n"));
        const QString path = m_dir.filePath(QStringLiteral("linked.json"));
        QVERIFY(QFile::link(victim, path));
        const Error error = ConfigFile::save(samples::plain(), path, SaveOptions{true});
        QCOMPARE(error.code, QStringLiteral("config.file.save-failed"));
        QVERIFY2(error.message.contains(QLatin1String("symbolic link")), qPrintable(error.message));
        QCOMPARE(readAll(victim), QByteArray("victim\n"));
        QVERIFY(QFileInfo(path).isSymLink());
    }

    void saveWithoutSecretRefusesACopyOfIt()
    {
        ConnectorConfig config = samples::plain();
        config.unknownKeys.insert(QStringLiteral("clientSecret"), config.secret);
        config.unknownSectionKeys.insert(QStringLiteral("secret"),
                                         QJsonObject{{QStringLiteral("Value"), QStringLiteral("dropped")}});
        const QString path = m_dir.filePath(QStringLiteral("copy.json"));
        const Error error = ConfigFile::save(config, path);
        QCOMPARE(error.code, QStringLiteral("config.file.secret-copy"));
        QVERIFY2(error.message.contains(QLatin1String("clientSecret")), qPrintable(error.message));
        QVERIFY(!error.userText().contains(config.secret));
        QVERIFY(!QFile::exists(path));
        // An export without the secret drops unknown keys of "secret"; this machine's config keeps them.
        config.unknownKeys.remove(QStringLiteral("clientSecret"));
        QVERIFY(!ConfigFile::save(config, path, SaveOptions{false, true}));
        QVERIFY(!readAll(path).contains("dropped"));
        QVERIFY(!ConfigFile::save(config, path));
        QVERIFY(readAll(path).contains("dropped"));
    }

    void backupOfForeignFileKept()
    {
        // Saving over a file that is not a config (a mistyped --output) keeps it as the backup.
        const QString path = m_dir.filePath(QStringLiteral("notes.txt"));
        QVERIFY(writeAll(path, "important notes\n"));
        QVERIFY(!ConfigFile::save(samples::plain(), path));
        QCOMPARE(readAll(ConfigFile::backupPath(path)), QByteArray("important notes\n"));
    }

    void failedSaveLeavesFileUntouched()
    {
        const QString path = m_dir.filePath(QStringLiteral("keep.json"));
        QVERIFY(!ConfigFile::save(samples::plain(), path));
        const QByteArray before = fingerprint(path);
        // A backup that cannot be written stops the save before the file is replaced.
        QVERIFY(QDir().mkpath(ConfigFile::backupPath(path)));
        const Error error = ConfigFile::save(samples::verified(), path);
        QVERIFY(error);
        QCOMPARE(error.code, QStringLiteral("config.file.backup-failed"));
        QVERIFY2(error.userText().contains(path), qPrintable(error.userText()));
        QCOMPARE(fingerprint(path), before);
    }

    void saveOntoFolderFails()
    {
        const QString path = m_dir.filePath(QStringLiteral("folder.json"));
        QVERIFY(QDir().mkpath(path));
        const Error error = ConfigFile::save(samples::plain(), path);
        QCOMPARE(error.code, QStringLiteral("config.file.save-failed"));
        QVERIFY(error.userText().contains(path));
        QVERIFY(QFileInfo(path).isDir());
    }

    void brokenFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("truncated") << "truncated.json"
                                   << "config.file.truncated"
                                   << "ends too early";
        QTest::newRow("not json") << "not-json.txt"
                                  << "config.file.not-json"
                                  << "at line 1, column 2";
        QTest::newRow("xml") << "xml.json"
                             << "config.file.not-json"
                             << "not valid JSON";
        QTest::newRow("trailing comma") << "trailing-comma.json"
                                        << "config.file.not-json"
                                        << "(byte 97)";
        QTest::newRow("app manifest") << "app-manifest.json"
                                      << "config.file.wrong-format"
                                      << "no “format”";
        QTest::newRow("other format") << "wrong-format.json"
                                      << "config.file.wrong-format"
                                      << "flexo-calendar";
        QTest::newRow("newer version") << "newer-version.json"
                                       << "config.file.newer-version"
                                       << "written by a newer FlexO Teams Setup";
        QTest::newRow("version as text") << "version-string.json"
                                         << "config.file.bad-version"
                                         << "version";
        QTest::newRow("version zero") << "version-zero.json"
                                      << "config.file.bad-version"
                                      << "whole number";
        QTest::newRow("version fraction") << "version-fraction.json"
                                          << "config.file.bad-version"
                                          << "version";
        QTest::newRow("version missing") << "version-missing.json"
                                         << "config.file.bad-version"
                                         << "version";
        QTest::newRow("tenant id a number") << "wrong-type-tenant-id.json"
                                            << "config.file.wrong-type"
                                            << "“tenant.id” must be text, but it is a number";
        QTest::newRow("redirect URIs as text") << "wrong-type-redirect-uris.json"
                                               << "config.file.wrong-type"
                                               << "“redirectUris” must be a list";
        QTest::newRow("redirect URI a number") << "wrong-type-redirect-item.json"
                                               << "config.file.wrong-type"
                                               << "“redirectUris[1]”";
        QTest::newRow("cloud as text") << "wrong-type-cloud.json"
                                       << "config.file.wrong-type"
                                       << "“cloud” must be an object";
        QTest::newRow("enabled as text") << "wrong-type-enabled.json"
                                         << "config.file.invalid-value"
                                         << "true or false";
        QTest::newRow("unknown cloud") << "unknown-cloud.json"
                                       << "config.file.invalid-value"
                                       << "mars";
        QTest::newRow("date not ISO") << "bad-date.json"
                                      << "config.file.invalid-value"
                                      << "YYYY-MM-DD";
        QTest::newRow("top-level list") << "top-level-array.json"
                                        << "config.file.not-object"
                                        << "list";
        QTest::newRow("empty") << "empty.json"
                               << "config.file.empty"
                               << "empty";
        QTest::newRow("blank") << "blank.json"
                               << "config.file.empty"
                               << "empty";
        QTest::newRow("UTF-16") << "utf16.json"
                                << "config.file.not-utf8"
                                << "UTF-16";
        QTest::newRow("Latin-1") << "latin1.json"
                                 << "config.file.not-utf8"
                                 << "UTF-8";
        QTest::newRow("binary") << "binary.json"
                                << "config.file.not-utf8"
                                << "binary";
    }

    void brokenFiles()
    {
        QFETCH(QString, file);
        QFETCH(QString, code);
        QFETCH(QString, mentions);
        // A copy, so that the test can prove that loading touched nothing.
        const QString path = m_dir.filePath(file);
        QFile::remove(path);
        QVERIFY(QFile::copy(dataFile(file), path));
        const QByteArray before = fingerprint(path);
        const QStringList entriesBefore = QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden);

        const Result<ConnectorConfig> loaded = ConfigFile::load(path);
        QVERIFY(!loaded.ok());
        const Error &error = loaded.error();
        QCOMPARE(error.code, code);
        QVERIFY2(error.message.contains(QDir::toNativeSeparators(path)), qPrintable(error.message));
        QVERIFY2(error.userText().contains(mentions), qPrintable(error.userText()));
        QVERIFY(!error.cause.isEmpty());
        QVERIFY(!error.fix.isEmpty());
        QVERIFY(!error.detail.isEmpty());
        QCOMPARE(fingerprint(path), before);
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden), entriesBefore);
    }

    void hostileValuesAreDefused()
    {
        QByteArray data(
            "{\"format\":\"flexo-teams-connector\",\"version\":1,\"cloud\":{\"name\":\"mars\\u001b[2J");
        data.append(QByteArray(5000, 'x'));
        data.append("\"}}");
        const Result<ConnectorConfig> parsed = ConfigFile::parse(data, QStringLiteral("hostile.json"));
        QCOMPARE(parsed.error().code, QStringLiteral("config.file.invalid-value"));
        const QString text = parsed.error().userText();
        QVERIFY2(!text.contains(QChar(0x1b)), qPrintable(text));
        QVERIFY2(text.size() < 600, qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("mars")));
    }

    void loadingHasNoSideEffects()
    {
        // What `import` relies on: checking a file writes nothing anywhere, not even next to it.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("incoming.json"));
        QVERIFY(QFile::copy(dataFile(QStringLiteral("export-with-secret.json")), path));
        const QStringList before =
            QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        const QDateTime modified = QFileInfo(path).lastModified();
        QVERIFY(ConfigFile::load(path).ok());
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), before);
        QCOMPARE(QFileInfo(path).lastModified(), modified);
    }

    void parseOffsetInDetail()
    {
        const Result<ConnectorConfig> parsed =
            ConfigFile::parse("{\"format\": oops}", QStringLiteral("pasted"));
        QCOMPARE(parsed.error().code, QStringLiteral("config.file.not-json"));
        QVERIFY2(parsed.error().cause.contains(QStringLiteral("byte 11")), qPrintable(parsed.error().cause));
        QVERIFY(parsed.error().detail.contains(QStringLiteral("offset 11")));
        QVERIFY2(parsed.error().cause.contains(QStringLiteral("line 1, column 12")),
                 qPrintable(parsed.error().cause));
        const Result<ConnectorConfig> secondLine =
            ConfigFile::parse("{\n  \"format\" 1}", QStringLiteral("x"));
        QVERIFY2(secondLine.error().cause.contains(QStringLiteral("at line 2, column ")),
                 qPrintable(secondLine.error().cause));
        QVERIFY(parsed.error().message.contains(QStringLiteral("pasted")));
    }

    void versionNumbers_data()
    {
        QTest::addColumn<QByteArray>("version");
        QTest::addColumn<QString>("code");
        QTest::newRow("1") << QByteArray("1") << QString();
        QTest::newRow("1.0") << QByteArray("1.0") << QString();
        QTest::newRow("3") << QByteArray("3") << QStringLiteral("config.file.newer-version");
        QTest::newRow("huge") << QByteArray("1e300") << QStringLiteral("config.file.newer-version");
        QTest::newRow("negative") << QByteArray("-1") << QStringLiteral("config.file.bad-version");
        QTest::newRow("null") << QByteArray("null") << QStringLiteral("config.file.bad-version");
        QTest::newRow("true") << QByteArray("true") << QStringLiteral("config.file.bad-version");
        QTest::newRow("object") << QByteArray("{}") << QStringLiteral("config.file.bad-version");
    }

    void versionNumbers()
    {
        QFETCH(QByteArray, version);
        QFETCH(QString, code);
        const QByteArray data = "{\"format\":\"flexo-teams-connector\",\"version\":" + version + "}";
        const Result<ConnectorConfig> parsed = ConfigFile::parse(data, QStringLiteral("v.json"));
        QCOMPARE(parsed.error().code, code);
        if (code == QLatin1String("config.file.newer-version"))
            QVERIFY(parsed.error().userText().contains(QStringLiteral("newer FlexO Teams Setup")));
    }

    void tooLargeRefusedBeforeParsing()
    {
        const QString path = m_dir.filePath(QStringLiteral("large.json"));
        QByteArray data("{\"format\":\"flexo-teams-connector\",\"version\":1,\"comment\":\"");
        data.append(QByteArray(ConfigFile::kMaxFileSize, 'x'));
        data.append("\"}");
        QVERIFY(writeAll(path, data));
        const Result<ConnectorConfig> loaded = ConfigFile::load(path);
        QCOMPARE(loaded.error().code, QStringLiteral("config.file.too-large"));
        QVERIFY(loaded.error().message.contains(path));
        QCOMPARE(ConfigFile::parse(data, QStringLiteral("pasted")).error().code,
                 QStringLiteral("config.file.too-large"));
    }

    void justUnderTheLimitLoads()
    {
        QByteArray data("{\"format\":\"flexo-teams-connector\",\"version\":1,\"comment\":\"");
        data.append(QByteArray(ConfigFile::kMaxFileSize - data.size() - 2, 'x'));
        data.append("\"}");
        QCOMPARE(data.size(), ConfigFile::kMaxFileSize);
        QVERIFY(ConfigFile::parse(data, QStringLiteral("big")).ok());
    }

    void tooDeepRefused_data()
    {
        QTest::addColumn<int>("depth");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("64 levels") << 64 << true;
        QTest::newRow("65 levels") << 65 << false;
        QTest::newRow("100000 levels") << 100000 << false;
    }

    void tooDeepRefused()
    {
        QFETCH(int, depth);
        QFETCH(bool, accepted);
        // The top-level object is the first level.
        QByteArray data("{\"format\":\"flexo-teams-connector\",\"version\":1,\"deep\":");
        data.append(QByteArray(depth - 1, '['));
        data.append(QByteArray(depth - 1, ']'));
        data.append("}");
        const Result<ConnectorConfig> parsed = ConfigFile::parse(data, QStringLiteral("deep.json"));
        QCOMPARE(parsed.ok(), accepted);
        if (!accepted) {
            QCOMPARE(parsed.error().code, QStringLiteral("config.file.too-deep"));
            QVERIFY(parsed.error().message.contains(QStringLiteral("deep.json")));
        }
    }

    void bracketsInStringsDoNotCount()
    {
        QByteArray data("{\"format\":\"flexo-teams-connector\",\"version\":1,\"comment\":\"");
        data.append(QByteArray(200, '['));
        data.append("\\\"\"}");
        QVERIFY2(ConfigFile::parse(data, QStringLiteral("x")).ok(),
                 qPrintable(ConfigFile::parse(data, QStringLiteral("x")).error().userText()));
    }

    void notAFile_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("code");
        QTest::newRow("missing") << QStringLiteral("/nonexistent/flexo/connector.json")
                                 << "config.file.not-found";
        QTest::newRow("folder") << QStringLiteral(FLEXO_TEST_DATA_DIR "/config") << "config.file.not-a-file";
        QTest::newRow("device") << QStringLiteral("/dev/zero") << "config.file.not-a-file";
    }

    void notAFile()
    {
        QFETCH(QString, path);
        QFETCH(QString, code);
        const Result<ConnectorConfig> loaded = ConfigFile::load(path);
        QCOMPARE(loaded.error().code, code);
        QVERIFY(loaded.error().message.contains(QDir::toNativeSeparators(path)));
    }

    void byteOrderMarkAccepted()
    {
        const Result<ConnectorConfig> loaded = ConfigFile::load(dataFile(QStringLiteral("with-bom.json")));
        QVERIFY2(loaded.ok(), qPrintable(loaded.error().userText()));
        QCOMPARE(loaded.value().clientId, QStringLiteral("00001111-aaaa-2222-bbbb-3333cccc4444"));
    }

    // A U+FEFF starting a value is dropped whether or not the value has an escape sequence: the same
    // text reads as the same config, before and after a save.
    void byteOrderMarkStartingAValueDropped_data()
    {
        QTest::addColumn<QByteArray>("uri");
        QTest::newRow("plain") << QByteArray("\xEF\xBB\xBFhttps://flexo.example.com/teams");
        QTest::newRow("with an escape") << QByteArray("\xEF\xBB\xBFhttps:\\/\\/flexo.example.com/teams");
    }

    void byteOrderMarkStartingAValueDropped()
    {
        QFETCH(QByteArray, uri);
        const QByteArray data =
            "{\"format\":\"flexo-teams-connector\",\"version\":1,\"redirectUris\":[\"" + uri + "\"]}";
        const Result<ConnectorConfig> parsed = ConfigFile::parse(data, QStringLiteral("bom.json"));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().userText()));
        QCOMPARE(parsed.value().redirectUris, QStringList{QStringLiteral("https://flexo.example.com/teams")});
        const Result<ConnectorConfig> reread =
            ConfigFile::parse(ConfigFile::serialize(parsed.value()), QStringLiteral("bom.json"));
        QVERIFY(reread.ok());
        QCOMPARE(reread.value().redirectUris, parsed.value().redirectUris);
    }

    void defaultsForAbsentFields()
    {
        const Result<ConnectorConfig> parsed =
            ConfigFile::parse("{\"format\":\"flexo-teams-connector\",\"version\":1}", QStringLiteral("min"));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value().enabled, false);
        QCOMPARE(parsed.value().cloud, Cloud::Global);
        QCOMPARE(parsed.value().signInRedirectUri, ConnectorConfig().signInRedirectUri);
        QVERIFY(!parsed.value().secretExpiry.isValid());
        const Result<ConnectorConfig> nulls = ConfigFile::parse(
            "{\"format\":\"flexo-teams-connector\",\"version\":1,\"signInRedirectUri\":null,\"enabled\":null,"
            "\"tenant\":null,\"redirectUris\":null}",
            QStringLiteral("nulls"));
        QVERIFY2(nulls.ok(), qPrintable(nulls.error().userText()));
        QCOMPARE(nulls.value().signInRedirectUri, ConnectorConfig().signInRedirectUri);
        QCOMPARE(nulls.value().enabled, false);
    }

    void cloudNames()
    {
        for (const Cloud cloud :
             {Cloud::Global, Cloud::UsGovHigh, Cloud::UsGovDod, Cloud::China, Cloud::Custom})
            QCOMPARE(ConfigFile::cloudFromName(ConfigFile::cloudName(cloud)), std::optional<Cloud>(cloud));
        QCOMPARE(ConfigFile::cloudFromName(QStringLiteral("GLOBAL")), std::optional<Cloud>(Cloud::Global));
        QVERIFY(!ConfigFile::cloudFromName(QStringLiteral("mars")));
    }

    void baseUrlsOnlyForCustomCloud()
    {
        ConnectorConfig config = samples::customCloud();
        config.cloud = Cloud::Global;
        const QJsonObject cloud = ConfigFile::toJson(config).value(QStringLiteral("cloud")).toObject();
        QCOMPARE(cloud.keys(), QStringList{QStringLiteral("name")});
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestConfigFile)
#include "tst_configfile.moc"
