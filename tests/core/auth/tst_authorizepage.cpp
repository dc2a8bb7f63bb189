#include "auth/AuthorizePage.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace flexo;

namespace {

// The visible text with its tags removed by regular expressions: the definition AuthorizePage's
// scanners follow. What is left has no tag for them to find (every '<' left has no '>' after it), so
// AuthorizePage then only decodes its entities and lines.
QString visibleTextByExpressions(const QByteArray &html)
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
    return AuthorizePage::visibleText(text.toUtf8());
}

} // namespace

class TestAuthorizePage : public QObject
{
    Q_OBJECT

private slots:
    void readsTheVisibleText_data()
    {
        QTest::addColumn<QByteArray>("html");
        QTest::addColumn<QString>("visible");
        QTest::newRow("script and style")
            << QByteArray("<p>A</p><script>var x = '<b>';</script><style>p{}</style>B")
            << QStringLiteral("A\nB");
        QTest::newRow("closing tag in another case, spaces before >")
            << QByteArray("x<SCRIPT type=\"a\">hidden</script \n>y") << QStringLiteral("xy");
        QTest::newRow("unclosed script stays visible")
            << QByteArray("<script>shown") << QStringLiteral("shown");
        QTest::newRow("scripts is not script") << QByteArray("<scripts>a</scripts>b") << QStringLiteral("ab");
        QTest::newRow("closed by the same name only")
            << QByteArray("<style>a</script>b</style>c") << QStringLiteral("c");
        QTest::newRow("long s") << QStringLiteral("<\u017Fcript>a</script>b<STYLE>c</\u017Ftyle>d").toUtf8()
                                << QStringLiteral("bd");
        QTest::newRow("noscript") << QByteArray("<noscript>n</noscript>v") << QStringLiteral("v");
        QTest::newRow("line breaks") << QByteArray("a<br>b<BR/>c</p>d</h6>e</div>f</li>g</tr>h</title>i")
                                     << QStringLiteral("a\nb\nc\nd\ne\nf\ng\nh\ni");
        QTest::newRow("not line breaks")
            << QByteArray("a<brx>b</pre>c</h7>d</h10>e") << QStringLiteral("abcde");
        QTest::newRow("a tag without its end") << QByteArray("a <b c") << QStringLiteral("a <b c");
        QTest::newRow("entities") << QByteArray("&lt;b&gt; &amp;lt; &#65;&#x42;")
                                  << QStringLiteral("<b> &lt; AB");
        QTest::newRow("error page")
            << QByteArray(
                   "<html><head><title>Sign in</title><script>$Config={\"pgid\":\"x\"};</script></head>"
                   "<body><div>AADSTS50011: The redirect URI does not match.</div>"
                   "<div>Request Id: 1</div></body></html>")
            << QStringLiteral("Sign in\nAADSTS50011: The redirect URI does not match.\nRequest Id: 1");
    }

    void readsTheVisibleText()
    {
        QFETCH(QByteArray, html);
        QFETCH(QString, visible);
        QCOMPARE(AuthorizePage::visibleText(html), visible);
        QCOMPARE(visibleTextByExpressions(html), visible);
    }

    // Pages made of the pieces the tag rules turn on, in every order: read exactly as the regular
    // expressions read them, Unicode case folding (the long s) included.
    void readsGeneratedPagesAsTheExpressionsDo()
    {
        const QStringList pieces = {
            QStringLiteral("<"), QStringLiteral(">"), QStringLiteral("</"), QStringLiteral("/"),
            QStringLiteral("script"), QStringLiteral("ScRiPt"), QStringLiteral("\u017Fcript"),
            QStringLiteral("style"), QStringLiteral("STYLE"), QStringLiteral("noscript"),
            QStringLiteral("br"), QStringLiteral("Br"), QStringLiteral("p"), QStringLiteral("h"),
            QStringLiteral("H"), QStringLiteral("1"), QStringLiteral("7"), QStringLiteral("div"),
            QStringLiteral("li"), QStringLiteral("tr"), QStringLiteral("title"), QStringLiteral("T\u0130TLE"),
            QStringLiteral("t\u0131tle"), QStringLiteral("\u212A"), QStringLiteral(" "), QStringLiteral("\n"),
            QStringLiteral("\t"), QStringLiteral("x"), QStringLiteral("_"), QStringLiteral("\u00E9"),
            QStringLiteral("\""), QStringLiteral("&amp;"), QStringLiteral("&#65;"), QStringLiteral("&lt;"),
            QStringLiteral("\u00A0"), QStringLiteral("\U0001F600"),
            // Whole tags, so that elements open and close often.
            QStringLiteral("<script>"), QStringLiteral("</script>"), QStringLiteral("<\u017Fcript a=1>"),
            QStringLiteral("</SCRIPT \n>"), QStringLiteral("<style>"), QStringLiteral("</\u017Ftyle>"),
            QStringLiteral("<noscript>"), QStringLiteral("</noscript>"), QStringLiteral("<br/>"),
            QStringLiteral("</h3>"), QStringLiteral("</t\u0130tle>"), QStringLiteral("</LI >")};
        QRandomGenerator random(20261205);
        for (int page = 0; page < 20000; ++page) {
            QString text;
            const int count = 1 + int(random.bounded(24));
            for (int i = 0; i < count; ++i)
                text += pieces.at(int(random.bounded(qsizetype(pieces.size()))));
            const QByteArray html = text.toUtf8();
            const QString scanned = AuthorizePage::visibleText(html);
            const QString expected = visibleTextByExpressions(html);
            if (scanned != expected)
                QFAIL(qPrintable(QStringLiteral("page %1 read apart: %2")
                                     .arg(page)
                                     .arg(QString::fromLatin1(html.toPercentEncoding()))));
        }
    }
};

QTEST_GUILESS_MAIN(TestAuthorizePage)
#include "tst_authorizepage.moc"
