#include "NewSubjectDialog.h"

#include "Clock.h"
#include "FormSupport.h"
#include "domain/IdentifierCheck.h"
#include "service/CaseService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace creditcase::ui {

using domain::SubjectKind;

NewSubjectDialog::NewSubjectDialog(service::Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session) {
    setObjectName(QStringLiteral("newSubjectDialog"));
    setWindowTitle(tr("New subject"));
    setMinimumWidth(520);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("subjectKindCombo"));
    m_kind->setAccessibleName(tr("Kind of subject"));
    for (SubjectKind kind : {SubjectKind::Enterprise, SubjectKind::Organisation, SubjectKind::Individual})
        m_kind->addItem(domain::subjectKindName(kind), static_cast<int>(kind));

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("subjectNameEdit"));
    m_name->setAccessibleName(tr("Name of the subject"));
    m_name->setMaxLength(200);

    m_identifier = new QLineEdit(this);
    m_identifier->setObjectName(QStringLiteral("identifierEdit"));
    m_identifier->setAccessibleName(tr("Identifier (unified social credit code or resident ID number)"));
    m_identifier->setMaxLength(24);
    m_identifierProblem = new ProblemLabel(this);
    m_identifierProblem->setObjectName(QStringLiteral("identifierProblemLabel"));

    m_address = new QLineEdit(this);
    m_address->setObjectName(QStringLiteral("addressEdit"));
    m_address->setAccessibleName(tr("Address"));
    m_representative = new QLineEdit(this);
    m_representative->setObjectName(QStringLiteral("representativeEdit"));
    m_representative->setAccessibleName(tr("Legal representative or person in charge"));

    m_problem = new ProblemLabel(this);
    m_problem->setObjectName(QStringLiteral("problemLabel"));

    auto* form = new QFormLayout;
    form->addRow(labelFor(tr("&Kind:"), m_kind, this), m_kind);
    form->addRow(labelFor(tr("&Name:"), m_name, this), m_name);
    form->addRow(labelFor(tr("&Identifier:"), m_identifier, this), m_identifier);
    form->addRow(QString(), m_identifierProblem);
    form->addRow(labelFor(tr("&Address:"), m_address, this), m_address);
    form->addRow(labelFor(tr("Legal &representative:"), m_representative, this), m_representative);

    auto* buttons = new QDialogButtonBox(this);
    m_confirm = buttons->addButton(tr("Record the subject"), QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("confirmButton"));
    auto* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(buttons);

    setTabOrder(m_kind, m_name);
    setTabOrder(m_name, m_identifier);
    setTabOrder(m_identifier, m_address);
    setTabOrder(m_address, m_representative);
    setTabOrder(m_representative, m_confirm);
    setTabOrder(m_confirm, cancel);

    connect(buttons, &QDialogButtonBox::accepted, this, &NewSubjectDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewSubjectDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &NewSubjectDialog::validate);
    connect(m_name, &QLineEdit::textChanged, this, &NewSubjectDialog::validate);
    connect(m_identifier, &QLineEdit::textChanged, this, &NewSubjectDialog::validate);
    validate();
    m_kind->setFocus();
}

void NewSubjectDialog::validate() {
    m_problem->clearProblem();
    const auto kind = static_cast<SubjectKind>(m_kind->currentData().toInt());
    const QString typed = m_identifier->text().trimmed();
    bool identifierOk = false;
    if (typed.isEmpty()) {
        m_identifierProblem->clearProblem();
    } else {
        const auto check = domain::IdentifierCheck::check(typed, Clock::today());
        const QString wanted = domain::identifierKindFor(kind);
        if (!check.valid) {
            m_identifierProblem->showProblem(check.reason);
        } else if (check.kind != wanted) {
            m_identifierProblem->showProblem(
                wanted == domain::IdentifierCheck::residentIdKind
                    ? tr("This is a unified social credit code; an individual is identified by the resident ID "
                         "number.")
                    : tr("This is a resident ID number; a %1 is identified by its unified social credit code.")
                          .arg(domain::subjectKindName(kind)));
        } else {
            identifierOk = true;
            if (!check.note.isEmpty())
                m_identifierProblem->showNote(check.note);
            else
                m_identifierProblem->clearProblem();
        }
    }
    QString missing;
    if (m_name->text().trimmed().isEmpty())
        missing = tr("Enter the subject's name.");
    else if (typed.isEmpty())
        missing = tr("Enter the identifier.");
    m_confirm->setEnabled(missing.isEmpty() && identifierOk);
    m_confirm->setToolTip(missing);
}

void NewSubjectDialog::accept() {
    if (!m_confirm->isEnabled())
        return;
    service::NewSubject request;
    request.kind = static_cast<SubjectKind>(m_kind->currentData().toInt());
    request.name = m_name->text().trimmed();
    request.identifier = m_identifier->text().trimmed();
    request.address = m_address->text().trimmed();
    request.legalRepresentative = m_representative->text().trimmed();
    auto added = service::CaseService(m_session).addSubject(request);
    if (!added) {
        m_problem->showError(added.error());
        return;
    }
    m_subject = added.take();
    QDialog::accept();
}

} // namespace creditcase::ui
