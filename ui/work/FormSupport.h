#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QLabel>

class QDateEdit;
class QFormLayout;
class QAbstractItemModel;
class QTableView;

namespace creditcase::ui {

// What the forms of the work and administration pages share: how a refusal is worded, the line that shows it,
// and the date fields every act needs.
class FormText {
    Q_DECLARE_TR_FUNCTIONS(FormText)

public:
    /* The error as an officer reads it: the reason, then the provisions it rests on ("依据：…"), one per line. The
       message is already translated by the service; the citations carry their verification mark. */
    static QString describe(const Error& error);
    // "yyyy-MM-dd", or a dash for an invalid date.
    static QString date(QDate date);
    // A dash where a value is missing.
    static QString orDash(const QString& text);
};

// The line under a form that says why it cannot be submitted, or what the service refused and on which provision.
// A problem is marked with an icon and a word, never by colour alone; the label is hidden while there is none.
class ProblemLabel : public QLabel {
    Q_OBJECT

public:
    explicit ProblemLabel(QWidget* parent = nullptr);

    void showProblem(const QString& text);
    void showError(const Error& error);
    void showNote(const QString& text); // a remark that is not a problem (e.g. "converted from 15 digits")
    void clearProblem();
    /* The state of a form that validates as it is typed: a problem (something typed is wrong) is shown as one; what
       is merely not filled in yet is shown as a neutral hint; neither clears the line. */
    void showState(const QString& problem, const QString& missing);
    bool hasProblem() const { return m_problem; }

private:
    bool m_problem = false;
};

// A label whose buddy is `input`, so that the input is named on screen and reached by its mnemonic.
QLabel* labelFor(const QString& text, QWidget* input, QWidget* parent);

/* A read-only table of whole rows, operable from the keyboard (Tab leaves it, arrows move in it), rows one line
   high. */
QTableView* makeTable(QAbstractItemModel* model, const char* objectName, const QString& accessibleName,
                      QWidget* parent);
// Sizes the columns to their contents, none wider than `widest` pixels, the last one taking the remaining room.
void fitColumns(QTableView* table, int widest = 360);

/* A date field: ISO display, calendar pop-up, never after `latest` when that is valid (acts cannot be dated in the
   future), starting on `initial`. */
QDateEdit* makeDateEdit(const char* objectName, const QString& accessibleName, QDate initial, QDate latest,
                        QWidget* parent);

} // namespace creditcase::ui
