#pragma once

#include "../net/TestClock.h"
#include "FakeCloud.h"
#include "FakeCloudClient.h"
#include "FakeCloudFixture.h"
#include "SignIn.h"

#include "cloud/CloudCatalog.h"
#include "graph/GraphClient.h"
#include "net/HttpClient.h"
#include "net/NetworkFactory.h"

#include <QNetworkAccessManager>
#include <QTest>

#include <memory>

// A fake cloud with the product's Graph client pointed at it, and tokens obtained the way a real
// sign-in does (authorization code with PKCE, or client credentials).
struct GraphTestEnv
{
    flexo::fake::FakeCloud fake;
    TestClock clock;
    std::unique_ptr<QNetworkAccessManager> manager;
    std::unique_ptr<flexo::HttpClient> http;
    std::unique_ptr<flexo::GraphClient> graph;
    flexo::CloudInfo cloud;

    bool start(const flexo::NetworkOptions &options = direct())
    {
        if (!fake.start())
            return false;
        cloud = flexo::CloudCatalog::custom(fake.baseUrl(), fake.baseUrl()).value();
        manager = std::make_unique<QNetworkAccessManager>();
        flexo::NetworkFactory::applyProxy(manager.get(), options);
        http = std::make_unique<flexo::HttpClient>(manager.get(), options, &clock);
        graph = std::make_unique<flexo::GraphClient>(http.get(), cloud);
        return true;
    }

    static flexo::NetworkOptions direct()
    {
        flexo::NetworkOptions options;
        options.proxyMode = flexo::NetworkOptions::ProxyMode::Direct;
        options.timeoutMs = 5000;
        return options;
    }

    // A delegated token of `upn` (the fake's signed-in user).
    QString userToken(const QString &upn = fixture::camille)
    {
        fake.setSignInUser(upn);
        FakeCloudClient client(fake.baseUrl());
        return QString::fromLatin1(SignIn::accessToken(client, fake.baseUrl()));
    }

    // An app-only token (client credentials): no user, so no "/me".
    QString appToken()
    {
        FakeCloudClient client(fake.baseUrl());
        const FakeCloudClient::Reply reply = client.postForm(
            QStringLiteral("/%1/oauth2/v2.0/token").arg(fixture::tenantId),
            {{QStringLiteral("client_id"), fixture::clientId},
             {QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
             {QStringLiteral("scope"), QStringLiteral("https://graph.microsoft.com/.default")},
             {QStringLiteral("client_secret"), fixture::secret}});
        return reply.json().value(QStringLiteral("access_token")).toString();
    }
};

// Waits for a callback-style call; the test's event loop keeps running.
template<typename T, typename Start> T waitFor(Start start, int timeoutMs = 30000)
{
    T result;
    bool done = false;
    start([&](const T &r) {
        result = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, timeoutMs))
        qWarning("call did not finish in time");
    return result;
}
