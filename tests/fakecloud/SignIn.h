#pragma once

#include <QJsonObject>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include "FakeCloudClient.h"
#include "FakeCloudFixture.h"

// The authorization-code flow done by hand, step by step, for the tests.
struct SignIn
{
    static QUrl authorizeUrl(const QUrl &base, const QString &tenant = fixture::tenantId,
                             const QString &redirect = fixture::loopbackRedirect,
                             const QString &scope = fixture::graphScopes,
                             const QString &client = fixture::clientId)
    {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("client_id"), client);
        query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
        query.addQueryItem(QStringLiteral("redirect_uri"),
                           QString::fromLatin1(QUrl::toPercentEncoding(redirect)));
        query.addQueryItem(QStringLiteral("scope"), QString::fromLatin1(QUrl::toPercentEncoding(scope)));
        query.addQueryItem(QStringLiteral("state"), QStringLiteral("st-42"));
        query.addQueryItem(QStringLiteral("code_challenge"), fixture::challenge);
        query.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
        QUrl url(base.toString() + QStringLiteral("/") + tenant + QStringLiteral("/oauth2/v2.0/authorize"));
        url.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);
        return url;
    }

    // The code from an auto-approved /authorize, or an empty string.
    static QString code(FakeCloudClient &client, const QUrl &authorize)
    {
        const FakeCloudClient::Reply reply = client.send("GET", authorize, {}, {});
        if (reply.status != 302)
            return {};
        const QUrl location(QString::fromLatin1(reply.header("Location")));
        return QUrlQuery(location).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    }

    static FakeCloudClient::Reply redeem(FakeCloudClient &client, const QString &code,
                                         const QString &verifier = fixture::verifier,
                                         const QString &redirect = fixture::loopbackRedirect)
    {
        return client.postForm(QStringLiteral("/%1/oauth2/v2.0/token").arg(fixture::tenantId),
                               {{QStringLiteral("client_id"), fixture::clientId},
                                {QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                                {QStringLiteral("code"), code},
                                {QStringLiteral("redirect_uri"), redirect},
                                {QStringLiteral("code_verifier"), verifier},
                                {QStringLiteral("scope"), fixture::graphScopes},
                                {QStringLiteral("client_secret"), fixture::secret}});
    }

    // A delegated access token for the signed-in user, or an empty array.
    static QByteArray accessToken(FakeCloudClient &client, const QUrl &base)
    {
        const QString value = code(client, authorizeUrl(base));
        return redeem(client, value).json().value(QStringLiteral("access_token")).toString().toLatin1();
    }
};
