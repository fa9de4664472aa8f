#include "NewCaseDialog.h"

#include "Clock.h"
#include "FormSupport.h"
#include "rules/RuleDuration.h"
#include "rules/RuleSet.h"
#include "service/CaseService.h"
#include "service/RuleService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace creditcase::ui {

NewCaseDialog::NewCaseDialog(service::Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session) {
    setObjectName(QStringLiteral("newCaseDialog"));
    setWindowTitle(tr("Open a designation case"));
    setMinimumWidth(600);
    const QDate today = Clock::today();

    m_recordId = new QSpinBox(this);
    m_recordId->setObjectName(QStringLiteral("recordIdSpin"));
    m_recordId->setAccessibleName(tr("Credit record number"));
    m_recordId->setRange(0, 2147483647);
    m_recordId->setSpecialValueText(tr("(choose)"));

    m_listType = new QComboBox(this);
    m_listType->setObjectName(QStringLiteral("listTypeCombo"));
    m_listType->setAccessibleName(tr("List type"));
    m_listType->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_listType->setMinimumContentsLength(36);
    m_listNote = new QLabel(this);
    m_listNote->setObjectName(QStringLiteral("listTypeNote"));
    m_listNote->setWordWrap(true);
    m_listNote->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("scopeCombo"));
    m_scope->setAccessibleName(tr("Scope category of the conduct"));
    m_ground = new QComboBox(this);
    m_ground->setObjectName(QStringLiteral("groundCombo"));
    m_ground->setAccessibleName(tr("Ground of the list type"));
    m_circumstanceBox = new QWidget(this);
    m_circumstanceBox->setObjectName(QStringLiteral("circumstancesBox"));
    new QVBoxLayout(m_circumstanceBox);
    m_circumstanceBox->layout()->setContentsMargins(0, 0, 0, 0);
    m_on = makeDateEdit("openedOnEdit", tr("Date the case is opened"), today, today, this);

    m_limitKnown = new QCheckBox(this);
    m_limitKnown->setObjectName(QStringLiteral("decisionLimitKnownCheck"));
    m_limitKnown->setAccessibleName(tr("The day the time to decide counts from is stated"));
    m_limitFrom = makeDateEdit("decisionLimitFromEdit", tr("Day the time to decide counts from"), today, today, this);
    m_limitFrom->setEnabled(false);
    m_limitNote = new QLabel(this);
    m_limitNote->setObjectName(QStringLiteral("decisionLimitNote"));
    m_limitNote->setWordWrap(true);
    m_limitNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* limitRow = new QWidget(this);
    auto* limitLayout = new QHBoxLayout(limitRow);
    limitLayout->setContentsMargins(0, 0, 0, 0);
    limitLayout->addWidget(m_limitKnown);
    limitLayout->addWidget(m_limitFrom, 1);

    m_problem = new ProblemLabel(this);
    m_problem->setObjectName(QStringLiteral("problemLabel"));

    auto* form = new QFormLayout;
    form->addRow(labelFor(tr("Credit &record:"), m_recordId, this), m_recordId);
    form->addRow(labelFor(tr("&List type:"), m_listType, this), m_listType);
    form->addRow(QString(), m_listNote);
    form->addRow(labelFor(tr("S&cope category:"), m_scope, this), m_scope);
    form->addRow(labelFor(tr("&Ground:"), m_ground, this), m_ground);
    m_circumstanceLabel = new QLabel(tr("Circumstances:"), this);
    form->addRow(m_circumstanceLabel, m_circumstanceBox);
    form->addRow(labelFor(tr("&Opened on:"), m_on, this), m_on);
    m_limitLabel = labelFor(tr("&Time to decide from:"), m_limitFrom, this);
    form->addRow(m_limitLabel, limitRow);
    form->addRow(QString(), m_limitNote);

    auto* buttons = new QDialogButtonBox(this);
    m_confirm = buttons->addButton(tr("Open the case and prepare the notice"), QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("confirmButton"));
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &NewCaseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewCaseDialog::reject);
    connect(m_listType, &QComboBox::currentIndexChanged, this, &NewCaseDialog::updateListType);
    connect(m_recordId, &QSpinBox::valueChanged, this, &NewCaseDialog::validate);
    connect(m_on, &QDateEdit::dateChanged, this, &NewCaseDialog::fillListTypes);
    connect(m_on, &QDateEdit::dateChanged, m_limitFrom, &QDateEdit::setMaximumDate);
    connect(m_limitKnown, &QCheckBox::toggled, m_limitFrom, &QWidget::setEnabled);
    fillListTypes();
    validate();
}

void NewCaseDialog::setRecord(qint64 recordId) {
    m_recordId->setValue(static_cast<int>(recordId));
    m_recordId->setEnabled(false);
    m_listType->setFocus();
}

void NewCaseDialog::fillListTypes() {
    const QString previous = m_listType->currentData().toString();
    const QSignalBlocker blocker(m_listType);
    m_listType->clear();
    auto rules = service::RuleService(m_session).ruleSet();
    if (!rules) {
        m_problem->showError(rules.error());
        return;
    }
    if (const rules::ListTypeEdition* lists = rules->listTypesOn(m_on->date()))
        for (const rules::ListType& type : lists->listTypes)
            m_listType->addItem(rules::localizedText(type.nameEn, type.name), type.id);
    m_listType->setCurrentIndex(std::max(0, m_listType->findData(previous)));
    updateListType();
}

