#include "config/ConfigFile.h"

#include "common/Logging.h"
#include "common/Redaction.h"
#include "common/SafeFile.h"
#include "config/ConfigRules.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringDecoder>

#include <cmath>

namespace flexo {
namespace {

struct FileText
{
    Q_DECLARE_TR_FUNCTIONS(flexo::ConfigFile)
};

// Keys of the file, in one place so the writer, the reader and the schema test agree.
namespace key {
const QString format = QStringLiteral("format");
const QString version = QStringLiteral("version");
const QString cloud = QStringLiteral("cloud");
const QString name = QStringLiteral("name");
const QString loginBaseUrl = QStringLiteral("loginBaseUrl");
const QString graphBaseUrl = QStringLiteral("graphBaseUrl");
const QString tenant = QStringLiteral("tenant");
const QString id = QStringLiteral("id");
const QString domain = QStringLiteral("domain");
const QString clientId = QStringLiteral("clientId");
const QString secret = QStringLiteral("secret");
const QString keychainService = QStringLiteral("keychainService");
const QString keychainKey = QStringLiteral("keychainKey");
const QString expires = QStringLiteral("expires");
const QString hint = QStringLiteral("hint");
const QString value = QStringLiteral("value");
const QString redirectUris = QStringLiteral("redirectUris");
const QString lifecycleUrl = QStringLiteral("lifecycleUrl");
const QString signInRedirectUri = QStringLiteral("signInRedirectUri");
const QString enabled = QStringLiteral("enabled");
const QString network = QStringLiteral("network");
const QString proxy = QStringLiteral("proxy");
const QString caBundle = QStringLiteral("caBundle");
const QString lastVerification = QStringLiteral("lastVerification");
const QString when = QStringLiteral("when");
const QString passedChecks = QStringLiteral("passedChecks");
const QString failedChecks = QStringLiteral("failedChecks");
const QString worstStatus = QStringLiteral("worstStatus");
} // namespace key

const QStringList &topLevelKeys()
{
    static const QStringList keys{key::format,       key::version,      key::cloud,
                                  key::tenant,       key::clientId,     key::secret,
                                  key::redirectUris, key::lifecycleUrl, key::signInRedirectUri,
                                  key::enabled,      key::network,      key::lastVerification};
    return keys;
}

QStringList sectionKeys(const QString &section)
{
    if (section == key::cloud)
        return {key::name, key::loginBaseUrl, key::graphBaseUrl};
    if (section == key::tenant)
        return {key::id, key::domain};
    if (section == key::secret)
        return {key::keychainService, key::keychainKey, key::expires, key::hint, key::value};
    if (section == key::network)
        return {key::proxy, key::caBundle};
    if (section == key::lastVerification)
        return {key::when, key::passedChecks, key::failedChecks, key::worstStatus};
    return {};
}

QString displayPath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

Error loadError(const QString &code, const QString &file, const QString &cause, const QString &fix,
                const QString &detail)
{
    return Error::make(QStringLiteral("config.file.") + code,
                       FileText::tr("The configuration file “%1” cannot be used.").arg(displayPath(file)),
                       cause, fix, detail);
}

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return FileText::tr("null");
    case QJsonValue::Bool:
        return FileText::tr("true or false");
    case QJsonValue::Double:
        return FileText::tr("a number");
    case QJsonValue::String:
        return FileText::tr("text");
    case QJsonValue::Array:
        return FileText::tr("a list");
    case QJsonValue::Object:
        return FileText::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return FileText::tr("nothing");
}

// Nesting depth of JSON text, counted without parsing so that a hostile file cannot make the parser
// recurse deeply. Brackets inside strings do not count.
int nestingDepth(const QByteArray &data)
{
    int depth = 0;
    int deepest = 0;
    bool inString = false;
    bool escaped = false;
    for (const char c : data) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            deepest = std::max(deepest, ++depth);
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return deepest;
}

// Reads the typed fields of the file, stopping at the first problem.
// Qt 6.4's JSON reader drops a U+FEFF that starts a string only when the string has no escape
// sequence, so one file could read as two configs depending on how it was written; dropping it always
// makes what was read the same as what a save writes and reads back.
QString textValue(const QJsonValue &value)
{
    QString text = value.toString();
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

class Reader
{
public:
    explicit Reader(const QString &file)
        : m_file(file)
    {}

    [[nodiscard]] const Error &error() const { return m_error; }
    [[nodiscard]] bool failed() const { return !m_error.isNull(); }

    QString string(const QJsonObject &object, const QString &name, const QString &where)
    {
        const QJsonValue value = object.value(name);
        if (value.isUndefined() || value.isNull())
            return {};
        if (!value.isString()) {
            wrongType(where, FileText::tr("text"), value);
            return {};
        }
        return textValue(value);
    }

    QStringList strings(const QJsonObject &object, const QString &name, const QString &where)
    {
        const QJsonValue value = object.value(name);
        if (value.isUndefined() || value.isNull())
            return {};
        if (!value.isArray()) {
            wrongType(where, FileText::tr("a list of texts"), value);
            return {};
        }
        QStringList out;
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isString()) {
                wrongType(QStringLiteral("%1[%2]").arg(where).arg(i), FileText::tr("text"), array.at(i));
                return {};
            }
            out << textValue(array.at(i));
        }
        return out;
    }

