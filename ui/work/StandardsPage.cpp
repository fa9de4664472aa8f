#include "StandardsPage.h"

#include "FormSupport.h"
#include "RowsModel.h"
#include "StandardStepDialog.h"
#include "rules/RuleSet.h"
#include "service/RuleService.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace creditcase::ui {

using domain::StandardStatus;

StandardsPage::StandardsPage(service::Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session) {
    setObjectName(QStringLiteral("standardsPage"));
    auto* heading = new QLabel(tr("<b>Designation standards</b>"), this);
    auto* law = new QLabel(tr("A list may be used only on a published standard: drafted, open for public comment for "
                              "at least the minimum period, adopted after the comment closed, assessed "
                              "periodically."),
                           this);
    law->setWordWrap(true);

    m_model = new RowsModel({tr("No."), tr("Title"), tr("List type"), tr("Stage"), tr("Public comment"), tr("Adopted"),
                             tr("In force from"), tr("Ended")},
                            this);
    m_table = makeTable(m_model, "standardsTable", tr("Designation standards"), this);

    m_add = new QPushButton(tr("&New standard…"), this);
    m_add->setObjectName(QStringLiteral("addStandardButton"));
    m_comment = new QPushButton(tr("Open for &comment…"), this);
    m_comment->setObjectName(QStringLiteral("openCommentButton"));
    m_adopt = new QPushButton(tr("&Adopt…"), this);
    m_adopt->setObjectName(QStringLiteral("adoptButton"));
    m_abolish = new QPushButton(tr("A&bolish…"), this);
    m_abolish->setObjectName(QStringLiteral("abolishButton"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("standardsSummary"));
    m_problem = new ProblemLabel(this);
    m_problem->setObjectName(QStringLiteral("problemLabel"));

    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {m_add, m_comment, m_adopt, m_abolish})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(m_summary);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(law);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_problem);
    setTabOrder(m_table, m_add);
    setTabOrder(m_add, m_comment);
    setTabOrder(m_comment, m_adopt);
    setTabOrder(m_adopt, m_abolish);

    connect(m_add, &QPushButton::clicked, this, &StandardsPage::addStandard);
    connect(m_comment, &QPushButton::clicked, this, &StandardsPage::openComment);
    connect(m_adopt, &QPushButton::clicked, this, &StandardsPage::adopt);
    connect(m_abolish, &QPushButton::clicked, this, &StandardsPage::abolish);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &StandardsPage::updateButtons);
    connect(&m_session, &service::Session::changed, this, [this](const QString& kind, qint64) {
        if (kind == QLatin1String("standard") || kind.isEmpty())
            refresh();
    });
    refresh();
}

void StandardsPage::refresh() {
    const qint64 selected = selectedId();
    service::RuleService rules(m_session);
    auto standards = rules.standards();
    if (!standards) {
        m_problem->showError(standards.error());
        m_model->setRows({});
        updateButtons();
        return;
    }
    auto ruleSet = rules.ruleSet();
    QList<RowsModel::Row> rows;
    m_stages.clear();
    for (const domain::Standard& s : *standards) {
        m_stages.insert(s.id, s.stage);
        QString listName = s.listType;
        if (ruleSet)
            if (const rules::ListTypeEdition* lists = ruleSet->listTypesOn(s.createdAt.date()))
                if (const rules::ListType* type = lists->listType(s.listType))
                    listName = rules::localizedText(type->nameEn, type->name);
        const QString comment =
            s.commentOpenedOn.isValid()
                ? tr("%1 to %2").arg(FormText::date(s.commentOpenedOn), FormText::date(s.commentClosedOn))
                : QStringLiteral("—");
        RowsModel::Row row;
        row.cells = {QString::number(s.id),
                     s.title,
                     listName,
                     domain::standardStatusName(s.stage),
                     comment,
                     FormText::date(s.adoptedOn),
                     FormText::date(s.inForceFrom),
                     FormText::date(s.endedOn)};
        row.key = s.id;
        row.toolTip = tr("Recorded by %1 on %2").arg(s.createdBy, s.createdAt.date().toString(Qt::ISODate));
        rows.append(row);
    }
    m_model->setRows(std::move(rows));
    m_summary->setText(tr("%n standard(s)", nullptr, m_model->rowCount()));
    fitColumns(m_table);
    bool reselected = false;
    for (int i = 0; i < m_model->rowCount(); ++i)
        if (m_model->row(i).key.toLongLong() == selected) {
            m_table->selectRow(i);
            reselected = true;
        }
    // A selected row, so that the steps it allows are offered at once rather than all greyed.
    if (!reselected && m_model->rowCount() > 0)
        m_table->selectRow(m_model->rowCount() - 1);
    updateButtons();
}

qint64 StandardsPage::selectedId() const {
    const QModelIndexList rows =
        m_table->selectionModel() ? m_table->selectionModel()->selectedRows() : QModelIndexList();
    return rows.isEmpty() ? 0 : m_model->row(rows.first().row()).key.toLongLong();
}

void StandardsPage::updateButtons() {
    const qint64 id = selectedId();
    const std::optional<StandardStatus> stage =
        m_stages.contains(id) ? std::optional<StandardStatus>(m_stages.value(id)) : std::nullopt;
    // Which step makes sense in which stage is only a convenience; the service decides and explains.
    m_comment->setEnabled(stage == StandardStatus::Draft);
    m_adopt->setEnabled(stage == StandardStatus::OpenForComment);
    m_abolish->setEnabled(stage.has_value() && stage != StandardStatus::Abolished && stage != StandardStatus::Revised);
}

void StandardsPage::runStep(int step) {
    domain::Standard standard;
    const qint64 id = selectedId();
    if (step != static_cast<int>(StandardStepDialog::Step::Add)) {
        auto standards = service::RuleService(m_session).standards();
        if (!standards) {
            m_problem->showError(standards.error());
            return;
        }
        const auto found = std::find_if(standards->cbegin(), standards->cend(),
                                        [id](const domain::Standard& s) { return s.id == id; });
        if (found == standards->cend())
            return;
        standard = *found;
    }
    StandardStepDialog dialog(m_session, static_cast<StandardStepDialog::Step>(step), standard, this);
    if (dialog.exec() == QDialog::Accepted) {
        m_problem->clearProblem();
        refresh();
    }
}

void StandardsPage::addStandard() {
    runStep(static_cast<int>(StandardStepDialog::Step::Add));
}
void StandardsPage::openComment() {
    runStep(static_cast<int>(StandardStepDialog::Step::OpenComment));
}
void StandardsPage::adopt() {
    runStep(static_cast<int>(StandardStepDialog::Step::Adopt));
}
void StandardsPage::abolish() {
    runStep(static_cast<int>(StandardStepDialog::Step::Abolish));
}

} // namespace creditcase::ui