void NewCaseDialog::updateListType() {
    m_scope->clear();
    m_ground->clear();
    qDeleteAll(m_circumstances);
    m_circumstances.clear();
    auto rules = service::RuleService(m_session).ruleSet();
    const rules::ListTypeEdition* lists = rules ? rules->listTypesOn(m_on->date()) : nullptr;
    const rules::ListType* type = lists ? lists->listType(m_listType->currentData().toString()) : nullptr;
    if (!type) {
        m_listNote->setText(tr("No list type is in force on this day."));
        validate();
        return;
    }
    m_listNote->setText(tr("Standard: %1 %2 — %3")
                            .arg(type->standard.document,
                                 rules::localizedText(type->standard.titleEn, type->standard.title),
                                 type->standard.citation().display()));
    for (domain::ScopeCategory category : type->scopeCategories.value)
        m_scope->addItem(domain::scopeCategoryName(category), static_cast<int>(category));
    m_scope->setToolTip(type->scopeCategories.citation().display());
    const QStringList grounds = type->grounds();
    m_ground->setEnabled(!grounds.isEmpty());
    if (grounds.isEmpty())
        m_ground->addItem(tr("(one term covers every ground)"), QString());
    for (const QString& ground : grounds) {
        const rules::ListTerm* term = type->term(ground);
        m_ground->addItem(term ? QStringLiteral("%1 — %2").arg(ground, term->description.localized()) : ground, ground);
    }
    auto addCircumstance = [this](const rules::NamedCondition& condition) {
        auto* box = new QCheckBox(condition.text.localized(), m_circumstanceBox);
        box->setObjectName(QStringLiteral("circumstance_") + condition.id);
        box->setAccessibleName(condition.text.localized());
        box->setToolTip(condition.text.citation().display());
        box->setProperty("circumstanceId", condition.id);
        m_circumstanceBox->layout()->addWidget(box);
        m_circumstances.append(box);
    };
    for (const rules::NamedCondition& bar : type->designationBars)
        addCircumstance(bar);
    for (const rules::NamedCondition& exclusion : type->earlyRemoval.exclusions)
        addCircumstance(exclusion);
    // A list type that names no circumstance shows no empty heading for them.
    m_circumstanceLabel->setVisible(!m_circumstances.isEmpty());
    // The time to decide, where the rules set one, counts from a day in the file the officer states.
    const bool hasLimit = type->decisionLimit.isSet();
    m_limitLabel->setVisible(hasLimit);
    m_limitKnown->parentWidget()->setVisible(hasLimit);
    m_limitNote->setVisible(hasLimit);
    if (hasLimit) {
        const rules::RuleDuration& limit = *type->decisionLimit.duration;
        m_limitKnown->setText(rules::countFromName(limit.countFrom));
        m_limitNote->setText(tr("The decision is due %1 after that day (%2). Without it no decision deadline is kept.")
                                 .arg(limit.describe(), type->decisionLimit.citation().display()));
    } else {
        m_limitKnown->setChecked(false);
    }
    // Tab order follows the form from top to bottom, circumstances included.
    QWidget* previous = m_ground;
    for (QCheckBox* box : m_circumstances) {
        setTabOrder(previous, box);
        previous = box;
    }
    setTabOrder(previous, m_on);
    setTabOrder(m_on, m_limitKnown);
    setTabOrder(m_limitKnown, m_limitFrom);
    setTabOrder(m_limitFrom, m_confirm);
    setTabOrder(m_confirm, m_cancel);
    validate();
}

void NewCaseDialog::validate() {
    QString missing;
    if (m_recordId->value() <= 0)
        missing = tr("Enter the number of the credit record the case is about.");
    else if (m_listType->currentIndex() < 0)
        missing = tr("No list type is in force on this day.");
    else if (m_scope->count() == 0)
        missing = tr("The list type names no scope category.");
    m_problem->showState(QString(), missing);
    m_confirm->setEnabled(missing.isEmpty());
}

void NewCaseDialog::accept() {
    if (m_opened) {
        // The case is open and its notes were read: close.
        QDialog::accept();
        return;
    }
    if (!m_confirm->isEnabled())
        return;
    service::OpenCase request;
    request.recordId = m_recordId->value();
    request.listType = m_listType->currentData().toString();
    if (m_scope->currentIndex() >= 0)
        request.scope = static_cast<domain::ScopeCategory>(m_scope->currentData().toInt());
    request.ground = m_ground->currentData().toString();
    for (const QCheckBox* box : m_circumstances)
        if (box->isChecked())
            request.circumstances.append(box->property("circumstanceId").toString());
    request.on = m_on->date();
    if (m_limitKnown->isVisibleTo(this) && m_limitKnown->isChecked())
        request.decisionLimitFrom = m_limitFrom->date();
    auto opened = service::CaseService(m_session).open(request);
    if (!opened) {
        m_problem->showError(opened.error());
        return;
    }
    m_opened = opened.take();
    if (m_opened->warnings.isEmpty()) {
        QDialog::accept();
        return;
    }
    // What the rule data could not confirm ([U]) or what was not stated is said before the dialog closes, not only
    // recorded in the audit entry: the form stays, read-only, with the notes and a Close button.
    for (QWidget* input : findChildren<QWidget*>()) {
        if (input != m_confirm && input != m_problem &&
            (qobject_cast<QComboBox*>(input) || qobject_cast<QAbstractSpinBox*>(input) ||
             qobject_cast<QCheckBox*>(input)))
            input->setEnabled(false);
    }
    m_problem->showNote(tr("Case %1 is open. Please note:\n%2")
                            .arg(m_opened->id)
                            .arg(QStringLiteral("• ") + m_opened->warnings.join(QStringLiteral("\n• "))));
    m_confirm->setText(tr("Close"));
    m_cancel->hide();
    m_confirm->setFocus();
}

} // namespace creditcase::ui
