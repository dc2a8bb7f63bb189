#include "ConfigSamples.h"
#include "JsonSchemaValidator.h"
#include "config/ConfigFile.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace flexo;
using flexo::test::JsonSchemaValidator;

namespace {

const QString kSchemaPath = QStringLiteral(FLEXO_SCHEMA_FILE);

QJsonObject readObject(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// Dotted paths of every property the schema documents, following $ref.
void documentedPaths(const QJsonObject &root, const QJsonObject &schema, const QString &prefix,
                     QSet<QString> &out)
{
    QJsonObject resolved = schema;
    if (schema.contains(QStringLiteral("$ref"))) {
        QString ref = schema.value(QStringLiteral("$ref")).toString();
        QJsonValue target = root;
        for (const QString &token : ref.mid(2).split(QLatin1Char('/'), Qt::SkipEmptyParts))
            target = target.toObject().value(token);
        resolved = target.toObject();
    }
    const QJsonObject properties = resolved.value(QStringLiteral("properties")).toObject();
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        const QString path = prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key();
        out.insert(path);
        documentedPaths(root, it.value().toObject(), path, out);
    }
}

// Dotted paths of every key the writer emits (array items are not descended into).
void emittedPaths(const QJsonObject &object, const QString &prefix, QSet<QString> &out)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString path = prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key();
        out.insert(path);
        if (it.value().isObject())
            emittedPaths(it.value().toObject(), path, out);
    }
}

// Every property schema below `schema` (following properties only).
void propertySchemas(const QJsonObject &schema, const QString &prefix,
                     QList<QPair<QString, QJsonObject>> &out)
{
    const QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        const QString path = prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key();
        out.append({path, it.value().toObject()});
        propertySchemas(it.value().toObject(), path, out);
    }
}

} // namespace

class TestConfigSchema : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        m_validator = JsonSchemaValidator::fromFile(kSchemaPath, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(m_validator.schema().contains(QStringLiteral("$schema")));
        QVERIFY(m_dir.isValid());
    }

    void savedFilesMatchSchema_data()
    {
        QTest::addColumn<int>("sample");
        QTest::addColumn<bool>("includeSecret");
        QTest::newRow("plain") << 1 << false;
        QTest::newRow("custom cloud") << 2 << false;
        QTest::newRow("verified, government cloud") << 3 << false;
        QTest::newRow("unknown keys") << 4 << false;
        QTest::newRow("export with secret") << 1 << true;
        QTest::newRow("everything exported") << 5 << true;
        QTest::newRow("fresh config") << 0 << false;
    }

    void savedFilesMatchSchema()
    {
        QFETCH(int, sample);
        QFETCH(bool, includeSecret);
        const ConnectorConfig configs[] = {ConnectorConfig(),          samples::plain(),
                                           samples::customCloud(),     samples::verified(),
                                           samples::withUnknownKeys(), samples::everything()};
        const QString path =
            m_dir.filePath(QStringLiteral("saved-%1-%2.json").arg(sample).arg(includeSecret));
        QVERIFY(!ConfigFile::save(configs[sample], path, SaveOptions{includeSecret}));
        const QJsonObject saved = readObject(path);
        QVERIFY(!saved.isEmpty());
        const QStringList violations = m_validator.validate(saved);
        QVERIFY2(violations.isEmpty(), qPrintable(violations.join(QLatin1Char('\n'))));
        QCOMPARE(saved.value(QStringLiteral("secret")).toObject().contains(QStringLiteral("value")),
                 includeSecret);
    }

    void shippedSamplesMatchSchema_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("golden") << "golden-verified.json";
        QTest::newRow("future keys") << "future-keys.json";
        QTest::newRow("export") << "export-with-secret.json";
    }

    void shippedSamplesMatchSchema()
    {
        QFETCH(QString, file);
        const QJsonObject object = readObject(QStringLiteral(FLEXO_TEST_DATA_DIR "/config/") + file);
        QVERIFY(!object.isEmpty());
        const QStringList violations = m_validator.validate(object);
        QVERIFY2(violations.isEmpty(), qPrintable(violations.join(QLatin1Char('\n'))));
    }

    void schemaRejectsWrongShapes_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("newer version") << "version" << QJsonValue(2) << "/version";
        QTest::newRow("other format") << "format" << QJsonValue(QStringLiteral("x")) << "/format";
        QTest::newRow("client id not a guid")
            << "clientId" << QJsonValue(QStringLiteral("flexo")) << "/clientId";
        QTest::newRow("enabled as text") << "enabled" << QJsonValue(QStringLiteral("yes")) << "/enabled";
        QTest::newRow("lifecycle http")
            << "lifecycleUrl" << QJsonValue(QStringLiteral("http://x/l")) << "/lifecycleUrl";
        QTest::newRow("unknown cloud")
            << "cloud" << QJsonValue(QJsonObject{{QStringLiteral("name"), QStringLiteral("mars")}})
            << "/cloud/name";
        QTest::newRow("redirect with fragment")
            << "redirectUris" << QJsonValue(QJsonArray{QStringLiteral("https://x/cb#frag")})
            << "/redirectUris/0";
        QTest::newRow("secret value too long")
            << "secret" << QJsonValue(QJsonObject{{QStringLiteral("value"), QString(65, QLatin1Char('a'))}})
            << "/secret/value";
    }

    void schemaRejectsWrongShapes()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, mentions);
        QJsonObject object = ConfigFile::toJson(samples::plain());
        object.insert(key, value);
        const QStringList violations = m_validator.validate(object);
        QVERIFY(!violations.isEmpty());
        QVERIFY2(violations.join(QLatin1Char('\n')).contains(mentions),
                 qPrintable(violations.join(QLatin1Char('\n'))));
    }

    void documentedPropertiesMatchWriter()
    {
        QSet<QString> documented;
        documentedPaths(m_validator.schema(), m_validator.schema(), QString(), documented);
        QSet<QString> emitted;
        emittedPaths(ConfigFile::toJson(samples::everything(), SaveOptions{true}), QString(), emitted);
        // The writer's whole vocabulary, on the top level and in every section, and nothing else.
        const QSet<QString> undocumented = emitted - documented;
        const QSet<QString> neverWritten = documented - emitted;
        QVERIFY2(undocumented.isEmpty(),
                 qPrintable(QStringList(undocumented.values()).join(QLatin1Char(' '))));
        QVERIFY2(neverWritten.isEmpty(),
                 qPrintable(QStringList(neverWritten.values()).join(QLatin1Char(' '))));
        QVERIFY(documented.contains(QStringLiteral("secret.value")));
        QVERIFY(documented.size() > 20);
    }

    void everyPropertyIsDescribed()
    {
        QList<QPair<QString, QJsonObject>> properties;
        propertySchemas(m_validator.schema(), QString(), properties);
        QVERIFY(!properties.isEmpty());
        for (const auto &property : properties) {
            QVERIFY2(!property.second.value(QStringLiteral("description")).toString().isEmpty(),
                     qPrintable(property.first));
        }
    }

    void schemaShipsInTheProgram()
    {
        QFile file(kSchemaPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(ConfigFile::schema(), file.readAll());
        const QJsonObject format = m_validator.schema()
                                       .value(QStringLiteral("properties"))
                                       .toObject()
                                       .value(QStringLiteral("format"))
                                       .toObject();
        QCOMPARE(format.value(QStringLiteral("const")).toString(), ConfigFile::formatName());
    }

private:
    JsonSchemaValidator m_validator{QJsonObject()};
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestConfigSchema)
#include "tst_configschema.moc"
