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

// The tag scanners below read a page as these expressions did (tst_authorizepage compares them on
// generated pages), without their cost on a page that is mostly script:
//   <(script|style|noscript)\b[^>]*>.*?</\1\s*>           removed (dot matches everything)
//   <(br|/p|/h[1-6]|/div|/li|/tr|/title)\b[^>]*>           replaced by a line break
//   <[^>]*>                                                removed
// all case-insensitive, where a Unicode-aware pattern also takes the long s (U+017F) for an "s".

// A letter of a tag name at `at`, whichever its case.
bool letterAt(QStringView text, qsizetype at, char16_t lower)
{
    if (at >= text.size())
        return false;
    const char16_t c = text.at(at).unicode();
    if (c == lower || (c >= u'A' && c <= u'Z' && char16_t(c + 32) == lower))
        return true;
    return lower == u's' && c == 0x017F;
}

// The length of `name` at `at`, case-insensitive, or 0.
qsizetype nameAt(QStringView text, qsizetype at, QStringView name)
{
    for (qsizetype i = 0; i < name.size(); ++i) {
        if (!letterAt(text, at + i, name.at(i).unicode()))
            return 0;
    }
    return name.size();
}

// A word boundary after a name (which ends with a word character): no ASCII word character follows.
bool endsWord(QStringView text, qsizetype at)
{
    if (at >= text.size())
        return true;
    const char16_t c = text.at(at).unicode();
    return !((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_');
}

bool isSpace(char16_t c)
{
    return c == u' ' || (c >= u'\t' && c <= u'\r');
}

// Where `[^>]*>` starting at `at` ends (after the '>'), or -1.
qsizetype tagEnd(QStringView text, qsizetype at)
{
    const qsizetype close = text.indexOf(QLatin1Char('>'), at);
    return close < 0 ? -1 : close + 1;
}

// Where a script, style or noscript element starting at `at` ends, with its closing tag; or -1.
qsizetype hiddenElementEnd(QStringView text, qsizetype at)
{
    qsizetype name = 0;
    for (const QStringView candidate :
         {QStringView(u"script"), QStringView(u"style"), QStringView(u"noscript")}) {
        if ((name = nameAt(text, at + 1, candidate)) > 0)
            break;
    }
    if (name == 0 || !endsWord(text, at + 1 + name))
        return -1;
    const QStringView opened = text.mid(at + 1, name);
    const qsizetype contentStart = tagEnd(text, at + 1 + name);
    if (contentStart < 0)
        return -1;
    // The first closing tag with the same name, written in any case.
    for (qsizetype i = text.indexOf(u"</", contentStart); i >= 0; i = text.indexOf(u"</", i + 1)) {
        qsizetype j = i + 2;
        qsizetype k = 0;
        while (k < opened.size() && j < text.size()) {
            const char16_t want = opened.at(k).unicode();
            const char16_t lower =
                want == 0x017F ? u's' : (want >= u'A' && want <= u'Z' ? char16_t(want + 32) : want);
            if (!letterAt(text, j, lower))
                break;
            ++j;
            ++k;
        }
        if (k < opened.size())
            continue;
        while (j < text.size() && isSpace(text.at(j).unicode()))
            ++j;
        if (j < text.size() && text.at(j) == QLatin1Char('>'))
            return j + 1;
    }
    return -1;
}

// Where a tag that ends a line (br, /p, /h1…/h6, /div, /li, /tr, /title) starting at `at` ends; or -1.
qsizetype lineBreakTagEnd(QStringView text, qsizetype at)
{
    qsizetype name = 0;
    if ((name = nameAt(text, at + 1, u"br")) == 0 && at + 1 < text.size() &&
        text.at(at + 1) == QLatin1Char('/')) {
        for (const QStringView candidate : {QStringView(u"p"), QStringView(u"div"), QStringView(u"li"),
                                            QStringView(u"tr"), QStringView(u"title")}) {
            if ((name = nameAt(text, at + 2, candidate)) > 0 && endsWord(text, at + 2 + name))
                break;
            name = 0;
        }
        if (name == 0 && letterAt(text, at + 2, u'h') && at + 3 < text.size() &&
            text.at(at + 3) >= QLatin1Char('1') && text.at(at + 3) <= QLatin1Char('6'))
            name = 2;
        if (name > 0)
            ++name; // the slash
    }
    if (name == 0 || !endsWord(text, at + 1 + name))
        return -1;
    return tagEnd(text, at + 1 + name);
}

// `text` with each match of `matchEnd` (the end of a match starting at a '<', or -1) replaced by
// `replacement`, scanning on after each match as a global regular expression replacement does.
template<typename MatchEnd>
QString replaceTags(const QString &text, MatchEnd matchEnd, QStringView replacement)
{
    QString out;
    const QStringView view(text);
    qsizetype copied = 0;
    for (qsizetype at = view.indexOf(QLatin1Char('<')); at >= 0; at = view.indexOf(QLatin1Char('<'), at)) {
        const qsizetype end = matchEnd(view, at);
        if (end < 0) {
            ++at;
            continue;
        }
        out += view.mid(copied, at - copied);
        out += replacement;
        copied = at = end;
    }
    if (copied == 0)
        return text;
    out += view.mid(copied);
    return out;
}

} // namespace

QString AuthorizePage::visibleText(const QByteArray &html)
{
    QString text = replaceTags(QString::fromUtf8(html), hiddenElementEnd, QStringView());
    text = replaceTags(text, lineBreakTagEnd, u"\n");
    text = replaceTags(
        text, [](QStringView view, qsizetype at) { return tagEnd(view, at + 1); }, QStringView());
    if (text.contains(QLatin1Char('&')))
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
