#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace flexo::test {

// A small JSON Schema validator (draft-07 and 2020-12 subsets) for tests that check the shape of the
// JSON this product writes: config files, JSON reports.
//
// Supported keywords: type (string or list; "integer" is a whole number), required, properties,
// additionalProperties (bool or schema), patternProperties, items (schema), minItems, maxItems,
// uniqueItems, enum, const, pattern (searched, as the spec says), minimum, maximum, exclusiveMinimum,
// exclusiveMaximum (numbers), minLength, maxLength (in code points), allOf, anyOf, oneOf, not, and
// $ref to "#", "#/definitions/..." or "#/$defs/..." (any JSON pointer into the same schema).
// Boolean schemas (true / false) are understood. Other keywords (format, title, description, ...) are
// ignored, as a validator without their vocabulary must.
class JsonSchemaValidator
{
public:
    explicit JsonSchemaValidator(QJsonObject schema);

    // Reads a schema file; on failure returns an empty validator and sets `error`.
    [[nodiscard]] static JsonSchemaValidator fromFile(const QString &path, QString *error = nullptr);

    [[nodiscard]] const QJsonObject &schema() const { return m_schema; }

    // Every violation, one readable line each: "/tenant/id: expected type string, got number".
    // Empty when `instance` is valid. A schema problem (bad $ref, bad pattern) is reported as a violation.
    [[nodiscard]] QStringList validate(const QJsonValue &instance) const;

private:
    void check(const QJsonValue &schema, const QJsonValue &instance, const QString &path, QStringList &out,
               int depth) const;
    void checkObject(const QJsonObject &schema, const QJsonObject &instance, const QString &path,
                     QStringList &out, int depth) const;
    void checkArray(const QJsonObject &schema, const QJsonArray &instance, const QString &path,
                    QStringList &out, int depth) const;
    void checkScalar(const QJsonObject &schema, const QJsonValue &instance, const QString &path,
                     QStringList &out) const;
    void checkCombinators(const QJsonObject &schema, const QJsonValue &instance, const QString &path,
                          QStringList &out, int depth) const;
    [[nodiscard]] QJsonValue resolve(const QString &ref, bool *ok) const;

    QJsonObject m_schema;
};

// Convenience: the violations of `instance` against `schema`.
[[nodiscard]] QStringList validateJson(const QJsonValue &instance, const QJsonObject &schema);

} // namespace flexo::test
