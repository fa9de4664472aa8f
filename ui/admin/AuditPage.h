#pragma once

#include "work/RowsModel.h"

#include <QWidget>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;

namespace creditcase::service {
class Session;
}

namespace creditcase::ui {

class ProblemLabel;

// 审计: for auditors, supervisors and administrators. Three tabs, each present only for the roles that may use it:
// the audit log (审计日志) with a check of every link of the chain; the inquiry register (查询登记) — who read whose
// record and why — where an auditor flags an entry; and the accountability report by organ (acts done late,
// records outside the catalogue, measures outside the list) for a period that has ended.
class AuditPage : public QWidget {
    Q_OBJECT

public:
    AuditPage(service::Session& session, QWidget* parent = nullptr);

    RowsModel* logModel() const { return m_logModel; }
    RowsModel* inquiryModel() const { return m_inquiryModel; }
    RowsModel* reportModel() const { return m_reportModel; }

    void verifyChain();
    void showLog();
    void showInquiries();
    void flagSelectedInquiry();
    void makeReport();

private:
    QWidget* buildLogTab();
    QWidget* buildInquiryTab();
    QWidget* buildReportTab();

    service::Session& m_session;
    QTabWidget* m_tabs = nullptr;
    // audit log
    RowsModel* m_logModel = nullptr;
    QSpinBox* m_logLimit = nullptr;
    QLabel* m_chainState = nullptr;
    ProblemLabel* m_logProblem = nullptr;
    // inquiry register
    RowsModel* m_inquiryModel = nullptr;
    QTableView* m_inquiryTable = nullptr;
    QDateEdit* m_inquiryFrom = nullptr;
    QDateEdit* m_inquiryTo = nullptr;
    QCheckBox* m_onlyFlagged = nullptr;
    QLineEdit* m_flagNote = nullptr;
    QPushButton* m_flag = nullptr;
    QLabel* m_inquirySummary = nullptr;
    ProblemLabel* m_inquiryProblem = nullptr;
    // accountability report
    RowsModel* m_reportModel = nullptr;
    QDateEdit* m_reportFrom = nullptr;
    QDateEdit* m_reportTo = nullptr;
    QPushButton* m_makeReport = nullptr;
    QLabel* m_reportSummary = nullptr;
    ProblemLabel* m_reportProblem = nullptr;
};

} // namespace creditcase::ui
