#pragma once

#include "Result.h"
#include "domain/CaseStage.h"
#include "domain/User.h"
#include "workflow/WorkflowContext.h"
#include "workflow/WorkflowTable.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace creditcase::service {

// The stable identifiers of the case workflow's events (CaseAction::event), for clients that name one.
namespace caseevent = workflow::caseevent;

// One event of the case workflow as a user sees it for one case: whether they may fire it now and, when not, why
// (with the provisions the refusal rests on, where it rests on any). The GUI draws its buttons from the list:
// enabled or disabled with the reason as tooltip.
struct CaseAction {
    QString event; // stable identifier (workflow::caseevent)
    QString name;  // translated: "serve the notice"
    bool allowed = false;
    QString reason; // translated; for an allowed event, what allows it
    QStringList citations;
    QString conditions;  // translated: what is still checked when the event is fired (the table's guard)
    QStringList leadsTo; // stage identifiers the event can lead to, the usual one first
};

// CaseService::actions(caseId): every event of workflow::WorkflowTable::cases(), in the table's order, for a user
// and a case. The table answers first (WorkflowTable::permits: role x stage x event). Then every event is asked of
// the act itself, run in a trial context (WorkflowContext::setTrial: the act's own checks, in its own order, on the
// case's rows, dated today, then rolled back): the case's organ, re-examination by a superior organ, four eyes, the
// objection window, the RuleBook's questions. An event the act would refuse comes back disallowed with the act's
// own reason and citations, so the buttons and the workflow cannot disagree.
class CaseActions {
    Q_DECLARE_TR_FUNCTIONS(CaseActions)

public:
    // The table's answer alone, for a role and a stage (no case, no guard).
    static QList<CaseAction> forStage(domain::Role role, domain::CaseStage stage);
    /* The answer for the context's user and a case, as of today. Writes nothing (every trial is rolled back and no
       refusal is audited). Fails with NotFound for a case that is not in the vault, and with the technical error
       when a trial could not be run (vault busy, unreadable rule data). */
    static Result<QList<CaseAction>> forCase(workflow::WorkflowContext& context, qint64 caseId);
};

} // namespace creditcase::service