    // Returns the section and records its unknown keys; an absent section is an empty object.
    QJsonObject section(const QJsonObject &root, const QString &name, QJsonObject &unknownSections)
    {
        const QJsonValue value = root.value(name);
        if (value.isUndefined() || value.isNull())
            return {};
        if (!value.isObject()) {
            wrongType(name, FileText::tr("an object"), value);
            return {};
        }
        const QJsonObject object = value.toObject();
        const QStringList known = sectionKeys(name);
        QJsonObject unknown;
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!known.contains(it.key()))
                unknown.insert(it.key(), it.value());
        }
        if (!unknown.isEmpty())
            unknownSections.insert(name, unknown);
        return object;
    }

    void invalid(const QString &where, const QString &problem)
    {
        if (failed())
            return;
        m_error = loadError(QStringLiteral("invalid-value"), m_file,
                            FileText::tr("The value of “%1” is not valid: %2.").arg(where, problem),
                            FileText::tr("Correct it in a text editor, or create the file again with FlexO "
                                         "Teams Setup."),
                            QStringLiteral("invalid value at %1").arg(where));
    }

private:
    void wrongType(const QString &where, const QString &expected, const QJsonValue &actual)
    {
        if (failed())
            return;
        m_error = loadError(QStringLiteral("wrong-type"), m_file,
                            FileText::tr("The value of “%1” must be %2, but it is %3.")
                                .arg(where, expected, typeName(actual)),
                            FileText::tr("Correct it in a text editor, or create the file again with FlexO "
                                         "Teams Setup."),
                            QStringLiteral("wrong JSON type at %1").arg(where));
    }

    QString m_file;
    Error m_error;
};

Error checkHeader(const QJsonObject &root, const QString &file)
{
    const QString fix = FileText::tr("Choose a file saved or exported by FlexO Teams Setup.");
    const QJsonValue format = root.value(key::format);
    if (format.isUndefined()) {
        return loadError(
            QStringLiteral("wrong-format"), file,
            FileText::tr("It is a JSON file, but not a FlexO Teams connector configuration (it has "
                         "no “format” entry)."),
            fix, QStringLiteral("no format key"));
    }
    if (format.toString() != ConfigFile::formatName()) {
        return loadError(
            QStringLiteral("wrong-format"), file,
            FileText::tr("It is a JSON file, but not a FlexO Teams connector configuration (its "
                         "format is “%1”, not “%2”).")
                .arg(format.isString() ? rules::quoteForMessage(format.toString()) : typeName(format),
                     ConfigFile::formatName()),
            fix, QStringLiteral("format mismatch"));
    }
    const QJsonValue version = root.value(key::version);
    const double number = version.toDouble(-1);
    // No integer cast before the range is known: a hostile file may say 1e300.
    if (!version.isDouble() || !std::isfinite(number) || number < 1 || std::floor(number) != number) {
        return loadError(QStringLiteral("bad-version"), file,
                         FileText::tr("Its “version” entry is missing or is not a positive whole number."),
                         FileText::tr("Create the file again with FlexO Teams Setup."),
                         QStringLiteral("bad version"));
    }
    if (number > ConfigFile::kVersion) {
        return loadError(QStringLiteral("newer-version"), file,
                         FileText::tr("It was written by a newer FlexO Teams Setup (file version %1; this "
                                      "version reads version %2).")
                             .arg(QString::number(number, 'g', 12))
                             .arg(ConfigFile::kVersion),
                         FileText::tr("Open it with the newer FlexO Teams Setup, or update this one."),
                         QStringLiteral("version %1 > %2").arg(number).arg(ConfigFile::kVersion));
    }
    return {};
}

