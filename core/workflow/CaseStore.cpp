#include "CaseStore.h"

#include "WorkflowContext.h"
#include "storage/SqlError.h"

#include <QSqlQuery>
#include <QStringList>

namespace creditcase::workflow {

namespace {

using domain::Case;
using domain::CaseStage;
using WC = WorkflowContext;

const char* const kCaseColumns =
    "id, record_id, subject_id, list_type, standard_id, scope_category, ground, circumstances, stage, officer, "
    "organ_id, opened_on, notice_served_on, objection_window_ends, decided_on, decided_by, listed_until, closed_on, "
    "closed_reason, rule_editions, created_at, updated_at";

Error sqlError(const QSqlQuery& query) {
    return storage::SqlError::of(query, CaseStore::tr("The case could not be read or written"));
}

QVariant idOrNull(qint64 id) {
    return id ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

Case readCase(const QSqlQuery& q) {
    Case c;
    c.id = q.value(0).toLongLong();
    c.recordId = q.value(1).toLongLong();
    c.subjectId = q.value(2).toLongLong();
    c.listType = q.value(3).toString();
    c.standardId = q.value(4).toLongLong();
    c.scope = domain::scopeCategoryFromId(q.value(5).toString()).value_or(domain::ScopeCategory::PublicHealthAndSafety);
    c.ground = q.value(6).toString();
    c.circumstances = q.value(7).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    c.stage = domain::caseStageFromId(q.value(8).toString()).value_or(CaseStage::Recorded);
    c.officer = q.value(9).toString();
    c.organId = q.value(10).toLongLong();
    c.openedOn = WC::dateFrom(q.value(11));
    c.noticeServedOn = WC::dateFrom(q.value(12));
    c.objectionWindowEnds = WC::dateFrom(q.value(13));
    c.decidedOn = WC::dateFrom(q.value(14));
    c.decidedBy = q.value(15).toString();
    c.listedUntil = WC::dateFrom(q.value(16));
    c.closedOn = WC::dateFrom(q.value(17));
    c.closedReason = q.value(18).toString();
    c.ruleEditions = q.value(19).toString();
    c.createdAt = QDateTime::fromString(q.value(20).toString(), Qt::ISODateWithMs);
    c.updatedAt = QDateTime::fromString(q.value(21).toString(), Qt::ISODateWithMs);
    return c;
}

domain::Objection readObjection(const QSqlQuery& q, qint64 caseId) {
    domain::Objection o;
    o.id = q.value(0).toLongLong();
    o.caseId = caseId;
    o.receivedOn = WC::dateFrom(q.value(1));
    o.receivedBy = q.value(2).toString();
    o.text = q.value(3).toString();
    o.answerDue = WC::dateFrom(q.value(4));
    o.answeredOn = WC::dateFrom(q.value(5));
    o.answeredBy = q.value(6).toString();
    const QString outcome = q.value(7).toString();
    if (outcome == QLatin1String("upheld"))
        o.outcome = domain::ObjectionOutcome::Upheld;
    else if (outcome == QLatin1String("rejected"))
        o.outcome = domain::ObjectionOutcome::Rejected;
    o.answerText = q.value(8).toString();
    return o;
}

domain::ReExamination readReExamination(const QSqlQuery& q, qint64 caseId) {
    domain::ReExamination r;
    r.id = q.value(0).toLongLong();
    r.caseId = caseId;
    r.submittedOn = WC::dateFrom(q.value(1));
    r.submittedBy = q.value(2).toString();
    r.submitText = q.value(3).toString();
    r.decidedOn = WC::dateFrom(q.value(4));
    r.decidedBy = q.value(5).toString();
    const QString outcome = q.value(6).toString();
    if (outcome == QLatin1String("approved"))
        r.outcome = domain::ReExaminationOutcome::Approved;
    else if (outcome == QLatin1String("returned"))
        r.outcome = domain::ReExaminationOutcome::Returned;
    r.decideText = q.value(7).toString();
    return r;
}

const char* const kObjectionColumns =
    "id, received_on, received_by, text, answer_due, answered_on, answered_by, outcome, answer_text";
const char* const kReExaminationColumns =
    "id, submitted_on, submitted_by, submit_text, decided_on, decided_by, outcome, decide_text";

} // namespace

// ---- the case row ------------------------------------------------------------------------------------------------

Result<Case> CaseStore::load(QSqlDatabase& db, qint64 caseId) {
    QSqlQuery q(db);
    if (!q.prepare(QStringLiteral("SELECT %1 FROM cases WHERE id = ?").arg(QLatin1String(kCaseColumns))))
        return sqlError(q);
    q.addBindValue(caseId);
    if (!q.exec())
        return sqlError(q);
    if (!q.next())
        return Error::notFound(tr("There is no case %1 in this vault.").arg(caseId));
    return readCase(q);
}

Result<qint64> CaseStore::insert(QSqlDatabase& db, const Case& c) {
    const QString now = WC::timestampNow();
    QSqlQuery q(db);
    if (!q.prepare(QStringLiteral(
            "INSERT INTO cases (record_id, subject_id, list_type, standard_id, scope_category, ground, circumstances, "
            "stage, officer, organ_id, opened_on, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "?)")))
        return sqlError(q);
    q.addBindValue(c.recordId);
    q.addBindValue(c.subjectId);
    q.addBindValue(c.listType);
    q.addBindValue(idOrNull(c.standardId));
    q.addBindValue(domain::scopeCategoryId(c.scope));
    q.addBindValue(WC::text(c.ground));
    q.addBindValue(WC::text(c.circumstances.join(QLatin1Char(','))));
    q.addBindValue(domain::caseStageId(c.stage));
    q.addBindValue(c.officer);
    q.addBindValue(c.organId);
    q.addBindValue(WC::iso(c.openedOn));
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec())
        return sqlError(q);
    return q.lastInsertId().toLongLong();
}

Status CaseStore::save(QSqlDatabase& db, const Case& c) {
    QSqlQuery q(db);
    if (!q.prepare(QStringLiteral("UPDATE cases SET standard_id = ?, stage = ?, notice_served_on = ?, "
                                  "objection_window_ends = ?, decided_on = ?, decided_by = ?, listed_until = ?, "
                                  "closed_on = ?, closed_reason = ?, rule_editions = ?, updated_at = ? WHERE id = ?")))
        return sqlError(q);
    q.addBindValue(idOrNull(c.standardId));
    q.addBindValue(domain::caseStageId(c.stage));
    q.addBindValue(WC::isoOrNull(c.noticeServedOn));
    q.addBindValue(WC::isoOrNull(c.objectionWindowEnds));
    q.addBindValue(WC::isoOrNull(c.decidedOn));
    q.addBindValue(c.decidedBy.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(c.decidedBy));
    q.addBindValue(WC::isoOrNull(c.listedUntil));
    q.addBindValue(WC::isoOrNull(c.closedOn));
    q.addBindValue(WC::text(c.closedReason));
    q.addBindValue(WC::text(c.ruleEditions));
    q.addBindValue(WC::timestampNow());
    q.addBindValue(c.id);
    if (!q.exec())
        return sqlError(q);
    return {};
}

Status CaseStore::setStage(QSqlDatabase& db, qint64 caseId, CaseStage stage, QDate closedOn,
                           const QString& closedReason) {
    QSqlQuery q(db);
    if (!q.prepare(QStringLiteral(
            "UPDATE cases SET stage = ?, closed_on = ?, closed_reason = ?, updated_at = ? WHERE id = ?")))
        return sqlError(q);
    q.addBindValue(domain::caseStageId(stage));
    q.addBindValue(WC::isoOrNull(closedOn));
    q.addBindValue(WC::text(closedReason));
    q.addBindValue(WC::timestampNow());
    q.addBindValue(caseId);
    if (!q.exec())
        return sqlError(q);
    return {};
}

Result<std::optional<qint64>> CaseStore::openCaseOn(QSqlDatabase& db, qint64 recordId, const QString& listType) {
    QSqlQuery q(db);
    if (!q.prepare(QStringLiteral("SELECT id FROM cases WHERE record_id = ? AND list_type = ? AND stage NOT IN "
                                  "('closed', 'expired', 'removed')")))
        return sqlError(q);
    q.addBindValue(recordId);
    q.addBindValue(listType);
    if (!q.exec())
        return sqlError(q);
    if (!q.next())
        return std::optional<qint64>();
    return std::optional<qint64>(q.value(0).toLongLong());
}

Result<QList<CaseSummary>> CaseStore::summaries(QSqlDatabase& db, const QList<qint64>& organIds,
                                                std::optional<CaseStage> stage, int limit) {
    QStringList placeholders;
    for (qsizetype i = 0; i < organIds.size(); ++i)
        placeholders << QStringLiteral("?");
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT c.id, c.subject_id, s.name, c.list_type, c.stage, c.officer, c.opened_on, "
                                  "c.decided_on, c.listed_until FROM cases c JOIN subjects s ON s.id = c.subject_id "
                                  "WHERE c.organ_id IN (%1)%2 ORDER BY c.id%3")
                       .arg(placeholders.isEmpty() ? QStringLiteral("NULL") : placeholders.join(QStringLiteral(", ")),
                            stage ? QStringLiteral(" AND c.stage = ?") : QString(),
                            limit > 0 ? QStringLiteral(" LIMIT %1").arg(limit) : QString())))
        return sqlError(q);
    for (qint64 id : organIds)
        q.addBindValue(id);
    if (stage)
        q.addBindValue(domain::caseStageId(*stage));
    if (!q.exec())
        return sqlError(q);
    QList<CaseSummary> out;
    while (q.next()) {
        CaseSummary s;
        s.id = q.value(0).toLongLong();
        s.subjectId = q.value(1).toLongLong();
        s.subjectName = q.value(2).toString();
        s.listType = q.value(3).toString();
        s.stage = domain::caseStageFromId(q.value(4).toString()).value_or(CaseStage::Recorded);
        s.officer = q.value(5).toString();
        s.openedOn = WC::dateFrom(q.value(6));
        s.decidedOn = WC::dateFrom(q.value(7));
        s.listedUntil = WC::dateFrom(q.value(8));
        out << s;
    }
    return out;
}

