#include "DeadlineRegister.h"

#include "WorkflowContext.h"
#include "audit/AuditLog.h"
#include "storage/SqlError.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace creditcase::workflow {

namespace {

using domain::Deadline;
using domain::DeadlineKind;
using domain::DeadlineStatus;

const char* const kColumns = "d.id, d.kind, d.case_id, d.record_id, d.standard_id, d.subject_id, d.trigger_on, "
                             "d.rule_count, d.rule_mode, d.count_start_day, d.calendar_version, d.due_on, "
                             "d.provisional, d.source, d.status, d.closed_on";

Error sqlError(const QSqlQuery& query) {
    return storage::SqlError::of(query, DeadlineRegister::tr("The deadline register could not be read or written"));
}

QVariant idOrNull(qint64 id) {
    return id ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

Deadline readDeadline(const QSqlQuery& q, int at = 0) {
    Deadline d;
    d.id = q.value(at + 0).toLongLong();
    d.kind = domain::deadlineKindFromId(q.value(at + 1).toString()).value_or(DeadlineKind::NoticeService);
    d.caseId = q.value(at + 2).toLongLong();
    d.recordId = q.value(at + 3).toLongLong();
    d.standardId = q.value(at + 4).toLongLong();
    d.subjectId = q.value(at + 5).toLongLong();
    d.trigger = WorkflowContext::dateFrom(q.value(at + 6));
    d.ruleCount = q.value(at + 7).toInt();
    d.ruleMode = q.value(at + 8).toString();
    d.countStartDay = q.value(at + 9).toInt() != 0;
    d.calendarVersion = q.value(at + 10).toString();
    d.dueOn = WorkflowContext::dateFrom(q.value(at + 11));
    d.provisional = q.value(at + 12).toInt() != 0;
    d.source = q.value(at + 13).toString();
    d.status = domain::deadlineStatusFromId(q.value(at + 14).toString()).value_or(DeadlineStatus::Open);
    d.closedOn = WorkflowContext::dateFrom(q.value(at + 15));
    return d;
}

Result<Deadline> insert(QSqlDatabase& db, Deadline d) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO deadlines (kind, case_id, record_id, standard_id, subject_id, trigger_on, rule_count, rule_mode, "
        "count_start_day, calendar_version, due_on, provisional, source, status, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', ?)"));
    q.addBindValue(domain::deadlineKindId(d.kind));
    q.addBindValue(idOrNull(d.caseId));
    q.addBindValue(idOrNull(d.recordId));
    q.addBindValue(idOrNull(d.standardId));
    q.addBindValue(idOrNull(d.subjectId));
    q.addBindValue(WorkflowContext::iso(d.trigger));
    q.addBindValue(d.ruleCount);
    q.addBindValue(d.ruleMode);
    q.addBindValue(d.countStartDay ? 1 : 0);
    q.addBindValue(d.calendarVersion);
    q.addBindValue(WorkflowContext::iso(d.dueOn));
    q.addBindValue(d.provisional ? 1 : 0);
    q.addBindValue(d.source);
    q.addBindValue(WorkflowContext::timestampNow());
    if (!q.exec())
        return sqlError(q);
    d.id = q.lastInsertId().toLongLong();
    d.status = DeadlineStatus::Open;
    return d;
}

// Which owner column a close or a listing refers to.
std::pair<QString, qint64> ownerColumn(const DeadlineRegister::Owner& owner) {
    if (owner.caseId)
        return {QStringLiteral("case_id"), owner.caseId};
    if (owner.recordId)
        return {QStringLiteral("record_id"), owner.recordId};
    if (owner.standardId)
        return {QStringLiteral("standard_id"), owner.standardId};
    return {QStringLiteral("subject_id"), owner.subjectId};
}