void readCloud(Reader &reader, const QJsonObject &root, ConnectorConfig &config)
{
    const QJsonObject cloud = reader.section(root, key::cloud, config.unknownSectionKeys);
    const QString name = reader.string(cloud, key::name, QStringLiteral("cloud.name"));
    if (!name.isEmpty()) {
        const std::optional<Cloud> parsed = ConfigFile::cloudFromName(name);
        if (!parsed) {
            reader.invalid(QStringLiteral("cloud.name"),
                           FileText::tr("“%1” is not one of global, usgov-high, usgov-dod, china, custom")
                               .arg(rules::quoteForMessage(name)));
        } else {
            config.cloud = *parsed;
        }
    }
    config.customLoginBase =
        QUrl(reader.string(cloud, key::loginBaseUrl, QStringLiteral("cloud.loginBaseUrl")));
    config.customGraphBase =
        QUrl(reader.string(cloud, key::graphBaseUrl, QStringLiteral("cloud.graphBaseUrl")));
}

void readSecret(Reader &reader, const QJsonObject &root, ConnectorConfig &config)
{
    const QJsonObject secret = reader.section(root, key::secret, config.unknownSectionKeys);
    // Files of earlier versions name a keychain entry. It is read (a wrong type is still an error) and
    // ignored: the entry is derived from the cloud, tenant and client (KeychainBinding), never taken
    // from a file, which could otherwise name another connector's secret.
    (void)reader.string(secret, key::keychainService, QStringLiteral("secret.keychainService"));
    (void)reader.string(secret, key::keychainKey, QStringLiteral("secret.keychainKey"));
    config.secretHint = reader.string(secret, key::hint, QStringLiteral("secret.hint"));
    config.secret = reader.string(secret, key::value, QStringLiteral("secret.value"));
    // Never logged or reported from here on. Only a value shaped like a secret: a file of unknown origin
    // must not make the process redact ordinary words (a tenant, an error code) in every report.
    if (config.secret.trimmed().size() >= 16 && !config.secret.contains(QLatin1Char(' ')))
        registerSensitiveValue(config.secret.trimmed());
    const QString expires = reader.string(secret, key::expires, QStringLiteral("secret.expires"));
    if (!expires.isEmpty()) {
        config.secretExpiry = QDate::fromString(expires, Qt::ISODate);
        if (!config.secretExpiry.isValid())
            reader.invalid(QStringLiteral("secret.expires"),
                           FileText::tr("“%1” is not a date in the form YYYY-MM-DD")
                               .arg(rules::quoteForMessage(expires)));
    }
}

void readLastVerification(Reader &reader, const QJsonObject &root, ConnectorConfig &config)
{
    const QJsonObject last = reader.section(root, key::lastVerification, config.unknownSectionKeys);
    const QString when = reader.string(last, key::when, QStringLiteral("lastVerification.when"));
    if (!when.isEmpty()) {
        config.lastVerification.when = QDateTime::fromString(when, Qt::ISODate);
        if (!config.lastVerification.when.isValid())
            reader.invalid(QStringLiteral("lastVerification.when"),
                           FileText::tr("“%1” is not a date and time in ISO 8601 form")
                               .arg(rules::quoteForMessage(when)));
        config.lastVerification.when = config.lastVerification.when.toUTC();
    }
    config.lastVerification.passedChecks =
        reader.strings(last, key::passedChecks, QStringLiteral("lastVerification.passedChecks"));
    config.lastVerification.failedChecks =
        reader.strings(last, key::failedChecks, QStringLiteral("lastVerification.failedChecks"));
    config.lastVerification.worstStatus =
        reader.string(last, key::worstStatus, QStringLiteral("lastVerification.worstStatus"));
}

