#include "CreditRecordRegister.h"

#include "DeadlineRegister.h"
#include "SubjectRegister.h"
#include "storage/SqlError.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace creditcase::workflow {

namespace {

using WC = WorkflowContext;

Error sqlError(const QSqlQuery& query) {
    return storage::SqlError::of(query, CreditRecordRegister::tr("The credit records could not be read or written"));
}

} // namespace

CreditRecordRegister::CreditRecordRegister(WorkflowContext& context)
    : m_context(context) {}

Result<domain::CreditRecord> CreditRecordRegister::find(QSqlDatabase& db, qint64 recordId) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT id, subject_id, catalog_item, catalog_edition, basis_id, severity, sector, facts, decided_on, "
        "disclosure_regime, disclosed, disclosure_min_until, disclosure_max_until, disclosure_stopped_on, "
        "sharing_stopped_on, rule_editions, created_at, created_by, conduct_on FROM credit_records WHERE id = ?"));
    q.addBindValue(recordId);
    if (!q.exec())
        return sqlError(q);
    if (!q.next())
        return Error::notFound(tr("There is no credit record %1 in this vault.").arg(recordId));
    domain::CreditRecord r;
    r.id = q.value(0).toLongLong();
    r.subjectId = q.value(1).toLongLong();
    r.catalogItem = q.value(2).toString();
    r.catalogEdition = q.value(3).toString();
    r.basisId = q.value(4).toLongLong();
    r.severity = domain::severityFromId(q.value(5).toString()).value_or(domain::Severity::General);
    r.sector = q.value(6).toString();
    r.facts = q.value(7).toString();
    r.decidedOn = WC::dateFrom(q.value(8));
    r.disclosureRegime = q.value(9).toString();
    r.disclosed = q.value(10).toInt() != 0;
    r.disclosureMinUntil = WC::dateFrom(q.value(11));
    r.disclosureMaxUntil = WC::dateFrom(q.value(12));
    r.disclosureStoppedOn = WC::dateFrom(q.value(13));
    r.sharingStoppedOn = WC::dateFrom(q.value(14));
    r.ruleEditions = q.value(15).toString();
    r.createdAt = QDateTime::fromString(q.value(16).toString(), Qt::ISODateWithMs);
    r.createdBy = q.value(17).toString();
    r.conductOn = WC::dateFrom(q.value(18));
    return r;
}

Result<qint64> CreditRecordRegister::organOf(QSqlDatabase& db, const domain::CreditRecord& record) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT organ_id FROM users WHERE name = ?"));
    q.addBindValue(record.createdBy);
    if (!q.exec())
        return sqlError(q);
    if (!q.next())
        return Error::notFound(tr("The user who recorded the record is not in this vault."));
    return q.value(0).toLongLong();
}

Status CreditRecordRegister::stopDisclosure(QSqlDatabase& db, qint64 recordId, QDate on, bool sharingToo) {
    QSqlQuery q(db);
    q.prepare(sharingToo ? QStringLiteral("UPDATE credit_records SET disclosure_stopped_on = ?, sharing_stopped_on = ? "
                                          "WHERE id = ?")
                         : QStringLiteral("UPDATE credit_records SET disclosure_stopped_on = ? WHERE id = ?"));
    q.addBindValue(WC::iso(on));
    if (sharingToo)
        q.addBindValue(WC::iso(on));
    q.addBindValue(recordId);
    if (!q.exec())
        return sqlError(q);
    return {};
}

Status CreditRecordRegister::resumeDisclosure(QSqlDatabase& db, qint64 recordId, QDate stoppedOn) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE credit_records SET disclosure_stopped_on = NULL, sharing_stopped_on = NULL "
                             "WHERE id = ? AND disclosure_stopped_on = ?"));
    q.addBindValue(recordId);
    q.addBindValue(WC::iso(stoppedOn));
    if (!q.exec())
        return sqlError(q);
    return {};
}

Result<domain::BasisDocument> CreditRecordRegister::findBasis(QSqlDatabase& db, qint64 basisId) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, kind, document_number, issuing_organ, issued_on, effective_on, "
                             "legally_effective, statutory_provision, created_at, created_by FROM basis_documents "
                             "WHERE id = ?"));
    q.addBindValue(basisId);
    if (!q.exec())
        return sqlError(q);
    if (!q.next())
        return Error::notFound(tr("There is no basis document %1 in this vault.").arg(basisId));
    domain::BasisDocument b;
    b.id = q.value(0).toLongLong();
    b.kind = domain::basisDocumentKindFromId(q.value(1).toString())
                 .value_or(domain::BasisDocumentKind::AdministrativePenaltyDecision);
    b.documentNumber = q.value(2).toString();
    b.issuingOrgan = q.value(3).toString();
    b.issuedOn = WC::dateFrom(q.value(4));
    b.effectiveOn = WC::dateFrom(q.value(5));
    b.legallyEffective = q.value(6).toInt() != 0;
    b.statutoryProvision = q.value(7).toString();
    b.createdAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs);
    b.createdBy = q.value(9).toString();
    return b;
}

