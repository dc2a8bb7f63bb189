#pragma once

#include <QNetworkAccessManager>
#include <QStringList>

namespace flexo {

// A network manager that keeps a copy of everything the product sends and receives (request bodies,
// Authorization headers, response bodies), so a test knows every secret, code, verifier and token
// that crossed the wire and can assert that none of them leaked anywhere else.
class TappingNetworkAccessManager : public QNetworkAccessManager
{
    Q_OBJECT

public:
    using QNetworkAccessManager::QNetworkAccessManager;

    [[nodiscard]] const QList<QByteArray> &requestBodies() const { return m_requestBodies; }
    [[nodiscard]] const QList<QByteArray> &responseBodies() const { return m_responseBodies; }
    [[nodiscard]] const QList<QByteArray> &bearerTokens() const { return m_bearerTokens; }

    // Every sensitive value seen: form values of client_secret, code, code_verifier, refresh_token,
    // assertion; JSON values of access_token, refresh_token, id_token; bearer tokens.
    [[nodiscard]] QStringList sensitiveValues() const;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override;

private:
    QList<QByteArray> m_requestBodies;
    QList<QByteArray> m_responseBodies;
    QList<QByteArray> m_bearerTokens;
};

} // namespace flexo