// Some deadlines are also shown where they belong (the case's objection window, an objection's answer date, an
// application's due date, a record's disclosure window, the listing's end); a move updates those too.
Status syncCopies(QSqlDatabase& db, const Deadline& d, QDate after) {
    QString sql;
    qint64 owner = d.caseId;
    switch (d.kind) {
    case DeadlineKind::ObjectionWindow:
        sql = QStringLiteral("UPDATE cases SET objection_window_ends = ? WHERE id = ?");
        break;
    case DeadlineKind::ObjectionAnswer:
        sql = QStringLiteral("UPDATE objections SET answer_due = ? WHERE case_id = ? AND answered_on IS NULL");
        break;
    case DeadlineKind::RestorationDue:
        // A removal from a list is owned by its case; a restoration of penalty information by its record.
        if (d.caseId) {
            sql = QStringLiteral("UPDATE restorations SET due_on = ? WHERE case_id = ? AND stage = 'applied'");
        } else {
            sql = QStringLiteral("UPDATE restorations SET due_on = ? WHERE record_id = ? AND stage = 'applied'");
            owner = d.recordId;
        }
        break;
    case DeadlineKind::ListExpiry:
        sql = QStringLiteral("UPDATE cases SET listed_until = ? WHERE id = ?");
        break;
    case DeadlineKind::DisclosureMinimum:
        sql = QStringLiteral("UPDATE credit_records SET disclosure_min_until = ? WHERE id = ?");
        owner = d.recordId;
        break;
    case DeadlineKind::DisclosureMaximum:
        sql = QStringLiteral("UPDATE credit_records SET disclosure_max_until = ? WHERE id = ?");
        owner = d.recordId;
        break;
    default:
        return {};
    }
    QSqlQuery q(db);
    q.prepare(sql);
    q.addBindValue(WorkflowContext::iso(after));
    q.addBindValue(owner);
    if (!q.exec())
        return sqlError(q);
    if (d.kind == DeadlineKind::ListExpiry) {
        QSqlQuery decision(db);
        decision.prepare(QStringLiteral("UPDATE decisions SET listed_until = ? WHERE case_id = ?"));
        decision.addBindValue(WorkflowContext::iso(after));
        decision.addBindValue(owner);
        if (!decision.exec())
            return sqlError(decision);
    }
    return {};
}

} // namespace

Result<Deadline> DeadlineRegister::open(QSqlDatabase& db, DeadlineKind kind, const Owner& owner, QDate trigger,
                                        const rules::RuleDuration& duration, const calendar::WorkCalendar& calendar) {
    const calendar::DeadlineRule rule = WorkflowContext::deadlineRule(duration);
    const calendar::DeadlineResult computed = calendar.compute(trigger, rule);
    if (!computed.date.isValid())
        return Error::failure(
            tr("The deadline \"%1\" could not be computed from %2 (%3).")
                .arg(domain::deadlineKindName(kind), WorkflowContext::iso(trigger), duration.describe()));
    Deadline d;
    d.kind = kind;
    d.caseId = owner.caseId;
    d.recordId = owner.recordId;
    d.standardId = owner.standardId;
    d.subjectId = owner.subjectId;
    d.trigger = trigger;
    d.ruleCount = rule.count;
    d.ruleMode = calendar::DeadlineRule::modeName(rule.mode);
    d.countStartDay = rule.countStartDay;
    d.calendarVersion = calendar.versionTag();
    d.dueOn = computed.date;
    d.provisional = computed.provisional;
    d.source = duration.citation().display();
    return insert(db, d);
}

Result<Deadline> DeadlineRegister::openFixed(QSqlDatabase& db, DeadlineKind kind, const Owner& owner, QDate dueOn,
                                             const QString& source) {
    Deadline d;
    d.kind = kind;
    d.caseId = owner.caseId;
    d.recordId = owner.recordId;
    d.standardId = owner.standardId;
    d.subjectId = owner.subjectId;
    d.trigger = dueOn;
    d.ruleMode = QStringLiteral("fixed");
    d.calendarVersion = QStringLiteral("fixed");
    d.dueOn = dueOn;
    d.source = source;
    return insert(db, d);
}

