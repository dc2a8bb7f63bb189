// The one graph of the checks: their order and names, what each needs, and what a changed value
// makes stale (which the wizard used to list by hand).
#include "checks/CheckGraph.h"
#include "checks/StandardChecks.h"

#include <QTest>

using namespace flexo;

namespace {

QList<CheckId> online()
{
    return {CheckId::Discovery, CheckId::AppCredentials, CheckId::RedirectUris, CheckId::SignIn,
            CheckId::Refresh,   CheckId::MeetingCreate,  CheckId::MeetingDelete};
}

} // namespace

Q_DECLARE_METATYPE(QList<flexo::CheckId>)

class TestCheckGraph : public QObject
{
    Q_OBJECT

private slots:
    void orderAndNames()
    {
        const QList<CheckId> ids = CheckGraph::standard().ids();
        QCOMPARE(checkNames(ids),
                 QStringList({QStringLiteral("config"), QStringLiteral("secret-expiry"),
                              QStringLiteral("flexo-endpoints"), QStringLiteral("discovery"),
                              QStringLiteral("app-credentials"), QStringLiteral("redirect-uris"),
                              QStringLiteral("sign-in"), QStringLiteral("refresh"),
                              QStringLiteral("meeting-create"), QStringLiteral("meeting-delete")}));
        for (const CheckId id : ids)
            QCOMPARE(checkIdFromName(checkName(id)), std::optional<CheckId>(id));
        QCOMPARE(checkIdFromName(QStringLiteral("keep-sign-in")), std::nullopt);
        // A prerequisite always comes first.
        for (const CheckId id : ids) {
            for (const CheckId prerequisite : CheckGraph::standard().prerequisites(id))
                QVERIFY(ids.indexOf(prerequisite) < ids.indexOf(id));
        }
    }

    void standardChecksAreTheGraphs()
    {
        QList<CheckId> created;
        for (const auto &check : StandardChecks::create())
            created << check->id();
        QCOMPARE(created, CheckGraph::standard().ids());
    }

    void needs()
    {
        const CheckGraph &graph = CheckGraph::standard();
        QCOMPARE(graph.needs(CheckId::AppCredentials), CheckNeeds(CheckNeed::Secret));
        QVERIFY(graph.needs(CheckId::SignIn).testFlag(CheckNeed::Person));
        QCOMPARE(graph.missingNeed(CheckId::Discovery, {}), std::nullopt);
        QCOMPARE(graph.missingNeed(CheckId::AppCredentials, {}), std::optional<CheckNeed>(CheckNeed::Secret));
        // Through its prerequisite: the meeting probe needs the person who signs in, or without one the
        // sign-in kept from an earlier run.
        QCOMPARE(graph.missingNeed(CheckId::SignIn, CheckNeed::Secret),
                 std::optional<CheckNeed>(CheckNeed::Person));
        QCOMPARE(graph.missingNeed(CheckId::MeetingDelete, CheckNeed::Secret),
                 std::optional<CheckNeed>(CheckNeed::KeptSignIn));
        QCOMPARE(graph.missingNeed(CheckId::MeetingDelete, CheckNeeds(CheckNeed::Secret) | CheckNeed::Person),
                 std::nullopt);
        QCOMPARE(
            graph.missingNeed(CheckId::MeetingDelete, CheckNeeds(CheckNeed::Secret) | CheckNeed::KeptSignIn),
            std::nullopt);
        // The kept sign-in's refresh still needs the secret (through app-credentials).
        QCOMPARE(graph.missingNeed(CheckId::Refresh, CheckNeed::KeptSignIn),
                 std::optional<CheckNeed>(CheckNeed::Secret));
    }

