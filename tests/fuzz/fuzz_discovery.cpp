// The OpenID discovery document of a tenant, or the error a sign-in service answers instead, for the
// built-in clouds and a Custom one.

#include "FuzzSupport.h"
#include "HttpAnswer.h"

#include "cloud/CloudCatalog.h"
#include "cloud/TenantDiscovery.h"

using namespace flexo;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const CloudInfo global = CloudCatalog::info(Cloud::Global);
    static const CloudInfo custom = CloudCatalog::custom(QUrl(QStringLiteral("http://127.0.0.1:8443")),
                                                         QUrl(QStringLiteral("http://127.0.0.1:8443/graph")))
                                        .value();
    const QByteArray body = fuzz::bytes(data, size);
    for (const int status : {200, 400, 404, 500}) {
        const HttpResult http = fuzz::httpAnswer(status, body);
        for (const CloudInfo *cloud : {&global, &custom}) {
            const DiscoveryResult result =
                TenantDiscovery::interpret(*cloud, QStringLiteral("stluc.onmicrosoft.com"), http);
            if (!result.ok()) {
                FUZZ_CHECK(!result.error.message.isEmpty());
                continue;
            }
            FUZZ_CHECK(status == 200);
            FUZZ_CHECK(result.tokenEndpoint.isValid() && !result.tokenEndpoint.isRelative());
            FUZZ_CHECK(result.authorizationEndpoint.isValid() && !result.authorizationEndpoint.isRelative());
            FUZZ_CHECK(!result.tenantId.isEmpty());
        }
    }
    return 0;
}