Status DeadlineRegister::close(QSqlDatabase& db, const Owner& owner, std::optional<DeadlineKind> kind,
                               DeadlineStatus status, QDate on) {
    const auto [column, id] = ownerColumn(owner);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE deadlines SET status = ?, closed_on = ? WHERE %1 = ? AND status = 'open'%2")
                  .arg(column, kind ? QStringLiteral(" AND kind = ?") : QString()));
    q.addBindValue(domain::deadlineStatusId(status));
    q.addBindValue(WorkflowContext::iso(on));
    q.addBindValue(id);
    if (kind)
        q.addBindValue(domain::deadlineKindId(*kind));
    if (!q.exec())
        return sqlError(q);
    return {};
}

Status DeadlineRegister::reopenLatest(QSqlDatabase& db, const Owner& owner, DeadlineKind kind) {
    const auto [column, id] = ownerColumn(owner);
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
                  "INSERT INTO deadlines (kind, case_id, record_id, standard_id, subject_id, trigger_on, rule_count, "
                  "rule_mode, count_start_day, calendar_version, due_on, provisional, source, status, created_at) "
                  "SELECT kind, case_id, record_id, standard_id, subject_id, trigger_on, rule_count, rule_mode, "
                  "count_start_day, calendar_version, due_on, provisional, source, 'open', ? FROM deadlines WHERE "
                  "%1 = ? AND kind = ? AND status = 'cancelled' ORDER BY id DESC LIMIT 1")
                  .arg(column));
    q.addBindValue(WorkflowContext::timestampNow());
    q.addBindValue(id);
    q.addBindValue(domain::deadlineKindId(kind));
    if (!q.exec())
        return sqlError(q);
    return {};
}

Result<QList<Deadline>> DeadlineRegister::of(QSqlDatabase& db, const Owner& owner) {
    const auto [column, id] = ownerColumn(owner);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM deadlines d WHERE d.%2 = ? ORDER BY d.due_on, d.id")
                  .arg(QLatin1String(kColumns), column));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q);
    QList<Deadline> out;
    while (q.next())
        out << readDeadline(q);
    return out;
}

Result<QList<DeadlineRegister::Due>> DeadlineRegister::due(QSqlDatabase& db, const Query& query) {
    const QDate asOf = query.asOf.isValid() ? query.asOf : WorkflowContext::today();
    QString where = QStringLiteral("d.status = 'open'");
    QVariantList binds;
    if (query.within && query.overdue) {
        where += QStringLiteral(" AND d.due_on <= ?");
        binds << WorkflowContext::iso(asOf.addDays(*query.within));
    } else if (query.within) {
        where += QStringLiteral(" AND d.due_on >= ? AND d.due_on <= ?");
        binds << WorkflowContext::iso(asOf) << WorkflowContext::iso(asOf.addDays(*query.within));
    } else if (query.overdue) {
        where += QStringLiteral(" AND d.due_on < ?");
        binds << WorkflowContext::iso(asOf);
    }
    if (query.kind) {
        where += QStringLiteral(" AND d.kind = ?");
        binds << domain::deadlineKindId(*query.kind);
    }
    if (query.scope) {
        const auto idList = [](const QList<qint64>& ids) {
            QStringList numbers;
            for (const qint64 id : ids)
                numbers << QString::number(id);
            return numbers.isEmpty() ? QStringLiteral("NULL") : numbers.join(QStringLiteral(", "));
        };
        // organ_id: the organ due to act (migration 0006), indexed with status and due date.
        where += QStringLiteral(" AND (d.organ_id IN (%1) OR (d.kind = 're-examination' AND d.organ_id IN (%2)))")
                     .arg(idList(query.scope->organs), idList(query.scope->reviewOrgans));
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1, s.name FROM deadlines d LEFT JOIN subjects s ON s.id = d.subject_id "
                             "WHERE %2 ORDER BY d.due_on, d.id%3")
                  .arg(QLatin1String(kColumns), where,
                       query.limit > 0 ? QStringLiteral(" LIMIT %1").arg(query.limit) : QString()));
    for (const auto& bind : binds)
        q.addBindValue(bind);
    if (!q.exec())
        return sqlError(q);
    QList<Due> out;
    while (q.next()) {
        Due due;
        due.deadline = readDeadline(q);
        due.subjectName = q.value(16).toString();
        due.daysLeft = asOf.daysTo(due.deadline.dueOn);
        out << due;
    }
    return out;
}