    void keptSignInStandsInForThePerson()
    {
        const CheckGraph &graph = CheckGraph::standard();
        const CheckNeeds person = CheckNeeds(CheckNeed::Person) | CheckNeed::Secret;
        const CheckNeeds kept = CheckNeeds(CheckNeed::KeptSignIn) | CheckNeed::Secret;
        QCOMPARE(graph.prerequisites(CheckId::Refresh, person), QList<CheckId>{CheckId::SignIn});
        QCOMPARE(graph.prerequisites(CheckId::Refresh, kept), QList<CheckId>{CheckId::AppCredentials});
        QCOMPARE(graph.prerequisites(CheckId::MeetingCreate, person), QList<CheckId>{CheckId::SignIn});
        QCOMPARE(graph.prerequisites(CheckId::MeetingCreate, kept), QList<CheckId>{CheckId::Refresh});
        QCOMPARE(graph.prerequisites(CheckId::MeetingDelete, kept), QList<CheckId>{CheckId::MeetingCreate});
        QVERIFY(graph.needs(CheckId::Refresh, kept).testFlag(CheckNeed::KeptSignIn));
        QVERIFY(!graph.needs(CheckId::Refresh, person).testFlag(CheckNeed::KeptSignIn));
        // The sign-in itself has no stand-in: it needs a person.
        QCOMPARE(graph.missingNeed(CheckId::SignIn, kept), std::optional<CheckNeed>(CheckNeed::Person));
        const QList<CheckId> ids = graph.ids();
        for (const CheckId id : ids) {
            for (const CheckId prerequisite : graph.prerequisites(id, kept))
                QVERIFY(ids.indexOf(prerequisite) < ids.indexOf(id));
        }
    }

    void changedValueMakesStale_data()
    {
        QTest::addColumn<int>("input");
        QTest::addColumn<QList<CheckId>>("stale");
        QTest::newRow("cloud") << int(ConfigInput::Cloud)
                               << QList<CheckId>{CheckId::Config, CheckId::SecretExpiry} + online();
        QTest::newRow("tenant") << int(ConfigInput::Tenant)
                                << QList<CheckId>{CheckId::Config, CheckId::SecretExpiry} + online();
        QTest::newRow("client ID") << int(ConfigInput::ClientId)
                                   << QList<CheckId>{CheckId::Config,         CheckId::SecretExpiry,
                                                     CheckId::AppCredentials, CheckId::RedirectUris,
                                                     CheckId::SignIn,         CheckId::Refresh,
                                                     CheckId::MeetingCreate,  CheckId::MeetingDelete};
        QTest::newRow("secret") << int(ConfigInput::Secret)
                                << QList<CheckId>{CheckId::Config,         CheckId::SecretExpiry,
                                                  CheckId::AppCredentials, CheckId::SignIn,
                                                  CheckId::Refresh,        CheckId::MeetingCreate,
                                                  CheckId::MeetingDelete};
        QTest::newRow("expiry") << int(ConfigInput::SecretExpiry)
                                << QList<CheckId>{CheckId::Config, CheckId::SecretExpiry};
        QTest::newRow("FlexO addresses") << int(ConfigInput::FlexoAddresses)
                                         << QList<CheckId>{CheckId::Config, CheckId::SecretExpiry,
                                                           CheckId::FlexoEndpoints, CheckId::RedirectUris};
        // The redirect-URI pre-check reads it, and the sign-in (which asks about it before a browser opens).
        QTest::newRow("sign-in redirect")
            << int(ConfigInput::SignInRedirect)
            << QList<CheckId>{CheckId::Config,       CheckId::SecretExpiry, CheckId::RedirectUris,
                              CheckId::SignIn,       CheckId::Refresh,      CheckId::MeetingCreate,
                              CheckId::MeetingDelete};
        QTest::newRow("network") << int(ConfigInput::Network)
                                 << QList<CheckId>{CheckId::Config, CheckId::SecretExpiry,
                                                   CheckId::FlexoEndpoints} +
                                        online();
    }

    void changedValueMakesStale()
    {
        QFETCH(int, input);
        QFETCH(QList<CheckId>, stale);
        QCOMPARE(CheckGraph::standard().affectedBy(ConfigInput(input)), stale);
    }
};

QTEST_GUILESS_MAIN(TestCheckGraph)
#include "tst_checkgraph.moc"
