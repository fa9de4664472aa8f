#include "RestorationApplicationDialog.h"

#include "AttachmentPicker.h"
#include "Clock.h"
#include "FormSupport.h"
#include "rules/RuleSet.h"
#include "service/CaseService.h"
#include "service/RuleService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace creditcase::ui {

namespace {
// How many listed cases the case chooser offers; beyond that the application is started from the case view.
constexpr int kCasesOffered = 500;
} // namespace

RestorationApplicationDialog::RestorationApplicationDialog(service::Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session) {
    setObjectName(QStringLiteral("restorationApplicationDialog"));
    setWindowTitle(tr("New credit restoration application"));
    setMinimumWidth(620);
    const QDate today = Clock::today();

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("restorationKindCombo"));
    m_kind->setAccessibleName(tr("Kind of restoration"));
    // Restoration of penalty information is added here once the case service records it.
    m_kind->addItem(tr("Removal from a list (early removal)"), static_cast<int>(Kind::ListRemoval));

    m_case = new QComboBox(this);
    m_case->setObjectName(QStringLiteral("caseCombo"));
    m_case->setAccessibleName(tr("Listed case"));
    m_case->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_case->setMinimumContentsLength(40);

    m_appliedOn = makeDateEdit("appliedOnEdit", tr("Date the application was received"), today, today, this);
    m_corrected = new QCheckBox(tr("The conduct was corrected and the obligations performed"), this);
    m_corrected->setObjectName(QStringLiteral("correctedCheck"));
    m_corrected->setAccessibleName(tr("The conduct was corrected and the obligations performed"));
    m_correctedOn = makeDateEdit("correctedOnEdit", tr("Date the conduct was corrected"), today, today, this);
    m_correctedOn->setEnabled(false);
    m_commitment = new AttachmentPicker(tr("Commitment letter"), 1, this);
    m_commitment->setObjectName(QStringLiteral("commitmentPicker"));
    m_evidence = new AttachmentPicker(tr("Evidence of performance"), 0, this);
    m_evidence->setObjectName(QStringLiteral("evidencePicker"));

    auto* law = new QLabel(tr("Credit restoration is free of charge. The application is checked against the "
                              "conditions of the list type on the day it is received and must be decided within the "
                              "time the rules set."),
                           this);
    law->setObjectName(QStringLiteral("lawNote"));
    law->setWordWrap(true);
    m_problem = new ProblemLabel(this);
    m_problem->setObjectName(QStringLiteral("problemLabel"));

    auto* form = new QFormLayout;
    form->addRow(labelFor(tr("&Kind:"), m_kind, this), m_kind);
    form->addRow(labelFor(tr("&Case:"), m_case, this), m_case);
    form->addRow(labelFor(tr("&Received on:"), m_appliedOn, this), m_appliedOn);
    form->addRow(m_corrected);
    form->addRow(labelFor(tr("Corrected &on:"), m_correctedOn, this), m_correctedOn);
    form->addRow(labelFor(tr("Co&mmitment letter:"), m_commitment, this), m_commitment);
    form->addRow(labelFor(tr("&Evidence:"), m_evidence, this), m_evidence);

    auto* buttons = new QDialogButtonBox(this);
    m_confirm = buttons->addButton(tr("Record the application"), QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("confirmButton"));
    auto* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(law);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(buttons);

    QWidget* order[] = {m_kind,
                        m_case,
                        m_appliedOn,
                        m_corrected,
                        m_correctedOn,
                        m_commitment->addButton(),
                        m_commitment->removeButton(),
                        m_evidence->addButton(),
                        m_evidence->removeButton(),
                        m_confirm,
                        cancel};
    for (std::size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);

    connect(buttons, &QDialogButtonBox::accepted, this, &RestorationApplicationDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RestorationApplicationDialog::reject);
    connect(m_corrected, &QCheckBox::toggled, m_correctedOn, &QWidget::setEnabled);
    connect(m_corrected, &QCheckBox::toggled, this, &RestorationApplicationDialog::validate);
    connect(m_case, &QComboBox::currentIndexChanged, this, &RestorationApplicationDialog::validate);
    connect(m_appliedOn, &QDateEdit::dateChanged, this, &RestorationApplicationDialog::validate);
    connect(m_correctedOn, &QDateEdit::dateChanged, this, &RestorationApplicationDialog::validate);
    connect(m_commitment, &AttachmentPicker::problem, m_problem, &ProblemLabel::showProblem);
    connect(m_evidence, &AttachmentPicker::problem, m_problem, &ProblemLabel::showProblem);
    fillCases();
    validate();
    m_kind->setFocus();
}

void RestorationApplicationDialog::fillCases() {
    m_case->clear();
    auto cases = service::CaseService(m_session).list(domain::CaseStage::Listed, kCasesOffered,
                                                      tr("credit restoration application"));
    if (!cases) {
        m_problem->showError(cases.error());
        return;
    }
    for (const service::CaseSummary& c : *cases)
        m_case->addItem(tr("Case %1 · %2 · listed until %3")
                            .arg(QString::number(c.id), c.subjectName, FormText::date(c.listedUntil)),
                        c.id);
}

void RestorationApplicationDialog::setCase(qint64 caseId) {
    int index = m_case->findData(caseId);
    if (index < 0) {
        m_case->addItem(tr("Case %1").arg(caseId), caseId);
        index = m_case->count() - 1;
    }
    m_case->setCurrentIndex(index);
}

void RestorationApplicationDialog::validate() {
    QString missing;
    if (m_case->currentIndex() < 0)
        missing = tr("No listed case to apply for: only a case on a list can be removed early.");
    else if (m_corrected->isChecked() && m_correctedOn->date() > m_appliedOn->date())
        missing = tr("The correction (%1) cannot come after the application was received (%2).")
                      .arg(FormText::date(m_correctedOn->date()), FormText::date(m_appliedOn->date()));
    if (missing.isEmpty())
        m_problem->clearProblem();
    else
        m_problem->showProblem(missing);
    m_confirm->setEnabled(missing.isEmpty());
}

void RestorationApplicationDialog::accept() {
    if (!m_confirm->isEnabled())
        return;
    service::RestorationApplication application;
    application.caseId = m_case->currentData().toLongLong();
    application.on = m_appliedOn->date();
    if (m_corrected->isChecked())
        application.correctedOn = m_correctedOn->date();
    if (!m_commitment->files().isEmpty())
        application.commitmentLetter = m_commitment->files().first();
    application.evidence = m_evidence->files();
    auto recorded = service::CaseService(m_session).applyForRestoration(application);
    if (!recorded) {
        m_problem->showError(recorded.error());
        return;
    }
    m_recorded = recorded.take();
    QDialog::accept();
}

} // namespace creditcase::ui