Result<QList<calendar::DeadlineMove>> DeadlineRegister::recomputeAll(QSqlDatabase& db,
                                                                     const calendar::WorkCalendar& before,
                                                                     const calendar::WorkCalendar& after) {
    return recompute(db, before, after, QStringLiteral("system"), service::Progress::none());
}

RuleAdministration::CalendarChangeHandler DeadlineRegister::calendarChangeHandler(const QString& actor,
                                                                                  const service::Progress& progress) {
    return
        [actor, progress](QSqlDatabase& db, const calendar::WorkCalendar& before, const calendar::WorkCalendar& after) {
            return recompute(db, before, after, actor.isEmpty() ? QStringLiteral("system") : actor, progress);
        };
}

Result<QList<calendar::DeadlineMove>> DeadlineRegister::recompute(QSqlDatabase& db, const calendar::WorkCalendar&,
                                                                  const calendar::WorkCalendar& after,
                                                                  const QString& actor,
                                                                  const service::Progress& progress) {
    QList<Deadline> open;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT %1 FROM deadlines d WHERE d.status = 'open' AND d.rule_mode <> 'fixed'")
                        .arg(QLatin1String(kColumns))))
            return sqlError(q);
        while (q.next())
            open << readDeadline(q);
    }
    const QString version = after.versionTag();
    QList<calendar::DeadlineMove> moves;
    QSqlQuery update(db);
    update.prepare(
        QStringLiteral("UPDATE deadlines SET due_on = ?, provisional = ?, calendar_version = ? WHERE id = ?"));
    const QString step = tr("recomputing the open deadlines");
    const qint64 total = open.size();
    qint64 done = 0;
    for (const auto& d : open) {
        // Asked every 256 deadlines: often enough for a progress bar, rarely enough to cost nothing.
        if (done++ % 256 == 0 && !progress.proceed(done - 1, total, step))
            return service::Progress::cancelled();
        const auto mode = calendar::DeadlineRule::modeFromName(d.ruleMode);
        if (!mode)
            return Error::corrupt(tr("Deadline %1 has an unknown counting mode \"%2\".").arg(d.id).arg(d.ruleMode));
        const calendar::DeadlineRule rule{d.ruleCount, *mode, d.countStartDay};
        const calendar::DeadlineResult now = after.compute(d.trigger, rule);
        if (now.date == d.dueOn && now.provisional == d.provisional && d.calendarVersion == version)
            continue;
        update.addBindValue(WorkflowContext::iso(now.date));
        update.addBindValue(now.provisional ? 1 : 0);
        update.addBindValue(version);
        update.addBindValue(d.id);
        if (!update.exec())
            return sqlError(update);
        if (now.date == d.dueOn)
            continue;
        if (Status synced = syncCopies(db, d, now.date); !synced)
            return synced.error();
        const QString key = QStringLiteral("deadline:%1").arg(d.id);
        moves << calendar::DeadlineMove{key, d.dueOn, now.date, d.provisional, now.provisional};
        const QJsonObject payload{{QStringLiteral("kind"), domain::deadlineKindId(d.kind)},
                                  {QStringLiteral("case"), d.caseId},
                                  {QStringLiteral("record"), d.recordId},
                                  {QStringLiteral("before"), WorkflowContext::iso(d.dueOn)},
                                  {QStringLiteral("after"), WorkflowContext::iso(now.date)},
                                  {QStringLiteral("provisional"), now.provisional},
                                  {QStringLiteral("calendar_before"), d.calendarVersion},
                                  {QStringLiteral("calendar_after"), version},
                                  {QStringLiteral("reason"), QStringLiteral("holiday calendar changed")}};
        auto logged = audit::AuditLog::append(db, actor, QStringLiteral("deadline.moved"), key, payload);
        if (!logged)
            return logged.error();
    }
    if (!progress.proceed(total, total, step))
        return service::Progress::cancelled();
    return moves;
}

} // namespace creditcase::workflow
