#pragma once

#include "domain/CaseStage.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace creditcase::service {
class Session;
}

namespace creditcase::ui {

class CaseTableModel;
class ReaderThread;

// 案件: every case of the vault the paged query selects, a million rows without stutter (CaseTableModel), with
// search (subject name, USCC/ID number or its last digits, case number, document number) and filters for stage,
// list type, officer, due date and organ. Enter or a double-click opens the case. A click on a column header sorts by
// that column (case number, subject, list type, stage, officer, next deadline); the "Sort by" boxes do the same from
// the keyboard and follow the header.
class CaseListPage : public QWidget {
    Q_OBJECT

public:
    CaseListPage(service::Session& session, QWidget* parent = nullptr);
    ~CaseListPage() override;

    CaseTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    ReaderThread* reader() const { return m_reader; }
    // Shows the cases matching `text` (the window's global search).
    void search(const QString& text);
    // Fills the choices for the session's user and shows the list (after an unlock).
    void reload();
    // Shows the cases at a stage (the dashboard's "waiting for me").
    void showStage(domain::CaseStage stage);
    /* Registers the subjects shown since the last registration as one inquiry (a case list is an inquiry, VII(13)).
       Runs by itself a moment after pages stop arriving, before the filter changes and when the vault locks. */
    void registerShownSubjects();

signals:
    void openCaseRequested(qint64 caseId, const QString& officer);

private:
    void applyFilter();
    QString filterInWords() const;
    void updateCount();
    void openCurrent();

    service::Session& m_session;
    ReaderThread* m_reader = nullptr;
    CaseTableModel* m_model = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_stage = nullptr;
    QComboBox* m_listType = nullptr;
    QLineEdit* m_officer = nullptr;
    QComboBox* m_due = nullptr;
    QCheckBox* m_myOrgan = nullptr;
    QComboBox* m_sortColumn = nullptr; // the header's order, reachable from the keyboard
    QComboBox* m_sortOrder = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_position = nullptr;
    QLabel* m_error = nullptr;
    QTimer* m_inquiryTimer = nullptr;
    QList<qint64> m_shownSubjects; // shown since the last registration, each once
    QString m_shownFilter;         // the filter they were shown under, in words
};

} // namespace creditcase::ui
