#include "RestorationStore.h"

#include "WorkflowContext.h"
#include "storage/SqlError.h"

#include <QSqlQuery>

namespace creditcase::workflow {

namespace {

using domain::Restoration;
using domain::RestorationStage;
using WC = WorkflowContext;

const char* const kColumns = "id, case_id, stage, applied_on, received_by, corrected_on, commitment, eligible, "
                             "check_reason, due_on, decided_on, decided_by, decision_text, decided_late, revoked_on, "
                             "revoked_by, revoke_text, chain_seq, chain_hash, record_id";

Error sqlError(const QSqlQuery& query) {
    return storage::SqlError::of(query,
                                 RestorationStore::tr("The restoration applications could not be read or written"));
}

Restoration readRestoration(const QSqlQuery& q) {
    Restoration r;
    r.id = q.value(0).toLongLong();
    r.caseId = q.value(1).toLongLong();
    r.stage = domain::restorationStageFromId(q.value(2).toString()).value_or(RestorationStage::Applied);
    r.appliedOn = WC::dateFrom(q.value(3));
    r.receivedBy = q.value(4).toString();
    r.correctedOn = WC::dateFrom(q.value(5));
    r.commitment = q.value(6).toInt() != 0;
    r.eligible = q.value(7).toInt() != 0;
    r.checkReason = q.value(8).toString();
    r.dueOn = WC::dateFrom(q.value(9));
    r.decidedOn = WC::dateFrom(q.value(10));
    r.decidedBy = q.value(11).toString();
    r.decisionText = q.value(12).toString();
    r.decidedLate = q.value(13).toInt() != 0;
    r.revokedOn = WC::dateFrom(q.value(14));
    r.revokedBy = q.value(15).toString();
    r.revokeText = q.value(16).toString();
    r.chainSeq = q.value(17).toLongLong();
    r.chainHash = q.value(18).toString();
    r.recordId = q.value(19).toLongLong();
    return r;
}

// `ownerColumn` is a column name of this file, never user input.
Result<std::optional<Restoration>> latestOf(QSqlDatabase& db, const char* ownerColumn, qint64 ownerId) {
    QSqlQuery q(db);
    if (!q.prepare(QStringLiteral("SELECT %1 FROM restorations WHERE %2 = ? ORDER BY id DESC LIMIT 1")
                       .arg(QLatin1String(kColumns), QLatin1String(ownerColumn))))
        return sqlError(q);
    q.addBindValue(ownerId);
    if (!q.exec())
        return sqlError(q);
    if (!q.next())
        return std::optional<Restoration>();
    return std::optional<Restoration>(readRestoration(q));
}

Result<QList<Restoration>> allOf(QSqlDatabase& db, const char* ownerColumn, qint64 ownerId) {
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT %1 FROM restorations WHERE %2 = ? ORDER BY id")
                       .arg(QLatin1String(kColumns), QLatin1String(ownerColumn))))
        return sqlError(q);
    q.addBindValue(ownerId);
    if (!q.exec())
        return sqlError(q);
    QList<Restoration> out;
    while (q.next())
        out << readRestoration(q);
    return out;
}

} // namespace

Result<Restoration> RestorationStore::find(QSqlDatabase& db, qint64 restorationId) {
    QSqlQuery q(db);
    if (!q.prepare(QStringLiteral("SELECT %1 FROM restorations WHERE id = ?").arg(QLatin1String(kColumns))))
        return sqlError(q);
    q.addBindValue(restorationId);
    if (!q.exec())
        return sqlError(q);
    if (!q.next())
        return Error::notFound(tr("There is no restoration application %1.").arg(restorationId));
    return readRestoration(q);
}

Result<std::optional<Restoration>> RestorationStore::latestOfCase(QSqlDatabase& db, qint64 caseId) {
    return latestOf(db, "case_id", caseId);
}

Result<std::optional<Restoration>> RestorationStore::latestOfRecord(QSqlDatabase& db, qint64 recordId) {
    return latestOf(db, "record_id", recordId);
}

Result<QList<Restoration>> RestorationStore::ofCase(QSqlDatabase& db, qint64 caseId) {
    return allOf(db, "case_id", caseId);
}

Result<QList<Restoration>> RestorationStore::ofRecord(QSqlDatabase& db, qint64 recordId) {
    return allOf(db, "record_id", recordId);
}

Result<qint64> RestorationStore::insert(QSqlDatabase& db, const Restoration& r) {
    QSqlQuery q(db);
    if (!q.prepare(
            QStringLiteral("INSERT INTO restorations (%1, stage, applied_on, received_by, corrected_on, commitment, "
                           "eligible, check_reason, due_on) VALUES (?, 'applied', ?, ?, ?, ?, ?, ?, ?)")
                .arg(r.caseId ? QStringLiteral("case_id") : QStringLiteral("record_id"))))
        return sqlError(q);
    q.addBindValue(r.caseId ? r.caseId : r.recordId);
    q.addBindValue(WC::iso(r.appliedOn));
    q.addBindValue(r.receivedBy);
    q.addBindValue(WC::isoOrNull(r.correctedOn));
    q.addBindValue(r.commitment ? 1 : 0);
    q.addBindValue(r.eligible ? 1 : 0);
    q.addBindValue(WC::text(r.checkReason));
    q.addBindValue(WC::isoOrNull(r.dueOn));
    if (!q.exec())
        return sqlError(q);
    return q.lastInsertId().toLongLong();
}

Status RestorationStore::saveDecision(QSqlDatabase& db, const Restoration& r) {
    QSqlQuery q(db);
    if (!q.prepare(QStringLiteral("UPDATE restorations SET stage = ?, decided_on = ?, decided_by = ?, decision_text = "
                                  "?, decided_late = ?, chain_seq = ?, chain_hash = ? WHERE id = ?")))
        return sqlError(q);
    q.addBindValue(domain::restorationStageId(r.stage));
    q.addBindValue(WC::iso(r.decidedOn));
    q.addBindValue(r.decidedBy);
    q.addBindValue(WC::text(r.decisionText));
    q.addBindValue(r.decidedLate ? 1 : 0);
    q.addBindValue(r.chainSeq);
    q.addBindValue(r.chainHash);
    q.addBindValue(r.id);
    if (!q.exec())
        return sqlError(q);
    return {};
}

Status RestorationStore::saveRevocation(QSqlDatabase& db, const Restoration& r) {
    QSqlQuery q(db);
    if (!q.prepare(QStringLiteral("UPDATE restorations SET stage = 'revoked', revoked_on = ?, revoked_by = ?, "
                                  "revoke_text = ? WHERE id = ?")))
        return sqlError(q);
    q.addBindValue(WC::iso(r.revokedOn));
    q.addBindValue(r.revokedBy);
    q.addBindValue(WC::text(r.revokeText));
    q.addBindValue(r.id);
    if (!q.exec())
        return sqlError(q);
    return {};
}

} // namespace creditcase::workflow
