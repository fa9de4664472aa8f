#include "CaseRows.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <stdexcept>

namespace creditcase::test {

namespace {

const QString kNow = QStringLiteral("2026-01-01T00:00:00.000Z");

QVariant dateValue(QDate date) {
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

// Text columns are NOT NULL DEFAULT '': an unset QString would bind as NULL.
QString text(const QString& value) {
    return value.isNull() ? QStringLiteral("") : value;
}

} // namespace

qint64 CaseRows::insert(const QString& sql, const QVariantList& values) {
    QSqlQuery query(m_db);
    if (!query.prepare(sql)) {
        throw std::runtime_error((sql + QStringLiteral(": ") + query.lastError().text()).toStdString());
    }
    for (const QVariant& value : values) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        throw std::runtime_error((sql + QStringLiteral(": ") + query.lastError().text()).toStdString());
    }
    return query.lastInsertId().toLongLong();
}

qint64 CaseRows::subject(const SubjectRow& row) {
    const QString identifierKind =
        row.kind == QStringLiteral("individual") ? QStringLiteral("resident-id") : QStringLiteral("uscc");
    return insert(QStringLiteral("INSERT INTO subjects (kind, name, identifier, identifier_kind, legal_representative, "
                                 "created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                  {row.kind, row.name, row.identifier, identifierKind, text(row.legalRepresentative), kNow,
                   QStringLiteral("admin")});
}

qint64 CaseRows::basis(const BasisRow& row) {
    return insert(QStringLiteral("INSERT INTO basis_documents (kind, document_number, issuing_organ, issued_on, "
                                 "effective_on, legally_effective, statutory_provision, created_at, created_by) "
                                 "VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?)"),
                  {row.kind, row.documentNumber, row.issuingOrgan, dateValue(row.issuedOn), dateValue(row.issuedOn),
                   text(row.statutoryProvision), kNow, QStringLiteral("admin")});
}

qint64 CaseRows::record(const RecordRow& row) {
    const QString createdAt =
        row.createdAt.isEmpty() ? row.decidedOn.toString(Qt::ISODate) + QStringLiteral("T12:00:00.000") : row.createdAt;
    return insert(QStringLiteral("INSERT INTO credit_records (subject_id, catalog_item, catalog_edition, basis_id, "
                                 "severity, sector, facts, decided_on, disclosed, disclosure_max_until, "
                                 "disclosure_stopped_on, sharing_stopped_on, rule_editions, created_at, created_by) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?)"),
                  {row.subject, row.item, row.edition, row.basis, row.severity, text(row.sector), text(row.facts),
                   dateValue(row.decidedOn), row.disclosed ? 1 : 0, dateValue(row.disclosureMaxUntil),
                   dateValue(row.disclosureStoppedOn), dateValue(row.sharingStoppedOn), createdAt, row.createdBy});
}

qint64 CaseRows::openCase(const CaseRow& row) {
    return insert(QStringLiteral("INSERT INTO cases (record_id, subject_id, list_type, scope_category, stage, officer, "
                                 "organ_id, opened_on, created_at, updated_at) VALUES (?, ?, ?, 'market-competition', "
                                 "?, ?, ?, ?, ?, ?)"),
                  {row.record, row.subject, row.listType, row.stage, row.officer, row.organ,
                   dateValue(row.openedOn.isValid() ? row.openedOn : QDate(2026, 1, 1)), kNow, kNow});
}

qint64 CaseRows::restoration(qint64 caseId, QDate appliedOn, QDate dueOn, QDate decidedOn, const QString& stage,
                             QDate revokedOn) {
    return insert(QStringLiteral("INSERT INTO restorations (case_id, stage, applied_on, received_by, due_on, "
                                 "decided_on, decided_by, revoked_on) VALUES (?, ?, ?, 'admin', ?, ?, ?, ?)"),
                  {caseId, stage, dateValue(appliedOn), dateValue(dueOn), dateValue(decidedOn),
                   decidedOn.isValid() ? QVariant(QStringLiteral("admin")) : QVariant(QMetaType(QMetaType::QString)),
                   dateValue(revokedOn)});
}

qint64 CaseRows::notice(qint64 caseId, QDate preparedOn, QDate servedOn) {
    return insert(QStringLiteral("INSERT INTO notices (case_id, prepared_on, prepared_by, served_on, served_by, "
                                 "chain_seq, chain_hash) VALUES (?, ?, 'admin', ?, ?, 1, '')"),
                  {caseId, dateValue(preparedOn), dateValue(servedOn),
                   servedOn.isValid() ? QVariant(QStringLiteral("admin")) : QVariant(QMetaType(QMetaType::QString))});
}

qint64 CaseRows::deadline(const QString& kind, qint64 caseId, QDate triggerOn, QDate dueOn, const QString& status) {
    return insert(QStringLiteral("INSERT INTO deadlines (kind, case_id, trigger_on, rule_count, rule_mode, "
                                 "calendar_version, due_on, source, status, created_at) "
                                 "VALUES (?, ?, ?, 7, 'working-days', 'test', ?, 'test', ?, ?)"),
                  {kind, caseId, dateValue(triggerOn), dateValue(dueOn), status, kNow});
}

qint64 CaseRows::objection(qint64 caseId, QDate receivedOn, QDate answerDue, QDate answeredOn) {
    return insert(
        QStringLiteral("INSERT INTO objections (case_id, received_on, received_by, text, answer_due, "
                       "answered_on, answered_by, outcome) VALUES (?, ?, 'admin', 'objection', ?, ?, ?, ?)"),
        {caseId, dateValue(receivedOn), dateValue(answerDue), dateValue(answeredOn),
         answeredOn.isValid() ? QVariant(QStringLiteral("admin")) : QVariant(QMetaType(QMetaType::QString)),
         answeredOn.isValid() ? QVariant(QStringLiteral("rejected")) : QVariant(QMetaType(QMetaType::QString))});
}

qint64 CaseRows::decision(qint64 caseId, QDate decidedOn, const QString& decidedBy) {
    return insert(QStringLiteral("INSERT INTO decisions (case_id, decided_on, decided_by, term_id, listed_from, "
                                 "rule_editions, reason, citations, chain_seq, chain_hash, created_at) "
                                 "VALUES (?, ?, ?, 'general', ?, '', 'test', '', 1, '', ?)"),
                  {caseId, dateValue(decidedOn), decidedBy, dateValue(decidedOn), kNow});
}

qint64 CaseRows::measure(qint64 decisionId, qint64 caseId, const QString& measureId, const QString& use) {
    return insert(QStringLiteral("INSERT INTO applied_measures (decision_id, case_id, measure_id, measure_use, "
                                 "measures_edition, citations) VALUES (?, ?, ?, ?, '2021', '')"),
                  {decisionId, caseId, measureId, use});
}

} // namespace creditcase::test
