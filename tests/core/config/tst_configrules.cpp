#include "config/ConfigRules.h"

#include <QTest>

using namespace flexo;

Q_DECLARE_METATYPE(flexo::RuleSeverity)

namespace {

const QString kTenant = QStringLiteral("aaaabbbb-0000-cccc-1111-dddd2222eeee");
const QString kClient = QStringLiteral("00001111-aaaa-2222-bbbb-3333cccc4444");
const QString kSecret = QStringLiteral("Abc8Q~fake.secret_value-0123456789abcdef");
const QDate kToday(2026, 12, 1);

void addColumns()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<RuleSeverity>("severity");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("mentions"); // a phrase the admin must read in the message
}

void verifyResult(const RuleResult &result, const QString &field)
{
    QFETCH(RuleSeverity, severity);
    QFETCH(QString, code);
    QFETCH(QString, mentions);
    QVERIFY2(result.severity == severity, qPrintable(QStringLiteral("severity %1, code %2: %3")
                                                         .arg(int(result.severity))
                                                         .arg(result.code, result.message)));
    QCOMPARE(result.code, code);
    QCOMPARE(result.field, field);
    if (severity == RuleSeverity::Ok) {
        QVERIFY(result.message.isEmpty());
    } else {
        QVERIFY(!result.message.isEmpty());
        QVERIFY2(result.message.contains(mentions, Qt::CaseInsensitive), qPrintable(result.message));
    }
}

} // namespace

