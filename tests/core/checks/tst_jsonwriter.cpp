#include "checks/JsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <limits>

using namespace flexo;

// JsonWriter must write exactly what QJsonDocument::toJson(Indented) writes for the same document.
class TestJsonWriter : public QObject
{
    Q_OBJECT

private slots:
    void writesWhatQtWrites_data()
    {
        QTest::addColumn<QJsonValue>("member");
        const auto text = [](const QString &s) { return QJsonValue(s); };
        QTest::newRow("plain") << text(QStringLiteral("hello"));
        QTest::newRow("empty string") << text(QString());
        QTest::newRow("quote and backslash") << text(QStringLiteral("say \"hi\" \\ there /"));
        QTest::newRow("named escapes") << text(QStringLiteral("\b\f\n\r\t"));
        QTest::newRow("other C0") << text(QStringLiteral("\x01\x1b\x1f"));
        QTest::newRow("NUL") << text(QString(QChar(0)));
        QTest::newRow("DEL and C1") << text(QStringLiteral("\x7f") + QChar(0x85) + QChar(0x9b));
        QTest::newRow("bidi and line separator") << text(QString(QChar(0x202E)) + QChar(0x2028));
        QTest::newRow("accents") << text(QStringLiteral("Grüße, café"));
        QTest::newRow("surrogate pair") << text(QString::fromUcs4(U"\U0001F600 ok"));
        QTest::newRow("lone high") << text(QStringLiteral("a") + QChar(0xD83D) + QStringLiteral("b"));
        QTest::newRow("lone high at end") << text(QStringLiteral("a") + QChar(0xD83D));
        QTest::newRow("lone low") << text(QString(QChar(0xDE00)) + QStringLiteral("b"));
        QTest::newRow("true") << QJsonValue(true);
        QTest::newRow("false") << QJsonValue(false);
        QTest::newRow("null") << QJsonValue(QJsonValue::Null);
        QTest::newRow("zero") << QJsonValue(0);
        QTest::newRow("negative") << QJsonValue(-42);
        QTest::newRow("int64 max") << QJsonValue(std::numeric_limits<qint64>::max());
        QTest::newRow("int64 min") << QJsonValue(std::numeric_limits<qint64>::min());
        QTest::newRow("beyond double precision") << QJsonValue(qint64(9007199254740993LL));
        QTest::newRow("whole double") << QJsonValue(5.0);
        QTest::newRow("fraction") << QJsonValue(0.1);
        QTest::newRow("large double") << QJsonValue(1e21);
        QTest::newRow("small double") << QJsonValue(-1.5e-7);
        QTest::newRow("infinity") << QJsonValue(std::numeric_limits<double>::infinity());
        QTest::newRow("NaN") << QJsonValue(std::numeric_limits<double>::quiet_NaN());
        QTest::newRow("empty array") << QJsonValue(QJsonArray());
        QTest::newRow("empty object") << QJsonValue(QJsonObject());
        QTest::newRow("array") << QJsonValue(QJsonArray{1, QStringLiteral("two"), QJsonValue(), QJsonArray{},
                                                        QJsonObject{{QStringLiteral("k"), true}}});
        QTest::newRow("object") << QJsonValue(
            QJsonObject{{QStringLiteral("b"), QJsonArray{QJsonArray{1}, QJsonObject{}}},
                        {QStringLiteral("A"), 1},
                        {QStringLiteral("a \"key\""), QJsonObject{{QStringLiteral("z"), QJsonValue()}}}});
    }

    void writesWhatQtWrites()
    {
        QFETCH(QJsonValue, member);
        const QJsonObject document{{QStringLiteral("value"), member},
                                   {QStringLiteral("list"), QJsonArray{member, member}}};
        JsonWriter writer;
        writer.value(QJsonValue(document));
        QCOMPARE(writer.text().toUtf8(), QJsonDocument(document).toJson(QJsonDocument::Indented));
    }

    // Written member by member as JsonReport does, with every kind of value.
    void writesMembersOneByOne()
    {
        JsonWriter writer;
        writer.beginObject();
        writer.key(QLatin1String("a"));
        writer.stringOrNull(QString());
        writer.key(QLatin1String("b"));
        writer.stringOrNull(QStringLiteral("text"));
        writer.key(QLatin1String("c"));
        writer.beginArray();
        writer.value(7);
        writer.value(qint64(8));
        writer.value(QLatin1String("latin"));
        writer.null();
        writer.endArray();
        writer.key(QStringLiteral("d \"quoted\""));
        writer.beginObject();
        writer.endObject();
        writer.key(QLatin1String("e"));
        writer.value(false);
        writer.endObject();
        const QJsonObject expected{
            {QStringLiteral("a"), QJsonValue()},
            {QStringLiteral("b"), QStringLiteral("text")},
            {QStringLiteral("c"), QJsonArray{7, 8, QStringLiteral("latin"), QJsonValue()}},
            {QStringLiteral("d \"quoted\""), QJsonObject()},
            {QStringLiteral("e"), false}};
        QCOMPARE(writer.text().toUtf8(), QJsonDocument(expected).toJson(QJsonDocument::Indented));
    }

    void writesATopLevelArray()
    {
        JsonWriter writer;
        writer.value(QJsonValue(QJsonArray{1, 2}));
        QCOMPARE(writer.text().toUtf8(), QJsonDocument(QJsonArray{1, 2}).toJson(QJsonDocument::Indented));
    }
};

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"
