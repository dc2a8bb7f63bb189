#include "JsonSchemaValidator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>

namespace flexo::test {
namespace {

// $ref cycles in a broken schema must not recurse forever.
constexpr int kMaxDepth = 200;

QString typeOf(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("undefined");
}

bool isInteger(const QJsonValue &value)
{
    if (!value.isDouble())
        return false;
    const double d = value.toDouble();
    return std::isfinite(d) && std::floor(d) == d;
}

bool hasType(const QJsonValue &value, const QString &type)
{
    if (type == QLatin1String("integer"))
        return isInteger(value);
    return typeOf(value) == type;
}

QString describe(const QJsonValue &value)
{
    if (value.isString())
        return QLatin1Char('"') + value.toString() + QLatin1Char('"');
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return typeOf(value);
}

QString child(const QString &path, const QString &key)
{
    QString escaped = key;
    escaped.replace(QLatin1Char('~'), QLatin1String("~0")).replace(QLatin1Char('/'), QLatin1String("~1"));
    return path + QLatin1Char('/') + escaped;
}

QString where(const QString &path)
{
    return path.isEmpty() ? QStringLiteral("(root)") : path;
}

qsizetype codePoints(const QString &text)
{
    return text.toUcs4().size();
}

} // namespace

JsonSchemaValidator::JsonSchemaValidator(QJsonObject schema)
    : m_schema(std::move(schema))
{}

JsonSchemaValidator JsonSchemaValidator::fromFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return JsonSchemaValidator(QJsonObject());
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        if (error)
            *error = QStringLiteral("%1: not a JSON object (%2 at %3)")
                         .arg(path, parseError.errorString())
                         .arg(parseError.offset);
        return JsonSchemaValidator(QJsonObject());
    }
    if (error)
        error->clear();
    return JsonSchemaValidator(document.object());
}

QStringList JsonSchemaValidator::validate(const QJsonValue &instance) const
{
    QStringList out;
    check(m_schema, instance, QString(), out, 0);
    return out;
}

QJsonValue JsonSchemaValidator::resolve(const QString &ref, bool *ok) const
{
    *ok = false;
    if (!ref.startsWith(QLatin1Char('#')))
        return {};
    QJsonValue current = m_schema;
    const QString pointer = ref.mid(1);
    if (pointer.isEmpty()) {
        *ok = true;
        return current;
    }
    if (!pointer.startsWith(QLatin1Char('/')))
        return {};
    const QStringList tokens = pointer.mid(1).split(QLatin1Char('/'));
    for (QString token : tokens) {
        token.replace(QLatin1String("~1"), QLatin1String("/"))
            .replace(QLatin1String("~0"), QLatin1String("~"));
        if (current.isObject()) {
            const QJsonObject object = current.toObject();
            if (!object.contains(token))
                return {};
            current = object.value(token);
        } else if (current.isArray()) {
            bool isIndex = false;
            const int index = token.toInt(&isIndex);
            if (!isIndex || index < 0 || index >= current.toArray().size())
                return {};
            current = current.toArray().at(index);
        } else {
            return {};
        }
    }
    *ok = true;
    return current;
}

