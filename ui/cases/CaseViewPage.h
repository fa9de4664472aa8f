#pragma once

#include "service/CaseActions.h"
#include "service/CaseService.h"

#include <QWidget>
#include <optional>

class QGridLayout;
class QLabel;
class QComboBox;
class QPushButton;
class QTreeWidget;

namespace creditcase::service {
class Session;
}

namespace creditcase::ui {

/* One case (UI.md "Case view"): the header (case number, subject, identifier masked per role, stage, list type,
   next deadline with days left), the timeline of the case's acts, the subject, the record and its basis document,
   the deadlines with days left, the documents (with 预览/打印, see previewRequested) and the attachments (opened
   from the vault into memory, never written to disk), and the action bar drawn from CaseService::actions: an event
   that is not allowed is disabled and says why with the citation, in the tooltip and in the line under the bar.

   Opening a case registers an inquiry (CaseService::show); a user who is not the case officer is asked for the
   purpose first. */
class CaseViewPage : public QWidget {
    Q_OBJECT

public:
    CaseViewPage(service::Session& session, QWidget* parent = nullptr);

    /* Opens the case. `officer` is the case officer when the caller knows it (the case list): anyone else is asked
       for the purpose before anything is read. Returns false when the officer cancelled or the case could not be
       shown (the page says why). */
    bool openCase(qint64 caseId, const QString& officer = {});
    // Reads the open case again (after an event), with the purpose it was opened with.
    void reload();
    // Forgets the case (another user unlocked).
    void clear();

    qint64 caseId() const { return m_caseId; }
    const std::optional<service::CaseFile>& file() const { return m_file; }
    QList<service::CaseAction> actions() const { return m_actions; }
    // The button of an event of the action bar (nullptr if the bar has none).
    QPushButton* actionButton(const QString& event) const;
    // Opens the form of an event (what the bar's button does); returns the dialog's result.
    int runEvent(const QString& event);

    // Asks the purpose of an inquiry; tests replace it. Empty: cancelled.
    std::function<QString(const QStringList& purposes)> askPurpose;

signals:
    // 预览/打印 of a document of the case: its kind id (documents::documentKindId) and the id of the act it papers
    // (0 when chosen from "other documents"). The main window opens ui/documents/DocumentPreviewDialog.
    void previewRequested(qint64 caseId, const QString& documentKind, qint64 documentId);
    void caseOpened(qint64 caseId);

private:
    void show(const service::CaseFile& file);
    void fillActions();
    void openAttachment(qint64 attachmentId);
    QString defaultPurposeDialog(const QStringList& purposes);

    service::Session& m_session;
    qint64 m_caseId = 0;
    QString m_purpose;
    std::optional<service::CaseFile> m_file;
    QList<service::CaseAction> m_actions;

    QLabel* m_header = nullptr;
    QLabel* m_nextDeadline = nullptr;
    QLabel* m_message = nullptr;
    QTreeWidget* m_timeline = nullptr;
    QLabel* m_details = nullptr;
    QTreeWidget* m_deadlines = nullptr;
    QTreeWidget* m_documents = nullptr;
    QComboBox* m_otherDocument = nullptr;
    QTreeWidget* m_attachments = nullptr;
    QWidget* m_actionBar = nullptr;
    QGridLayout* m_actionLayout = nullptr;
    static constexpr int kActionsPerRow = 6;
    QLabel* m_unavailable = nullptr;
    QList<QPushButton*> m_buttons;
};

} // namespace creditcase::ui
