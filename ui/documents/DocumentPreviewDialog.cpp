#include "DocumentPreviewDialog.h"

#include "service/Session.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrintDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace creditcase::ui {

using documents::DocumentKind;
using service::DocumentService;

DocumentPreviewDialog::DocumentPreviewDialog(service::Session& session, qint64 caseId, DocumentKind kind,
                                             QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_documents(std::make_unique<DocumentService>(session))
    , m_renderer(std::make_unique<documents::DocumentRenderer>())
    , m_caseId(caseId)
    , m_kind(kind) {
    setObjectName(QStringLiteral("documentPreviewDialog"));
    setWindowTitle(tr("%1 — case %2").arg(documents::documentKindName(kind)).arg(caseId));
    resize(900, 1000);

    auto* layout = new QVBoxLayout(this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("documentStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    m_previewPrinter = std::make_unique<QPrinter>(QPrinter::HighResolution);
    m_previewPrinter->setFullPage(true);
    m_previewPrinter->setPageLayout(documents::DocumentRenderer::pageLayout());
    m_preview = new QPrintPreviewWidget(m_previewPrinter.get(), this);
    m_preview->setObjectName(QStringLiteral("documentPreview"));
    m_preview->setAccessibleName(tr("Print preview"));
    m_preview->setZoomMode(QPrintPreviewWidget::FitToWidth);
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, &DocumentPreviewDialog::paintPreview);
    layout->addWidget(m_preview, 1);

    auto* actions = new QHBoxLayout;
    m_public = new QCheckBox(tr("&Public copy (identifier masked)"), this);
    m_public->setObjectName(QStringLiteral("publicCopyCheck"));
    m_public->setAccessibleName(tr("Public copy"));
    connect(m_public, &QCheckBox::toggled, this, &DocumentPreviewDialog::setPublicCopy);
    actions->addWidget(m_public);
    actions->addStretch(1);
    m_print = new QPushButton(tr("&Print…"), this);
    m_print->setObjectName(QStringLiteral("printButton"));
    connect(m_print, &QPushButton::clicked, this, &DocumentPreviewDialog::printDocument);
    m_export = new QPushButton(tr("&Export PDF…"), this);
    m_export->setObjectName(QStringLiteral("exportPdfButton"));
    connect(m_export, &QPushButton::clicked, this, &DocumentPreviewDialog::exportPdf);
    auto* close = new QPushButton(tr("&Close"), this);
    close->setObjectName(QStringLiteral("closeButton"));
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    actions->addWidget(m_print);
    actions->addWidget(m_export);
    actions->addWidget(close);
    layout->addLayout(actions);
    setTabOrder(m_public, m_print);
    setTabOrder(m_print, m_export);
    setTabOrder(m_export, close);

    refresh();
}

DocumentPreviewDialog::~DocumentPreviewDialog() = default;

exchange::Channel DocumentPreviewDialog::channel() const {
    return m_public->isChecked() ? exchange::Channel::Public : exchange::Channel::Internal;
}

int DocumentPreviewDialog::previewPageCount() const {
    return m_preview->pageCount();
}

void DocumentPreviewDialog::refresh() {
    auto copy = m_documents->preview(m_caseId, m_kind, channel());
    if (!copy) {
        m_copy.reset();
        showError(copy.error());
        m_print->setEnabled(false);
        m_export->setEnabled(false);
        m_preview->updatePreview();
        return;
    }
    m_copy = copy.take();
    const QString number = m_copy->document.number.isEmpty() ? tr("(no number)") : m_copy->document.number;
    if (m_copy->document.id == 0)
        m_status->setText(tr("Not issued yet: printing or exporting issues it, takes its number and records it. "
                             "The fingerprint is printed then."));
    else if (m_copy->copyNo == 0)
        m_status->setText(tr("Issued as %1; not printed yet.").arg(number));
    else
        m_status->setText(
            tr("Issued as %1. The next print is copy %2 (副本 %2) and is recorded.").arg(number).arg(m_copy->copyNo));
    m_print->setEnabled(true);
    m_export->setEnabled(true);
    m_preview->updatePreview();
}

void DocumentPreviewDialog::paintPreview(QPrinter* printer) {
    if (!m_copy)
        return;
    printer->setFullPage(true);
    if (auto painted = m_renderer->paint(m_copy->text, m_copy->marks, *printer); !painted)
        showError(painted.error());
}

void DocumentPreviewDialog::showError(const Error& error) {
    QString text = error.message;
    if (!error.citations.isEmpty())
        text += QLatin1Char('\n') + tr("Basis: %1").arg(error.citations.join(QStringLiteral("; ")));
    m_status->setText(text);
}

void DocumentPreviewDialog::setPublicCopy(bool publicCopy) {
    if (m_public->isChecked() != publicCopy)
        m_public->setChecked(publicCopy); // toggled() calls back with the same value
    else
        refresh();
}

void DocumentPreviewDialog::printDocument() {
    QPrinter printer(QPrinter::HighResolution);
    printer.setFullPage(true);
    printer.setPageLayout(documents::DocumentRenderer::pageLayout());
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print %1").arg(documents::documentKindName(m_kind)));
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto printed = m_documents->print(m_caseId, m_kind, channel(), DocumentService::Output::Printer,
                                      [&](const DocumentService::Copy& copy) -> Result<int> {
                                          printer.setFullPage(true);
                                          return m_renderer->paint(copy.text, copy.marks, printer);
                                      });
    if (!printed) {
        showError(printed.error());
        return;
    }
    emit this->printed(printed->document.number, printed->copyNo, printed->fingerprint);
    refresh();
}

void DocumentPreviewDialog::exportPdf() {
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested =
        QDir(folder).filePath(QStringLiteral("%1-%2.pdf").arg(m_caseId).arg(documents::documentKindId(m_kind)));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export PDF"), suggested, tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        exportPdfTo(path);
}

bool DocumentPreviewDialog::exportPdfTo(const QString& path) {
    auto printed = m_documents->exportPdf(m_caseId, m_kind, channel(), path);
    if (!printed) {
        showError(printed.error());
        return false;
    }
    emit this->printed(printed->document.number, printed->copyNo, printed->fingerprint);
    refresh();
    m_status->setText(m_status->text() + QLatin1Char('\n') +
                      tr("Exported to %1 (fingerprint %2).").arg(QDir::toNativeSeparators(path), printed->fingerprint));
    return true;
}

} // namespace creditcase::ui
