#pragma once

#include "domain/Subject.h"
#include "service/CaseService.h"

#include <QDialog>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace creditcase::service {
class Session;
}

namespace creditcase::ui {

class AttachmentPicker;
class ProblemLabel;

// 新建信用记录: a credit record on a basis document, through CaseService::addRecord. The item comes from the
// catalogue in force today for the subject's type (with its legal basis and mark shown), the basis document's
// number, organ and dates are required, the dates cannot lie in the future and the document cannot take effect
// before it was made. Scans are read when chosen and stored inside the vault by the service.
class NewRecordDialog : public QDialog {
    Q_OBJECT

public:
    NewRecordDialog(service::Session& session, QWidget* parent = nullptr);

    // The subject the record is about; without it the officer types the subject's number.
    void setSubject(const domain::Subject& subject);

    AttachmentPicker* scans() const { return m_scans; }
    const std::optional<service::RecordFile>& recorded() const { return m_recorded; }

public slots:
    void accept() override;

private:
    void fillCatalogue();
    void updateItemNote();
    void validate();

    service::Session& m_session;
    std::optional<domain::Subject> m_subject;
    QLabel* m_subjectLabel = nullptr;
    QSpinBox* m_subjectId = nullptr;
    QComboBox* m_item = nullptr;
    QLabel* m_itemNote = nullptr;
    QComboBox* m_severity = nullptr;
    QComboBox* m_basisKind = nullptr;
    QLineEdit* m_basisNumber = nullptr;
    QLineEdit* m_basisOrgan = nullptr;
    QDateEdit* m_basisDate = nullptr;
    QDateEdit* m_effectiveOn = nullptr;
    QCheckBox* m_conductStated = nullptr; // the basis document states the day of the conduct
    QDateEdit* m_conductOn = nullptr;
    QLineEdit* m_provision = nullptr;
    QComboBox* m_sector = nullptr;
    QPlainTextEdit* m_facts = nullptr;
    AttachmentPicker* m_scans = nullptr;
    ProblemLabel* m_problem = nullptr;
    QPushButton* m_confirm = nullptr;
    std::optional<service::RecordFile> m_recorded;
};

} // namespace creditcase::ui
