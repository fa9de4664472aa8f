#pragma once

#include "domain/Subject.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace creditcase::service {
class Session;
}

namespace creditcase::ui {

class ProblemLabel;

// 新建当事人: records a subject through CaseService::addSubject. The identifier is checked as it is typed (USCC for
// enterprises and organisations, resident ID number for individuals) and the exact problem is shown under it;
// the confirm button stays disabled until the form is complete. A refusal of the service (e.g. the identifier is
// already recorded) is shown with its reason and stays in the form so nothing typed is lost.
class NewSubjectDialog : public QDialog {
    Q_OBJECT

public:
    NewSubjectDialog(service::Session& session, QWidget* parent = nullptr);

    // The subject recorded, once the dialog was accepted.
    const std::optional<domain::Subject>& subject() const { return m_subject; }

public slots:
    void accept() override;

private:
    void validate();

    service::Session& m_session;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_identifier = nullptr;
    ProblemLabel* m_identifierProblem = nullptr;
    QLineEdit* m_address = nullptr;
    QLineEdit* m_representative = nullptr;
    ProblemLabel* m_problem = nullptr;
    QPushButton* m_confirm = nullptr;
    std::optional<domain::Subject> m_subject;
};

} // namespace creditcase::ui
