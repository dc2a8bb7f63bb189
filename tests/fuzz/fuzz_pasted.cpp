// What a person pastes into the test sign-in: the address the browser ended on, its query, or the text
// of Microsoft's error page, and what the session then reads from it.

#include "FuzzSupport.h"

#include "auth/AadstsCatalog.h"
#include "auth/PastedAnswer.h"

using namespace flexo;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const PastedAnswer answer = PastedAnswer::read(QString::fromUtf8(fuzz::bytes(data, size)));
    switch (answer.kind) {
    case PastedAnswer::Kind::Unrecognised:
        break;
    case PastedAnswer::Kind::ErrorRedirect: {
        FUZZ_CHECK(!answer.rawQuery.isEmpty());
        // "error=" with no value is no error: the session then finds no code either.
        const EntraError error = EntraError::fromRedirectQuery(answer.rawQuery);
        if (!error.isNull())
            FUZZ_CHECK(!AadstsCatalog::explain(error).message.isEmpty());
        break;
    }
    case PastedAnswer::Kind::CodeRedirect:
        FUZZ_CHECK(!answer.rawQuery.isEmpty());
        FUZZ_CHECK(EntraError::fromRedirectQuery(answer.rawQuery).isNull());
        break;
    case PastedAnswer::Kind::ErrorPage:
        FUZZ_CHECK(answer.pageError.aadsts > 0);
        FUZZ_CHECK(!AadstsCatalog::explain(answer.pageError).message.isEmpty());
        break;
    }
    return 0;
}
