#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace flexo {

// Writes JSON text straight from values, in exactly the layout and escaping of
// QJsonDocument::toJson(QJsonDocument::Indented), without building a QJsonObject first: a fleet's
// report holds thousands of objects, and building and serialising them was most of its cost.
// Members must be written in the order QJsonObject keeps them (ascending keys); debug builds assert
// it. Nothing is checked beyond that: the caller writes a well-formed document.
class JsonWriter
{
public:
    void beginObject();
    void endObject();
    void beginArray();
    void endArray();

    // The next member's key (inside an object, before its value).
    void key(QLatin1String name);
    void key(const QString &name);

    void value(const QString &text);
    void value(QLatin1String text);
    void value(bool flag);
    void value(qint64 number);
    void value(int number) { value(qint64(number)); }
    void value(const QJsonValue &json); // any JSON value, objects and arrays included
    // What QJsonValue::fromVariant(`variant`) would write; the usual types of a check's facts
    // (text, numbers, flags, lists and maps of them) without building the QJsonValue.
    void value(const QVariant &variant);
    void null();
    // `moment` in UTC as QDateTime::toString(Qt::ISODateWithMs) writes it, or null when it is invalid.
    void dateTime(const QDateTime &moment);
    // `text`, or null when it is empty.
    void stringOrNull(const QString &text);

    // The document, ending with a line break as Qt's does.
    [[nodiscard]] QString text() const;

private:
    struct Level
    {
        bool object = false;
        int count = 0;
        QString lastKey;
    };

    void beginValue();
    void begin(bool object, char16_t open);
    void end(char16_t close);
    void startKey(QStringView name);
    void indent(qsizetype depth);
    void string(QStringView text);

    QString m_text;
    QList<Level> m_levels;
    bool m_keyWritten = false;
};

} // namespace flexo
