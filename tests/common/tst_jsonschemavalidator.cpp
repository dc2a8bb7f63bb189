#include "JsonSchemaValidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using flexo::test::JsonSchemaValidator;

namespace {

QJsonValue json(const char *text)
{
    // Wrapped in an array so that scalars parse too.
    const QByteArray wrapped = QByteArray("[") + text + "]";
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(wrapped, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", text);
    return document.array().at(0);
}

} // namespace

class TestJsonSchemaValidator : public QObject
{
    Q_OBJECT

private slots:
    void keywords_data()
    {
        QTest::addColumn<QString>("schema");
        QTest::addColumn<QString>("instance");
        QTest::addColumn<int>("violations");
        QTest::addColumn<QString>("mentions");

        QTest::newRow("type ok") << "{'type':'string'}"
                                 << "'x'" << 0 << "";
        QTest::newRow("type wrong") << "{'type':'string'}"
                                    << "5" << 1 << "expected type string";
        QTest::newRow("type list") << "{'type':['string','null']}"
                                   << "null" << 0 << "";
        QTest::newRow("integer ok") << "{'type':'integer'}"
                                    << "3" << 0 << "";
        QTest::newRow("integer fraction") << "{'type':'integer'}"
                                          << "3.5" << 1 << "integer";
        QTest::newRow("boolean") << "{'type':'boolean'}"
                                 << "\"true\"" << 1 << "boolean";
        QTest::newRow("required") << "{'type':'object','required':['a','b']}"
                                  << "{'a':1}" << 1 << "\"b\" is missing";
        QTest::newRow("properties nested") << "{'properties':{'a':{'properties':{'b':{'type':'number'}}}}}"
                                           << "{'a':{'b':'x'}}" << 1 << "/a/b";
        QTest::newRow("additional false") << "{'properties':{'a':{}},'additionalProperties':false}"
                                          << "{'a':1,'z':2}" << 1 << "\"z\" is not allowed";
        QTest::newRow("additional schema") << "{'additionalProperties':{'type':'string'}}"
                                           << "{'z':2}" << 1 << "/z";
        QTest::newRow("additional default allows") << "{'properties':{'a':{}}}"
                                                   << "{'z':2}" << 0 << "";
        QTest::newRow("items") << "{'type':'array','items':{'type':'string'}}"
                               << "['a',1,'c']" << 1 << "/1";
        QTest::newRow("minItems") << "{'minItems':2}"
                                  << "[1]" << 1 << "at least 2";
        QTest::newRow("maxItems") << "{'maxItems':1}"
                                  << "[1,2]" << 1 << "at most 1";
        QTest::newRow("uniqueItems") << "{'uniqueItems':true}"
                                     << "['a','a']" << 1 << "equal";
        QTest::newRow("enum ok") << "{'enum':['a','b']}"
                                 << "'b'" << 0 << "";
        QTest::newRow("enum wrong") << "{'enum':['a','b']}"
                                    << "'c'" << 1 << "not one of";
        QTest::newRow("const ok") << "{'const':1}"
                                  << "1" << 0 << "";
        QTest::newRow("const wrong") << "{'const':'flexo'}"
                                     << "'other'" << 1 << "must be \"flexo\"";
        QTest::newRow("pattern ok") << "{'pattern':'^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}"
                                    << "'2027-01-31'" << 0 << "";
        QTest::newRow("pattern searched") << "{'pattern':'b'}"
                                          << "'abc'" << 0 << "";
        QTest::newRow("pattern wrong") << "{'pattern':'^a$'}"
                                       << "'b'" << 1 << "does not match";
        QTest::newRow("pattern invalid") << "{'pattern':'('}"
                                         << "'b'" << 1 << "invalid";
        QTest::newRow("minimum") << "{'minimum':1}"
                                 << "0" << 1 << "less than";
        QTest::newRow("maximum") << "{'maximum':1}"
                                 << "2" << 1 << "greater than";
        QTest::newRow("minimum inclusive") << "{'minimum':1,'maximum':1}"
                                           << "1" << 0 << "";
        QTest::newRow("exclusiveMinimum") << "{'exclusiveMinimum':1}"
                                          << "1" << 1 << "not greater";
        QTest::newRow("minLength code points") << "{'minLength':2}"
                                               << "\"\xF0\x9F\x98\x80\"" << 1 << "shorter";
        QTest::newRow("maxLength") << "{'maxLength':3}"
                                   << "'abcd'" << 1 << "longer";
        QTest::newRow("maxLength emoji fits") << "{'maxLength':1}"
                                              << "\"\xF0\x9F\x98\x80\"" << 0 << "";
        QTest::newRow("ref definitions") << "{'definitions':{'s':{'type':'string'}},'$ref':'#/definitions/s'}"
                                         << "1" << 1 << "expected type string";
        QTest::newRow("ref defs")
            << "{'$defs':{'s':{'type':'string'}},'properties':{'a':{'$ref':'#/$defs/s'}}}"
            << "{'a':'x'}" << 0 << "";
        QTest::newRow("ref unresolved") << "{'$ref':'#/$defs/none'}"
                                        << "1" << 1 << "cannot resolve";
        QTest::newRow("ref cycle") << "{'$defs':{'a':{'$ref':'#/$defs/a'}},'$ref':'#/$defs/a'}"
                                   << "1" << 1 << "cycle";
        QTest::newRow("ref root recursion")
            << "{'type':'object','properties':{'child':{'$ref':'#'}},'additionalProperties':false}"
            << "{'child':{'child':{'x':1}}}" << 1 << "/child/child";
        QTest::newRow("false schema") << "{'properties':{'a':false}}"
                                      << "{'a':1}" << 1 << "/a";
        QTest::newRow("anyOf") << "{'anyOf':[{'type':'string'},{'type':'number'}]}"
                               << "true" << 1 << "anyOf";
        QTest::newRow("oneOf two") << "{'oneOf':[{'minimum':0},{'maximum':10}]}"
                                   << "5" << 1 << "oneOf";
        QTest::newRow("not") << "{'not':{'type':'string'}}"
                             << "'x'" << 1 << "must not";
        QTest::newRow("allOf") << "{'allOf':[{'minimum':0},{'maximum':10}]}"
                               << "11" << 1 << "greater";
        QTest::newRow("two violations") << "{'required':['a'],'properties':{'b':{'type':'string'}}}"
                                        << "{'b':1}" << 2 << "\"a\"";
    }

