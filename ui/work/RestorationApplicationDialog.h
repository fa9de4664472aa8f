#pragma once

#include "domain/Restoration.h"

#include <QDialog>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;

namespace creditcase::service {
class Session;
}

namespace creditcase::ui {

class AttachmentPicker;
class ProblemLabel;

// 信用修复申请: records an application for credit restoration through the case service. Two kinds exist in law —
// removal from a list (early removal, Guiding Opinions VI(11)) and restoration of penalty information — and the
// dialog asks for the kind first; it offers only the kinds the services can record (today: removal from a list).
// The application is checked against the conditions by the service on receipt; the answer (eligible or not, and
// why, and the date it must be decided by) is shown after recording.
class RestorationApplicationDialog : public QDialog {
    Q_OBJECT

public:
    enum class Kind { ListRemoval };

    RestorationApplicationDialog(service::Session& session, QWidget* parent = nullptr);

    // Preselects a listed case (e.g. from the case view).
    void setCase(qint64 caseId);
    AttachmentPicker* commitmentLetter() const { return m_commitment; }
    AttachmentPicker* evidence() const { return m_evidence; }
    const std::optional<domain::Restoration>& recorded() const { return m_recorded; }

public slots:
    void accept() override;

private:
    void fillCases();
    void validate();

    service::Session& m_session;
    QComboBox* m_kind = nullptr;
    QComboBox* m_case = nullptr;
    QDateEdit* m_appliedOn = nullptr;
    QCheckBox* m_corrected = nullptr;
    QDateEdit* m_correctedOn = nullptr;
    AttachmentPicker* m_commitment = nullptr;
    AttachmentPicker* m_evidence = nullptr;
    ProblemLabel* m_problem = nullptr;
    QPushButton* m_confirm = nullptr;
    std::optional<domain::Restoration> m_recorded;
};

} // namespace creditcase::ui
