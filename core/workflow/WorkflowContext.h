#pragma once

#include "Result.h"
#include "calendar/DeadlineRule.h"
#include "calendar/WorkCalendar.h"
#include "domain/User.h"
#include "rules/RuleBook.h"
#include "rules/RuleSet.h"
#include "storage/Vault.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QVariant>
#include <functional>
#include <memory>
#include <optional>

namespace creditcase::workflow {

// What every workflow step needs: the vault, the user acting, the rule data and the work calendar of the vault
// (loaded once per context), and the common discipline of a step:
//  - the step runs in one transaction together with its audit entry (act);
//  - a refusal rolls the step back completely and is then recorded on its own in the audit chain (its reason
//    and citations), in a small transaction of its own; the caller gets the refusal as Error::refused;
//  - dates of events are checked: never in the future (Clock::today), never before the event they depend on.
class WorkflowContext {
    Q_DECLARE_TR_FUNCTIONS(WorkflowContext)

public:
    WorkflowContext(storage::Vault& vault, domain::User actor);

    // The logged-in user of a vault opened with a password; refused for a recovery-code session (cases are
    // handled by named users only).
    static Result<WorkflowContext> forSession(storage::Vault& vault);

    storage::Vault& vault() const { return *m_vault; }
    const domain::User& actor() const { return m_actor; }

    // Rule data and calendar already read (a service session's), used instead of reading the vault's.
    void useRules(rules::RuleSet rules, calendar::WorkCalendar calendar) {
        m_rules = std::move(rules);
        m_calendar = std::move(calendar);
    }
    // The rule data and work calendar stored in the vault (cached after the first call).
    Result<rules::RuleSet> ruleSet();
    Result<calendar::WorkCalendar> calendar();
    // A RuleBook over the current rules, or over the editions a case was decided under.
    Result<rules::RuleBook> ruleBook();
    Result<rules::RuleBook> pinnedRuleBook(const QString& editions);
    // A DateAdder backed by the work calendar (working days, holiday roll-forward).
    rules::DateAdder dateAdder(const calendar::WorkCalendar& calendar) const;

    /* Runs one workflow step: work runs in one transaction; on failure nothing of it remains and, if the failure
       is a refusal, the refusal alone is then recorded in the audit chain as "<event>.refused" on object. */
    template <typename T>
    Result<T> act(const QString& event, const QString& object, const std::function<Result<T>(QSqlDatabase&)>& work) {
        std::optional<Result<T>> outcome;
        Status done = m_vault->transact([&](QSqlDatabase& db) -> Status {
            outcome.emplace(work(db));
            if (!outcome->ok())
                return outcome->error();
            if (m_trial) // every check passed; roll the step back
                return Error::refused(QString());
            return {};
        });
        if (m_trial) {
            if (outcome)
                return std::move(*outcome);
            return done.error();
        }
        if (!done) {
            recordRefusal(event, object, done.error());
            return done.error();
        }
        return std::move(*outcome);
    }

    /* A trial context runs every step completely (the same checks, in the same order, against the same rows) and
       then rolls it back: nothing is written, not even the refusal. service::CaseActions asks the acts themselves
       this way, so that what a client offers and what the act does cannot disagree. */
    void setTrial(bool trial) { m_trial = trial; }
    bool isTrial() const { return m_trial; }

    // Appends the audit entry of a step (inside its transaction).
    Status audit(QSqlDatabase& db, const QString& event, const QString& object, const QJsonObject& payload) const;
    // Records a refusal (only errors of kind Refused) in its own transaction. Failure to record is reported on
    // stderr by the caller's error, never hidden: the original refusal is still returned.
    void recordRefusal(const QString& event, const QString& object, const Error& error);

    // Refusals for event dates: after today, or before the event it depends on (`earliest`, described by
    // `earlierEvent`, e.g. "the service of the notice on 2025-03-03").
    static Status checkEventDate(QDate on, const QString& what, QDate earliest = {}, const QString& earlierEvent = {});
    static QDate today();

    // Rule editions as stored with a case ("kind:edition:version;...") and back.
    static QString editionsText(const QList<rules::EditionRef>& editions);
    static Result<QList<rules::EditionRef>> parseEditions(const QString& text);

    static calendar::DeadlineRule deadlineRule(const rules::RuleDuration& duration);

    // ---- jurisdiction (DESIGN.md "Jurisdiction") --------------------------------------------------------------
    // An organ of the vault by id (NotFound / Corrupt when missing or damaged).
    static Result<domain::Organ> organ(QSqlDatabase& db, qint64 organId);
    // The ids of every organ of the vault, in id order.
    static Result<QList<qint64>> organIds(QSqlDatabase& db);
    // Whether `outer`'s region contains `innerRegion` (GB/T 2260): a national organ contains every region, a
    // provincial one the codes with its first two digits, a municipal one its first four, a county only its own.
    static bool regionContains(const domain::Organ& outer, const QString& innerRegion);
    // Whether `outer` is `inner` itself or an organ above it whose region contains inner's region.
    static bool governs(const domain::Organ& outer, const domain::Organ& inner);
    /* Refused unless the acting user works at `owner` (the organ a case or standard belongs to). `what` names the
       act ("serve the notice"); the refusal cites `provisionIds` of the rule data, judged on `on`. */
    Status requireOwnOrgan(QSqlDatabase& db, qint64 owner, const QString& what, const QStringList& provisionIds,
                           QDate on = {});

    // Storage helpers: ISO dates and UTC timestamps.
    static QString iso(QDate date);
    static QVariant isoOrNull(QDate date);
    static QDate dateFrom(const QVariant& value);
    static QString timestampNow();
    // Text for a NOT NULL column: a null QString would bind as SQL NULL; this binds ''.
    static QString text(const QString& value);

private:
    storage::Vault* m_vault;
    domain::User m_actor;
    std::optional<rules::RuleSet> m_rules;
    std::optional<calendar::WorkCalendar> m_calendar;
    bool m_trial = false;
};

} // namespace creditcase::workflow
