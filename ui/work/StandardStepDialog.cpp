#include "StandardStepDialog.h"

#include "Clock.h"
#include "FormSupport.h"
#include "rules/RuleSet.h"
#include "service/RuleService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace creditcase::ui {

StandardStepDialog::StandardStepDialog(service::Session& session, Step step, const domain::Standard& standard,
                                       QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_step(step)
    , m_standard(standard) {
    setObjectName(QStringLiteral("standardStepDialog"));
    setMinimumWidth(560);
    const QDate today = Clock::today();
    auto* form = new QFormLayout;
    QList<QWidget*> order;
    QString confirmText;

    if (step != Step::Add) {
        auto* which = new QLabel(tr("Standard: %1").arg(standard.title), this);
        which->setObjectName(QStringLiteral("standardTitleLabel"));
        which->setWordWrap(true);
        form->addRow(which);
    }
    switch (step) {
    case Step::Add: {
        setWindowTitle(tr("New designation standard"));
        m_listType = new QComboBox(this);
        m_listType->setObjectName(QStringLiteral("listTypeCombo"));
        m_listType->setAccessibleName(tr("List type of the standard"));
        auto rules = service::RuleService(m_session).ruleSet();
        if (rules)
            if (const rules::ListTypeEdition* lists = rules->listTypesOn(today))
                for (const rules::ListType& type : lists->listTypes)
                    m_listType->addItem(rules::localizedText(type.nameEn, type.name), type.id);
        m_title = new QLineEdit(this);
        m_title->setObjectName(QStringLiteral("standardTitleEdit"));
        m_title->setAccessibleName(tr("Title of the standard"));
        form->addRow(labelFor(tr("&List type:"), m_listType, this), m_listType);
        form->addRow(labelFor(tr("&Title:"), m_title, this), m_title);
        order = {m_listType, m_title};
        confirmText = tr("Record the draft standard");
        connect(m_title, &QLineEdit::textChanged, this, &StandardStepDialog::validate);
        break;
    }
    case Step::OpenComment: {
        setWindowTitle(tr("Open the standard for public comment"));
        m_from = makeDateEdit("commentFromEdit", tr("First day of public comment"), today, today, this);
        m_to = makeDateEdit("commentToEdit", tr("Last day of public comment"), today.addDays(30), {}, this);
        m_minimum = new QLabel(this);
        m_minimum->setObjectName(QStringLiteral("commentMinimumLabel"));
        m_minimum->setWordWrap(true);
        m_minimum->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(labelFor(tr("Comment &from:"), m_from, this), m_from);
        form->addRow(labelFor(tr("Comment &until:"), m_to, this), m_to);
        form->addRow(QString(), m_minimum);
        order = {m_from, m_to};
        confirmText = tr("Open for public comment");
        connect(m_from, &QDateEdit::dateChanged, this, &StandardStepDialog::updateMinimum);
        connect(m_to, &QDateEdit::dateChanged, this, &StandardStepDialog::validate);
        break;
    }
    case Step::Adopt: {
        setWindowTitle(tr("Adopt the standard"));
        m_on = makeDateEdit("adoptedOnEdit", tr("Date of adoption"), today, today, this);
        m_laterInForce = new QCheckBox(tr("In force from a later day"), this);
        m_laterInForce->setObjectName(QStringLiteral("laterInForceCheck"));
        m_laterInForce->setAccessibleName(tr("In force from a later day"));
        m_inForceFrom = makeDateEdit("inForceFromEdit", tr("Date the standard comes into force"), today, {}, this);
        m_inForceFrom->setEnabled(false);
        m_setAssessment = new QCheckBox(tr("Set the first assessment"), this);
        m_setAssessment->setObjectName(QStringLiteral("setAssessmentCheck"));
        m_setAssessment->setAccessibleName(tr("Set the first assessment"));
        m_assessment = makeDateEdit("assessmentDueEdit", tr("First assessment due"), today.addYears(1), {}, this);
        m_assessment->setEnabled(false);
        auto* closed =
            new QLabel(tr("Public comment: %1 to %2. A standard can be adopted only after its comment "
                          "period has closed.")
                           .arg(FormText::date(standard.commentOpenedOn), FormText::date(standard.commentClosedOn)),
                       this);
        closed->setWordWrap(true);
        form->addRow(labelFor(tr("&Adopted on:"), m_on, this), m_on);
        form->addRow(QString(), closed);
        form->addRow(m_laterInForce);
        form->addRow(labelFor(tr("In &force from:"), m_inForceFrom, this), m_inForceFrom);
        form->addRow(m_setAssessment);
        form->addRow(labelFor(tr("Assessment &due:"), m_assessment, this), m_assessment);
        order = {m_on, m_laterInForce, m_inForceFrom, m_setAssessment, m_assessment};
        confirmText = tr("Adopt the standard");
        connect(m_laterInForce, &QCheckBox::toggled, m_inForceFrom, &QWidget::setEnabled);
        connect(m_setAssessment, &QCheckBox::toggled, m_assessment, &QWidget::setEnabled);
        connect(m_on, &QDateEdit::dateChanged, this, &StandardStepDialog::validate);
        connect(m_inForceFrom, &QDateEdit::dateChanged, this, &StandardStepDialog::validate);
        connect(m_laterInForce, &QCheckBox::toggled, this, &StandardStepDialog::validate);
        break;
    }
    case Step::Abolish: {
        setWindowTitle(tr("Abolish the standard"));
        m_on = makeDateEdit("abolishedOnEdit", tr("Date of abolition"), today, today, this);
        auto* warning = new QLabel(tr("From this day the standard supports no new designation and its deadlines are "
                                      "cancelled. This cannot be undone."),
                                   this);
        warning->setWordWrap(true);
        form->addRow(labelFor(tr("Abolished &from:"), m_on, this), m_on);
        form->addRow(QString(), warning);
        order = {m_on};
        confirmText = tr("Abolish the standard");
        break;
    }
    }

    m_problem = new ProblemLabel(this);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    auto* buttons = new QDialogButtonBox(this);
    m_confirm = buttons->addButton(confirmText, QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("confirmButton"));
    auto* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    order << m_confirm << cancel;
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &StandardStepDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &StandardStepDialog::reject);
    updateMinimum();
    validate();
    order.first()->setFocus();
}

