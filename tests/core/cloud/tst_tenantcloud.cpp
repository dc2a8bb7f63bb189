// Which cloud a tenant lives in, from the fields of its discovery document.

#include "cloud/CloudCatalog.h"
#include "cloud/TenantCloud.h"

#include <QTest>

using namespace flexo;

class TestTenantCloud : public QObject
{
    Q_OBJECT

private slots:
    void cloudOfTenant_data()
    {
        QTest::addColumn<QString>("scope");
        QTest::addColumn<QString>("subScope");
        QTest::addColumn<QString>("instance");
        QTest::addColumn<QString>("legacyGraph");
        QTest::addColumn<QString>("graph");
        QTest::addColumn<int>("cloud");
        const int global = int(Cloud::Global);
        const int high = int(Cloud::UsGovHigh);
        const int dod = int(Cloud::UsGovDod);
        const int china = int(Cloud::China);
        const int unknown = int(Cloud::Custom);
        QTest::newRow("global, recorded") << "EU"
                                          << ""
                                          << "microsoftonline.com"
                                          << "graph.windows.net"
                                          << "graph.microsoft.com" << global;
        QTest::newRow("global, North America") << "NA"
                                               << ""
                                               << ""
                                               << ""
                                               << "" << global;
        QTest::newRow("global, worldwide") << "WW"
                                           << ""
                                           << ""
                                           << ""
                                           << "" << global;
        QTest::newRow("GCC moderate stays Global") << "NA"
                                                   << "GCC"
                                                   << "microsoftonline.com"
                                                   << "graph.windows.net"
                                                   << "graph.microsoft.com" << global;
        QTest::newRow("GCC moderate, worldwide scope") << "WW"
                                                       << "GCC"
                                                       << ""
                                                       << ""
                                                       << "" << global;
        QTest::newRow("GCC High") << "USGov"
                                  << "DODCON"
                                  << "microsoftonline.us"
                                  << "graph.microsoftazure.us"
                                  << "graph.microsoft.us" << high;
        QTest::newRow("GCC High, sub-scope only") << ""
                                                  << "DODCON"
                                                  << ""
                                                  << ""
                                                  << "" << high;
        QTest::newRow("US Government as the guidance names it") << "USG"
                                                                << ""
                                                                << ""
                                                                << ""
                                                                << "" << high;
        QTest::newRow("US Government, no sub-scope") << "USGov"
                                                     << ""
                                                     << ""
                                                     << ""
                                                     << "" << high;
        QTest::newRow("lower case") << "usgov"
                                    << "dodcon"
                                    << ""
                                    << ""
                                    << "" << high;
        QTest::newRow("DoD") << "USGov"
                             << "DOD"
                             << "microsoftonline.us"
                             << "graph.microsoftazure.us"
                             << "dod-graph.microsoft.us" << dod;
        QTest::newRow("DoD by its Graph host") << "USGov"
                                               << ""
                                               << "microsoftonline.us"
                                               << ""
                                               << "dod-graph.microsoft.us" << dod;
        QTest::newRow("US cloud instance only") << ""
                                                << ""
                                                << "microsoftonline.us"
                                                << ""
                                                << "" << high;
        QTest::newRow("China") << "AS"
                               << ""
                               << "partner.microsoftonline.cn"
                               << ""
                               << "" << china;
        QTest::newRow("China, other instance name") << ""
                                                    << ""
                                                    << "chinacloudapi.cn"
                                                    << ""
                                                    << "" << china;
        QTest::newRow("China by its Graph host") << ""
                                                 << ""
                                                 << ""
                                                 << ""
                                                 << "microsoftgraph.chinacloudapi.cn" << china;
        QTest::newRow("nothing said") << ""
                                      << ""
                                      << ""
                                      << ""
                                      << "" << unknown;
        QTest::newRow("a cloud nobody knows") << ""
                                              << ""
                                              << "login.example.org"
                                              << ""
                                              << "" << unknown;
    }

    void cloudOfTenant()
    {
        QFETCH(QString, scope);
        QFETCH(QString, subScope);
        QFETCH(QString, instance);
        QFETCH(QString, legacyGraph);
        QFETCH(QString, graph);
        QFETCH(int, cloud);
        const TenantCloudFields fields{scope, subScope, instance, legacyGraph, graph};
        QCOMPARE(int(flexo::cloudOfTenant(fields)), cloud);
        QCOMPARE(fields.isEmpty(), scope.isEmpty() && subScope.isEmpty() && instance.isEmpty() &&
                                       legacyGraph.isEmpty() && graph.isEmpty());
    }

    void describesThePresentFields()
    {
        const TenantCloudFields fields{QStringLiteral("USGov"), QStringLiteral("DODCON"), QString(),
                                       QString(), QStringLiteral("graph.microsoft.us")};
        QCOMPARE(fields.describe(),
                 QStringLiteral("tenant_region_scope USGov, tenant_region_sub_scope DODCON, "
                                "msgraph_host graph.microsoft.us"));
        QVERIFY(!fields.isGccModerate());
        QVERIFY((TenantCloudFields{QStringLiteral("NA"), QStringLiteral("gcc"), {}, {}, {}}).isGccModerate());
    }

    void catalogNamesWhatDiscoveryReports()
    {
        // The catalog's instance names are those a tenant of each cloud reports.
        for (const CloudInfo &info : CloudCatalog::all()) {
            if (info.cloud == Cloud::Custom)
                continue;
            TenantCloudFields fields;
            fields.cloudInstanceName = info.cloudInstanceName;
            fields.msgraphHost = info.graphBase.host();
            QCOMPARE(int(flexo::cloudOfTenant(fields)), int(info.cloud));
        }
    }
};

QTEST_GUILESS_MAIN(TestTenantCloud)
#include "tst_tenantcloud.moc"
