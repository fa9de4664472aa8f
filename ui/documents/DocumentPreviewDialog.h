#pragma once

#include "documents/DocumentKind.h"
#include "service/DocumentService.h"

#include <QDialog>
#include <memory>
#include <optional>

class QCheckBox;
class QLabel;
class QPrintPreviewWidget;
class QPrinter;
class QPushButton;

namespace creditcase::service {
class Session;
}

namespace creditcase::ui {

// Print preview of one official document of a case, with 打印 (to a printer) and 导出 PDF. The preview is painted by
// the same DocumentRenderer as the printer and the PDF, on A4 with the real fonts, so it shows exactly what will
// print; only the number (for a document not yet issued) and the fingerprint are filled in by the print itself,
// which is an act of DocumentService (checked, audited, 副本 N on reprints). "Public copy" masks the party's
// identifier.
//
// Entry point (for the case view): DocumentPreviewDialog dialog(session, caseId, kind, parent); dialog.exec();
// A refusal (role, organ, a document the case does not have yet) is shown in the dialog, with its citation, and
// nothing can be printed.
class DocumentPreviewDialog : public QDialog {
    Q_OBJECT

public:
    DocumentPreviewDialog(service::Session& session, qint64 caseId, documents::DocumentKind kind,
                          QWidget* parent = nullptr);
    ~DocumentPreviewDialog() override;

    // The copy shown, if the preview could be made.
    const std::optional<service::DocumentService::Copy>& shownCopy() const { return m_copy; }
    int previewPageCount() const;

public slots:
    // Asks for a printer and prints (recorded); on success the preview shows the next copy.
    void printDocument();
    // Asks for a file name and exports (recorded).
    void exportPdf();
    // The export itself, for a file name already chosen; returns whether it was written.
    bool exportPdfTo(const QString& path);
    void setPublicCopy(bool publicCopy);

signals:
    // After a recorded print or export (the case's timeline changed).
    void printed(const QString& number, int copyNo, const QString& fingerprint);

private:
    void refresh();
    void paintPreview(QPrinter* printer);
    void showError(const Error& error);
    exchange::Channel channel() const;

    service::Session& m_session;
    std::unique_ptr<service::DocumentService> m_documents;
    std::unique_ptr<documents::DocumentRenderer> m_renderer;
    std::unique_ptr<QPrinter> m_previewPrinter;
    qint64 m_caseId;
    documents::DocumentKind m_kind;
    std::optional<service::DocumentService::Copy> m_copy;
    QPrintPreviewWidget* m_preview = nullptr;
    QLabel* m_status = nullptr;
    QCheckBox* m_public = nullptr;
    QPushButton* m_print = nullptr;
    QPushButton* m_export = nullptr;
};

} // namespace creditcase::ui
