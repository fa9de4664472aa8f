#pragma once

#include "Result.h"
#include "calendar/WorkCalendar.h"
#include "rules/RuleSet.h"
#include "service/Progress.h"
#include "storage/Vault.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <functional>

namespace creditcase::workflow {

// The rule data a vault works with: every rule document and holiday schedule, stored as imported (bytes
// and SHA-256) in rule_documents. A new vault is seeded with the editions built into the program; an
// administrator imports new editions later (`rules import FILE`). A file is validated as a whole against
// everything already stored and refused as a whole; stored editions are never changed, so a case decided
// under an edition keeps it.
class RuleAdministration {
    Q_DECLARE_TR_FUNCTIONS(RuleAdministration)

public:
    // Kind under which holiday schedules are stored (rule documents use rules::documentKindId).
    static QString holidayScheduleKind() { return QStringLiteral("holiday-schedule"); }

    // Recomputes the stored deadlines when a calendar changes, with the calendars before and after, inside the
    // transaction that imports it, and returns those that moved (DeadlineRegister::calendarChangeHandler).
    using CalendarChangeHandler = std::function<Result<QList<calendar::DeadlineMove>>(
        QSqlDatabase&, const calendar::WorkCalendar& before, const calendar::WorkCalendar& after)>;

    struct ImportOutcome {
        QString kind;
        QString edition;
        QString version;
        bool alreadyPresent = false; // the identical file was stored before: nothing changed
        QList<calendar::DeadlineMove> movedDeadlines;
    };

    /* Seeds the built-in rule documents and holiday schedules; for Vault::create's initialiser. */
    static Status seedBuiltIn(QSqlDatabase& db, const QString& actor);

    static Result<rules::RuleSet> loadRuleSet(QSqlDatabase& db);
    // Which rule documents are stored: stored documents never change and are only added, so the highest id names
    // the set (0 for none). A reader that cached the rule data compares it to notice another process's import.
    static Result<qint64> storedGeneration(QSqlDatabase& db);
    static Result<calendar::WorkCalendar> loadCalendar(QSqlDatabase& db);

    /* Imports a rule document (our JSON format) or a holiday schedule (ours or holiday-cn's) from bytes.
       Administrators only. Refused as a whole with every problem named (file, JSON path, what); nothing is
       stored then. A holiday schedule for a year already stored replaces it for new computations (the old
       one stays stored), and every open computed deadline is recomputed with it in the same transaction
       (each move recorded as "deadline.moved" by the importing administrator): no caller can forget it,
       and an import whose recomputation fails stores nothing. `progress` hears of the recomputation; cancelled,
       the import stops with Progress::cancelled() and stores nothing. */
    static Result<ImportOutcome> importBytes(storage::Vault& vault, const QByteArray& bytes, const QString& fileName,
                                             const service::Progress& progress = service::Progress::none());
};

} // namespace creditcase::workflow
