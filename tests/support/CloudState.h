#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QString>

#include "Scenario.h"
#include "TokenStore.h"

namespace flexo::fake {

// Everything the endpoints read and change, owned by FakeCloud and shared by its services.
struct CloudState
{
    struct Meeting
    {
        QString ownerObjectId;
        QString externalId; // set by createOrGet: one meeting per organizer and externalId
        QJsonObject resource;
    };

    Scenario scenario;
    TokenStore tokens;
    QHash<QString, Meeting> meetings;
    QString baseUrl; // without trailing slash
    qint64 clockOffsetSeconds = 0;
    // A redeemed refresh token stops working once its successor is issued (rotation), as Entra may do;
    // off: the old one keeps working, as documented for confidential clients.
    bool singleUseRefreshTokens = false; // lets tests age codes and tokens without waiting
    // Keys set in (or, with a null value, removed from) every discovery document and ID token, for
    // tests of a hostile or broken server: {"token_endpoint": "http://elsewhere/"}, {"aud": "other"}.
    QJsonObject discoveryOverrides;
    QJsonObject idTokenOverrides;

    [[nodiscard]] QDateTime now() const
    {
        return QDateTime::currentDateTimeUtc().addSecs(clockOffsetSeconds);
    }
};

} // namespace flexo::fake
