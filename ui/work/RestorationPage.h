#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace creditcase::service {
class Session;
}

namespace creditcase::ui {

class ProblemLabel;
class RowsModel;

// 信用修复: the restoration applications waiting for a decision, with the date each must be decided by and the days
// left (late ones marked in words), and the start of a new application. The list comes from the open
// "restoration-due" deadlines of the report service, so it is registered as one inquiry like every list of
// subjects.
class RestorationPage : public QWidget {
    Q_OBJECT

public:
    RestorationPage(service::Session& session, QWidget* parent = nullptr);

    RowsModel* model() const { return m_model; }
    void refresh();
    void newApplication();

protected:
    void showEvent(QShowEvent* event) override;

signals:
    // The officer asked to open a case (double-click or Enter on a row); the window shows the case view.
    void openCaseRequested(qint64 caseId);

private:
    service::Session& m_session;
    RowsModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_new = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_outcome = nullptr;
    ProblemLabel* m_problem = nullptr;
    bool m_stale = false; // a change was announced while the page was hidden
};

} // namespace creditcase::ui
