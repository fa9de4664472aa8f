#pragma once

#include "Result.h"
#include "WorkflowContext.h"
#include "domain/Standard.h"
#include "rules/RuleFacts.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <optional>

namespace creditcase::workflow {

// The department's designation standards (Guiding Opinions IV(7)), as the WorkflowTable::standards() table says:
// draft -> open for comment (at least the minimum period of the rules) -> adopted only after the period closed and
// in force from a date -> assessed -> revised (by a newer standard) or abolished. Every step is one transaction with
// its audit entry; a refusal writes only its own audit entry and returns the reason with the provision.
class StandardWorkflow {
    Q_DECLARE_TR_FUNCTIONS(StandardWorkflow)

public:
    explicit StandardWorkflow(WorkflowContext& context);

    /* Records a draft standard for a list type of the rules in force today. */
    Result<domain::Standard> add(const QString& listType, const QString& title);
    /* Opens the draft for public comment from `from` (not in the future) to `to` (the last day of comment, may lie
       ahead). Refused when the period is shorter than the minimum comment period in force on `from`. */
    Result<domain::Standard> openComment(qint64 standardId, QDate from, QDate to);
    /* Adopts the standard on `on`, which must be after the comment period closed; refused if the period falls
       short of the minimum in force on `on`. In force from inForceFrom (default: the adoption date). An older
       standard in force for the same list and organ becomes "revised" the day before. nextAssessmentDue: the
       date the department sets for the first assessment (a deadline); optional. */
    Result<domain::Standard> adopt(qint64 standardId, QDate on, QDate inForceFrom = {}, QDate nextAssessmentDue = {});
    /* Records a periodic assessment on `on`; closes the assessment deadline; opens the next one if given. */
    Result<domain::Standard> assess(qint64 standardId, QDate on, QDate nextAssessmentDue = {});
    /* Abolishes the standard from `on`; its deadlines are cancelled and it supports no designation after. */
    Result<domain::Standard> abolish(qint64 standardId, QDate on);

    static Result<domain::Standard> find(QSqlDatabase& db, qint64 standardId);
    static Result<QList<domain::Standard>> list(QSqlDatabase& db, const QString& listType = {});
    // The vault's standard for a list type that governs a designation by `designating` on a date: a standard of
    // that organ or of an organ above it whose region contains it (never another county's), preferring one in
    // force on the day (the most local), else the one that came into force last. nullopt if none governs.
    static Result<std::optional<domain::Standard>> governing(QSqlDatabase& db, const QString& listType, QDate on,
                                                             const domain::Organ& designating);
    // The facts the RuleBook judges a designation on `on` against: the rule data's facts about the list type's
    // standard (legal form, removal conditions, procedure, relief), with status and dates from the vault's record.
    static rules::StandardFacts facts(const domain::Standard& standard, const rules::StandardFacts& fromRules,
                                      QDate on);

private:
    Result<domain::Standard> step(qint64 standardId, const QString& event,
                                  const std::function<Result<domain::Standard>(QSqlDatabase&, domain::Standard)>& work);
    Status checkCommentPeriod(const QString& listType, QDate from, QDate to, QDate judgedOn);

    WorkflowContext& m_context;
};

} // namespace creditcase::workflow
