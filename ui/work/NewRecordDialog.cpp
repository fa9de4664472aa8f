#include "NewRecordDialog.h"

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
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace creditcase::ui {

using domain::BasisDocumentKind;
using domain::Severity;

NewRecordDialog::NewRecordDialog(service::Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session) {
    setObjectName(QStringLiteral("newRecordDialog"));
    setWindowTitle(tr("New credit record"));
    setMinimumWidth(640);
    const QDate today = Clock::today();

    m_subjectLabel = new QLabel(this);
    m_subjectLabel->setObjectName(QStringLiteral("subjectLabel"));
    m_subjectLabel->setWordWrap(true);
    m_subjectId = new QSpinBox(this);
    m_subjectId->setObjectName(QStringLiteral("subjectIdSpin"));
    m_subjectId->setAccessibleName(tr("Subject number"));
    m_subjectId->setRange(0, 2147483647);
    m_subjectId->setSpecialValueText(tr("(choose)"));

    m_item = new QComboBox(this);
    m_item->setObjectName(QStringLiteral("catalogItemCombo"));
    m_item->setAccessibleName(tr("Catalogue item"));
    m_item->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_item->setMinimumContentsLength(40);
    m_itemNote = new QLabel(this);
    m_itemNote->setObjectName(QStringLiteral("catalogItemNote"));
    m_itemNote->setWordWrap(true);
    m_itemNote->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_severity = new QComboBox(this);
    m_severity->setObjectName(QStringLiteral("severityCombo"));
    m_severity->setAccessibleName(tr("Severity of the conduct"));
    for (Severity severity : {Severity::Minor, Severity::General, Severity::Serious})
        m_severity->addItem(domain::severityName(severity), static_cast<int>(severity));
    m_severity->setCurrentIndex(1);

    m_basisKind = new QComboBox(this);
    m_basisKind->setObjectName(QStringLiteral("basisKindCombo"));
    m_basisKind->setAccessibleName(tr("Kind of basis document"));
    for (BasisDocumentKind kind :
         {BasisDocumentKind::AdministrativePenaltyDecision, BasisDocumentKind::AdministrativeRulingDecision,
          BasisDocumentKind::JudicialRuling, BasisDocumentKind::ArbitralAward, BasisDocumentKind::OtherStatutoryBasis,
          BasisDocumentKind::InspectionRecord, BasisDocumentKind::Complaint, BasisDocumentKind::MediaReport})
        m_basisKind->addItem(domain::basisDocumentKindName(kind), static_cast<int>(kind));

    m_basisNumber = new QLineEdit(this);
    m_basisNumber->setObjectName(QStringLiteral("basisNumberEdit"));
    m_basisNumber->setAccessibleName(tr("Document number of the basis document"));
    m_basisNumber->setPlaceholderText(tr("e.g. 示市监罚〔2026〕8号"));
    m_basisOrgan = new QLineEdit(this);
    m_basisOrgan->setObjectName(QStringLiteral("basisOrganEdit"));
    m_basisOrgan->setAccessibleName(tr("Organ that made the basis document"));
    m_basisDate = makeDateEdit("basisDateEdit", tr("Date the basis document was made"), today, today, this);
    m_effectiveOn =
        makeDateEdit("effectiveOnEdit", tr("Date the basis document took legal effect"), today, today, this);
    m_conductStated = new QCheckBox(tr("Stated in the document:"), this);
    m_conductStated->setObjectName(QStringLiteral("conductStatedCheck"));
    m_conductStated->setAccessibleName(tr("The basis document states the day of the conduct"));
    m_conductOn = makeDateEdit("conductOnEdit", tr("Day of the conduct"), today, today, this);
    m_conductOn->setEnabled(false);
    m_conductOn->setToolTip(tr("A list's age bar (e.g. minors) is read on this day; without it, on the date the "
                               "basis document was made."));
    m_provision = new QLineEdit(this);
    m_provision->setObjectName(QStringLiteral("statutoryProvisionEdit"));
    m_provision->setAccessibleName(tr("Provision that makes the document a basis"));
    m_provision->setPlaceholderText(tr("Only for a document made a basis by a law, regulation or State Council "
                                       "decision"));

    m_sector = new QComboBox(this);
    m_sector->setObjectName(QStringLiteral("sectorCombo"));
    m_sector->setAccessibleName(tr("Sector for the disclosure rules"));
    m_sector->addItem(tr("General (no sector rule)"), QString());

    m_facts = new QPlainTextEdit(this);
    m_facts->setObjectName(QStringLiteral("factsEdit"));
    m_facts->setAccessibleName(tr("Facts of the untrustworthy conduct"));
    m_facts->setTabChangesFocus(true);
    m_facts->setMaximumHeight(fontMetrics().height() * 5);

    m_scans = new AttachmentPicker(tr("Scans of the basis document"), 0, this);
    m_scans->setObjectName(QStringLiteral("scansPicker"));

    m_problem = new ProblemLabel(this);
    m_problem->setObjectName(QStringLiteral("problemLabel"));

    auto* form = new QFormLayout;
    auto* subjectRow = new QHBoxLayout;
    subjectRow->addWidget(m_subjectId);
    subjectRow->addWidget(m_subjectLabel, 1);
    form->addRow(labelFor(tr("S&ubject:"), m_subjectId, this), subjectRow);
    form->addRow(labelFor(tr("Catalogue &item:"), m_item, this), m_item);
    form->addRow(QString(), m_itemNote);
    form->addRow(labelFor(tr("Se&verity:"), m_severity, this), m_severity);
    form->addRow(labelFor(tr("&Basis document:"), m_basisKind, this), m_basisKind);
    form->addRow(labelFor(tr("Document &number:"), m_basisNumber, this), m_basisNumber);
    form->addRow(labelFor(tr("Made &by:"), m_basisOrgan, this), m_basisOrgan);
    form->addRow(labelFor(tr("&Made on:"), m_basisDate, this), m_basisDate);
    form->addRow(labelFor(tr("Took &effect on:"), m_effectiveOn, this), m_effectiveOn);
    auto* conductRow = new QHBoxLayout;
    conductRow->addWidget(m_conductStated);
    conductRow->addWidget(m_conductOn, 1);
    form->addRow(labelFor(tr("&Conduct on:"), m_conductOn, this), conductRow);
    form->addRow(labelFor(tr("Statutory &provision:"), m_provision, this), m_provision);
    form->addRow(labelFor(tr("Sec&tor:"), m_sector, this), m_sector);
    form->addRow(labelFor(tr("&Facts:"), m_facts, this), m_facts);
    form->addRow(labelFor(tr("&Scans:"), m_scans, this), m_scans);
    auto* law = new QLabel(tr("Only items of the public credit information catalogue may be recorded, and only on a "
                              "legally effective basis document. Disclosure runs from the date the document was "
                              "made."),
                           this);
    law->setWordWrap(true);
    law->setObjectName(QStringLiteral("lawNote"));

    auto* buttons = new QDialogButtonBox(this);
    m_confirm = buttons->addButton(tr("Record the credit information"), QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("confirmButton"));
    auto* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(law);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    QWidget* order[] = {m_subjectId,  m_item,      m_severity,    m_basisKind,          m_basisNumber,
                        m_basisOrgan, m_basisDate, m_effectiveOn, m_conductStated,      m_conductOn,
                        m_provision,  m_sector,    m_facts,       m_scans->addButton(), m_scans->removeButton(),
                        m_confirm,    cancel};
    for (std::size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);

    connect(buttons, &QDialogButtonBox::accepted, this, &NewRecordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewRecordDialog::reject);
    connect(m_item, &QComboBox::currentIndexChanged, this, &NewRecordDialog::updateItemNote);
    connect(m_scans, &AttachmentPicker::problem, m_problem, &ProblemLabel::showProblem);
    for (QLineEdit* edit : {m_basisNumber, m_basisOrgan, m_provision})
        connect(edit, &QLineEdit::textChanged, this, &NewRecordDialog::validate);
    for (QDateEdit* edit : {m_basisDate, m_effectiveOn, m_conductOn})
        connect(edit, &QDateEdit::dateChanged, this, &NewRecordDialog::validate);
    connect(m_conductStated, &QCheckBox::toggled, m_conductOn, &QDateEdit::setEnabled);
    connect(m_conductStated, &QCheckBox::toggled, this, &NewRecordDialog::validate);
    connect(m_subjectId, &QSpinBox::valueChanged, this, &NewRecordDialog::validate);
    connect(m_basisKind, &QComboBox::currentIndexChanged, this, &NewRecordDialog::validate);
    connect(m_item, &QComboBox::currentIndexChanged, this, &NewRecordDialog::validate);
    fillCatalogue();
    validate();
}

void NewRecordDialog::setSubject(const domain::Subject& subject) {
    m_subject = subject;
    m_subjectId->setValue(static_cast<int>(subject.id));
    m_subjectId->setEnabled(false);
    m_subjectId->hide();
    m_subjectLabel->setText(
        tr("%1 · %2 · %3").arg(subject.name, domain::subjectKindName(subject.kind), subject.identifier));
    fillCatalogue();
    validate();
    m_item->setFocus();
}

void NewRecordDialog::fillCatalogue() {
    const QString previous = m_item->currentData().toString();
    m_item->clear();
    auto rules = service::RuleService(m_session).ruleSet();
    if (!rules) {
        m_problem->showError(rules.error());
        return;
    }
    const QDate today = Clock::today();
    if (const rules::CatalogEdition* catalogue = rules->catalogOn(today)) {
        for (const rules::CatalogItem& item : catalogue->items) {
            if (m_subject && !item.covers(domain::subjectTypeOf(m_subject->kind)))
                continue;
            m_item->addItem(rules::localizedText(item.nameEn, item.name), item.id);
        }
    }
    if (const rules::ListTypeEdition* lists = rules->listTypesOn(today); lists && m_sector->count() == 1) {
        QStringList sectors;
        for (const rules::ListType& type : lists->listTypes)
            if (!type.sector.isEmpty() && !sectors.contains(type.sector))
                sectors.append(type.sector);
        sectors.sort();
        for (const QString& sector : sectors)
            m_sector->addItem(sector, sector);
    }
    m_item->setCurrentIndex(std::max(0, m_item->findData(previous)));
    updateItemNote();
}

void NewRecordDialog::updateItemNote() {
    auto rules = service::RuleService(m_session).ruleSet();
    const rules::CatalogEdition* catalogue = rules ? rules->catalogOn(Clock::today()) : nullptr;
    const rules::CatalogItem* item = catalogue ? catalogue->item(m_item->currentData().toString()) : nullptr;
    if (!item) {
        m_itemNote->setText(tr("No catalogue is in force today: nothing can be recorded."));
        return;
    }
    // The legal basis with its verification mark; where the row was read is in the tool tip.
    m_itemNote->setText(
        tr("Legal basis: %1 [%2]").arg(item->legalBasis.localized(), rules::markId(item->legalBasis.mark)));
    m_itemNote->setToolTip(item->citation().display());
}

void NewRecordDialog::validate() {
    const bool otherStatutory =
        static_cast<BasisDocumentKind>(m_basisKind->currentData().toInt()) == BasisDocumentKind::OtherStatutoryBasis;
    m_provision->setEnabled(otherStatutory);
    QString problem;
    if (m_effectiveOn->date() < m_basisDate->date())
        problem = tr("The document cannot take effect (%1) before it was made (%2).")
                      .arg(FormText::date(m_effectiveOn->date()), FormText::date(m_basisDate->date()));
    else if (m_conductStated->isChecked() && m_conductOn->date() > m_basisDate->date())
        problem = tr("The conduct (%1) cannot be later than the basis document that found it (%2).")
                      .arg(FormText::date(m_conductOn->date()), FormText::date(m_basisDate->date()));
    QString missing;
    if (m_subjectId->value() <= 0)
        missing = tr("Choose the subject the record is about.");
    else if (m_item->currentIndex() < 0)
        missing = tr("Choose the catalogue item.");
    else if (m_basisNumber->text().trimmed().isEmpty())
        missing = tr("Enter the document number of the basis document.");
    else if (m_basisOrgan->text().trimmed().isEmpty())
        missing = tr("Enter the organ that made the basis document.");
    else if (otherStatutory && m_provision->text().trimmed().isEmpty())
        missing = tr("Name the provision of the law, regulation or State Council decision that makes this document "
                     "a basis.");
    m_problem->showState(problem, missing);
    m_confirm->setEnabled(problem.isEmpty() && missing.isEmpty());
}

void NewRecordDialog::accept() {
    if (!m_confirm->isEnabled())
        return;
    service::NewRecord request;
    request.subjectId = m_subjectId->value();
    request.catalogItem = m_item->currentData().toString();
    request.basisKind = static_cast<BasisDocumentKind>(m_basisKind->currentData().toInt());
    request.basisNumber = m_basisNumber->text().trimmed();
    request.basisOrgan = m_basisOrgan->text().trimmed();
    request.basisDate = m_basisDate->date();
    request.effectiveOn = m_effectiveOn->date();
    if (m_conductStated->isChecked())
        request.conductOn = m_conductOn->date();
    if (m_provision->isEnabled())
        request.statutoryProvision = m_provision->text().trimmed();
    request.severity = static_cast<Severity>(m_severity->currentData().toInt());
    request.sector = m_sector->currentData().toString();
    request.facts = m_facts->toPlainText().trimmed();
    request.scans = m_scans->files();
    auto added = service::CaseService(m_session).addRecord(request);
    if (!added) {
        m_problem->showError(added.error());
        return;
    }
    m_recorded = added.take();
    QDialog::accept();
}

} // namespace creditcase::ui
