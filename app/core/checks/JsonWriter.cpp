#include "checks/JsonWriter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QVariant>

#include <algorithm>
#include <cmath>

namespace flexo {

namespace {

char16_t hexDigit(uint value)
{
    return value < 10 ? char16_t(u'0' + value) : char16_t(u'a' + value - 10);
}

} // namespace

void JsonWriter::indent(qsizetype depth)
{
    static const QString spaces(64, QLatin1Char(' '));
    for (qsizetype left = 4 * depth; left > 0; left -= spaces.size())
        m_text.append(QStringView(spaces).left(left));
}

// Before a value: the separator and indentation of an array element; an object member's were written
// with its key.
void JsonWriter::beginValue()
{
    if (m_levels.isEmpty())
        return;
    Level &level = m_levels.last();
    if (level.object) {
        Q_ASSERT(m_keyWritten);
        m_keyWritten = false;
        return;
    }
    if (level.count++ > 0)
        m_text.append(u",\n");
    indent(m_levels.size());
}

void JsonWriter::begin(bool object, char16_t open)
{
    beginValue();
    m_text.append(QChar(open));
    m_text.append(QChar(u'\n'));
    m_levels.append(Level{object, 0, QString()});
}

void JsonWriter::end(char16_t close)
{
    Q_ASSERT(!m_levels.isEmpty() && !m_keyWritten);
    const Level level = m_levels.takeLast();
    if (level.count > 0)
        m_text.append(QChar(u'\n'));
    indent(m_levels.size());
    m_text.append(QChar(close));
    if (m_levels.isEmpty())
        m_text.append(QChar(u'\n'));
}

void JsonWriter::beginObject()
{
    begin(true, u'{');
}

void JsonWriter::endObject()
{
    end(u'}');
}

void JsonWriter::beginArray()
{
    begin(false, u'[');
}

void JsonWriter::endArray()
{
    end(u']');
}

void JsonWriter::startKey(QStringView name)
{
    Q_ASSERT(!m_levels.isEmpty() && m_levels.last().object && !m_keyWritten);
    Level &level = m_levels.last();
    // QJsonObject keeps its keys sorted; a document written in another order would differ from Qt's.
    Q_ASSERT(level.count == 0 || QStringView(level.lastKey) < name);
#ifndef QT_NO_DEBUG
    level.lastKey = name.toString();
#endif
    if (level.count++ > 0)
        m_text.append(u",\n");
    indent(m_levels.size());
    m_keyWritten = true;
}

void JsonWriter::key(QLatin1String name)
{
#ifndef QT_NO_DEBUG
    const QString check(name);
    Q_ASSERT(!check.contains(QLatin1Char('"')) && !check.contains(QLatin1Char('\\')));
    startKey(check);
#else
    startKey(QStringView());
#endif
    // A name written in the code: nothing to escape.
    m_text.append(QChar(u'"'));
    m_text.append(name);
    m_text.append(u"\": ");
}

void JsonWriter::key(const QString &name)
{
    startKey(name);
    string(name);
    m_text.append(u": ");
}

// Qt's escaping: quote, backslash and control characters escaped (\b \f \n \r \t, the rest as
// \u00XX); everything else as it is, except a lone surrogate, which cannot be UTF-8: \uXXXX.
void JsonWriter::string(QStringView text)
{
    m_text.append(QChar(u'"'));
    const char16_t *units = text.utf16();
    const qsizetype size = text.size();
    qsizetype copied = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t u = units[i];
        if (u >= 0x20 && u != u'"' && u != u'\\' && !QChar::isSurrogate(u))
            continue;
        if (QChar::isHighSurrogate(u) && i + 1 < size && QChar::isLowSurrogate(units[i + 1])) {
            ++i;
            continue;
        }
        m_text.append(text.mid(copied, i - copied));
        copied = i + 1;
        m_text.append(QChar(u'\\'));
        // The character and the letter its short escape uses, in pairs.
        static constexpr char16_t shortEscapes[] = u"\"\"\\\\\bb\ff\nn\rr\tt";
        const QStringView pairs(shortEscapes);
        qsizetype at = 0;
        while (at < pairs.size() && pairs.at(at) != QChar(u))
            at += 2;
        if (at < pairs.size()) {
            m_text.append(pairs.at(at + 1));
        } else {
            const char16_t escape[] = {u'u', hexDigit((u >> 12) & 0xF), hexDigit((u >> 8) & 0xF),
                                       hexDigit((u >> 4) & 0xF), hexDigit(u & 0xF)};
            m_text.append(QStringView(escape, 5));
        }
    }
    m_text.append(text.mid(copied));
    m_text.append(QChar(u'"'));
}

