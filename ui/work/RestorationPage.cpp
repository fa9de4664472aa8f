#include "RestorationPage.h"

#include "Clock.h"
#include "FormSupport.h"
#include "RestorationApplicationDialog.h"
#include "RowsModel.h"
#include "cases/CaseDisplay.h"
#include "service/ReportService.h"
#include "service/RuleService.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace creditcase::ui {

RestorationPage::RestorationPage(service::Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session) {
    setObjectName(QStringLiteral("restorationPage"));
    auto* heading = new QLabel(tr("<b>Credit restoration applications waiting for a decision</b>"), this);
    m_model = new RowsModel({tr("Case"), tr("Subject"), tr("Decide by"), tr("Days left"), tr("Provision")}, this);
    m_table = makeTable(m_model, "restorationTable", tr("Restoration applications waiting for a decision"), this);

    m_new = new QPushButton(tr("&New application…"), this);
    m_new->setObjectName(QStringLiteral("newApplicationButton"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("restorationSummary"));
    m_outcome = new QLabel(this);
    m_outcome->setObjectName(QStringLiteral("restorationOutcome"));
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem = new ProblemLabel(this);
    m_problem->setObjectName(QStringLiteral("problemLabel"));

    auto* top = new QHBoxLayout;
    top->addWidget(m_new);
    top->addStretch(1);
    top->addWidget(m_summary);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_outcome);
    layout->addWidget(m_problem);
    setTabOrder(m_new, m_table);

    connect(m_new, &QPushButton::clicked, this, &RestorationPage::newApplication);
    auto open = [this](const QModelIndex& index) {
        if (index.isValid())
            emit openCaseRequested(m_model->row(index.row()).key.toLongLong());
    };
    connect(m_table, &QTableView::activated, this, open);
    connect(&m_session, &service::Session::changed, this, [this](const QString& kind, qint64) {
        // Every read of the list is registered as an inquiry: a hidden page reads it when it is shown again.
        if (kind == QLatin1String("restoration") || kind == QLatin1String("case") || kind.isEmpty()) {
            if (isVisible())
                refresh();
            else
                m_stale = true;
        }
    });
    refresh();
}

void RestorationPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void RestorationPage::refresh() {
    m_stale = false;
    service::DeadlineQuery query;
    query.asOf = Clock::today();
    query.kind = domain::DeadlineKind::RestorationDue;
    auto due = service::ReportService(m_session).deadlines(query, tr("restoration applications waiting"));
    if (!due) {
        m_problem->showError(due.error());
        m_model->setRows({});
        return;
    }
    m_problem->clearProblem();
    // Days left in the unit the rule counts in (counted by core: working days where the limit is in working days).
    QList<RowsModel::Row> rows;
    int late = 0;
    for (const service::DueDeadline& d : *due) {
        RowsModel::Row row;
        if (d.daysLeft < 0)
            ++late;
        const QString left = CaseDisplay::daysLeftText(d.left(), d.deadline.provisional);
        row.cells = {QString::number(d.deadline.caseId), d.subjectName, FormText::date(d.deadline.dueOn), left,
                     d.deadline.source};
        row.key = d.deadline.caseId;
        row.attention = d.daysLeft < 0;
        rows.append(row);
    }
    m_model->setRows(std::move(rows));
    fitColumns(m_table);
    m_summary->setText(late > 0 ? tr("%n waiting, %1 overdue", nullptr, m_model->rowCount()).arg(late)
                                : tr("%n waiting", nullptr, m_model->rowCount()));
}

void RestorationPage::newApplication() {
    RestorationApplicationDialog dialog(m_session, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.recorded())
        return;
    const domain::Restoration& r = *dialog.recorded();
    const QString caseNumber = QString::number(r.caseId);
    if (r.eligible)
        m_outcome->setText(tr("Application for case %1 recorded. The conditions are met; decide by %2.")
                               .arg(caseNumber, FormText::date(r.dueOn)));
    else
        m_outcome->setText(tr("Application for case %1 recorded. The conditions are not met on receipt (%2); decide "
                              "by %3 and give reasons if it is refused.")
                               .arg(caseNumber, r.checkReason, FormText::date(r.dueOn)));
    refresh();
}

} // namespace creditcase::ui
