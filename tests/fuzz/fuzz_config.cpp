// The connector config file: any bytes, as a file of unknown origin may hold (ConfigFile::parse is what
// load(), import and validate use after reading the file).

#include "FuzzSupport.h"

#include "config/ConfigFile.h"
#include "config/ConfigRules.h"

#include <QDate>
#include <QJsonObject>

#include <cstdio>

using namespace flexo;

namespace {

void checkMessage(const Error &error)
{
    FUZZ_CHECK(!error.code.isEmpty());
    FUZZ_CHECK(!error.message.isEmpty());
    // Values from the file reach the admin's terminal only through rules::quoteForMessage().
    FUZZ_CHECK(!fuzz::hasControlCharacter(error.message));
    FUZZ_CHECK(!fuzz::hasControlCharacter(error.cause));
}

// The file a config is written to, without the keys the program does not know.
QByteArray knownValues(ConnectorConfig config)
{
    config.unknownKeys = {};
    config.unknownSectionKeys = {};
    return ConfigFile::serialize(config);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString name = QStringLiteral("fuzz.json");
    const Result<ConnectorConfig> parsed = ConfigFile::parse(fuzz::bytes(data, size), name);
    if (!parsed.ok()) {
        checkMessage(parsed.error());
        return 0;
    }
    const ConnectorConfig &config = parsed.value();
    for (const RuleResult &finding :
         rules::checkConfig(config, QDate(2026, 1, 15), !config.secret.isEmpty())) {
        FUZZ_CHECK(!finding.code.isEmpty());
        FUZZ_CHECK(!fuzz::hasControlCharacter(finding.message));
    }

    // Whatever was read is written without its secret, and reads back as the same config: saving a
    // file the program accepted never turns it into one it refuses, nor changes its values.
    const QJsonObject written = ConfigFile::toJson(config);
    FUZZ_CHECK(!written.value(QStringLiteral("secret")).toObject().contains(QStringLiteral("value")));
    const QByteArray once = ConfigFile::serialize(config);
    const Result<ConnectorConfig> reread = ConfigFile::parse(once, name);
    FUZZ_CHECK(reread.ok());
    FUZZ_CHECK(knownValues(reread.value()) == knownValues(config));
    // Unknown keys are kept as Qt reads them, and Qt 6.4 drops a U+FEFF that starts a key (placing the
    // key out of order): only from the first save on is the whole file stable.
    const QByteArray twice = ConfigFile::serialize(reread.value());
    const Result<ConnectorConfig> third = ConfigFile::parse(twice, name);
    FUZZ_CHECK(third.ok());
    const QByteArray thrice = ConfigFile::serialize(third.value());
    if (thrice != twice)
        std::fprintf(stderr, "written:\n%s\nwritten again:\n%s\n", twice.constData(), thrice.constData());
    FUZZ_CHECK(thrice == twice);
    return 0;
}
