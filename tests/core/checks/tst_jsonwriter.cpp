#include "checks/JsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>
#include <QUrl>

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

    // A check's facts are written from their variants, as QJsonValue::fromVariant converts them.
    void writesVariantsAsQtConvertsThem_data()
    {
        QTest::addColumn<QVariant>("fact");
        QTest::newRow("string") << QVariant(QStringLiteral("a \"b\"\n"));
        QTest::newRow("null string") << QVariant(QString());
        QTest::newRow("int") << QVariant(-7);
        QTest::newRow("long long") << QVariant(std::numeric_limits<qint64>::max());
        QTest::newRow("unsigned") << QVariant(4000000000u);
        QTest::newRow("bool") << QVariant(true);
        QTest::newRow("double") << QVariant(0.25);
        QTest::newRow("whole double") << QVariant(3.0);
        QTest::newRow("NaN") << QVariant(std::numeric_limits<double>::quiet_NaN());
        QTest::newRow("invalid") << QVariant();
        QTest::newRow("string list") << QVariant(QStringList{QStringLiteral("x"), QString()});
        QTest::newRow("empty list") << QVariant(QVariantList());
        QTest::newRow("nested list") << QVariant(
            QVariantList{1, QStringLiteral("two"), QVariantList{false}, QVariantMap()});
        QTest::newRow("map") << QVariant(
            QVariantMap{{QStringLiteral("b"), 1},
                        {QStringLiteral("A"), QStringList{QStringLiteral("y")}},
                        {QStringLiteral("a"), QVariantMap{{QStringLiteral("k"), 2.5}}}});
        // Keys QMap and QJsonObject might order apart: one above the surrogates, one made of them.
        QTest::newRow("map, non-ASCII keys") << QVariant(QVariantMap{
            {QString(QChar(0xFF01)), 1}, {QString::fromUcs4(U"\U0001F600"), 2}, {QStringLiteral("é"), 3}});
        QTest::newRow("date and time")
            << QVariant(QDateTime(QDate(2026, 12, 5), QTime(9, 3, 4, 5), QTimeZone::utc()));
        QTest::newRow("URL") << QVariant(QUrl(QStringLiteral("https://example.com/a b?c=d&e")));
        QTest::newRow("byte array") << QVariant(QByteArray("bytes"));
    }

    void writesVariantsAsQtConvertsThem()
    {
        QFETCH(QVariant, fact);
        JsonWriter writer;
        writer.beginObject();
        writer.key(QLatin1String("fact"));
        writer.value(fact);
        writer.endObject();
        const QJsonObject expected{{QStringLiteral("fact"), QJsonValue::fromVariant(fact)}};
        QCOMPARE(writer.text().toUtf8(), QJsonDocument(expected).toJson(QJsonDocument::Indented));
    }

    void writesTimesAsQtWritesThemInUtc_data()
    {
        QTest::addColumn<QDateTime>("moment");
        QTest::newRow("UTC") << QDateTime(QDate(2026, 12, 5), QTime(13, 1, 2, 3), QTimeZone::utc());
        QTest::newRow("midnight") << QDateTime(QDate(2000, 1, 1), QTime(0, 0), QTimeZone::utc());
        QTest::newRow("last millisecond")
            << QDateTime(QDate(1999, 12, 31), QTime(23, 59, 59, 999), QTimeZone::utc());
        QTest::newRow("offset crossing a day")
            << QDateTime(QDate(2026, 3, 1), QTime(0, 30), QTimeZone(2 * 3600));
        QTest::newRow("local time") << QDateTime(QDate(2026, 7, 1), QTime(12, 0, 0, 500));
        QTest::newRow("year 999") << QDateTime(QDate(999, 5, 6), QTime(7, 8, 9, 10), QTimeZone::utc());
        QTest::newRow("year 10000") << QDateTime(QDate(10000, 1, 2), QTime(3, 4), QTimeZone::utc());
        QTest::newRow("invalid") << QDateTime();
    }

    void writesTimesAsQtWritesThemInUtc()
    {
        QFETCH(QDateTime, moment);
        JsonWriter writer;
        writer.beginObject();
        writer.key(QLatin1String("at"));
        writer.dateTime(moment);
        writer.endObject();
        const QJsonValue at =
            moment.isValid() ? QJsonValue(moment.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
        const QJsonObject expected{{QStringLiteral("at"), at}};
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
