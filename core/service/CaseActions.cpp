#include "CaseActions.h"

#include "workflow/CaseWorkflow.h"
#include "workflow/WorkflowTable.h"

namespace creditcase::service {

QList<CaseAction> CaseActions::forStage(domain::Role role, domain::CaseStage stage) {
    const workflow::WorkflowTable& table = workflow::WorkflowTable::cases();
    const QString state = domain::caseStageId(stage);
    QList<CaseAction> actions;
    for (const QString& event : table.events()) {
        const rules::Verdict verdict = table.permits(role, state, event);
        CaseAction action;
        action.event = event;
        action.name = table.eventName(event);
        action.allowed = verdict.allowed;
        action.reason = verdict.reason;
        action.citations = verdict.citationTexts();
        if (const workflow::WorkflowTransition* transition = table.find(state, event)) {
            action.leadsTo = transition->to;
            if (verdict.allowed)
                action.conditions = QCoreApplication::translate("WorkflowTable", transition->guard);
        }
        actions << action;
    }
    return actions;
}

Result<QList<CaseAction>> CaseActions::forCase(QSqlDatabase& db, const domain::User& user, qint64 caseId) {
    auto loaded = workflow::CaseWorkflow::load(db, caseId);
    if (!loaded)
        return loaded.error();
    return forStage(user.role, loaded->stage);
}

} // namespace creditcase::service
