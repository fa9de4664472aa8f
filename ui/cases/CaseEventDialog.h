#pragma once

#include "service/CaseActions.h"
#include "service/CaseService.h"

#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace creditcase::service {
class Session;
}

namespace creditcase::ui {

/* The form of one event of a case (UI.md "Case view"): the date (never in the future, never before what it
   depends on), the text the event needs (objection, answer, re-examination opinion), and for the decision the
   measures the list type allows for the conduct's severity, each with its category, its basis and "inform only"
   for category C; the officer may remove proposed measures, never add one from outside the list. The form checks
   as the officer types, says next to each field what the law requires, and its confirm button says what will
   happen. Confirming calls CaseService (the same act, refusals and audit entries as the command line); a refusal
   is shown in the form with its citations and nothing is written but its audit entry. */
class CaseEventDialog : public QDialog {
    Q_OBJECT

public:
    CaseEventDialog(service::Session& session, const service::CaseFile& file, const service::CaseAction& action,
                    QWidget* parent = nullptr);

    // Whether the event wants text (objection, answer, opinion) and measures.
    bool needsText() const { return m_text != nullptr; }
    bool needsMeasures() const { return m_measures != nullptr; }
    QPushButton* confirmButton() const { return m_confirm; }
    // The problems that keep the confirm button disabled, one per line (empty when the form is complete).
    QStringList problems() const;
    // The measure ids left checked.
    QStringList chosenMeasures() const;

    // What confirming this event does, as the button says it.
    static QString confirmText(const QString& event);

private:
    void validate();
    void submit();
    QDate earliestDate(QString* what) const;

    service::Session& m_session;
    service::CaseFile m_file;
    service::CaseAction m_action;
    QDateEdit* m_date = nullptr;
    QLabel* m_dateRule = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QLabel* m_textRule = nullptr;
    QListWidget* m_measures = nullptr;
    QLabel* m_measuresRule = nullptr;
    QLabel* m_problems = nullptr;
    QLabel* m_result = nullptr;
    QPushButton* m_confirm = nullptr;
};

} // namespace creditcase::ui