    void keywords()
    {
        QFETCH(QString, schema);
        QFETCH(QString, instance);
        QFETCH(int, violations);
        QFETCH(QString, mentions);
        // The rows write JSON with single quotes to stay readable.
        schema.replace(QLatin1Char('\''), QLatin1Char('"'));
        instance.replace(QLatin1Char('\''), QLatin1Char('"'));
        mentions.replace(QLatin1Char('\''), QLatin1Char('"'));

        const QJsonObject schemaObject = QJsonDocument::fromJson(schema.toUtf8()).object();
        QVERIFY2(!schemaObject.isEmpty(), qPrintable(schema));
        const QStringList found =
            JsonSchemaValidator(schemaObject).validate(json(instance.toUtf8().constData()));
        QVERIFY2(found.size() == violations, qPrintable(found.join(QLatin1Char('\n'))));
        if (!mentions.isEmpty())
            QVERIFY2(found.join(QLatin1Char('\n')).contains(mentions),
                     qPrintable(found.join(QLatin1Char('\n'))));
    }

    void fromFileReportsProblems()
    {
        QString error;
        const JsonSchemaValidator missing =
            JsonSchemaValidator::fromFile(QStringLiteral("/nonexistent/schema.json"), &error);
        QVERIFY(missing.schema().isEmpty());
        QVERIFY(error.contains(QStringLiteral("/nonexistent/schema.json")));
    }
};

QTEST_GUILESS_MAIN(TestJsonSchemaValidator)
#include "tst_jsonschemavalidator.moc"
