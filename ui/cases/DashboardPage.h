#pragma once

#include "domain/CaseStage.h"

#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace creditcase::service {
class Session;
}

namespace creditcase::ui {

class ReaderThread;

/* 工作台, the first page after unlock (UI.md): deadlines overdue, due today and this week with the days left in the
   unit their rule counts in and the provisional mark, the user's cases by stage (the stages where the workflow
   table gives the user's role an event), and the restoration applications waiting. Double-click or Enter opens
   the case (or, for a stage, the case list at that stage). Overdue is red, has an icon and says 逾期. */
class DashboardPage : public QWidget {
    Q_OBJECT

public:
    // Rows shown per deadline block; more are counted as "and more" (the case list shows every case).
    static constexpr int kShown = 100;

    DashboardPage(service::Session& session, QWidget* parent = nullptr);
    ~DashboardPage() override;

    // Reads the deadlines again and asks for the stage counts (after unlock and after every change).
    void reload();
    int overdueCount() const { return m_overdue; }
    bool overdueMore() const { return m_overdueMore; }
    int dueTodayCount() const { return m_dueToday; }
    ReaderThread* reader() const { return m_reader; }

signals:
    void openCaseRequested(qint64 caseId);
    void openStageRequested(creditcase::domain::CaseStage stage, bool mine);
    // After every reload: what the status bar says.
    void summaryChanged(int overdue, bool more, int dueToday);
    // All stage counts have arrived (the benchmark's "drawn").
    void stagesLoaded();

private:
    QTreeWidget* makeList(const char* name, const QStringList& headers);
    void activate(QTreeWidgetItem* item);
    void loadStages();

    service::Session& m_session;
    ReaderThread* m_reader = nullptr;
    QLabel* m_attention = nullptr;
    QLabel* m_overdueHeading = nullptr;
    QLabel* m_dueHeading = nullptr;
    QLabel* m_mineHeading = nullptr;
    QLabel* m_restorationHeading = nullptr;
    QTreeWidget* m_overdueList = nullptr;
    QTreeWidget* m_dueList = nullptr;
    QTreeWidget* m_mineList = nullptr;
    QTreeWidget* m_restorationList = nullptr;
    int m_overdue = 0;
    bool m_overdueMore = false;
    int m_dueToday = 0;
    int m_generation = 0;
};

} // namespace creditcase::ui
