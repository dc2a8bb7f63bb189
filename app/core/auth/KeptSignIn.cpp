#include "auth/KeptSignIn.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace flexo {

QString KeptSignIn::toValue() const
{
    const QJsonObject object{{QStringLiteral("refreshToken"), refreshToken},
                             {QStringLiteral("account"), account},
                             {QStringLiteral("keptAt"), keptAt.toUTC().toString(Qt::ISODate)}};
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

KeptSignIn KeptSignIn::fromValue(const QString &value)
{
    const QJsonDocument document = QJsonDocument::fromJson(value.toUtf8());
    if (!document.isObject())
        return {};
    const QJsonObject object = document.object();
    KeptSignIn kept;
    kept.refreshToken = object.value(QLatin1String("refreshToken")).toString();
    kept.account = object.value(QLatin1String("account")).toString();
    kept.keptAt = QDateTime::fromString(object.value(QLatin1String("keptAt")).toString(), Qt::ISODate);
    if (kept.refreshToken.isEmpty())
        return {};
    return kept;
}

} // namespace flexo
