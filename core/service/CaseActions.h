#pragma once

#include "Result.h"
#include "domain/CaseStage.h"
#include "domain/User.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace creditcase::service {

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
// and a case. The answer is the table's own (WorkflowTable::permits: role x stage x event), so the buttons and the
// workflow can never disagree; the legal guard of an allowed event (dates, objection window, four eyes, the
// RuleBook's questions) is asked by CaseWorkflow when the event is fired and is shown here as its conditions.
class CaseActions {
    Q_DECLARE_TR_FUNCTIONS(CaseActions)

public:
    static QList<CaseAction> forStage(domain::Role role, domain::CaseStage stage);
    /* Reads the case's stage (read-only, no inquiry registered: the list shows no personal data). Fails with
       NotFound for a case that is not in the vault. */
    static Result<QList<CaseAction>> forCase(QSqlDatabase& db, const domain::User& user, qint64 caseId);
};

} // namespace creditcase::service
