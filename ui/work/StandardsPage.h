#pragma once

#include "domain/StandardStatus.h"

#include <QHash>
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

// 认定标准: the designation standards of the vault with their stage and dates, and the steps a department takes
// with them (draft, public comment, adoption, abolition), each through a StandardStepDialog. Refreshes itself when
// the session announces a changed standard.
class StandardsPage : public QWidget {
    Q_OBJECT

public:
    StandardsPage(service::Session& session, QWidget* parent = nullptr);

    RowsModel* model() const { return m_model; }
    void refresh();
    // Opens the dialog of a step for the selected standard (the buttons call these).
    void addStandard();
    void openComment();
    void adopt();
    void abolish();

private:
    qint64 selectedId() const;
    void runStep(int step);
    void updateButtons();

    service::Session& m_session;
    RowsModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_comment = nullptr;
    QPushButton* m_adopt = nullptr;
    QPushButton* m_abolish = nullptr;
    QLabel* m_summary = nullptr;
    ProblemLabel* m_problem = nullptr;
    QHash<qint64, domain::StandardStatus> m_stages;
};

} // namespace creditcase::ui