Result<ConnectorConfig> readConfig(const QJsonObject &root, const QString &file)
{
    if (Error header = checkHeader(root, file))
        return header;
    Reader reader(file);
    ConnectorConfig config;
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (!topLevelKeys().contains(it.key()))
            config.unknownKeys.insert(it.key(), it.value());
    }
    readCloud(reader, root, config);
    const QJsonObject tenant = reader.section(root, key::tenant, config.unknownSectionKeys);
    config.tenantId = reader.string(tenant, key::id, QStringLiteral("tenant.id"));
    config.tenantDomain = reader.string(tenant, key::domain, QStringLiteral("tenant.domain"));
    config.clientId = reader.string(root, key::clientId, key::clientId);
    readSecret(reader, root, config);
    config.redirectUris = reader.strings(root, key::redirectUris, key::redirectUris);
    config.lifecycleUrl = QUrl(reader.string(root, key::lifecycleUrl, key::lifecycleUrl));
    // Absent, null or empty: the default test sign-in address.
    const QString signIn = reader.string(root, key::signInRedirectUri, key::signInRedirectUri);
    if (!signIn.isEmpty())
        config.signInRedirectUri = signIn;
    const QJsonValue enabled = root.value(key::enabled);
    if (enabled.isBool())
        config.enabled = enabled.toBool();
    else if (!enabled.isUndefined() && !enabled.isNull())
        reader.invalid(key::enabled,
                       FileText::tr("it must be true or false, but it is %1").arg(typeName(enabled)));
    const QJsonObject network = reader.section(root, key::network, config.unknownSectionKeys);
    config.proxy = reader.string(network, key::proxy, QStringLiteral("network.proxy"));
    config.caBundle = reader.string(network, key::caBundle, QStringLiteral("network.caBundle"));
    readLastVerification(reader, root, config);
    if (reader.failed())
        return reader.error();
    return config;
}

// "line 3, column 5" for a byte offset, as text editors count.
QString position(const QByteArray &data, int offset)
{
    const QByteArray before = data.left(offset);
    const int line = int(before.count('\n')) + 1;
    const int column = int(QString::fromUtf8(before.mid(before.lastIndexOf('\n') + 1)).size()) + 1;
    return FileText::tr("line %1, column %2").arg(line).arg(column);
}

Error parseError(const QJsonParseError &parseError, const QByteArray &data, const QString &file)
{
    const QString detail = QStringLiteral("JSON parse error at offset %1: %2")
                               .arg(parseError.offset)
                               .arg(parseError.errorString());
    const bool atEnd = parseError.offset >= data.trimmed().size();
    const bool truncatedError = parseError.error == QJsonParseError::UnterminatedObject ||
                                parseError.error == QJsonParseError::UnterminatedArray ||
                                parseError.error == QJsonParseError::UnterminatedString ||
                                parseError.error == QJsonParseError::IllegalValue;
    if (atEnd && truncatedError) {
        return loadError(
            QStringLiteral("truncated"), file,
            FileText::tr("It ends too early, after %1 bytes: it was probably cut off while being "
                         "copied or written (a full disk, an interrupted transfer).")
                .arg(data.size()),
            FileText::tr("Restore the file from its backup (the same name ending in “.bak”) or "
                         "export it again."),
            detail);
    }
    if (parseError.error == QJsonParseError::DeepNesting) {
        return loadError(QStringLiteral("too-deep"), file,
                         FileText::tr("Its JSON is nested too deeply to be a connector configuration."),
                         FileText::tr("Choose a file saved or exported by FlexO Teams Setup."), detail);
    }
    return loadError(
        QStringLiteral("not-json"), file,
        FileText::tr("It is not valid JSON: %1 at %2 (byte %3).")
            .arg(parseError.errorString(), position(data, parseError.offset))
            .arg(parseError.offset),
        FileText::tr("If it was edited by hand, correct it there, or restore it from its backup (the "
                     "same name ending in “.bak”). Otherwise choose a file saved or exported by FlexO "
                     "Teams Setup."),
        detail);
}

// Writes `data` to `path` atomically with mode 0600 from the first byte, never through a link.
Error writePrivateFile(const QString &path, const QByteArray &data, const QString &code)
{
    Error error = SafeFile::write(path, data, SafeFile::Access::Private);
    if (error) {
        error.detail = error.code + QStringLiteral(": ") + error.detail;
        error.code = code;
        error.message = FileText::tr("The configuration could not be saved to “%1”: %2")
                            .arg(displayPath(path), error.message);
    }
    return error;
}

} // namespace

QString ConfigFile::formatName()
{
    return QStringLiteral("flexo-teams-connector");
}