void JsonWriter::value(const QString &text)
{
    beginValue();
    string(text);
}

void JsonWriter::value(QLatin1String text)
{
    value(QString(text));
}

void JsonWriter::value(bool flag)
{
    beginValue();
    m_text.append(flag ? u"true" : u"false");
}

void JsonWriter::value(qint64 number)
{
    beginValue();
    m_text.append(QString::number(number));
}

void JsonWriter::null()
{
    beginValue();
    m_text.append(u"null");
}

void JsonWriter::dateTime(const QDateTime &moment)
{
    if (!moment.isValid()) {
        null();
        return;
    }
    const QDateTime utc = moment.timeSpec() == Qt::UTC ? moment : moment.toUTC();
    int year = 0;
    int month = 0;
    int day = 0;
    utc.date().getDate(&year, &month, &day);
    if (year < 1000 || year > 9999) {
        value(utc.toString(Qt::ISODateWithMs));
        return;
    }
    // Qt's general formatter costs more than the rest of a check's JSON, and a report of a fleet
    // writes a time for each of its thousands of checks.
    const QTime time = utc.time();
    char16_t text[] = u"0000-00-00T00:00:00.000Z";
    const auto put = [&text](int at, int number, int digits) {
        for (int i = digits - 1; i >= 0; --i, number /= 10)
            text[at + i] = char16_t(u'0' + number % 10);
    };
    put(0, year, 4);
    put(5, month, 2);
    put(8, day, 2);
    put(11, time.hour(), 2);
    put(14, time.minute(), 2);
    put(17, time.second(), 2);
    put(20, time.msec(), 3);
    beginValue();
    string(QStringView(text, 24));
}

void JsonWriter::stringOrNull(const QString &text)
{
    if (text.isEmpty())
        null();
    else
        value(text);
}

void JsonWriter::value(const QJsonValue &json)
{
    switch (json.type()) {
    case QJsonValue::Bool:
        value(json.toBool());
        break;
    case QJsonValue::Double: {
        // Integers are kept as such; a double is written in its shortest exact form, and one that is
        // not finite as null (RFC 8259 has no infinity).
        const QVariant number = json.toVariant();
        if (number.typeId() == QMetaType::LongLong) {
            value(number.toLongLong());
        } else if (std::isfinite(json.toDouble())) {
            beginValue();
            m_text.append(QString::number(json.toDouble(), 'g', QLocale::FloatingPointShortest));
        } else {
            null();
        }
        break;
    }
    case QJsonValue::String:
        value(json.toString());
        break;
    case QJsonValue::Array: {
        beginArray();
        const QJsonArray array = json.toArray();
        for (const QJsonValue &item : array)
            value(item);
        endArray();
        break;
    }
    case QJsonValue::Object: {
        beginObject();
        const QJsonObject object = json.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            key(it.key());
            value(it.value());
        }
        endObject();
        break;
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        null();
        break;
    }
}

void JsonWriter::value(const QVariant &variant)
{
    switch (variant.typeId()) {
    case QMetaType::QString:
        value(*static_cast<const QString *>(variant.constData()));
        return;
    case QMetaType::Bool:
        value(variant.toBool());
        return;
    case QMetaType::Int:
    case QMetaType::LongLong:
        value(variant.toLongLong());
        return;
    case QMetaType::QStringList: {
        beginArray();
        for (const QString &item : *static_cast<const QStringList *>(variant.constData()))
            value(item);
        endArray();
        return;
    }
    case QMetaType::QVariantList: {
        beginArray();
        for (const QVariant &item : *static_cast<const QVariantList *>(variant.constData()))
            value(item);
        endArray();
        return;
    }
    case QMetaType::QVariantMap: {
        // QVariantMap and QJsonObject order ASCII keys alike; any other map as Qt writes it.
        const auto &map = *static_cast<const QVariantMap *>(variant.constData());
        const bool ascii = std::all_of(map.keyBegin(), map.keyEnd(), [](const QString &name) {
            return std::all_of(name.cbegin(), name.cend(), [](QChar c) { return c.unicode() < 0x80; });
        });
        if (!ascii) {
            value(QJsonValue::fromVariant(variant));
            return;
        }
        beginObject();
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            key(it.key());
            value(it.value());
        }
        endObject();
        return;
    }
    default:
        // Everything else (doubles, dates, URLs, …) as Qt converts it.
        value(QJsonValue::fromVariant(variant));
        return;
    }
}

QString JsonWriter::text() const
{
    Q_ASSERT(m_levels.isEmpty());
    return m_text;
}

} // namespace flexo
