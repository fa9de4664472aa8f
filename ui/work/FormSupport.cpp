#include "FormSupport.h"

#include <QApplication>
#include <QDateEdit>
#include <QHeaderView>
#include <QStyle>
#include <QTableView>

namespace creditcase::ui {

QString FormText::describe(const Error& error) {
    QString text = error.message.trimmed();
    if (text.isEmpty())
        text = tr("The act could not be completed.");
    for (const QString& citation : error.citations)
        text += QLatin1Char('\n') + tr("Legal basis: %1").arg(citation);
    return text;
}

QString FormText::date(QDate date) {
    return date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("—");
}

QString FormText::orDash(const QString& text) {
    return text.trimmed().isEmpty() ? QStringLiteral("—") : text;
}

ProblemLabel::ProblemLabel(QWidget* parent)
    : QLabel(parent) {
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setFocusPolicy(Qt::NoFocus);
    hide();
}

void ProblemLabel::showProblem(const QString& text) {
    m_problem = true;
    // The word and the sign carry the meaning; the colour only repeats it.
    setText(QStringLiteral("⚠ ") + text);
    setStyleSheet(QStringLiteral("QLabel { color: #a40000; }"));
    setAccessibleName(text);
    show();
}

void ProblemLabel::showError(const Error& error) {
    showProblem(FormText::describe(error));
}

void ProblemLabel::showNote(const QString& text) {
    m_problem = false;
    setText(QStringLiteral("ℹ ") + text);
    setStyleSheet(QString());
    setAccessibleName(text);
    show();
}

void ProblemLabel::showState(const QString& problem, const QString& missing) {
    if (!problem.isEmpty())
        showProblem(problem);
    else if (!missing.isEmpty())
        showNote(missing);
    else
        clearProblem();
}

void ProblemLabel::clearProblem() {
    m_problem = false;
    clear();
    setAccessibleName(QString());
    hide();
}

QLabel* labelFor(const QString& text, QWidget* input, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setBuddy(input);
    return label;
}

QTableView* makeTable(QAbstractItemModel* model, const char* objectName, const QString& accessibleName,
                      QWidget* parent) {
    auto* table = new QTableView(parent);
    table->setObjectName(QLatin1String(objectName));
    table->setAccessibleName(accessibleName);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(false);
    table->setAlternatingRowColors(true);
    table->setTabKeyNavigation(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    return table;
}

void fitColumns(QTableView* table, int widest) {
    table->resizeColumnsToContents();
    const int columns = table->model() ? table->model()->columnCount() : 0;
    for (int column = 0; column < columns; ++column)
        table->setColumnWidth(column, std::min(table->columnWidth(column), widest));
}

QDateEdit* makeDateEdit(const char* objectName, const QString& accessibleName, QDate initial, QDate latest,
                        QWidget* parent) {
    auto* edit = new QDateEdit(parent);
    edit->setObjectName(QLatin1String(objectName));
    edit->setAccessibleName(accessibleName);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setCalendarPopup(true);
    edit->setMinimumDate(QDate(2000, 1, 1));
    if (latest.isValid())
        edit->setMaximumDate(latest);
    edit->setDate(initial);
    return edit;
}

} // namespace creditcase::ui
