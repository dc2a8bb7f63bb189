// Every fact a check records has a label people read: the keys are found in the sources, so a new
// fact without a label fails here.
#include "checks/FactLabels.h"
#include "checks/ReportFormatting.h"
#include "checks/ReportRenderer.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace flexo;

namespace {

// Every key written as `facts.insert(QStringLiteral("key"), …)` (or into a map named …Facts) or as
// `facts[QStringLiteral("key")]` under app/core, with the file it was found in.
QMap<QString, QString> writtenFactKeys()
{
    static const QRegularExpression written(QStringLiteral(
        R"re((?:facts|Facts)\s*(?:\.\s*insert\s*\(|\[)\s*QStringLiteral\s*\(\s*"([A-Za-z0-9_]+)")re"));
    QMap<QString, QString> keys;
    QDirIterator it(QStringLiteral(FLEXO_SOURCE_DIR "/app/core"),
                    {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QString text = QString::fromUtf8(file.readAll());
        auto matches = written.globalMatch(text);
        while (matches.hasNext())
            keys.insert(matches.next().captured(1), path.mid(path.indexOf(QLatin1String("app/core"))));
    }
    return keys;
}

} // namespace

class TestFactLabels : public QObject
{
    Q_OBJECT

private slots:
    void everyWrittenKeyHasALabel()
    {
        const QMap<QString, QString> keys = writtenFactKeys();
        // The scan itself works: the keys the reports were read with are among them.
        for (const char *known : {"daysLeft", "errorCode", "tenantRegionScope", "clientRequestId",
                                  "adminRequestText", "grantedScopes", "uriToRegister"})
            QVERIFY2(keys.contains(QLatin1String(known)), known);
        QVERIFY2(keys.size() >= 45, qPrintable(QString::number(keys.size())));
        QStringList missing;
        for (auto it = keys.constBegin(); it != keys.constEnd(); ++it) {
            if (!FactLabels::hasLabel(it.key()))
                missing << it.key() + QStringLiteral(" (") + it.value() + QLatin1Char(')');
        }
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("no label for: ") + missing.join(QStringLiteral(", "))));
    }

    void labelsAreWordsAndDistinct()
    {
        QSet<QString> seen;
        for (const QString &key : FactLabels::keys()) {
            const QString label = FactLabels::label(key);
            QVERIFY2(!label.isEmpty() && label != key, qPrintable(key));
            QVERIFY2(label.at(0).isUpper(), qPrintable(label));
            QVERIFY2(!seen.contains(label), qPrintable(QStringLiteral("label used twice: ") + label));
            seen.insert(label);
        }
        // An unknown key is shown as it is rather than hidden.
        QCOMPARE(FactLabels::label(QStringLiteral("somethingNew")), QStringLiteral("somethingNew"));
    }

    // A list of records (the redirect URIs and what Entra said of each) reads as labelled fields, not JSON.
    void recordsReadAsLabelledFields()
    {
        QVariantMap first;
        first.insert(QStringLiteral("uri"), QStringLiteral("https://flexo.stluc.example/cb"));
        first.insert(QStringLiteral("outcome"), QStringLiteral("refused"));
        first.insert(QStringLiteral("aadsts"), QStringLiteral("AADSTS50011"));
        QVariantMap second;
        second.insert(QStringLiteral("uri"), QStringLiteral("http://localhost/flexo-teams-setup"));
        second.insert(QStringLiteral("httpStatus"), 200);
        QCOMPARE(report::factText(QVariantList{first, second}),
                 QStringLiteral("Entra error number: AADSTS50011, Outcome: refused, Address: "
                                "https://flexo.stluc.example/cb; HTTP status: 200, Address: "
                                "http://localhost/flexo-teams-setup"));
        QCOMPARE(report::factText(QStringList{QStringLiteral("a"), QStringLiteral("b")}),
                 QStringLiteral("a, b"));
    }

    // The human formats show the labels, not the keys; the JSON report keeps the keys for machines.
    void reportsShowLabels_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<bool>("keysShown");
        QTest::newRow("text") << int(ReportRenderer::Format::Text) << false;
        QTest::newRow("markdown") << int(ReportRenderer::Format::Markdown) << false;
        QTest::newRow("json") << int(ReportRenderer::Format::Json) << true;
    }

    void reportsShowLabels()
    {
        QFETCH(int, format);
        QFETCH(bool, keysShown);
        CheckResult result;
        result.id = CheckId::Discovery;
        result.title = QStringLiteral("Tenant discovery");
        result.status = CheckStatus::Warning;
        result.summary = QStringLiteral("found");
        result.facts.insert(QStringLiteral("tenantRegionScope"), QStringLiteral("EU"));
        result.facts.insert(QStringLiteral("clientRequestId"), QStringLiteral("0f0e0d0c-1"));
        ReportRun run;
        run.results = {result};
        const QString out = ReportRenderer::render(static_cast<ReportRenderer::Format>(format), run);
        QCOMPARE(out.contains(QLatin1String("tenantRegionScope")), keysShown);
        QCOMPARE(out.contains(QLatin1String("clientRequestId")), keysShown);
        QCOMPARE(out.contains(FactLabels::label(QStringLiteral("tenantRegionScope"))), !keysShown);
        QCOMPARE(out.contains(FactLabels::label(QStringLiteral("clientRequestId"))), !keysShown);
        QVERIFY(out.contains(QLatin1String("0f0e0d0c-1")));
    }
};

QTEST_GUILESS_MAIN(TestFactLabels)
#include "tst_factlabels.moc"