// ---- notices -----------------------------------------------------------------------------------------------------

Status CaseStore::insertNotice(QSqlDatabase& db, const domain::Notice& notice) {
    QSqlQuery q(db);
    if (!q.prepare(QStringLiteral("INSERT INTO notices (case_id, prepared_on, prepared_by, chain_seq, chain_hash) "
                                  "VALUES (?, ?, ?, ?, ?)")))
        return sqlError(q);
    q.addBindValue(notice.caseId);
    q.addBindValue(WC::iso(notice.preparedOn));
    q.addBindValue(notice.preparedBy);
    q.addBindValue(notice.chainSeq);
    q.addBindValue(notice.chainHash);
    if (!q.exec())
        return sqlError(q);
    return {};
}

Status CaseStore::markNoticeServed(QSqlDatabase& db, qint64 caseId, QDate servedOn, const QString& servedBy) {
    QSqlQuery q(db);
    if (!q.prepare(
            QStringLiteral("UPDATE notices SET served_on = ?, served_by = ? WHERE case_id = ? AND served_on IS NULL")))
        return sqlError(q);
    q.addBindValue(WC::iso(servedOn));
    q.addBindValue(servedBy);
    q.addBindValue(caseId);
    if (!q.exec())
        return sqlError(q);
    return {};
}