QString ConfigFile::fileNameSuffix()
{
    return QStringLiteral(".flexo-teams.json");
}

QString ConfigFile::cloudName(Cloud cloud)
{
    switch (cloud) {
    case Cloud::Global:
        return QStringLiteral("global");
    case Cloud::UsGovHigh:
        return QStringLiteral("usgov-high");
    case Cloud::UsGovDod:
        return QStringLiteral("usgov-dod");
    case Cloud::China:
        return QStringLiteral("china");
    case Cloud::Custom:
        return QStringLiteral("custom");
    }
    return QStringLiteral("global");
}

std::optional<Cloud> ConfigFile::cloudFromName(const QString &name)
{
    for (const Cloud cloud :
         {Cloud::Global, Cloud::UsGovHigh, Cloud::UsGovDod, Cloud::China, Cloud::Custom}) {
        if (name.compare(cloudName(cloud), Qt::CaseInsensitive) == 0)
            return cloud;
    }
    return std::nullopt;
}

Result<ConnectorConfig> ConfigFile::load(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        return loadError(QStringLiteral("not-found"), path, FileText::tr("There is no file at this place."),
                         FileText::tr("Check the file name and folder."), QStringLiteral("file not found"));
    }
    if (!info.isFile()) {
        return loadError(
            QStringLiteral("not-a-file"), path, FileText::tr("It is a folder or a device, not a file."),
            FileText::tr("Choose the configuration file itself."), QStringLiteral("not a regular file"));
    }
    if (info.size() > kMaxFileSize) {
        return loadError(
            QStringLiteral("too-large"), path,
            FileText::tr("It is %1 bytes large, far larger than a connector configuration (at most "
                         "%2 bytes).")
                .arg(info.size())
                .arg(kMaxFileSize),
            FileText::tr("Choose a file saved or exported by FlexO Teams Setup."),
            QStringLiteral("size %1 > %2").arg(info.size()).arg(kMaxFileSize));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return loadError(QStringLiteral("unreadable"), path,
                         FileText::tr("It could not be opened: %1.").arg(file.errorString()),
                         FileText::tr("Check that you may read it."),
                         QStringLiteral("open failed: %1").arg(file.errorString()));
    }
    // The size may change between the check and the read: never read more than the limit.
    const QByteArray data = file.read(kMaxFileSize + 1);
    if (data.size() > kMaxFileSize) {
        return loadError(
            QStringLiteral("too-large"), path,
            FileText::tr("It is larger than a connector configuration can be (%1 bytes).").arg(kMaxFileSize),
            FileText::tr("Choose a file saved or exported by FlexO Teams Setup."),
            QStringLiteral("grew beyond %1 bytes while reading").arg(kMaxFileSize));
    }
    qCDebug(lcConfig) << "read" << data.size() << "bytes from" << path;
    return parse(data, path);
}

Result<ConnectorConfig> ConfigFile::parse(const QByteArray &rawData, const QString &sourceName)
{
    const QString fix = FileText::tr("Choose a file saved or exported by FlexO Teams Setup.");
    if (rawData.size() > kMaxFileSize) {
        return loadError(
            QStringLiteral("too-large"), sourceName,
            FileText::tr("It is larger than a connector configuration can be (%1 bytes).").arg(kMaxFileSize),
            fix, QStringLiteral("size %1 > %2").arg(rawData.size()).arg(kMaxFileSize));
    }
    if (rawData.trimmed().isEmpty()) {
        return loadError(QStringLiteral("empty"), sourceName, FileText::tr("It is empty."),
                         FileText::tr("Restore the file from its backup (the same name ending in “.bak”) or "
                                      "export it again."),
                         QStringLiteral("empty file"));
    }
    if (rawData.startsWith("\xFF\xFE") || rawData.startsWith("\xFE\xFF")) {
        return loadError(QStringLiteral("not-utf8"), sourceName,
                         FileText::tr("It is saved as UTF-16, but a configuration file must be UTF-8."),
                         FileText::tr("Save it again as UTF-8 in your text editor."),
                         QStringLiteral("UTF-16 BOM"));
    }
    QByteArray data = rawData;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString decoded = decoder.decode(data);
    Q_UNUSED(decoded)
    if (decoder.hasError()) {
        return loadError(QStringLiteral("not-utf8"), sourceName,
                         FileText::tr("It is not UTF-8 text: it may be a binary file, or text in another "
                                      "encoding."),
                         FileText::tr("Save it again as UTF-8 in your text editor."),
                         QStringLiteral("invalid UTF-8"));
    }
    if (nestingDepth(data) > kMaxNestingDepth) {
        return loadError(
            QStringLiteral("too-deep"), sourceName,
            FileText::tr("Its JSON is nested more than %1 levels deep, far more than a connector "
                         "configuration.")
                .arg(kMaxNestingDepth),
            fix, QStringLiteral("nesting > %1").arg(kMaxNestingDepth));
    }
    QJsonParseError parseErr;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseErr);
    if (parseErr.error != QJsonParseError::NoError)
        return parseError(parseErr, data, sourceName);
    if (!document.isObject()) {
        return loadError(QStringLiteral("not-object"), sourceName,
                         FileText::tr("It holds a JSON list, not the JSON object a configuration is."), fix,
                         QStringLiteral("top level is not an object"));
    }
    return readConfig(document.object(), sourceName);
}

