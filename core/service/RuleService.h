#pragma once

#include "Result.h"
#include "calendar/WorkCalendar.h"
#include "domain/Standard.h"
#include "rules/RuleSet.h"
#include "service/Progress.h"
#include "service/Session.h"
#include "workflow/RuleAdministration.h"
#include "workflow/StandardWorkflow.h"

#include <QCoreApplication>
#include <functional>

namespace creditcase::service {

// What an import of a rule document did, named for the clients of RuleService::import.
using RuleImportOutcome = workflow::RuleAdministration::ImportOutcome;

// The rule data of a vault: reading the rule editions, the work calendar and the designation standards, and
// importing new editions and holiday schedules.
class RuleService {
    Q_DECLARE_TR_FUNCTIONS(RuleService)

public:
    explicit RuleService(Session& session);

    // The rule editions and the work calendar stored in the vault (any user).
    Result<rules::RuleSet> ruleSet();
    Result<calendar::WorkCalendar> calendar();
    // The designation standards, optionally of one list type (any user).
    Result<QList<domain::Standard>> standards(const QString& listType = {});

    /* The steps of a designation standard (StandardWorkflow): each runs as the session's user in one transaction
       with its audit entry, a refusal is recorded as "<event>.refused" by the workflow, and a committed step is
       announced as changed("standard", id). */
    Result<domain::Standard> addStandard(const QString& listType, const QString& title);
    Result<domain::Standard> openStandardComment(qint64 standardId, QDate from, QDate to);
    Result<domain::Standard> adoptStandard(qint64 standardId, QDate on, QDate inForceFrom = {},
                                           QDate nextAssessmentDue = {});
    Result<domain::Standard> assessStandard(qint64 standardId, QDate on, QDate nextAssessmentDue = {});
    Result<domain::Standard> abolishStandard(qint64 standardId, QDate on);

    /* Imports a rule document or holiday schedule ("rules.import"). Administrators only. A holiday schedule that
       changes the calendar recomputes every stored open deadline in the same transaction (see
       RuleAdministration::importBytes). A file the rules refuse (malformed, failing a check, clashing with a stored
       version) and a user who may not import are refusals: recorded as "rules.import.refused", nothing else
       written. `progress` hears of the recomputation of deadlines; a cancelled import stores nothing, records
       nothing and fails with Progress::cancelled(). */
    Result<workflow::RuleAdministration::ImportOutcome> import(const QByteArray& bytes, const QString& fileName,
                                                               const Progress& progress = Progress::none());

private:
    Result<domain::Standard>
    standardStep(const std::function<Result<domain::Standard>(workflow::StandardWorkflow&)>& step);

    Session& m_session;
};

} // namespace creditcase::service
