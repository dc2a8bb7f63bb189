#include "ui/diagnose/ReportPreviewDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace flexo::ui {

ReportPreviewDialog::ReportPreviewDialog(QList<ReportRun> runs, QStringList sensitiveValues, QWidget *parent)
    : QDialog(parent)
    , m_runs(std::move(runs))
    , m_sensitive(std::move(sensitiveValues))
{
    setObjectName(QStringLiteral("reportPreviewDialog"));
    setWindowTitle(tr("Export report"));
    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    auto *formatLabel = new QLabel(tr("&Format:"), this);
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("formatComboBox"));
    m_format->addItem(tr("HTML"), int(ReportRenderer::Format::Html));
    m_format->addItem(tr("Markdown"), int(ReportRenderer::Format::Markdown));
    m_format->addItem(tr("JSON"), int(ReportRenderer::Format::Json));
    formatLabel->setBuddy(m_format);
    m_redactUsers = new QCheckBox(tr("Mask &user names"), this);
    m_redactUsers->setObjectName(QStringLiteral("redactUsersCheckBox"));
    row->addWidget(formatLabel);
    row->addWidget(m_format);
    row->addWidget(m_redactUsers);
    row->addStretch(1);
    layout->addLayout(row);
    auto *note = new QLabel(tr("This is exactly what will be saved. It holds no secret and no token: the "
                               "client secret appears only as its first three characters and its length."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);
    m_preview = new QPlainTextEdit(this);
    m_preview->setObjectName(QStringLiteral("previewPlainTextEdit"));
    m_preview->setReadOnly(true);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    layout->addWidget(m_preview, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    resize(720, 540);

    connect(m_format, &QComboBox::currentIndexChanged, this, &ReportPreviewDialog::render);
    connect(m_redactUsers, &QCheckBox::toggled, this, &ReportPreviewDialog::render);
    connect(buttons->button(QDialogButtonBox::Save), &QPushButton::clicked, this,
            &ReportPreviewDialog::chooseFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    render();
}

void ReportPreviewDialog::setFormat(ReportRenderer::Format format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

ReportRenderer::Format ReportPreviewDialog::format() const
{
    return static_cast<ReportRenderer::Format>(m_format->currentData().toInt());
}

void ReportPreviewDialog::setRedactUsers(bool redact)
{
    m_redactUsers->setChecked(redact);
}

void ReportPreviewDialog::render()
{
    ReportOptions options;
    options.redactUsers = m_redactUsers->isChecked();
    options.sensitiveValues = m_sensitive;
    const QString text = ReportRenderer::render(format(), m_runs, options);
    m_data = text.toUtf8();
    // The source is shown, not a rendering of it: what is seen is what is saved.
    m_preview->setPlainText(text);
    m_status->clear();
}

void ReportPreviewDialog::chooseFile()
{
    QString suffix = QStringLiteral("html");
    if (format() == ReportRenderer::Format::Markdown)
        suffix = QStringLiteral("md");
    else if (format() == ReportRenderer::Format::Json)
        suffix = QStringLiteral("json");
    auto *dialog = new QFileDialog(this, tr("Save report"), QStringLiteral("flexo-teams-report.") + suffix);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(suffix);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        if (saveTo(path))
            accept();
    });
    dialog->open();
}

bool ReportPreviewDialog::saveTo(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_data) != m_data.size() || !file.commit()) {
        m_status->setText(tr("The report could not be saved to %1: %2").arg(path, file.errorString()));
        return false;
    }
    m_status->setText(tr("Saved to %1.").arg(path));
    return true;
}

} // namespace flexo::ui
