#pragma once

#include "domain/Standard.h"

#include <QDialog>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace creditcase::service {
class Session;
}

namespace creditcase::ui {

class ProblemLabel;

// One step of a designation standard (Guiding Opinions IV(7)) through RuleService: draft a standard, open it for
// public comment (the minimum period the rules set is written next to the dates), adopt it, or abolish it. The
// service decides; a refusal is shown with its citation and the form stays as typed.
class StandardStepDialog : public QDialog {
    Q_OBJECT

public:
    enum class Step { Add, OpenComment, Adopt, Abolish };

    // `standard` is the one acted on (ignored for Add).
    StandardStepDialog(service::Session& session, Step step, const domain::Standard& standard,
                       QWidget* parent = nullptr);

    const std::optional<domain::Standard>& result() const { return m_result; }

public slots:
    void accept() override;

private:
    void updateMinimum();
    void validate();

    service::Session& m_session;
    Step m_step;
    domain::Standard m_standard;
    QComboBox* m_listType = nullptr;
    QLineEdit* m_title = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QLabel* m_minimum = nullptr;
    QDateEdit* m_on = nullptr;
    QCheckBox* m_laterInForce = nullptr;
    QDateEdit* m_inForceFrom = nullptr;
    QCheckBox* m_setAssessment = nullptr;
    QDateEdit* m_assessment = nullptr;
    ProblemLabel* m_problem = nullptr;
    QPushButton* m_confirm = nullptr;
    std::optional<domain::Standard> m_result;
};

} // namespace creditcase::ui