Result<QList<domain::Notice>> CaseStore::notices(QSqlDatabase& db, qint64 caseId) {
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(
            QStringLiteral("SELECT id, prepared_on, prepared_by, served_on, served_by, chain_seq, chain_hash FROM "
                           "notices WHERE case_id = ? ORDER BY id")))
        return sqlError(q);
    q.addBindValue(caseId);
    if (!q.exec())
        return sqlError(q);
    QList<domain::Notice> out;
    while (q.next()) {
        domain::Notice n;
        n.id = q.value(0).toLongLong();
        n.caseId = caseId;
        n.preparedOn = WC::dateFrom(q.value(1));
        n.preparedBy = q.value(2).toString();
        n.servedOn = WC::dateFrom(q.value(3));
        n.servedBy = q.value(4).toString();
        n.chainSeq = q.value(5).toLongLong();
        n.chainHash = q.value(6).toString();
        out << n;
    }
    return out;
}

// ---- objections --------------------------------------------------------------------------------------------------

Result<qint64> CaseStore::insertObjection(QSqlDatabase& db, const domain::Objection& objection) {
    QSqlQuery q(db);
    if (!q.prepare(QStringLiteral("INSERT INTO objections (case_id, received_on, received_by, text, answer_due) "
                                  "VALUES (?, ?, ?, ?, ?)")))
        return sqlError(q);
    q.addBindValue(objection.caseId);
    q.addBindValue(WC::iso(objection.receivedOn));
    q.addBindValue(objection.receivedBy);
    q.addBindValue(WC::text(objection.text));
    q.addBindValue(WC::isoOrNull(objection.answerDue));
    if (!q.exec())
        return sqlError(q);
    return q.lastInsertId().toLongLong();
}