void JsonSchemaValidator::check(const QJsonValue &schemaValue, const QJsonValue &instance,
                                const QString &path, QStringList &out, int depth) const
{
    if (depth > kMaxDepth) {
        out << QStringLiteral("%1: schema nesting too deep (a $ref cycle?)").arg(where(path));
        return;
    }
    if (schemaValue.isBool()) {
        if (!schemaValue.toBool())
            out << QStringLiteral("%1: no value is allowed here").arg(where(path));
        return;
    }
    if (!schemaValue.isObject()) {
        out << QStringLiteral("%1: schema is not an object or a boolean").arg(where(path));
        return;
    }
    const QJsonObject schema = schemaValue.toObject();

    if (schema.contains(QLatin1String("$ref"))) {
        const QString ref = schema.value(QLatin1String("$ref")).toString();
        bool ok = false;
        const QJsonValue target = resolve(ref, &ok);
        if (!ok)
            out << QStringLiteral("%1: cannot resolve $ref \"%2\"").arg(where(path), ref);
        else
            check(target, instance, path, out, depth + 1);
    }

    if (schema.contains(QLatin1String("type"))) {
        const QJsonValue type = schema.value(QLatin1String("type"));
        QStringList types;
        if (type.isArray()) {
            for (const QJsonValue &t : type.toArray())
                types << t.toString();
        } else {
            types << type.toString();
        }
        bool matches = false;
        for (const QString &t : std::as_const(types))
            matches = matches || hasType(instance, t);
        if (!matches) {
            out << QStringLiteral("%1: expected type %2, got %3")
                       .arg(where(path), types.join(QLatin1String(" or ")), typeOf(instance));
            return; // the other keywords would only repeat the problem
        }
    }

    if (schema.contains(QLatin1String("enum"))) {
        const QJsonArray allowed = schema.value(QLatin1String("enum")).toArray();
        if (!allowed.contains(instance))
            out << QStringLiteral("%1: %2 is not one of %3")
                       .arg(where(path), describe(instance), describe(allowed));
    }
    if (schema.contains(QLatin1String("const"))) {
        const QJsonValue expected = schema.value(QLatin1String("const"));
        if (expected != instance)
            out << QStringLiteral("%1: must be %2, got %3")
                       .arg(where(path), describe(expected), describe(instance));
    }

    if (instance.isObject())
        checkObject(schema, instance.toObject(), path, out, depth);
    else if (instance.isArray())
        checkArray(schema, instance.toArray(), path, out, depth);
    else
        checkScalar(schema, instance, path, out);

    checkCombinators(schema, instance, path, out, depth);
}

void JsonSchemaValidator::checkObject(const QJsonObject &schema, const QJsonObject &instance,
                                      const QString &path, QStringList &out, int depth) const
{
    for (const QJsonValue &name : schema.value(QLatin1String("required")).toArray()) {
        if (!instance.contains(name.toString()))
            out << QStringLiteral("%1: required property \"%2\" is missing")
                       .arg(where(path), name.toString());
    }
    const QJsonObject properties = schema.value(QLatin1String("properties")).toObject();
    const QJsonObject patternProperties = schema.value(QLatin1String("patternProperties")).toObject();
    const QJsonValue additional = schema.value(QLatin1String("additionalProperties"));
    for (auto it = instance.begin(); it != instance.end(); ++it) {
        const QString childPath = child(path, it.key());
        bool described = false;
        if (properties.contains(it.key())) {
            described = true;
            check(properties.value(it.key()), it.value(), childPath, out, depth + 1);
        }
        for (auto pattern = patternProperties.begin(); pattern != patternProperties.end(); ++pattern) {
            const QRegularExpression re(pattern.key());
            if (re.match(it.key()).hasMatch()) {
                described = true;
                check(pattern.value(), it.value(), childPath, out, depth + 1);
            }
        }
        if (described || additional.isUndefined())
            continue;
        if (additional.isBool()) {
            if (!additional.toBool())
                out << QStringLiteral("%1: property \"%2\" is not allowed").arg(where(path), it.key());
        } else {
            check(additional, it.value(), childPath, out, depth + 1);
        }
    }
}

void JsonSchemaValidator::checkArray(const QJsonObject &schema, const QJsonArray &instance,
                                     const QString &path, QStringList &out, int depth) const
{
    if (schema.contains(QLatin1String("minItems")) &&
        instance.size() < schema.value(QLatin1String("minItems")).toInt())
        out << QStringLiteral("%1: needs at least %2 items, has %3")
                   .arg(where(path))
                   .arg(schema.value(QLatin1String("minItems")).toInt())
                   .arg(instance.size());
    if (schema.contains(QLatin1String("maxItems")) &&
        instance.size() > schema.value(QLatin1String("maxItems")).toInt())
        out << QStringLiteral("%1: allows at most %2 items, has %3")
                   .arg(where(path))
                   .arg(schema.value(QLatin1String("maxItems")).toInt())
                   .arg(instance.size());
    if (schema.value(QLatin1String("uniqueItems")).toBool()) {
        for (qsizetype i = 0; i < instance.size(); ++i) {
            for (qsizetype j = i + 1; j < instance.size(); ++j) {
                if (instance.at(i) == instance.at(j))
                    out << QStringLiteral("%1: items %2 and %3 are equal").arg(where(path)).arg(i).arg(j);
            }
        }
    }
    if (schema.contains(QLatin1String("items"))) {
        const QJsonValue items = schema.value(QLatin1String("items"));
        for (qsizetype i = 0; i < instance.size(); ++i)
            check(items, instance.at(i), path + QLatin1Char('/') + QString::number(i), out, depth + 1);
    }
}

