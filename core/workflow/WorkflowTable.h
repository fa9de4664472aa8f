#pragma once

#include "domain/User.h"
#include "rules/Verdict.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace creditcase::workflow {

// Event identifiers of the three tables.
namespace caseevent {
inline constexpr QLatin1StringView open{"open"};
inline constexpr QLatin1StringView serveNotice{"serve-notice"};
inline constexpr QLatin1StringView receiveObjection{"receive-objection"};
inline constexpr QLatin1StringView upholdObjection{"uphold-objection"};
inline constexpr QLatin1StringView rejectObjection{"reject-objection"};
inline constexpr QLatin1StringView submitReExamination{"submit-re-examination"};
inline constexpr QLatin1StringView approveReExamination{"approve-re-examination"};
inline constexpr QLatin1StringView returnReExamination{"return-re-examination"};
inline constexpr QLatin1StringView decide{"decide"};
inline constexpr QLatin1StringView expire{"expire"};
inline constexpr QLatin1StringView publish{"publish"};     // the listing is published; a term counted from it starts
inline constexpr QLatin1StringView remove{"remove"};       // restoration granted
inline constexpr QLatin1StringView reinstate{"reinstate"}; // restoration revoked
inline constexpr QLatin1StringView extendDecision{"extend-decision"}; // the time to decide extended
} // namespace caseevent

namespace standardevent {
inline constexpr QLatin1StringView add{"add"};
inline constexpr QLatin1StringView openComment{"open-comment"};
inline constexpr QLatin1StringView adopt{"adopt"};
inline constexpr QLatin1StringView assess{"assess"};
inline constexpr QLatin1StringView revise{"revise"}; // a newer standard for the same list was adopted
inline constexpr QLatin1StringView abolish{"abolish"};
} // namespace standardevent

namespace restorationevent {
inline constexpr QLatin1StringView apply{"apply"};
inline constexpr QLatin1StringView grant{"grant"};
inline constexpr QLatin1StringView refuse{"refuse"};
inline constexpr QLatin1StringView revoke{"revoke"};
} // namespace restorationevent

// One row of a workflow table: in state `from`, users of `roles` may fire `event`; the event leads to one of
// `to` (the first is the usual one; the effects pick another where the rules say so, e.g. a list type without an
// objection window goes straight to "ready to decide"). `guard` and `effects` say, for officers and reviewers,
// what is asked of the RuleBook and what the event changes; the workflow classes implement exactly that.
struct WorkflowTransition {
    QString event;
    QString from;
    QStringList to;
    QList<domain::Role> roles;
    const char* guard = "";   // translatable (QT_TRANSLATE_NOOP("WorkflowTable", ...))
    const char* effects = ""; // translatable
};

// Permissions and workflow in one table (DESIGN.md "Workflow as a table", field notes C.4): for each state and
// event, the roles that may fire it, its guard and its effects. The roles are always those of the organ the case or
// standard belongs to (WorkflowContext::requireOwnOrgan), except re-examination, which is for a superior organ whose
// region contains the case's (DESIGN.md "Jurisdiction"). Anything not in the table is refused with a
// reason, so every role x state x event is either a row or a refusal. Three tables: designation cases,
// designation standards, restoration applications.
//
// States and events are the stable identifiers stored in the vault (domain::caseStageId, standardStatusId,
// restorationStageId); "none" is the state before an object exists (no standard yet; no pending application).
class WorkflowTable {
    Q_DECLARE_TR_FUNCTIONS(WorkflowTable)

public:
    static const WorkflowTable& cases();
    static const WorkflowTable& standards();
    static const WorkflowTable& restorations();

    // "case", "standard", "restoration".
    QString name() const { return m_name; }
    QStringList states() const { return m_states; }
    QStringList events() const { return m_events; }
    const QList<WorkflowTransition>& transitions() const { return m_transitions; }

    const WorkflowTransition* find(const QString& state, const QString& event) const;

    // Allowed when a row lets `role` fire `event` in `state`; otherwise a refusal that names what is possible in
    // that state, or which roles may fire the event. Carries no legal citation: it is the office's division of
    // work; the legal guard comes after it.
    rules::Verdict permits(domain::Role role, const QString& state, const QString& event) const;

    // Translated names for messages: "serve the notice", "objection window open".
    QString eventName(const QString& event) const;
    QString stateName(const QString& state) const;

    static QString noneState() { return QStringLiteral("none"); }

private:
    WorkflowTable() = default;

    QString m_name;
    QStringList m_states;
    QStringList m_events;
    QList<WorkflowTransition> m_transitions;
};

} // namespace creditcase::workflow
