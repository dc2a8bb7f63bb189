#pragma once

#include <QBuffer>
#include <QNetworkAccessManager>
#include <QNetworkRequest>

// Remembers the body of every request sent, so that tests can check the wire format and know
// which codes, verifiers and tokens went out.
class RecordingNetworkAccessManager : public QNetworkAccessManager
{
public:
    using QNetworkAccessManager::QNetworkAccessManager;

    struct Sent
    {
        QUrl url;
        QByteArray body;
    };
    QList<Sent> sent;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override
    {
        QByteArray body;
        if (outgoingData)
            body = outgoingData->peek(outgoingData->size());
        sent.append({request.url(), body});
        return QNetworkAccessManager::createRequest(op, request, outgoingData);
    }
};
