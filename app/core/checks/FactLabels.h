#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace flexo {

// The words people read for the facts the checks record (CheckResult::facts): "Days left" for
// "daysLeft". The keys stay as they are in the JSON report, which is for machines; every other face
// shows these labels. A check that records a new fact adds its label here (tst_factlabels finds every
// key the sources write and fails on one without a label).
class FactLabels
{
    Q_DECLARE_TR_FUNCTIONS(flexo::FactLabels)

public:
    // Translated; an unknown key comes back as it is, so nothing is ever hidden.
    [[nodiscard]] static QString label(const QString &key);
    [[nodiscard]] static bool hasLabel(const QString &key);
    // Every key with a label.
    [[nodiscard]] static QStringList keys();
};

} // namespace flexo
