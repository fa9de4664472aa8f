#pragma once

#include "Result.h"
#include "domain/Case.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace creditcase::workflow {

// One line of `case list`.
struct CaseSummary {
    qint64 id = 0;
    qint64 subjectId = 0;
    QString subjectName;
    QString listType;
    domain::CaseStage stage = domain::CaseStage::Recorded;
    QString officer;
    QDate openedOn;
    QDate decidedOn;
    QDate listedUntil;
};

// The SQL of the designation case and what hangs on it: the case row, its notices, objections, re-examinations,
// the decision and its applied measures. CaseWorkflow and RestorationWorkflow decide what may happen; this store
// only reads and writes, inside the caller's transaction. A failed statement is an Error made by storage::SqlError
// (never an empty answer); "not there" is NotFound or an empty optional, as each method says.
class CaseStore {
    Q_DECLARE_TR_FUNCTIONS(CaseStore)

public:
    // ---- the case row --------------------------------------------------------------------------------------------
    // NotFound when there is no such case.
    static Result<domain::Case> load(QSqlDatabase& db, qint64 caseId);
    /* Stores a new case from c's record, subject, list type, standard (0: none), scope, ground, circumstances,
       stage, officer, organ and opening date; returns its id. */
    static Result<qint64> insert(QSqlDatabase& db, const domain::Case& c);
    // Writes back what a workflow step may change (standard, stage, dates, decision, closure, rule editions).
    static Status save(QSqlDatabase& db, const domain::Case& c);
    // Sets the stage and the closure of a case (restoration: removed, or listed again when a grant is revoked).
    static Status setStage(QSqlDatabase& db, qint64 caseId, domain::CaseStage stage, QDate closedOn,
                           const QString& closedReason);
    // The id of a case on the record for the list type that is not closed, expired or removed; none if there is none.
    static Result<std::optional<qint64>> openCaseOn(QSqlDatabase& db, qint64 recordId, const QString& listType);
    // The cases of the given organs (optionally of one stage), with their subject's name, by id; limit 0: all.
    static Result<QList<CaseSummary>> summaries(QSqlDatabase& db, const QList<qint64>& organIds,
                                                std::optional<domain::CaseStage> stage, int limit);

    // ---- notices -------------------------------------------------------------------------------------------------
    // Stores the notice prepared for its case (case id, date, by whom, chain position).
    static Status insertNotice(QSqlDatabase& db, const domain::Notice& notice);
    // Records the service of the case's notices not yet served.
    static Status markNoticeServed(QSqlDatabase& db, qint64 caseId, QDate servedOn, const QString& servedBy);
    static Result<QList<domain::Notice>> notices(QSqlDatabase& db, qint64 caseId);

    // ---- objections ----------------------------------------------------------------------------------------------
    // Stores a received objection (case id, received on/by, text, answer due); returns its id.
    static Result<qint64> insertObjection(QSqlDatabase& db, const domain::Objection& objection);
    // The latest objection of the case that awaits its answer; none if there is none.
    static Result<std::optional<domain::Objection>> pendingObjection(QSqlDatabase& db, qint64 caseId);
    // Records the answer (answered on/by, outcome, answer text) of objection `objection.id`.
    static Status answerObjection(QSqlDatabase& db, const domain::Objection& objection);
    static Result<QList<domain::Objection>> objections(QSqlDatabase& db, qint64 caseId);

    // ---- re-examinations -----------------------------------------------------------------------------------------
    // Stores a submission for re-examination (case id, submitted on/by, text); returns its id.
    static Result<qint64> insertReExamination(QSqlDatabase& db, const domain::ReExamination& review);
    // The latest re-examination of the case not yet decided; none if there is none.
    static Result<std::optional<domain::ReExamination>> pendingReExamination(QSqlDatabase& db, qint64 caseId);
    // Records the outcome (decided on/by, outcome, text) of re-examination `review.id`.
    static Status decideReExamination(QSqlDatabase& db, const domain::ReExamination& review);
    static Result<QList<domain::ReExamination>> reExaminations(QSqlDatabase& db, qint64 caseId);

    // The latest date an objection or a re-examination of the case was received, answered, submitted or decided
    // (invalid when there is none).
    static Result<QDate> latestProceedingDate(QSqlDatabase& db, qint64 caseId);

    // ---- the decision and its measures ---------------------------------------------------------------------------
    // Stores the designation decision (without its measures); returns its id.
    static Result<qint64> insertDecision(QSqlDatabase& db, const domain::Decision& decision);
    // Stores one measure applied by decision `decisionId` of case `caseId`; returns its id.
    static Result<qint64> insertMeasure(QSqlDatabase& db, qint64 decisionId, qint64 caseId,
                                        const domain::AppliedMeasure& measure);
    // The listing of the case's decision runs from listedFrom until listedUntil (a term counted from publication).
    static Status setListingTerm(QSqlDatabase& db, qint64 caseId, QDate listedFrom, QDate listedUntil);
    // The case's decision with its measures; none before the decision.
    static Result<std::optional<domain::Decision>> decision(QSqlDatabase& db, qint64 caseId);
    // Lifts on `on` every measure of the case in effect (never lifted, or reinstated since).
    static Status liftMeasures(QSqlDatabase& db, qint64 caseId, QDate on);
    // Reinstates on `on` the measures of the case lifted on `liftedOn` and not reinstated since.
    static Status reinstateMeasures(QSqlDatabase& db, qint64 caseId, QDate liftedOn, QDate on);
};

} // namespace creditcase::workflow
