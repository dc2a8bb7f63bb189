#include "auth/PastedAnswer.h"

#include <QUrl>

namespace flexo {

PastedAnswer PastedAnswer::read(const QString &text)
{
    PastedAnswer answer;
    const QString trimmed = text.trimmed();
    answer.pastedLength = trimmed.size();
    QString rawQuery;
    const QUrl url(trimmed, QUrl::StrictMode);
    if (url.isValid() && !url.scheme().isEmpty() && url.hasQuery())
        rawQuery = url.query(QUrl::FullyEncoded);
    else if (!trimmed.contains(QLatin1Char(' ')) && trimmed.contains(QLatin1Char('=')))
        rawQuery = trimmed.section(QLatin1Char('?'), -1);

    if (!rawQuery.isEmpty()) {
        QString code;
        QString state;
        bool hasError = false;
        const auto items = EntraError::formItems(rawQuery);
        for (const auto &item : items) {
            if (item.first == QLatin1String("code"))
                code = item.second;
            else if (item.first == QLatin1String("state"))
                state = item.second;
            else if (item.first == QLatin1String("error"))
                hasError = true;
        }
        if (hasError) {
            answer.kind = Kind::ErrorRedirect;
            answer.rawQuery = rawQuery;
            return answer;
        }
        if (!code.isEmpty()) {
            answer.kind = Kind::CodeRedirect;
            answer.rawQuery = rawQuery;
            answer.state = state;
            return answer;
        }
    }
    const EntraError fromPage = EntraError::fromText(trimmed);
    if (!fromPage.isNull()) {
        answer.kind = Kind::ErrorPage;
        answer.pageError = fromPage;
    }
    return answer;
}

} // namespace flexo
