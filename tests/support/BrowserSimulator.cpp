#include "BrowserSimulator.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSslConfiguration>

#include "FormData.h"

namespace flexo::fake {

namespace {

constexpr int kMaxHops = 10;
constexpr int kTimeoutMs = 15000;

} // namespace

BrowserSimulator::BrowserSimulator(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    connect(m_network, &QNetworkAccessManager::finished, this, &BrowserSimulator::onFinished);
}

void BrowserSimulator::setCaCertificates(const QList<QSslCertificate> &certificates)
{
    m_caCertificates = certificates;
}

void BrowserSimulator::setConsentAnswer(ConsentAnswer answer)
{
    m_answer = answer;
}

void BrowserSimulator::open(const QUrl &authorizeUrl)
{
    m_origin = authorizeUrl.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
    m_hops = 0;
    get(authorizeUrl);
}

void BrowserSimulator::get(const QUrl &url)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(kTimeoutMs);
    if (!m_caCertificates.isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(m_caCertificates);
        request.setSslConfiguration(ssl);
    }
    m_network->get(request);
}

void BrowserSimulator::post(const QUrl &url, const QByteArray &form)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(kTimeoutMs);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    if (!m_caCertificates.isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(m_caCertificates);
        request.setSslConfiguration(ssl);
    }
    m_network->post(request, form);
}

QString BrowserSimulator::pageText(const QString &html)
{
    QString text = html;
    // What a person sees: neither style sheets nor scripts (the $Config state of Microsoft's pages).
    text.remove(QRegularExpression(QStringLiteral("<style[^>]*>.*?</style>"),
                                   QRegularExpression::DotMatchesEverythingOption));
    text.remove(QRegularExpression(QStringLiteral("<script[^>]*>.*?</script>"),
                                   QRegularExpression::DotMatchesEverythingOption));
    text.replace(QRegularExpression(QStringLiteral("<[^>]*>")), QStringLiteral(" "));
    text.replace(QLatin1String("&amp;"), QLatin1String("&"));
    text.replace(QLatin1String("&lt;"), QLatin1String("<"));
    text.replace(QLatin1String("&gt;"), QLatin1String(">"));
    text.replace(QLatin1String("&quot;"), QLatin1String("\""));
    text.replace(QLatin1String("&#39;"), QLatin1String("'"));
    text.replace(QLatin1String("&mdash;"), QStringLiteral("\u2014"));
    return text.simplified();
}

bool BrowserSimulator::submitConsent(const QUrl &pageUrl, const QString &html)
{
    const QString id =
        m_answer == ConsentAnswer::Accept ? QStringLiteral("accept") : QStringLiteral("cancel");
    const auto formWithId = [&html](const QString &formId) {
        const QRegularExpression formPattern(
            QStringLiteral("<form id=\"%1\" method=\"post\" action=\"([^\"]*)\">(.*?)</form>").arg(formId),
            QRegularExpression::DotMatchesEverythingOption);
        return formPattern.match(html);
    };
    // The sign-in page (shown for prompt=login) is passed as a person would: by signing in.
    QRegularExpressionMatch form = formWithId(QStringLiteral("signin"));
    if (!form.hasMatch())
        form = formWithId(id);
    if (!form.hasMatch())
        return false;
    FormData data;
    static const QRegularExpression input(
        QStringLiteral("<input type=\"hidden\" name=\"([^\"]*)\" value=\"([^\"]*)\">"));
    auto inputs = input.globalMatch(form.captured(2));
    while (inputs.hasNext()) {
        const QRegularExpressionMatch match = inputs.next();
        data.add(match.captured(1), match.captured(2));
    }
    post(pageUrl.resolved(QUrl(form.captured(1))), data.encode());
    return true;
}

void BrowserSimulator::onFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    const QUrl url = reply->url();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString html = QString::fromUtf8(reply->readAll());
    const bool atFake = url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment) == m_origin;
    if (!atFake || status == 0) {
        // The application's own page (or no answer from it): the browser's journey ends here.
        emit finished(url, status, status == 0 ? reply->errorString() : pageText(html));
        return;
    }
    if (status >= 300 && status < 400 && ++m_hops <= kMaxHops) {
        const QUrl location = url.resolved(reply->header(QNetworkRequest::LocationHeader).toUrl());
        const bool toFake =
            location.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment) == m_origin;
        const bool loopback = location.host() == QLatin1String("127.0.0.1") ||
                              location.host().compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0;
        if (toFake || (loopback && followRedirectToLoopback))
            get(location);
        else
            emit finished(location, status, QString());
        return;
    }
    if (status == 200 && submitConsent(url, html))
        return;
    emit finished(url, status, pageText(html));
}

} // namespace flexo::fake