Result<CreditRecordRegister::RecordFile> CreditRecordRegister::add(const NewRecord& input) {
    if (input.catalogItem.trimmed().isEmpty() || input.basisNumber.trimmed().isEmpty() ||
        input.basisOrgan.trimmed().isEmpty())
        return Error::usage(tr("A record needs the catalogue item, the basis document's number and the organ that "
                               "issued it."));
    if (!input.basisDate.isValid() || !input.effectiveOn.isValid())
        return Error::usage(tr("A record needs the date of the basis document and the date it took legal effect "
                               "(YYYY-MM-DD)."));

    const QString event = QStringLiteral("record.add");
    const QString object = QStringLiteral("subject:%1").arg(input.subjectId);
    return m_context.act<RecordFile>(event, object, [&](QSqlDatabase& db) -> Result<RecordFile> {
        const auto role = m_context.actor().role;
        if (role != domain::Role::Officer && role != domain::Role::Supervisor)
            return Error::refused(tr("Credit records are made by case officers and supervisors, not by a user with "
                                     "the role %1.")
                                      .arg(domain::RoleNames::displayName(role)));
        auto subject = SubjectRegister::find(db, input.subjectId);
        if (!subject)
            return subject.error();
        if (Status dated = WC::checkEventDate(input.basisDate, tr("the basis document")); !dated)
            return dated.error();
        if (input.effectiveOn < input.basisDate)
            return Error::usage(tr("The basis document cannot take legal effect (%1) before it was made (%2).")
                                    .arg(WC::iso(input.effectiveOn), WC::iso(input.basisDate)));
        if (input.conductOn.isValid()) {
            if (Status dated = WC::checkEventDate(input.conductOn, tr("the conduct")); !dated)
                return dated.error();
            if (input.conductOn > input.basisDate)
                return Error::refused(tr("The conduct (%1) cannot be later than the basis document that found it "
                                         "(%2).")
                                          .arg(WC::iso(input.conductOn), WC::iso(input.basisDate)));
        }

        auto rules = m_context.ruleSet();
        if (!rules)
            return rules.error();
        auto calendar = m_context.calendar();
        if (!calendar)
            return calendar.error();
        const rules::RuleBook book(*rules);
        if (!input.sector.isEmpty()) {
            const QStringList sectors = book.knownSectors();
            if (!sectors.contains(input.sector))
                return Error::usage(tr("The sector \"%1\" is not one the rule data knows. Valid sectors: %2 (or "
                                       "none, for the general disclosure rules).")
                                        .arg(input.sector, sectors.join(QStringLiteral(", "))));
        }
        const QDate today = WC::today();
        const rules::Verdict recordable =
            book.mayRecord(input.catalogItem, domain::subjectTypeOf(subject->kind), today);
        if (!recordable)
            return recordable.toError();
        rules::BasisFacts basisFacts;
        basisFacts.kind = input.basisKind;
        basisFacts.effectiveOn = input.effectiveOn;
        // The officer states the date the document took legal effect; the RuleBook compares it with today.
        basisFacts.legallyEffective = true;
        basisFacts.statutoryProvision = input.statutoryProvision;
        const rules::Verdict basisVerdict = book.isLegallyEffectiveBasis(basisFacts, today);
        if (!basisVerdict)
            return basisVerdict.toError();
        auto window = book.disclosureWindow(input.basisDate, input.severity, input.sector);
        if (!window)
            return window.error();

        QSqlQuery basis(db);
        basis.prepare(QStringLiteral("INSERT INTO basis_documents (kind, document_number, issuing_organ, issued_on, "
                                     "effective_on, legally_effective, statutory_provision, created_at, created_by) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        basis.addBindValue(domain::basisDocumentKindId(input.basisKind));
        basis.addBindValue(input.basisNumber.trimmed());
        basis.addBindValue(input.basisOrgan.trimmed());
        basis.addBindValue(WC::iso(input.basisDate));
        basis.addBindValue(WC::iso(input.effectiveOn));
        basis.addBindValue(basisFacts.legallyEffective ? 1 : 0);
        basis.addBindValue(WorkflowContext::text(input.statutoryProvision.trimmed()));
        basis.addBindValue(WC::timestampNow());
        basis.addBindValue(m_context.actor().name);
        if (!basis.exec())
            return sqlError(basis);
        const qint64 basisId = basis.lastInsertId().toLongLong();
        for (const auto& scan : input.scans) {
            if (auto stored = AttachmentStore::store(db, QStringLiteral("basis"), basisId, QStringLiteral("scan"), scan,
                                                     m_context.actor().name);
                !stored)
                return stored.error();
        }

        const auto adder = m_context.dateAdder(*calendar);
        const QDate minUntil = window->minimum ? adder(input.basisDate, *window->minimum) : QDate();
        const QDate maxUntil = adder(input.basisDate, window->maximum);
        const auto* catalogDoc = rules->inForce(rules::DocumentKind::Catalog, today);

        QSqlQuery q(db);
        q.prepare(QStringLiteral(
            "INSERT INTO credit_records (subject_id, catalog_item, catalog_edition, basis_id, severity, sector, facts, "
            "decided_on, disclosure_regime, disclosed, disclosure_min_until, disclosure_max_until, rule_editions, "
            "created_at, created_by, conduct_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(subject->id);
        q.addBindValue(input.catalogItem);
        q.addBindValue(catalogDoc ? catalogDoc->edition : QString());
        q.addBindValue(basisId);
        q.addBindValue(domain::severityId(input.severity));
        q.addBindValue(WorkflowContext::text(input.sector));
        q.addBindValue(WorkflowContext::text(input.facts.trimmed()));
        q.addBindValue(WC::iso(input.basisDate));
        q.addBindValue(WorkflowContext::text(window->regimeId));
        q.addBindValue(window->disclosedByDefault ? 1 : 0);
        q.addBindValue(WC::isoOrNull(window->disclosedByDefault ? minUntil : QDate()));
        q.addBindValue(WC::isoOrNull(window->disclosedByDefault ? maxUntil : QDate()));
        q.addBindValue(WC::editionsText(rules->editionsInForce(today)));
        q.addBindValue(WC::timestampNow());
        q.addBindValue(m_context.actor().name);
        q.addBindValue(WC::isoOrNull(input.conductOn));
        if (!q.exec())
            return sqlError(q);
        const qint64 recordId = q.lastInsertId().toLongLong();

        if (window->disclosedByDefault) {
            DeadlineRegister::Owner owner;
            owner.recordId = recordId;
            owner.subjectId = subject->id;
            if (window->minimum) {
                if (auto opened = DeadlineRegister::open(db, domain::DeadlineKind::DisclosureMinimum, owner,
                                                         input.basisDate, *window->minimum, *calendar);
                    !opened)
                    return opened.error();
            }
            if (auto opened = DeadlineRegister::open(db, domain::DeadlineKind::DisclosureMaximum, owner,
                                                     input.basisDate, window->maximum, *calendar);
                !opened)
                return opened.error();
        }

        const QJsonObject payload{
            {QStringLiteral("subject"), subject->id},
            {QStringLiteral("catalog_item"), input.catalogItem},
            {QStringLiteral("basis"), basisId},
            {QStringLiteral("basis_kind"), domain::basisDocumentKindId(input.basisKind)},
            {QStringLiteral("basis_number"), input.basisNumber.trimmed()},
            {QStringLiteral("severity"), domain::severityId(input.severity)},
            {QStringLiteral("conduct_on"), input.conductOn.isValid() ? WC::iso(input.conductOn) : QString()},
            {QStringLiteral("disclosure_regime"), window->regimeId},
            {QStringLiteral("disclosure_max_until"), WC::iso(maxUntil)},
            {QStringLiteral("scans"), static_cast<int>(input.scans.size())},
            {QStringLiteral("citations"),
             QJsonArray::fromStringList(recordable.citationTexts() + basisVerdict.citationTexts())}};
        if (Status logged = m_context.audit(db, event, QStringLiteral("record:%1").arg(recordId), payload); !logged)
            return logged.error();
        auto record = find(db, recordId);
        if (!record)
            return record.error();
        auto basisDoc = findBasis(db, basisId);
        if (!basisDoc)
            return basisDoc.error();
        return RecordFile{record.take(), basisDoc.take()};
    });
}

} // namespace creditcase::workflow
