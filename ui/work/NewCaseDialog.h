#pragma once

#include "domain/Case.h"

#include <QDialog>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QSpinBox;

namespace creditcase::service {
class Session;
}

namespace creditcase::ui {

class ProblemLabel;

// 立案: opens a designation case on a credit record through CaseService::open, which prepares the notice before
// designation. The list types, their scope categories, grounds and circumstances come from the rule data in force
// on the chosen day, each shown with its source; whether the designation is allowed is the service's answer, shown
// with its citation when refused.
class NewCaseDialog : public QDialog {
    Q_OBJECT

public:
    NewCaseDialog(service::Session& session, QWidget* parent = nullptr);

    // The record the case is opened on (e.g. the one just recorded); without it the officer types its number.
    void setRecord(qint64 recordId);
    const std::optional<domain::Case>& opened() const { return m_opened; }

public slots:
    void accept() override;

private:
    void fillListTypes();
    void updateListType();
    void validate();

    service::Session& m_session;
    QSpinBox* m_recordId = nullptr;
    QComboBox* m_listType = nullptr;
    QLabel* m_listNote = nullptr;
    QComboBox* m_scope = nullptr;
    QComboBox* m_ground = nullptr;
    QLabel* m_circumstanceLabel = nullptr;
    QWidget* m_circumstanceBox = nullptr;
    QList<QCheckBox*> m_circumstances;
    QDateEdit* m_on = nullptr;
    // Where the list type's rules set a time to decide: the day it counts from, when the officer states it.
    QLabel* m_limitLabel = nullptr;
    QCheckBox* m_limitKnown = nullptr;
    QDateEdit* m_limitFrom = nullptr;
    QLabel* m_limitNote = nullptr;
    ProblemLabel* m_problem = nullptr;
    QPushButton* m_confirm = nullptr;
    QPushButton* m_cancel = nullptr;
    std::optional<domain::Case> m_opened;
};

} // namespace creditcase::ui
