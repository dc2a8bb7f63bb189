#pragma once

#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QUrl>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
class QNetworkReply;
QT_END_NAMESPACE

namespace flexo::fake {

// Does what a browser does with an authorize URL: loads it, answers the consent page, follows the
// redirects and finally requests the loopback redirect URI, where the application listens.
class BrowserSimulator : public QObject
{
    Q_OBJECT

public:
    enum class ConsentAnswer { Accept, Cancel };

    explicit BrowserSimulator(QObject *parent = nullptr);

    void setCaCertificates(const QList<QSslCertificate> &certificates);
    void setConsentAnswer(ConsentAnswer answer);
    void open(const QUrl &authorizeUrl);

    // When false, stop at the redirect to the application and report its Location without requesting it.
    bool followRedirectToLoopback = true;

signals:
    // finalUrl: the last URL requested (the callback on success, the authorize URL on an error page);
    // pageText: the text of the last page, tags removed.
    void finished(const QUrl &finalUrl, int httpStatus, const QString &pageText);

private:
    void get(const QUrl &url);
    void post(const QUrl &url, const QByteArray &form);
    void onFinished(QNetworkReply *reply);
    [[nodiscard]] bool submitConsent(const QUrl &pageUrl, const QString &html);
    [[nodiscard]] static QString pageText(const QString &html);

    QNetworkAccessManager *m_network;
    QList<QSslCertificate> m_caCertificates;
    ConsentAnswer m_answer = ConsentAnswer::Accept;
    QUrl m_origin;
    int m_hops = 0;
};

} // namespace flexo::fake
