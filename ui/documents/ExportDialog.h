#pragma once

#include "exchange/DisclosureExport.h"

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

/* 导出公示信息: the disclosure export (双公示 layout) for the public or the sharing channel, on a date, to a file the
   officer chooses (the only way personal data leaves the vault in clear, and only by that explicit choice). Runs in
   the background through ReportService::exportDisclosure (roles, masking per channel, the audit entry and the
   inquiry are the service's), with a cancellable progress dialog; says what was written and what was left out. */
class ExportDialog : public QDialog {
    Q_OBJECT

public:
    explicit ExportDialog(service::Session& session, QWidget* parent = nullptr);

    const std::optional<exchange::DisclosureExport::Outcome>& outcome() const { return m_outcome; }
    // For tests and scripted use: the file to write (as if chosen in the file dialog).
    void setPath(const QString& path);

public slots:
    void accept() override;

private:
    void choosePath();
    void validate();

    service::Session& m_session;
    QComboBox* m_channel = nullptr;
    QDateEdit* m_asOf = nullptr;
    QLineEdit* m_path = nullptr;
    QPushButton* m_browse = nullptr;
    QCheckBox* m_replace = nullptr;
    QLabel* m_note = nullptr;
    ProblemLabel* m_problem = nullptr;
    QPushButton* m_confirm = nullptr;
    std::optional<exchange::DisclosureExport::Outcome> m_outcome;
};

} // namespace creditcase::ui