QJsonObject ConfigFile::toJson(const ConnectorConfig &config, const SaveOptions &options)
{
    // Unknown keys first, so that a known key always wins.
    QJsonObject root = config.unknownKeys;
    auto section = [&config](const QString &name) {
        return config.unknownSectionKeys.value(name).toObject();
    };
    auto putString = [](QJsonObject &object, const QString &name, const QString &value) {
        if (!value.isEmpty())
            object.insert(name, value);
    };

    root.insert(key::format, formatName());
    root.insert(key::version, kVersion);

    QJsonObject cloud = section(key::cloud);
    cloud.insert(key::name, cloudName(config.cloud));
    if (config.cloud == Cloud::Custom) {
        putString(cloud, key::loginBaseUrl, config.customLoginBase.toString());
        putString(cloud, key::graphBaseUrl, config.customGraphBase.toString());
    }
    root.insert(key::cloud, cloud);

    QJsonObject tenant = section(key::tenant);
    putString(tenant, key::id, config.tenantId);
    putString(tenant, key::domain, config.tenantDomain);
    root.insert(key::tenant, tenant);

    putString(root, key::clientId, config.clientId);

    // An export without the secret leaves unknown keys of this section out too: "Value",
    // "clientSecret" and the like are a secret's name whatever this version calls it.
    QJsonObject secret = options.forExport && !options.includeSecret ? QJsonObject() : section(key::secret);
    if (config.secretExpiry.isValid())
        secret.insert(key::expires, config.secretExpiry.toString(Qt::ISODate));
    putString(secret, key::hint, config.secretHint);
    // The value is written only on request, whatever else the section holds.
    secret.remove(key::value);
    if (options.includeSecret)
        putString(secret, key::value, config.secret);
    root.insert(key::secret, secret);

    root.insert(key::redirectUris, QJsonArray::fromStringList(config.redirectUris));
    putString(root, key::lifecycleUrl, config.lifecycleUrl.toString());
    putString(root, key::signInRedirectUri, config.signInRedirectUri);
    root.insert(key::enabled, config.enabled);

    QJsonObject network = section(key::network);
    putString(network, key::proxy, config.proxy);
    putString(network, key::caBundle, config.caBundle);
    if (!network.isEmpty())
        root.insert(key::network, network);

    const LastVerification &last = config.lastVerification;
    QJsonObject verification = section(key::lastVerification);
    if (last.when.isValid())
        verification.insert(key::when, last.when.toUTC().toString(Qt::ISODate));
    if (last.when.isValid() || !last.passedChecks.isEmpty() || !last.failedChecks.isEmpty()) {
        verification.insert(key::passedChecks, QJsonArray::fromStringList(last.passedChecks));
        verification.insert(key::failedChecks, QJsonArray::fromStringList(last.failedChecks));
    }
    putString(verification, key::worstStatus, last.worstStatus);
    if (!verification.isEmpty())
        root.insert(key::lastVerification, verification);
    return root;
}

QByteArray ConfigFile::serialize(const ConnectorConfig &config, const SaveOptions &options)
{
    return QJsonDocument(toJson(config, options)).toJson(QJsonDocument::Indented);
}

QString ConfigFile::backupPath(const QString &path)
{
    return path + QStringLiteral(".bak");
}

