// What the token endpoint (or something in its place) answers, and the ID token inside a grant: the
// body is read as a token reply, as an Entra error body, as an error redirect's query and as the text
// of an error page; every error found is explained as the admin would see it.

#include "FuzzSupport.h"

#include "auth/AadstsCatalog.h"
#include "auth/IdTokenClaims.h"
#include "auth/TokenReply.h"
#include "cloud/EntraError.h"

#include <QDate>

using namespace flexo;

namespace {

void explain(const EntraError &entra)
{
    if (entra.isNull())
        return;
    FUZZ_CHECK(entra.aadsts >= 0);
    FUZZ_CHECK(entra.aadsts == 0 || entra.aadstsCode().startsWith(QLatin1String("AADSTS")));
    FUZZ_CHECK(entra.aadsts == 0 || entra.helpUrl().isValid());
    (void)entra.shortDescription();
    AadstsContext context;
    context.clientId = QStringLiteral("3f8a2b1c-9d4e-4f5a-8b6c-7d8e9f0a1b2c");
    context.tenant = QStringLiteral("stluc.onmicrosoft.com");
    context.uriToRegister = QStringLiteral("http://localhost/flexo-teams-setup");
    context.adminConsentUrl =
        QUrl(QStringLiteral("https://login.microsoftonline.com/stluc.onmicrosoft.com/"
                            "adminconsent?client_id=3f8a2b1c-9d4e-4f5a-8b6c-7d8e9f0a1b2c"));
    context.secretExpiry = QDate(2027, 6, 30);
    const Error error = AadstsCatalog::explain(entra, context);
    FUZZ_CHECK(!error.code.isEmpty());
    FUZZ_CHECK(!error.message.isEmpty());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = fuzz::bytes(data, size);
    for (const int status : {200, 400, 401}) {
        const TokenReply reply = TokenReply::read(body, status);
        explain(reply.refusal);
        if (!reply.refusal.isNull()) {
            FUZZ_CHECK(!reply.isJsonObject);
            FUZZ_CHECK(reply.refusal.httpStatus == status);
            continue;
        }
        if (!reply.isJsonObject)
            continue;
        FUZZ_CHECK(reply.info.httpStatus == status);
        FUZZ_CHECK(reply.info.hasIdToken == reply.values.contains(QStringLiteral("id_token")));
        const IdTokenClaims claims =
            IdTokenClaims::decode(reply.values.value(QStringLiteral("id_token")).toString());
        FUZZ_CHECK(claims.valid || claims.tenantId.isEmpty());
    }
    const QString text = QString::fromUtf8(body);
    explain(EntraError::fromRedirectQuery(text));
    explain(EntraError::fromText(text));
    const IdTokenClaims claims = IdTokenClaims::decode(text);
    FUZZ_CHECK(claims.valid || claims.tenantId.isEmpty());
    return 0;
}
