#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace flexo::fake {

// application/x-www-form-urlencoded, decoded and encoded the way a real server does: '+' is a space,
// then percent-decoding (QUrlQuery keeps '+' as is, which is why it is not used here).
class FormData
{
public:
    [[nodiscard]] static FormData parse(const QByteArray &encoded);

    [[nodiscard]] bool contains(const QString &key) const;
    [[nodiscard]] QString value(const QString &key) const;
    void add(const QString &key, const QString &value);

    // Lower-case %xx and '+' for spaces, as Entra writes its redirect query strings.
    [[nodiscard]] QByteArray encode() const;
    [[nodiscard]] static QByteArray encodeComponent(const QString &value);

private:
    QList<QPair<QString, QString>> m_items;
};

} // namespace flexo::fake