class TestConfigRules : public QObject
{
    Q_OBJECT

private slots:
    void normalizeSecret_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("normalized");
        QTest::newRow("plain") << kSecret << kSecret;
        QTest::newRow("surrounding spaces and newline")
            << QString(QStringLiteral("  \t") + kSecret + QStringLiteral("\r\n")) << kSecret;
        QTest::newRow("zero-width space inside")
            << QStringLiteral("Abc8Q~fake\u200B.secret_value-0123456789abcdef") << kSecret;
        QTest::newRow("BOM and word joiner")
            << QString(QStringLiteral("\uFEFF") + kSecret + QStringLiteral("\u2060")) << kSecret;
        QTest::newRow("ZWJ ZWNJ") << QString(QStringLiteral("\u200C\u200D") + kSecret) << kSecret;
        QTest::newRow("non-breaking spaces at ends")
            << QString(QStringLiteral("\u00A0") + kSecret + QStringLiteral("\u00A0")) << kSecret;
        QTest::newRow("zero-width between spaces")
            << QString(QStringLiteral(" \u200B ") + kSecret) << kSecret;
        QTest::newRow("empty") << QString() << QString();
    }

    void normalizeSecret()
    {
        QFETCH(QString, raw);
        QFETCH(QString, normalized);
        QCOMPARE(rules::normalizeSecret(raw), normalized);
    }

    void normalizeIdentifier_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("normalized");
        QTest::newRow("plain") << kTenant << kTenant;
        QTest::newRow("braces") << QString(QStringLiteral("{") + kTenant + QStringLiteral("}")) << kTenant;
        QTest::newRow("spaces and braces")
            << QString(QStringLiteral(" { ") + kTenant + QStringLiteral(" } ")) << kTenant;
        QTest::newRow("zero-width") << QString(QStringLiteral("\u200B") + kTenant) << kTenant;
        QTest::newRow("domain") << QStringLiteral(" contoso.onmicrosoft.com\n")
                                << QStringLiteral("contoso.onmicrosoft.com");
    }

    void normalizeIdentifier()
    {
        QFETCH(QString, raw);
        QFETCH(QString, normalized);
        QCOMPARE(rules::normalizeIdentifier(raw), normalized);
    }

    void isGuid_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("guid");
        QTest::newRow("lower") << kTenant << true;
        QTest::newRow("upper") << kTenant.toUpper() << true;
        QTest::newRow("no dashes") << QStringLiteral("aaaabbbb0000cccc1111dddd2222eeee") << false;
        QTest::newRow("short") << QStringLiteral("aaaabbbb-0000-cccc-1111-dddd2222eee") << false;
        QTest::newRow("non-hex") << QStringLiteral("gaaabbbb-0000-cccc-1111-dddd2222eeee") << false;
        QTest::newRow("braces") << QStringLiteral("{aaaabbbb-0000-cccc-1111-dddd2222eeee}") << false;
        QTest::newRow("empty") << QString() << false;
    }

    void isGuid()
    {
        QFETCH(QString, value);
        QFETCH(bool, guid);
        QCOMPARE(rules::isGuid(value), guid);
    }

    void tenant_data()
    {
        addColumns();
        QTest::newRow("guid") << kTenant << RuleSeverity::Ok << ""
                              << "";
        QTest::newRow("guid upper in braces")
            << QString(QStringLiteral("{") + kTenant.toUpper() + QStringLiteral("}")) << RuleSeverity::Ok
            << ""
            << "";
        QTest::newRow("onmicrosoft domain") << "stluc.onmicrosoft.com" << RuleSeverity::Ok << ""
                                            << "";
        QTest::newRow("custom domain") << "Contoso.COM" << RuleSeverity::Ok << ""
                                       << "";
        QTest::newRow("gov domain") << "county.onmicrosoft.us" << RuleSeverity::Ok << ""
                                    << "";
        QTest::newRow("idn domain") << "xn--bcher-kva.example" << RuleSeverity::Ok << ""
                                    << "";
        QTest::newRow("pasted with spaces") << "  stluc.onmicrosoft.com \n"
                                            << RuleSeverity::Ok << ""
                                            << "";
        QTest::newRow("empty") << "" << RuleSeverity::Error << "tenant.missing"
                               << "Directory (tenant) ID";
        QTest::newRow("blank") << "  \u200B " << RuleSeverity::Error << "tenant.missing"
                               << "Directory (tenant) ID";
        QTest::newRow("common") << "common" << RuleSeverity::Error << "tenant.multi-tenant-alias"
                                << "tied to your one tenant";
        QTest::newRow("Common capital") << "Common" << RuleSeverity::Error << "tenant.multi-tenant-alias"
                                        << "any organization";
        QTest::newRow("organizations")
            << "organizations" << RuleSeverity::Error << "tenant.multi-tenant-alias"
            << "tied to your one tenant";
        QTest::newRow("consumers") << "consumers" << RuleSeverity::Error << "tenant.consumers"
                                   << "personal Microsoft accounts";
        QTest::newRow("consumer tenant guid")
            << "9188040d-6c67-4c5b-b112-36a304b66dad" << RuleSeverity::Error << "tenant.consumers"
            << "organization's tenant";
        QTest::newRow("empty guid") << "00000000-0000-0000-0000-000000000000" << RuleSeverity::Error
                                    << "tenant.empty-guid"
                                    << "placeholder";
        QTest::newRow("guid missing a digit")
            << "aaaabbbb-0000-cccc-1111-dddd2222eee" << RuleSeverity::Error << "tenant.malformed-guid"
            << "36 characters";
        QTest::newRow("guid without dashes")
            << "aaaabbbb0000cccc1111dddd2222eeee" << RuleSeverity::Error << "tenant.invalid"
            << "36";
        QTest::newRow("email") << "camille@stluc.onmicrosoft.com" << RuleSeverity::Error << "tenant.is-email"
                               << "stluc.onmicrosoft.com";
        QTest::newRow("url") << "https://login.microsoftonline.com/stluc.onmicrosoft.com"
                             << RuleSeverity::Error << "tenant.is-url"
                             << "here, stluc.onmicrosoft.com";
        QTest::newRow("discovery url")
            << "https://login.microsoftonline.com/aaaabbbb-0000-cccc-1111-dddd2222eeee/v2.0/.well-known/"
               "openid-configuration"
            << RuleSeverity::Error << "tenant.is-url"
            << "here, aaaabbbb-0000-cccc-1111-dddd2222eeee";
        QTest::newRow("portal url") << "https://portal.azure.com/#home" << RuleSeverity::Error
                                    << "tenant.is-url"
                                    << "not a web address";
        QTest::newRow("single label") << "contoso" << RuleSeverity::Error << "tenant.invalid"
                                      << "contoso.onmicrosoft.com";
        QTest::newRow("space inside") << "contoso corp.com" << RuleSeverity::Error << "tenant.invalid"
                                      << "neither a tenant ID nor a domain";
        QTest::newRow("label starts with hyphen") << "-contoso.com" << RuleSeverity::Error << "tenant.invalid"
                                                  << "domain";
        QTest::newRow("numeric tld") << "contoso.123" << RuleSeverity::Error << "tenant.invalid"
                                     << "domain";
    }

    void tenant()
    {
        QFETCH(QString, input);
        verifyResult(rules::checkTenant(input), QStringLiteral("tenant"));
    }

    void clientId_data()
    {
        addColumns();
        QTest::addColumn<QString>("tenantId");
        QTest::newRow("guid") << kClient << RuleSeverity::Ok << ""
                              << "" << kTenant;
        QTest::newRow("guid in braces with spaces")
            << QString(QStringLiteral(" {") + kClient + QStringLiteral("} ")) << RuleSeverity::Ok << ""
            << "" << kTenant;
        QTest::newRow("tenant unknown yet") << kClient << RuleSeverity::Ok << ""
                                            << ""
                                            << "";
        QTest::newRow("empty") << "" << RuleSeverity::Error << "clientId.missing"
                               << "Application (client) ID" << kTenant;
        QTest::newRow("not a guid") << "my-flexo-app" << RuleSeverity::Error << "clientId.not-guid"
                                    << "36 characters" << kTenant;
        QTest::newRow("secret pasted") << kSecret << RuleSeverity::Error << "clientId.not-guid"
                                       << "Overview page" << kTenant;
        QTest::newRow("empty guid") << "00000000-0000-0000-0000-000000000000" << RuleSeverity::Error
                                    << "clientId.empty-guid"
                                    << "placeholder" << kTenant;
        QTest::newRow("equal to tenant")
            << kTenant << RuleSeverity::Error << "clientId.is-tenant-id"
            << "Directory (tenant) ID, not the Application (client) ID" << kTenant;
        QTest::newRow("equal to tenant other case")
            << kTenant.toUpper() << RuleSeverity::Error << "clientId.is-tenant-id"
            << "Application (client) ID" << QString(QStringLiteral("{") + kTenant + QStringLiteral("}"));
        QTest::newRow("graph app id")
            << "00000003-0000-0000-c000-000000000000" << RuleSeverity::Error << "clientId.is-graph"
            << "Microsoft Graph" << kTenant;
    }

    void clientId()
    {
        QFETCH(QString, input);
        QFETCH(QString, tenantId);
        verifyResult(rules::checkClientId(input, tenantId), QStringLiteral("clientId"));
    }

    void secret_data()
    {
        addColumns();
        QTest::newRow("current format 40") << kSecret << RuleSeverity::Note << "secret.current-format"
                                           << "shape";
        QTest::newRow("current format 37")
            << "xY_1Q~abcdefghijklmnopqrstuvwxyz01234" << RuleSeverity::Note << "secret.current-format"
            << "shape";
        QTest::newRow("legacy with + @ [ ] :") << QString(QStringLiteral("[6gyXA5S20@MN+WRXAJ]I-TO7g1:h2P8"))
                                               << RuleSeverity::Note << "secret.legacy-format"
                                               << "older secrets";
        QTest::newRow("legacy base64-like") << QString(QStringLiteral("k2J/9fQ+eZ0pLmN4xY7wV1sT3uR6oB8a="))
                                            << RuleSeverity::Note << "secret.legacy-format"
                                            << "accepted";
        QTest::newRow("16 characters") << "abcdefgh12345678" << RuleSeverity::Note << "secret.legacy-format"
                                       << "accepted";
        QTest::newRow("64 characters")
            << QString(64, QLatin1Char('a')) << RuleSeverity::Note << "secret.legacy-format"
            << "accepted";
        QTest::newRow("empty") << "" << RuleSeverity::Error << "secret.missing"
                               << "Value";
        QTest::newRow("secret id") << "3f2b8c1e-4d5a-4b6c-9e7f-0a1b2c3d4e5f" << RuleSeverity::Error
                                   << "secret.looks-like-secret-id"
                                   << "Secret ID";
        QTest::newRow("secret id says shown once")
            << "3F2B8C1E-4D5A-4B6C-9E7F-0A1B2C3D4E5F" << RuleSeverity::Error << "secret.looks-like-secret-id"
            << "shown only once";
        QTest::newRow("secret id says create new") << "{3f2b8c1e-4d5a-4b6c-9e7f-0a1b2c3d4e5f}"
                                                   << RuleSeverity::Error << "secret.looks-like-secret-id"
                                                   << "create a new client secret";
        QTest::newRow("15 characters") << "abcdefgh1234567" << RuleSeverity::Error << "secret.too-short"
                                       << "15 characters";
        QTest::newRow("hint only") << "Abc" << RuleSeverity::Error << "secret.too-short"
                                   << "16 to 64";
        QTest::newRow("65 characters")
            << QString(65, QLatin1Char('a')) << RuleSeverity::Error << "secret.too-long"
            << "at most 64";
        QTest::newRow("masked hint") << "Abc*******************" << RuleSeverity::Error << "secret.masked"
                                     << "create a new client secret";
        QTest::newRow("ellipsis") << "Abc8Q~fake.secret_val\u2026" << RuleSeverity::Error << "secret.masked"
                                  << "shown in full only once";
        QTest::newRow("whole table row") << QString(QStringLiteral("FlexO\t2027-06-01\t") + kSecret)
                                         << RuleSeverity::Error << "secret.whitespace"
                                         << "line break";
        QTest::newRow("space inside")
            << "Abc8Q~fake secret_value-0123456789abcdef" << RuleSeverity::Error << "secret.whitespace"
            << "space";
        QTest::newRow("non-ascii") << "Abc8Q~fake.sécret_value-0123456789abcdef" << RuleSeverity::Error
                                   << "secret.invalid-characters"
                                   << "é";
    }

    void secret()
    {
        QFETCH(QString, input);
        verifyResult(rules::checkSecret(input), QStringLiteral("secret"));
    }

    void secretNormalizedThenChecked_data()
    {
        QTest::addColumn<QString>("pasted");
        QTest::addColumn<QString>("code");
        QTest::newRow("value with newline")
            << QString(kSecret + QStringLiteral("\n")) << "secret.current-format";
        QTest::newRow("value with zero-width")
            << QString(QStringLiteral("\u200B") + kSecret) << "secret.current-format";
        QTest::newRow("secret id with spaces")
            << QStringLiteral(" 3f2b8c1e-4d5a-4b6c-9e7f-0a1b2c3d4e5f\t") << "secret.looks-like-secret-id";
    }

    void secretNormalizedThenChecked()
    {
        QFETCH(QString, pasted);
        QFETCH(QString, code);
        QCOMPARE(rules::checkSecret(rules::normalizeSecret(pasted)).code, code);
    }

    void secretExpiry_data()
    {
        QTest::addColumn<QDate>("expiry");
        QTest::addColumn<RuleSeverity>("severity");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown") << QDate() << RuleSeverity::Warning << "secretExpiry.unknown"
                                 << "Expires";
        QTest::newRow("yesterday") << kToday.addDays(-1) << RuleSeverity::Error << "secretExpiry.past"
                                   << "expired on 2026-11-30";
        QTest::newRow("long ago") << QDate(2024, 1, 15) << RuleSeverity::Error << "secretExpiry.past"
                                  << "Create a new client secret";
        QTest::newRow("today") << kToday << RuleSeverity::Warning << "secretExpiry.soon"
                               << "today";
        QTest::newRow("tomorrow") << kToday.addDays(1) << RuleSeverity::Warning << "secretExpiry.soon"
                                  << "tomorrow";
        QTest::newRow("in 30 days") << kToday.addDays(30) << RuleSeverity::Warning << "secretExpiry.soon"
                                    << "2026-12-31";
        QTest::newRow("in 31 days") << kToday.addDays(31) << RuleSeverity::Ok << ""
                                    << "";
        QTest::newRow("in 12 months") << kToday.addMonths(12) << RuleSeverity::Ok << ""
                                      << "";
        QTest::newRow("exactly 24 months") << kToday.addMonths(24) << RuleSeverity::Ok << ""
                                           << "";
        QTest::newRow("24 months and a day")
            << kToday.addMonths(24).addDays(1) << RuleSeverity::Warning << "secretExpiry.too-far"
            << "at most 24 months";
        QTest::newRow("year typo") << QDate(2062, 6, 1) << RuleSeverity::Warning << "secretExpiry.too-far"
                                   << "typo";
    }

    void secretExpiry()
    {
        QFETCH(QDate, expiry);
        verifyResult(rules::checkSecretExpiry(expiry, kToday), QStringLiteral("secretExpiry"));
    }

    void redirectUri_data()
    {
        addColumns();
        QTest::newRow("https with path")
            << "https://flexo.example.com/teams/callback" << RuleSeverity::Ok << ""
            << "";
        QTest::newRow("https with port") << "https://flexo.example.com:8443/oauth" << RuleSeverity::Ok << ""
                                         << "";
        QTest::newRow("https with query") << "https://flexo.example.com/cb?tenant=1" << RuleSeverity::Ok << ""
                                          << "";
        QTest::newRow("http localhost") << "http://localhost/flexo-teams-setup" << RuleSeverity::Ok << ""
                                        << "";
        QTest::newRow("http 127.0.0.1 with port")
            << "http://127.0.0.1:5000/cb" << RuleSeverity::Note << "redirectUri.loopback-ip-manifest"
            << "Manifest";
        QTest::newRow("127.0.0.1: only localhost in the portal")
            << "http://127.0.0.1/flexo-teams-setup" << RuleSeverity::Note
            << "redirectUri.loopback-ip-manifest"
            << "accepts only http://localhost";
        QTest::newRow("127.0.0.1 without path")
            << "http://127.0.0.1" << RuleSeverity::Note << "redirectUri.no-path"
            << "Manifest";
        QTest::newRow("http LOCALHOST") << "http://LOCALHOST/cb" << RuleSeverity::Ok << ""
                                        << "";
        QTest::newRow("trimmed") << "  https://flexo.example.com/cb\n"
                                 << RuleSeverity::Ok << ""
                                 << "";
        QTest::newRow("no path") << "https://flexo.example.com" << RuleSeverity::Note << "redirectUri.no-path"
                                 << "https://flexo.example.com/";
        QTest::newRow("loopback no path")
            << "http://localhost:7071" << RuleSeverity::Note << "redirectUri.no-path"
            << "slash";
        QTest::newRow("empty") << "" << RuleSeverity::Error << "redirectUri.missing"
                               << "https://";
        QTest::newRow("http remote") << "http://flexo.example.com/cb" << RuleSeverity::Error
                                     << "redirectUri.not-https"
                                     << "https://";
        QTest::newRow("http other loopback address")
            << "http://127.0.0.2/cb" << RuleSeverity::Error << "redirectUri.not-https"
            << "127.0.0.1";
        QTest::newRow("ipv6 loopback")
            << "http://[::1]:5000/cb" << RuleSeverity::Error << "redirectUri.ipv6-loopback"
            << "[::1]";
        QTest::newRow("ipv6 loopback names the manifest")
            << "http://[::1]:5000/cb" << RuleSeverity::Error << "redirectUri.ipv6-loopback"
            << "Manifest";
        QTest::newRow("fragment") << "https://flexo.example.com/cb#done" << RuleSeverity::Error
                                  << "redirectUri.fragment"
                                  << "#";
        QTest::newRow("empty fragment")
            << "https://flexo.example.com/cb#" << RuleSeverity::Error << "redirectUri.fragment"
            << "#";
        QTest::newRow("relative") << "/teams/callback" << RuleSeverity::Error << "redirectUri.not-absolute"
                                  << "full address";
        QTest::newRow("host only") << "flexo.example.com/cb" << RuleSeverity::Error
                                   << "redirectUri.not-absolute"
                                   << "https://";
        QTest::newRow("other scheme")
            << "ftp://flexo.example.com/cb" << RuleSeverity::Error << "redirectUri.scheme"
            << "https://";
        QTest::newRow("custom scheme") << "msal00001111://auth" << RuleSeverity::Error << "redirectUri.scheme"
                                       << "https://";
        QTest::newRow("unsupported character")
            << "https://flexo.example.com/cb;x" << RuleSeverity::Error << "redirectUri.unsupported-character"
            << ";";
        QTest::newRow("wildcard") << "https://*.example.com/cb" << RuleSeverity::Error
                                  << "redirectUri.not-absolute"
                                  << "full address";
        QTest::newRow("256 characters")
            << QString(QStringLiteral("https://flexo.example.com/") + QString(230, QLatin1Char('a')))
            << RuleSeverity::Ok << ""
            << "";
        QTest::newRow("257 characters")
            << QString(QStringLiteral("https://flexo.example.com/") + QString(231, QLatin1Char('a')))
            << RuleSeverity::Error << "redirectUri.too-long"
            << "at most 256";
    }

    void redirectUri()
    {
        QFETCH(QString, input);
        verifyResult(rules::checkRedirectUri(input), QStringLiteral("redirectUris"));
    }

    void lifecycleUrl_data()
    {
        addColumns();
        QTest::newRow("https") << "https://flexo.example.com/teams/lifecycle" << RuleSeverity::Ok << ""
                               << "";
        QTest::newRow("https no path") << "https://flexo.example.com" << RuleSeverity::Ok << ""
                                       << "";
        QTest::newRow("empty") << "" << RuleSeverity::Error << "lifecycleUrl.missing"
                               << "FlexO representative";
        QTest::newRow("http") << "http://flexo.example.com/lifecycle" << RuleSeverity::Error
                              << "lifecycleUrl.not-https"
                              << "https";
        QTest::newRow("http loopback still refused")
            << "http://localhost/lifecycle" << RuleSeverity::Error << "lifecycleUrl.not-https"
            << "https";
        QTest::newRow("relative") << "lifecycle" << RuleSeverity::Error << "lifecycleUrl.not-absolute"
                                  << "full address";
        QTest::newRow("mailto") << "mailto:admin@example.com" << RuleSeverity::Error
                                << "lifecycleUrl.not-absolute"
                                << "https://";
    }

    void lifecycleUrl()
    {
        QFETCH(QString, input);
        verifyResult(rules::checkLifecycleUrl(input), QStringLiteral("lifecycleUrl"));
    }

    void customBaseUrl_data()
    {
        addColumns();
        QTest::newRow("https") << "https://login.example.com" << RuleSeverity::Ok << ""
                               << "";
        QTest::newRow("https with path") << "https://proxy.example.com/login" << RuleSeverity::Ok << ""
                                         << "";
        QTest::newRow("http 127.0.0.1") << "http://127.0.0.1:8080" << RuleSeverity::Ok << ""
                                        << "";
        QTest::newRow("http localhost") << "http://localhost:8080" << RuleSeverity::Ok << ""
                                        << "";
        QTest::newRow("http ::1") << "http://[::1]:8080" << RuleSeverity::Ok << ""
                                  << "";
        QTest::newRow("http lookalike")
            << "http://127.0.0.1.evil.example" << RuleSeverity::Error << "customBaseUrl.not-https"
            << "unencrypted";
        QTest::newRow("empty") << "" << RuleSeverity::Error << "customBaseUrl.missing"
                               << "base URL";
        QTest::newRow("http remote") << "http://login.example.com" << RuleSeverity::Error
                                     << "customBaseUrl.not-https"
                                     << "unencrypted";
        QTest::newRow("query") << "https://login.example.com/?x=1" << RuleSeverity::Error
                               << "customBaseUrl.query"
                               << "?";
        QTest::newRow("relative") << "login.example.com" << RuleSeverity::Error
                                  << "customBaseUrl.not-absolute"
                                  << "https://";
    }

    void customBaseUrl()
    {
        QFETCH(QString, input);
        verifyResult(rules::checkCustomBaseUrl(input), QStringLiteral("customBaseUrl"));
    }

    void secretAgainstIds_data()
    {
        addColumns();
        QTest::addColumn<QString>("tenantId");
        QTest::addColumn<QString>("clientId");
        QTest::newRow("value") << kSecret << RuleSeverity::Note << "secret.current-format"
                               << "shape" << kTenant << kClient;
        QTest::newRow("client id pasted") << kClient << RuleSeverity::Error << "secret.is-client-id"
                                          << "Application (client) ID, not the secret" << kTenant << kClient;
        QTest::newRow("client id pasted in braces")
            << QString(QStringLiteral("{") + kClient.toUpper() + QStringLiteral("}")) << RuleSeverity::Error
            << "secret.is-client-id"
            << "shown only once" << kTenant << kClient;
        QTest::newRow("tenant id pasted") << kTenant << RuleSeverity::Error << "secret.is-tenant-id"
                                          << "Directory (tenant) ID, not the secret" << kTenant << kClient;
        QTest::newRow("other guid") << "3f2b8c1e-4d5a-4b6c-9e7f-0a1b2c3d4e5f" << RuleSeverity::Error
                                    << "secret.looks-like-secret-id"
                                    << "Secret ID" << kTenant << kClient;
        QTest::newRow("ids unknown") << "3f2b8c1e-4d5a-4b6c-9e7f-0a1b2c3d4e5f" << RuleSeverity::Error
                                     << "secret.looks-like-secret-id"
                                     << "Secret ID"
                                     << ""
                                     << "";
        QTest::newRow("empty with empty ids") << "" << RuleSeverity::Error << "secret.missing"
                                              << "Value"
                                              << ""
                                              << "";
    }

    void secretAgainstIds()
    {
        QFETCH(QString, input);
        QFETCH(QString, tenantId);
        QFETCH(QString, clientId);
        verifyResult(rules::checkSecret(input, tenantId, clientId), QStringLiteral("secret"));
    }

    // A common mistake: the Secret ID instead of the Value, however it was copied. The field says so
    // at once (no network), says that the Value is shown only once and how to get a new one, and the
    // result is an error, which keeps Next disabled.
    void storySecretIdInsteadOfValue_data()
    {
        QTest::addColumn<QString>("pasted");
        const QString id = QStringLiteral("3f2b8c1e-4d5a-4b6c-9e7f-0a1b2c3d4e5f");
        QTest::newRow("as copied") << id;
        QTest::newRow("with the copy button's newline") << QString(id + QStringLiteral("\n"));
        QTest::newRow("with a Windows line end") << QString(id + QStringLiteral("\r\n"));
        QTest::newRow("from a chat, with zero-width spaces")
            << QString(QStringLiteral("\u200B") + id + QStringLiteral("\u200B"));
        QTest::newRow("from a web page, with non-breaking spaces")
            << QString(QStringLiteral("\u00A0") + id + QStringLiteral("\u00A0"));
        QTest::newRow("upper case") << id.toUpper();
        QTest::newRow("in braces") << QString(QStringLiteral("{") + id + QStringLiteral("}"));
        QTest::newRow("with a BOM") << QString(QStringLiteral("\uFEFF") + id);
    }

    void storySecretIdInsteadOfValue()
    {
        QFETCH(QString, pasted);
        const RuleResult result = rules::checkSecret(rules::normalizeSecret(pasted), kTenant, kClient);
        QVERIFY(result.isError());
        QCOMPARE(result.code, QStringLiteral("secret.looks-like-secret-id"));
        for (const char *phrase :
             {"Secret ID", "“Value” column", "shown only once", "create a new client secret"})
            QVERIFY2(result.message.contains(QString::fromUtf8(phrase)), qPrintable(result.message));
    }

    void storyNextEnabledOnlyWhenPlausible_data()
    {
        QTest::addColumn<QString>("pasted");
        QTest::addColumn<bool>("plausible");
        QTest::newRow("the Value") << kSecret << true;
        QTest::newRow("the Value with a newline") << QString(kSecret + QStringLiteral("\n")) << true;
        QTest::newRow("a legacy Value") << "[6gyXA5S20@MN+WRXAJ]I-TO7g1:h2P8" << true;
        QTest::newRow("nothing yet") << "" << false;
        QTest::newRow("the Secret ID") << "3f2b8c1e-4d5a-4b6c-9e7f-0a1b2c3d4e5f" << false;
        QTest::newRow("the hint") << "Abc" << false;
        QTest::newRow("the masked hint") << "Abc**********" << false;
        QTest::newRow("half the Value") << "Abc8Q~fake.secr" << false;
        QTest::newRow("the Description column") << "FlexO connector" << false;
    }

    void storyNextEnabledOnlyWhenPlausible()
    {
        QFETCH(QString, pasted);
        QFETCH(bool, plausible);
        const RuleResult result = rules::checkSecret(rules::normalizeSecret(pasted), kTenant, kClient);
        QVERIFY2(result.isError() != plausible, qPrintable(result.code + QLatin1Char(' ') + result.message));
    }

    void checkConfig_data()
    {
        QTest::addColumn<int>("mutation");
        QTest::addColumn<bool>("secretKnown");
        QTest::addColumn<QStringList>("findings"); // "field:code", in order
        const auto list = [](std::initializer_list<const char *> items) {
            QStringList out;
            for (const char *item : items)
                out << QString::fromUtf8(item);
            return out;
        };
        QTest::newRow("valid, secret known") << 0 << true << list({"secret:secret.current-format"});
        QTest::newRow("valid, secret in keychain") << 0 << false << QStringList();
        QTest::newRow("nothing set") << 1 << false
                                     << list({"tenant:tenant.missing", "clientId:clientId.missing",
                                              "secret:secret.location-missing",
                                              "secretExpiry:secretExpiry.unknown",
                                              "redirectUris:redirectUris.missing",
                                              "lifecycleUrl:lifecycleUrl.missing"});
        // Without the tenant GUID the keychain entry cannot be derived (KeychainBinding).
        QTest::newRow("domain only") << 2 << false << list({"secret:secret.location-missing"});
        QTest::newRow("tenant id holds a domain") << 3 << false << list({"tenant:tenant.id-not-guid"});
        QTest::newRow("tenant domain holds a guid") << 4 << false << list({"tenant:tenant.domain-is-guid"});
        QTest::newRow("tenant id common") << 5 << false << list({"tenant:tenant.multi-tenant-alias"});
        QTest::newRow("client id is tenant id") << 6 << false << list({"clientId:clientId.is-tenant-id"});
        QTest::newRow("secret is client id") << 7 << true << list({"secret:secret.is-client-id"});
        QTest::newRow("secret is secret id") << 8 << true << list({"secret:secret.looks-like-secret-id"});
        QTest::newRow("secret pasted with noise") << 9 << true << list({"secret:secret.current-format"});
        QTest::newRow("hint of another secret")
            << 10 << true << list({"secret:secret.current-format", "secret:secret.hint-mismatch"});
        QTest::newRow("hint of wrong length") << 11 << false << list({"secretHint:secret.hint-length"});
        QTest::newRow("secret expired") << 12 << false << list({"secretExpiry:secretExpiry.past"});
        QTest::newRow("redirect URI twice") << 13 << false << list({"redirectUris:redirectUris.duplicate"});
        QTest::newRow("redirect URIs http and no path")
            << 14 << false
            << list({"redirectUris:redirectUri.not-https", "redirectUris:redirectUri.no-path"});
        QTest::newRow("sign-in URI on [::1]")
            << 15 << false << list({"signInRedirectUri:redirectUri.ipv6-loopback"});
        QTest::newRow("lifecycle over http") << 16 << false << list({"lifecycleUrl:lifecycleUrl.not-https"});
        QTest::newRow("custom cloud without base URLs")
            << 17 << false
            << list({"customLoginBase:customBaseUrl.missing", "customGraphBase:customBaseUrl.missing"});
        QTest::newRow("custom cloud on loopback") << 18 << false << QStringList();
        QTest::newRow("base URLs ignored outside custom") << 19 << false << QStringList();
        QTest::newRow("no proxy") << 20 << false << QStringList();
        QTest::newRow("proxy with port") << 21 << false << QStringList();
        QTest::newRow("proxy without scheme") << 22 << false << list({"proxy:proxy.invalid"});
        QTest::newRow("expiring soon") << 23 << false << list({"secretExpiry:secretExpiry.soon"});
    }

    void checkConfig()
    {
        QFETCH(int, mutation);
        QFETCH(bool, secretKnown);
        QFETCH(QStringList, findings);

        ConnectorConfig config;
        config.tenantId = kTenant;
        config.tenantDomain = QStringLiteral("stluc.onmicrosoft.com");
        config.clientId = kClient;
        config.secret = kSecret;
        config.secretHint = kSecret.left(3);
        config.secretExpiry = kToday.addMonths(6);
        config.redirectUris = {QStringLiteral("https://flexo.stluc.example/teams/callback")};
        config.lifecycleUrl = QUrl(QStringLiteral("https://flexo.stluc.example/teams/lifecycle"));

        switch (mutation) {
        case 1:
            config = ConnectorConfig();
            break;
        case 2:
            config.tenantId.clear();
            break;
        case 3:
            config.tenantId = QStringLiteral("stluc.onmicrosoft.com");
            break;
        case 4:
            config.tenantDomain = kTenant;
            break;
        case 5:
            config.tenantId = QStringLiteral("common");
            break;
        case 6:
            config.clientId = kTenant.toUpper();
            break;
        case 7:
            config.secret = kClient;
            break;
        case 8:
            config.secret = QStringLiteral("3f2b8c1e-4d5a-4b6c-9e7f-0a1b2c3d4e5f");
            break;
        case 9:
            config.secret = QStringLiteral("\u200B ") + kSecret + QStringLiteral("\r\n");
            break;
        case 10:
            config.secretHint = QStringLiteral("Xyz");
            break;
        case 11:
            config.secretHint = QStringLiteral("Ab");
            break;
        case 12:
            config.secretExpiry = kToday.addDays(-3);
            break;
        case 13:
            config.redirectUris << config.redirectUris.first();
            break;
        case 14:
            config.redirectUris = {QStringLiteral("http://flexo.stluc.example/cb"),
                                   QStringLiteral("https://flexo.stluc.example")};
            break;
        case 15:
            config.signInRedirectUri = QStringLiteral("http://[::1]/flexo-teams-setup");
            break;
        case 16:
            config.lifecycleUrl = QUrl(QStringLiteral("http://flexo.stluc.example/lifecycle"));
            break;
        case 17:
            config.cloud = Cloud::Custom;
            break;
        case 18:
            config.cloud = Cloud::Custom;
            config.customLoginBase = QUrl(QStringLiteral("http://127.0.0.1:8080"));
            config.customGraphBase = QUrl(QStringLiteral("http://localhost:8080/graph"));
            break;
        case 19:
            config.customLoginBase = QUrl(QStringLiteral("ftp://nowhere"));
            break;
        case 20:
            config.proxy = QStringLiteral("none");
            break;
        case 21:
            config.proxy = QStringLiteral("http://proxy.stluc.example:3128");
            break;
        case 22:
            config.proxy = QStringLiteral("proxy.stluc.example");
            break;
        case 23:
            config.secretExpiry = kToday.addDays(10);
            break;
        default:
            break;
        }

        QStringList actual;
        const QList<RuleResult> results = rules::checkConfig(config, kToday, secretKnown);
        for (const RuleResult &result : results) {
            QVERIFY(result.severity != RuleSeverity::Ok);
            QVERIFY2(!result.message.isEmpty(), qPrintable(result.code));
            QVERIFY2(!result.message.contains(kSecret), qPrintable(result.message));
            actual << result.field + QLatin1Char(':') + result.code;
        }
        QCOMPARE(actual, findings);
    }

    void quoteForMessage_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("shown");
        QTest::newRow("plain") << "contoso"
                               << "contoso";
        QTest::newRow("terminal escape") << "mars\x1b[2J"
                                         << "mars\uFFFD[2J";
        QTest::newRow("newline and bell") << "a\nb\a"
                                          << "a\uFFFDb\uFFFD";
        QTest::newRow("bidi override") << "abc\u202Egpj.exe"
                                       << "abc\uFFFDgpj.exe";
        QTest::newRow("zero-width") << "con\u200Btoso"
                                    << "con\uFFFDtoso";
        QTest::newRow("long") << QString(200, QLatin1Char('x'))
                              << QString(QString(79, QLatin1Char('x')) + QStringLiteral("\u2026"));
        QTest::newRow("exactly 80") << QString(80, QLatin1Char('x')) << QString(80, QLatin1Char('x'));
        QTest::newRow("secret") << kSecret << "(hidden: it looks like a client secret)";
        QTest::newRow("secret inside a URL")
            << QString(QStringLiteral("https://x/") + kSecret) << "(hidden: it looks like a client secret)";
    }

    void quoteForMessage()
    {
        QFETCH(QString, value);
        QFETCH(QString, shown);
        QCOMPARE(rules::quoteForMessage(value), shown);
    }

    void secretInTheWrongFieldIsNotEchoed()
    {
        const QList<RuleResult> results = {
            rules::checkTenant(kSecret),
            rules::checkClientId(kSecret, kTenant),
            rules::checkRedirectUri(kSecret),
            rules::checkRedirectUri(QString(QStringLiteral("http://flexo.example.com/") + kSecret)),
            rules::checkLifecycleUrl(kSecret),
            rules::checkCustomBaseUrl(kSecret),
        };
        for (const RuleResult &result : results) {
            QVERIFY(result.isError());
            QVERIFY2(!result.message.contains(kSecret), qPrintable(result.message));
            QVERIFY2(!result.message.contains(QStringLiteral("fake.secret")), qPrintable(result.message));
        }
        QCOMPARE(rules::checkTenant(kSecret).code, QStringLiteral("tenant.looks-like-secret"));
        ConnectorConfig config;
        config.proxy = kSecret;
        config.redirectUris = {kSecret};
        for (const RuleResult &result : rules::checkConfig(config, kToday, false))
            QVERIFY2(!result.message.contains(kSecret), qPrintable(result.message));
    }

    void messagesNeverRepeatTheSecret()
    {
        const QString secrets[] = {kSecret, QStringLiteral("abcdefgh1234567"), QString(65, QLatin1Char('z')),
                                   QStringLiteral("Abc8Q~fake secret_value-0123456789abcdef")};
        for (const QString &secret : secrets) {
            const RuleResult result = rules::checkSecret(secret);
            QVERIFY2(!result.message.contains(secret), qPrintable(result.message));
        }
    }
};

QTEST_GUILESS_MAIN(TestConfigRules)
#include "tst_configrules.moc"
