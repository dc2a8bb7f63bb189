#include "FormData.h"

namespace flexo::fake {

namespace {

QString decodeComponent(QByteArray component)
{
    component.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(component));
}

} // namespace

FormData FormData::parse(const QByteArray &encoded)
{
    FormData data;
    const QList<QByteArray> pairs = encoded.split('&');
    for (const QByteArray &pair : pairs) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        if (equals < 0)
            data.add(decodeComponent(pair), QString());
        else
            data.add(decodeComponent(pair.left(equals)), decodeComponent(pair.mid(equals + 1)));
    }
    return data;
}

bool FormData::contains(const QString &key) const
{
    for (const auto &item : m_items) {
        if (item.first == key)
            return true;
    }
    return false;
}

QString FormData::value(const QString &key) const
{
    for (const auto &item : m_items) {
        if (item.first == key)
            return item.second;
    }
    return {};
}

void FormData::add(const QString &key, const QString &value)
{
    m_items.append({key, value});
}

QByteArray FormData::encode() const
{
    QByteArray out;
    for (const auto &item : m_items) {
        if (!out.isEmpty())
            out += '&';
        out += encodeComponent(item.first) + '=' + encodeComponent(item.second);
    }
    return out;
}

QByteArray FormData::encodeComponent(const QString &value)
{
    static const char hex[] = "0123456789abcdef";
    QByteArray out;
    const QByteArray utf8 = value.toUtf8();
    for (const char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        if ((byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z') || (byte >= '0' && byte <= '9') ||
            byte == '-' || byte == '_' || byte == '.' || byte == '~') {
            out += c;
        } else if (byte == ' ') {
            out += '+';
        } else {
            out += '%';
            out += hex[byte >> 4];
            out += hex[byte & 0xf];
        }
    }
    return out;
}

} // namespace flexo::fake
