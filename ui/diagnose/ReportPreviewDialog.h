#pragma once

#include "checks/ReportRenderer.h"
#include "checks/ReportRun.h"

#include <QDialog>

class QComboBox;
class QCheckBox;
class QLabel;
class QPlainTextEdit;

namespace flexo::ui {

// "Export report": the report in the chosen format, shown exactly as it will be saved, then saved.
class ReportPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    ReportPreviewDialog(QList<ReportRun> runs, QStringList sensitiveValues, QWidget *parent = nullptr);

    void setFormat(ReportRenderer::Format format);
    [[nodiscard]] ReportRenderer::Format format() const;
    void setRedactUsers(bool redact);
    // The bytes that Save writes.
    [[nodiscard]] QByteArray reportData() const { return m_data; }
    // Writes the previewed report to `path` atomically; false (with the reason shown) on failure.
    bool saveTo(const QString &path);

private:
    void render();
    void chooseFile();

    QList<ReportRun> m_runs;
    QStringList m_sensitive;
    QByteArray m_data;
    QComboBox *m_format = nullptr;
    QCheckBox *m_redactUsers = nullptr;
    QPlainTextEdit *m_preview = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace flexo::ui
