#include "auth/AuthorizePage.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace flexo {

namespace {

QString decodeEntities(QString text)
{
    static const QRegularExpression numeric(QStringLiteral("&#(x[0-9A-Fa-f]{1,6}|[0-9]{1,7});"));
    QString out;
    qsizetype last = 0;
    auto matches = numeric.globalMatch(text);
    while (matches.hasNext()) {
        const QRegularExpressionMatch m = matches.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        const QString digits = m.captured(1);
        bool ok = false;
        const uint code =
            digits.startsWith(QLatin1Char('x')) ? digits.mid(1).toUInt(&ok, 16) : digits.toUInt(&ok);
        if (ok && code > 0 && code <= 0x10FFFF && (code < 0xD800 || code > 0xDFFF)) {
            const char32_t character = code;
            out += QString::fromUcs4(&character, 1);
        }
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    out.replace(QLatin1String("&lt;"), QLatin1String("<"));
    out.replace(QLatin1String("&gt;"), QLatin1String(">"));
    out.replace(QLatin1String("&quot;"), QLatin1String("\""));
    out.replace(QLatin1String("&apos;"), QLatin1String("'"));
    out.replace(QLatin1String("&nbsp;"), QLatin1String(" "));
    out.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return out;
}

} // namespace

bool AuthorizePage::isSignInPage() const
{
    return pageId.compare(QLatin1String("ConvergedSignIn"), Qt::CaseInsensitive) == 0;
}

bool AuthorizePage::isErrorPage() const
{
    return pageId.compare(QLatin1String("ConvergedError"), Qt::CaseInsensitive) == 0 || aadsts > 0;
}

QByteArray AuthorizePage::configJson(const QByteArray &html)
{
    const qsizetype marker = html.indexOf("$Config=");
    if (marker < 0)
        return {};
    const qsizetype start = html.indexOf('{', marker);
    if (start < 0 || start > marker + 16)
        return {};
    // The object ends at its matching brace; braces inside strings do not count.
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    for (qsizetype i = start; i < html.size(); ++i) {
        const char c = html.at(i);
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '{') {
            ++depth;
        } else if (c == '}') {
            if (--depth == 0)
                return html.mid(start, i - start + 1);
        }
    }
    return {};
}

QString AuthorizePage::visibleText(const QByteArray &html)
{
    QString text = QString::fromUtf8(html);
    static const QRegularExpression hidden(QStringLiteral("<(script|style|noscript)\\b[^>]*>.*?</\\1\\s*>"),
                                           QRegularExpression::DotMatchesEverythingOption |
                                               QRegularExpression::CaseInsensitiveOption);
    text.remove(hidden);
    static const QRegularExpression breaks(QStringLiteral("<(br|/p|/h[1-6]|/div|/li|/tr|/title)\\b[^>]*>"),
                                           QRegularExpression::CaseInsensitiveOption);
    text.replace(breaks, QStringLiteral("\n"));
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    text.remove(tags);
    text = decodeEntities(text);
    QStringList lines;
    const QStringList raw = text.split(QLatin1Char('\n'));
    for (const QString &line : raw) {
        const QString simplified = line.simplified();
        if (!simplified.isEmpty())
            lines << simplified;
    }
    return lines.join(QLatin1Char('\n'));
}

AuthorizePage AuthorizePage::parse(const QByteArray &html)
{
    AuthorizePage page;
    const QJsonObject config = QJsonDocument::fromJson(configJson(html)).object();
    page.pageId = config.value(QLatin1String("pgid")).toString();
    const QJsonValue code = config.value(QLatin1String("iErrorCode"));
    if (code.isDouble() && code.toDouble() > 0 && code.toDouble() < 1e9)
        page.aadsts = code.toInt();
    else if (code.isString())
        page.aadsts = qMax(0, code.toString().toInt());
    page.message = config.value(QLatin1String("strServiceExceptionMessage")).toString().trimmed();

    const QString visible = visibleText(html);
    page.entra = EntraError::fromText(visible);
    if (page.aadsts == 0)
        page.aadsts = EntraError::findAadsts(page.message);
    if (page.aadsts == 0)
        page.aadsts = page.entra.aadsts;
    if (page.message.isEmpty())
        page.message = page.entra.description;
    // "Request Id: …", "Correlation Id: …", "Timestamp: …": the ids Microsoft's page shows, one per
    // line (visibleText has no carriage returns).
    if (page.entra.traceId.isEmpty())
        page.entra.traceId = EntraError::labelledValue(visible, EntraError::Label::RequestId);
    if (page.entra.correlationId.isEmpty())
        page.entra.correlationId = EntraError::labelledValue(visible, EntraError::Label::CorrelationId);
    if (page.entra.timestamp.isEmpty())
        page.entra.timestamp = EntraError::labelledValue(visible, EntraError::Label::Timestamp);
    if (page.aadsts > 0) {
        page.entra.aadsts = page.aadsts;
        if (page.entra.description.isEmpty() || EntraError::findAadsts(page.entra.description) != page.aadsts)
            page.entra.description = page.message.isEmpty() ? page.entra.aadstsCode() : page.message;
    }
    page.text = visible.left(kMaxTextChars);
    return page;
}

} // namespace flexo