Result<std::optional<domain::Objection>> CaseStore::pendingObjection(QSqlDatabase& db, qint64 caseId) {
    QSqlQuery q(db);
    if (!q.prepare(
            QStringLiteral("SELECT %1 FROM objections WHERE case_id = ? AND answered_on IS NULL ORDER BY id DESC "
                           "LIMIT 1")
                .arg(QLatin1String(kObjectionColumns))))
        return sqlError(q);
    q.addBindValue(caseId);
    if (!q.exec())
        return sqlError(q);
    if (!q.next())
        return std::optional<domain::Objection>();
    return std::optional<domain::Objection>(readObjection(q, caseId));
}

Status CaseStore::answerObjection(QSqlDatabase& db, const domain::Objection& objection) {
    QSqlQuery q(db);
    if (!q.prepare(
            QStringLiteral("UPDATE objections SET answered_on = ?, answered_by = ?, outcome = ?, answer_text = ? "
                           "WHERE id = ?")))
        return sqlError(q);
    q.addBindValue(WC::iso(objection.answeredOn));
    q.addBindValue(objection.answeredBy);
    q.addBindValue(objection.outcome ? QVariant(domain::objectionOutcomeId(*objection.outcome))
                                     : QVariant(QMetaType::fromType<QString>()));
    q.addBindValue(WC::text(objection.answerText));
    q.addBindValue(objection.id);
    if (!q.exec())
        return sqlError(q);
    return {};
}

Result<QList<domain::Objection>> CaseStore::objections(QSqlDatabase& db, qint64 caseId) {
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT %1 FROM objections WHERE case_id = ? ORDER BY id")
                       .arg(QLatin1String(kObjectionColumns))))
        return sqlError(q);
    q.addBindValue(caseId);
    if (!q.exec())
        return sqlError(q);
    QList<domain::Objection> out;
    while (q.next())
        out << readObjection(q, caseId);
    return out;
}

// ---- re-examinations ---------------------------------------------------------------------------------------------

Result<qint64> CaseStore::insertReExamination(QSqlDatabase& db, const domain::ReExamination& review) {
    QSqlQuery q(db);
    if (!q.prepare(QStringLiteral("INSERT INTO re_examinations (case_id, submitted_on, submitted_by, submit_text) "
                                  "VALUES (?, ?, ?, ?)")))
        return sqlError(q);
    q.addBindValue(review.caseId);
    q.addBindValue(WC::iso(review.submittedOn));
    q.addBindValue(review.submittedBy);
    q.addBindValue(WC::text(review.submitText));
    if (!q.exec())
        return sqlError(q);
    return q.lastInsertId().toLongLong();
}

Result<std::optional<domain::ReExamination>> CaseStore::pendingReExamination(QSqlDatabase& db, qint64 caseId) {
    QSqlQuery q(db);
    if (!q.prepare(QStringLiteral("SELECT %1 FROM re_examinations WHERE case_id = ? AND decided_on IS NULL ORDER BY id "
                                  "DESC LIMIT 1")
                       .arg(QLatin1String(kReExaminationColumns))))
        return sqlError(q);
    q.addBindValue(caseId);
    if (!q.exec())
        return sqlError(q);
    if (!q.next())
        return std::optional<domain::ReExamination>();
    return std::optional<domain::ReExamination>(readReExamination(q, caseId));
}