QByteArray ConfigFile::schema()
{
    QFile file(QStringLiteral(":/flexo/schema/flexo-teams-connector.schema.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

namespace {

// The key paths ("clientSecret", "network.note[2]") of the string values of `value` that hold one of
// `secrets`.
void findSecretCopies(const QJsonValue &value, const QString &at, const QStringList &secrets,
                      QStringList *found)
{
    if (value.isString()) {
        const QString text = value.toString();
        for (const QString &secret : secrets) {
            if (secret.size() >= 4 && text.contains(secret)) {
                found->append(at);
                return;
            }
        }
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            findSecretCopies(it.value(), at.isEmpty() ? it.key() : at + QLatin1Char('.') + it.key(), secrets,
                             found);
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            findSecretCopies(array.at(i), QStringLiteral("%1[%2]").arg(at).arg(i), secrets, found);
    }
}

} // namespace

Error ConfigFile::refuseSecretCopies(const QJsonObject &json, const QStringList &secrets)
{
    QStringList normalized;
    for (const QString &secret : secrets) {
        const QString trimmed = secret.trimmed();
        if (!trimmed.isEmpty())
            normalized << trimmed;
    }
    QStringList found;
    findSecretCopies(json, QString(), normalized, &found);
    if (found.isEmpty())
        return {};
    const QString where = plainText(found.join(QStringLiteral(", ")));
    return Error::make(
        QStringLiteral("config.file.secret-copy"),
        FileText::tr("Nothing was written: the client secret is also the value of %1, and a "
                     "file without the secret must not hold it anywhere.")
            .arg(where),
        FileText::tr("The config has a key this version does not know whose value is the secret "
                     "(perhaps added by hand or by another tool)."),
        FileText::tr("Remove %1 from the config, or export with --include-secret if the file is "
                     "meant to hold the secret.")
            .arg(where),
        QStringLiteral("secret found at %1").arg(found.join(QLatin1Char(','))));
}

Error ConfigFile::save(const ConnectorConfig &config, const QString &path, const SaveOptions &options)
{
    if (!options.includeSecret) {
        if (Error copy = refuseSecretCopies(toJson(config, options),
                                            QStringList{config.secret} + registeredSensitiveValues()))
            return copy;
    }
    const QByteArray data = serialize(config, options);
    const QFileInfo info(path);
    if (info.exists() && !info.isFile()) {
        return Error::make(
            QStringLiteral("config.file.save-failed"),
            FileText::tr("The configuration could not be saved to “%1”.").arg(displayPath(path)),
            FileText::tr("A folder or a device has that name."), FileText::tr("Choose another file name."),
            QStringLiteral("target is not a regular file"));
    }
    const QDir dir = info.absoluteDir();
    if (Error folder = SafeFile::makePrivateDirectory(dir.absolutePath())) {
        return Error::make(
            QStringLiteral("config.file.save-failed"),
            FileText::tr("The configuration could not be saved to “%1”.").arg(displayPath(path)),
            FileText::tr("Its folder could not be created."),
            FileText::tr("Check that you may write to the parent folder."), folder.detail);
    }
    // An export that holds the secret keeps no copy of the file it replaces: the previous one may
    // hold an older secret in plain text, which nobody asked to keep.
    if (info.exists() && !options.includeSecret) {
        QFile previous(path);
        if (!previous.open(QIODevice::ReadOnly)) {
            return Error::make(
                QStringLiteral("config.file.backup-failed"),
                FileText::tr("The configuration was not saved to “%1”: the file already there "
                             "could not be read to keep a backup of it.")
                    .arg(displayPath(path)),
                previous.errorString(), FileText::tr("Check that you may read and write the file."),
                QStringLiteral("reading previous file failed: %1").arg(previous.errorString()));
        }
        const QByteArray previousData = previous.readAll();
        previous.close();
        if (Error backup = writePrivateFile(backupPath(path), previousData,
                                            QStringLiteral("config.file.backup-failed"))) {
            backup.message =
                FileText::tr("The configuration was not saved to “%1”: a backup of the file already "
                             "there could not be written to “%2”.")
                    .arg(displayPath(path), displayPath(backupPath(path)));
            return backup;
        }
    }
    if (Error written = writePrivateFile(path, data, QStringLiteral("config.file.save-failed")))
        return written;
    qCInfo(lcConfig) << "saved configuration to" << path << (options.includeSecret ? "(with secret)" : "");
    return {};
}

} // namespace flexo