// The minimum comment period the rules set, on the first day of comment, with its source and mark; for a list
// type whose rule data says the minimum does not bind its standard, that instead. Only shown: the service judges.
void StandardStepDialog::updateMinimum() {
    if (!m_minimum)
        return;
    auto rules = service::RuleService(m_session).ruleSet();
    const QDate from = m_from->date();
    QString text;
    if (rules) {
        const rules::ListTypeEdition* lists = rules->listTypesOn(from);
        const rules::ListType* type = lists ? lists->listType(m_standard.listType) : nullptr;
        const rules::ProcedureLimitEdition* limits = rules->procedureLimitsOn(from);
        const rules::ProcedureLimit* minimum =
            limits ? limits->limit(QStringLiteral("standard-comment-minimum")) : nullptr;
        if (type && !type->commentPeriodRequired.value)
            text = tr("The rules set no minimum comment period for this list type's standard (%1).")
                       .arg(type->commentPeriodRequired.citation().display());
        else if (minimum)
            text = tr("The law requires at least %1 of public comment (%2).")
                       .arg(minimum->duration.describe(), minimum->citation().display());
        else
            text = tr("The rules in force on %1 state no minimum comment period.").arg(FormText::date(from));
    }
    m_minimum->setText(text);
    validate();
}

void StandardStepDialog::validate() {
    QString missing;
    QString hint;
    switch (m_step) {
    case Step::Add:
        if (m_listType->currentIndex() < 0)
            missing = tr("No list type is in force today.");
        else if (m_title->text().trimmed().isEmpty())
            hint = tr("Enter the title of the standard.");
        break;
    case Step::OpenComment:
        if (m_to->date() < m_from->date())
            missing = tr("The comment period cannot end (%1) before it begins (%2).")
                          .arg(FormText::date(m_to->date()), FormText::date(m_from->date()));
        break;
    case Step::Adopt:
        if (m_standard.commentClosedOn.isValid() && m_on->date() <= m_standard.commentClosedOn)
            missing = tr("The comment period closes on %1; the standard can be adopted from the next day.")
                          .arg(FormText::date(m_standard.commentClosedOn));
        else if (m_laterInForce->isChecked() && m_inForceFrom->date() < m_on->date())
            missing = tr("A standard cannot come into force before it is adopted.");
        break;
    case Step::Abolish:
        break;
    }
    m_problem->showState(missing, hint);
    m_confirm->setEnabled(missing.isEmpty() && hint.isEmpty());
}

void StandardStepDialog::accept() {
    if (!m_confirm->isEnabled())
        return;
    service::RuleService rules(m_session);
    Result<domain::Standard> done = Error::failure(QString());
    switch (m_step) {
    case Step::Add:
        done = rules.addStandard(m_listType->currentData().toString(), m_title->text().trimmed());
        break;
    case Step::OpenComment:
        done = rules.openStandardComment(m_standard.id, m_from->date(), m_to->date());
        break;
    case Step::Adopt:
        done = rules.adoptStandard(m_standard.id, m_on->date(),
                                   m_laterInForce->isChecked() ? m_inForceFrom->date() : QDate(),
                                   m_setAssessment->isChecked() ? m_assessment->date() : QDate());
        break;
    case Step::Abolish:
        done = rules.abolishStandard(m_standard.id, m_on->date());
        break;
    }
    if (!done) {
        m_problem->showError(done.error());
        return;
    }
    m_result = done.take();
    QDialog::accept();
}

} // namespace creditcase::ui