Status CaseStore::decideReExamination(QSqlDatabase& db, const domain::ReExamination& review) {
    QSqlQuery q(db);
    if (!q.prepare(QStringLiteral("UPDATE re_examinations SET decided_on = ?, decided_by = ?, outcome = ?, "
                                  "decide_text = ? WHERE id = ?")))
        return sqlError(q);
    q.addBindValue(WC::iso(review.decidedOn));
    q.addBindValue(review.decidedBy);
    q.addBindValue(review.outcome ? QVariant(domain::reExaminationOutcomeId(*review.outcome))
                                  : QVariant(QMetaType::fromType<QString>()));
    q.addBindValue(WC::text(review.decideText));
    q.addBindValue(review.id);
    if (!q.exec())
        return sqlError(q);
    return {};
}

Result<QList<domain::ReExamination>> CaseStore::reExaminations(QSqlDatabase& db, qint64 caseId) {
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT %1 FROM re_examinations WHERE case_id = ? ORDER BY id")
                       .arg(QLatin1String(kReExaminationColumns))))
        return sqlError(q);
    q.addBindValue(caseId);
    if (!q.exec())
        return sqlError(q);
    QList<domain::ReExamination> out;
    while (q.next())
        out << readReExamination(q, caseId);
    return out;
}

Result<QDate> CaseStore::latestProceedingDate(QSqlDatabase& db, qint64 caseId) {
    QDate latest;
    for (const char* sql : {"SELECT max(received_on), max(answered_on) FROM objections WHERE case_id = ?",
                            "SELECT max(submitted_on), max(decided_on) FROM re_examinations WHERE case_id = ?"}) {
        QSqlQuery q(db);
        if (!q.prepare(QString::fromLatin1(sql)))
            return sqlError(q);
        q.addBindValue(caseId);
        if (!q.exec())
            return sqlError(q);
        if (q.next())
            for (int i = 0; i < 2; ++i)
                if (const QDate d = WC::dateFrom(q.value(i)); d.isValid() && (!latest.isValid() || d > latest))
                    latest = d;
    }
    return latest;
}

// ---- the decision and its measures -------------------------------------------------------------------------------

