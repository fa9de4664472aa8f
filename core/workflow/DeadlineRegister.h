#pragma once

#include "Result.h"
#include "RuleAdministration.h"
#include "calendar/DaysLeft.h"
#include "calendar/WorkCalendar.h"
#include "domain/Deadline.h"
#include "rules/RuleDuration.h"
#include "service/Progress.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace creditcase::workflow {

// Every open obligation, stored with the inputs it was computed from (trigger date, count, counting mode,
// whether day 0 counts, calendar version), so that it can be recomputed when a holiday schedule changes
// (DESIGN.md "Deadlines keep their inputs", field notes C.3). Workflow steps open deadlines and close them (met
// or cancelled) inside their own transactions; nothing here decides legality.
class DeadlineRegister {
    Q_DECLARE_TR_FUNCTIONS(DeadlineRegister)

public:
    // What a deadline is about (0 = not about that kind of object).
    struct Owner {
        qint64 caseId = 0;
        qint64 recordId = 0;
        qint64 standardId = 0;
        qint64 subjectId = 0;
    };

    // One row of `deadlines --as-of DATE`: the deadline, whose it is, and the days left (negative: late): calendar
    // days as read here; service::ReportService counts them in the unit of the deadline's rule (workingDays).
    struct Due {
        domain::Deadline deadline;
        QString subjectName;
        qint64 daysLeft = 0;
        bool workingDays = false;

        calendar::DaysLeft left() const { return {static_cast<int>(daysLeft), workingDays}; }
    };

    // Whose deadlines a user sees (DESIGN.md "Jurisdiction"): the obligations of the organs they work for, and the
    // re-examinations they are due to decide.
    struct Scope {
        QList<qint64> organs;       // deadlines of these organs' cases, standards and records
        QList<qint64> reviewOrgans; // re-examination deadlines of these organs' cases
    };

    struct Query {
        QDate asOf;
        std::optional<int> within;                // due on asOf .. asOf + within
        bool overdue = false;                     // due before asOf
        int limit = 0;                            // 0 = no limit
        std::optional<domain::DeadlineKind> kind; // only deadlines of this kind (e.g. restorations to decide)
        std::optional<Scope> scope;               // none: every organ's deadlines
    };

    /* Computes a deadline from its trigger and the rule's duration with the calendar and stores it open.
       Call inside the transaction of the step that creates the obligation. */
    static Result<domain::Deadline> open(QSqlDatabase& db, domain::DeadlineKind kind, const Owner& owner, QDate trigger,
                                         const rules::RuleDuration& duration, const calendar::WorkCalendar& calendar);
    // A deadline on a date the department set (comment close, assessment); never recomputed.
    static Result<domain::Deadline> openFixed(QSqlDatabase& db, domain::DeadlineKind kind, const Owner& owner,
                                              QDate dueOn, const QString& source);

    /* Closes the open deadlines of `kind` (or of every kind when kind is empty) of the owner's case, record or
       standard (the first non-zero id of caseId, recordId, standardId) as met or cancelled on a date. */
    static Status close(QSqlDatabase& db, const Owner& owner, std::optional<domain::DeadlineKind> kind,
                        domain::DeadlineStatus status, QDate on);

    /* Opens again, with the same inputs and due date, the latest cancelled deadline of `kind` of the owner's case,
       record or standard (as close() picks the owner); nothing when there is none. A revoked restoration restores
       the listing and the disclosure it had ended. */
    static Status reopenLatest(QSqlDatabase& db, const Owner& owner, domain::DeadlineKind kind);

    // Every deadline (open and closed) of a case, record or standard, by due date.
    static Result<QList<domain::Deadline>> of(QSqlDatabase& db, const Owner& owner);

    /* Open deadlines as of a date, by due date (the `deadlines` command), of the query's scope. Uses the
       (status, due_on) index, or (organ_id, status, due_on) for a scope; the organ of each deadline is its case's,
       else its standard's, else that of the user who recorded its credit record (stored with it, migration 0006). */
    static Result<QList<Due>> due(QSqlDatabase& db, const Query& query);

    /* Recomputes every open, computed deadline with the `after` calendar and stores the new date, provisional flag
       and calendar version; each deadline whose date moved is returned and recorded in the audit chain
       ("deadline.moved", actor "system"). Has the signature of RuleAdministration::CalendarChangeHandler; runs
       inside the transaction that imports the calendar, so an import that fails moves nothing. */
    static Result<QList<calendar::DeadlineMove>> recomputeAll(QSqlDatabase& db, const calendar::WorkCalendar& before,
                                                              const calendar::WorkCalendar& after);
    /* The same, recording `actor` (the administrator importing the calendar) in the audit entries, reporting to
       `progress` and stopping when it is cancelled (Progress::cancelled(); the caller's transaction is then rolled
       back, so no deadline has moved). */
    static RuleAdministration::CalendarChangeHandler
    calendarChangeHandler(const QString& actor, const service::Progress& progress = service::Progress::none());

private:
    static Result<QList<calendar::DeadlineMove>> recompute(QSqlDatabase& db, const calendar::WorkCalendar& before,
                                                           const calendar::WorkCalendar& after, const QString& actor,
                                                           const service::Progress& progress);
};

} // namespace creditcase::workflow