void JsonSchemaValidator::checkScalar(const QJsonObject &schema, const QJsonValue &instance,
                                      const QString &path, QStringList &out) const
{
    if (instance.isString()) {
        const QString text = instance.toString();
        const qsizetype length = codePoints(text);
        if (schema.contains(QLatin1String("minLength")) &&
            length < schema.value(QLatin1String("minLength")).toInt())
            out << QStringLiteral("%1: is shorter than %2 characters")
                       .arg(where(path))
                       .arg(schema.value(QLatin1String("minLength")).toInt());
        if (schema.contains(QLatin1String("maxLength")) &&
            length > schema.value(QLatin1String("maxLength")).toInt())
            out << QStringLiteral("%1: is longer than %2 characters")
                       .arg(where(path))
                       .arg(schema.value(QLatin1String("maxLength")).toInt());
        if (schema.contains(QLatin1String("pattern"))) {
            const QString pattern = schema.value(QLatin1String("pattern")).toString();
            const QRegularExpression re(pattern);
            if (!re.isValid())
                out << QStringLiteral("%1: schema pattern \"%2\" is invalid").arg(where(path), pattern);
            else if (!re.match(text).hasMatch())
                out << QStringLiteral("%1: %2 does not match pattern \"%3\"")
                           .arg(where(path), describe(instance), pattern);
        }
    }
    if (instance.isDouble()) {
        const double number = instance.toDouble();
        auto bound = [&](const char *name, auto violates, const char *what) {
            const QLatin1String keyword(name);
            if (schema.contains(keyword) && schema.value(keyword).isDouble() &&
                violates(number, schema.value(keyword).toDouble()))
                out << QStringLiteral("%1: %2 is %3 %4")
                           .arg(where(path), QString::number(number), QLatin1String(what),
                                QString::number(schema.value(keyword).toDouble()));
        };
        bound(
            "minimum", [](double n, double b) { return n < b; }, "less than");
        bound(
            "maximum", [](double n, double b) { return n > b; }, "greater than");
        bound(
            "exclusiveMinimum", [](double n, double b) { return n <= b; }, "not greater than");
        bound(
            "exclusiveMaximum", [](double n, double b) { return n >= b; }, "not less than");
    }
}

void JsonSchemaValidator::checkCombinators(const QJsonObject &schema, const QJsonValue &instance,
                                           const QString &path, QStringList &out, int depth) const
{
    for (const QJsonValue &sub : schema.value(QLatin1String("allOf")).toArray())
        check(sub, instance, path, out, depth + 1);
    if (schema.contains(QLatin1String("anyOf"))) {
        bool any = false;
        for (const QJsonValue &sub : schema.value(QLatin1String("anyOf")).toArray()) {
            QStringList subOut;
            check(sub, instance, path, subOut, depth + 1);
            any = any || subOut.isEmpty();
        }
        if (!any)
            out << QStringLiteral("%1: matches none of the anyOf schemas").arg(where(path));
    }
    if (schema.contains(QLatin1String("oneOf"))) {
        int matches = 0;
        for (const QJsonValue &sub : schema.value(QLatin1String("oneOf")).toArray()) {
            QStringList subOut;
            check(sub, instance, path, subOut, depth + 1);
            matches += subOut.isEmpty() ? 1 : 0;
        }
        if (matches != 1)
            out << QStringLiteral("%1: matches %2 of the oneOf schemas, not exactly one")
                       .arg(where(path))
                       .arg(matches);
    }
    if (schema.contains(QLatin1String("not"))) {
        QStringList subOut;
        check(schema.value(QLatin1String("not")), instance, path, subOut, depth + 1);
        if (subOut.isEmpty())
            out << QStringLiteral("%1: matches a schema it must not match").arg(where(path));
    }
}

QStringList validateJson(const QJsonValue &instance, const QJsonObject &schema)
{
    return JsonSchemaValidator(schema).validate(instance);
}

} // namespace flexo::test