Result<qint64> CaseStore::insertDecision(QSqlDatabase& db, const domain::Decision& d) {
    QSqlQuery q(db);
    if (!q.prepare(QStringLiteral("INSERT INTO decisions (case_id, decided_on, decided_by, term_id, listed_from, "
                                  "listed_until, rule_editions, reason, citations, chain_seq, chain_hash, created_at) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
        return sqlError(q);
    q.addBindValue(d.caseId);
    q.addBindValue(WC::iso(d.decidedOn));
    q.addBindValue(d.decidedBy);
    q.addBindValue(d.termId);
    q.addBindValue(WC::iso(d.listedFrom));
    q.addBindValue(WC::isoOrNull(d.listedUntil));
    q.addBindValue(d.ruleEditions);
    q.addBindValue(WC::text(d.reason));
    q.addBindValue(WC::text(d.citations.join(QLatin1Char('\n'))));
    q.addBindValue(d.chainSeq);
    q.addBindValue(d.chainHash);
    q.addBindValue(WC::timestampNow());
    if (!q.exec())
        return sqlError(q);
    return q.lastInsertId().toLongLong();
}

Result<qint64> CaseStore::insertMeasure(QSqlDatabase& db, qint64 decisionId, qint64 caseId,
                                        const domain::AppliedMeasure& m) {
    QSqlQuery q(db);
    if (!q.prepare(QStringLiteral("INSERT INTO applied_measures (decision_id, case_id, measure_id, measure_use, "
                                  "measures_edition, citations) VALUES (?, ?, ?, ?, ?, ?)")))
        return sqlError(q);
    q.addBindValue(decisionId);
    q.addBindValue(caseId);
    q.addBindValue(m.measureId);
    q.addBindValue(m.measureUse);
    q.addBindValue(WC::text(m.measuresEdition));
    q.addBindValue(WC::text(m.citations.join(QLatin1Char('\n'))));
    if (!q.exec())
        return sqlError(q);
    return q.lastInsertId().toLongLong();
}

Status CaseStore::setListingTerm(QSqlDatabase& db, qint64 caseId, QDate listedFrom, QDate listedUntil) {
    QSqlQuery q(db);
    if (!q.prepare(QStringLiteral("UPDATE decisions SET listed_from = ?, listed_until = ? WHERE case_id = ?")))
        return sqlError(q);
    q.addBindValue(WC::iso(listedFrom));
    q.addBindValue(WC::iso(listedUntil));
    q.addBindValue(caseId);
    if (!q.exec())
        return sqlError(q);
    return {};
}

Result<std::optional<domain::Decision>> CaseStore::decision(QSqlDatabase& db, qint64 caseId) {
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(
            QStringLiteral("SELECT id, decided_on, decided_by, term_id, listed_from, listed_until, rule_editions, "
                           "reason, citations, chain_seq, chain_hash FROM decisions WHERE case_id = ?")))
        return sqlError(q);
    q.addBindValue(caseId);
    if (!q.exec())
        return sqlError(q);
    if (!q.next())
        return std::optional<domain::Decision>();
    domain::Decision d;
    d.id = q.value(0).toLongLong();
    d.caseId = caseId;
    d.decidedOn = WC::dateFrom(q.value(1));
    d.decidedBy = q.value(2).toString();
    d.termId = q.value(3).toString();
    d.listedFrom = WC::dateFrom(q.value(4));
    d.listedUntil = WC::dateFrom(q.value(5));
    d.ruleEditions = q.value(6).toString();
    d.reason = q.value(7).toString();
    d.citations = q.value(8).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    d.chainSeq = q.value(9).toLongLong();
    d.chainHash = q.value(10).toString();
    QSqlQuery m(db);
    m.setForwardOnly(true);
    if (!m.prepare(QStringLiteral("SELECT id, measure_id, measure_use, measures_edition, citations, lifted_on, "
                                  "reinstated_on FROM applied_measures WHERE decision_id = ? ORDER BY id")))
        return sqlError(m);
    m.addBindValue(d.id);
    if (!m.exec())
        return sqlError(m);
    while (m.next()) {
        domain::AppliedMeasure a;
        a.id = m.value(0).toLongLong();
        a.decisionId = d.id;
        a.measureId = m.value(1).toString();
        a.measureUse = m.value(2).toString();
        a.measuresEdition = m.value(3).toString();
        a.citations = m.value(4).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        a.liftedOn = WC::dateFrom(m.value(5));
        a.reinstatedOn = WC::dateFrom(m.value(6));
        d.measures << a;
    }
    return std::optional<domain::Decision>(d);
}

Status CaseStore::liftMeasures(QSqlDatabase& db, qint64 caseId, QDate on) {
    QSqlQuery q(db);
    if (!q.prepare(
            QStringLiteral("UPDATE applied_measures SET lifted_on = ?, reinstated_on = NULL WHERE case_id = ? AND "
                           "(lifted_on IS NULL OR reinstated_on IS NOT NULL)")))
        return sqlError(q);
    q.addBindValue(WC::iso(on));
    q.addBindValue(caseId);
    if (!q.exec())
        return sqlError(q);
    return {};
}

Status CaseStore::reinstateMeasures(QSqlDatabase& db, qint64 caseId, QDate liftedOn, QDate on) {
    QSqlQuery q(db);
    if (!q.prepare(
            QStringLiteral("UPDATE applied_measures SET reinstated_on = ? WHERE case_id = ? AND lifted_on = ? AND "
                           "reinstated_on IS NULL")))
        return sqlError(q);
    q.addBindValue(WC::iso(on));
    q.addBindValue(caseId);
    q.addBindValue(WC::iso(liftedOn));
    if (!q.exec())
        return sqlError(q);
    return {};
}

} // namespace creditcase::workflow
