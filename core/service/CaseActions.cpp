#include "CaseActions.h"

#include "workflow/CaseWorkflow.h"
#include "workflow/RestorationWorkflow.h"
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

namespace {

// Restores the context's mode when the trials are done, whatever path leaves forCase.
class TrialMode {
public:
    explicit TrialMode(workflow::WorkflowContext& context)
        : m_context(context)
        , m_was(context.isTrial()) {
        m_context.setTrial(true);
    }
    ~TrialMode() { m_context.setTrial(m_was); }
    TrialMode(const TrialMode&) = delete;
    TrialMode& operator=(const TrialMode&) = delete;

private:
    workflow::WorkflowContext& m_context;
    bool m_was;
};

// The act behind a case event, fired in trial on `on`. Texts the act requires are given a placeholder: only the
// guard is asked, and the trial is rolled back. "open" concerns a record, not an existing case: nullopt.
std::optional<Status> attempt(workflow::WorkflowContext& context, const QString& event, qint64 caseId, QDate on) {
    using namespace workflow;
    const QString text = QStringLiteral("-");
    CaseWorkflow cases(context);
    RestorationWorkflow restorations(context);
    auto status = [](const auto& result) -> Status {
        if (result)
            return {};
        return result.error();
    };
    if (event == caseevent::serveNotice)
        return status(cases.serveNotice(caseId, on));
    if (event == caseevent::receiveObjection)
        return status(cases.receiveObjection(caseId, on, text));
    if (event == caseevent::upholdObjection || event == caseevent::rejectObjection)
        return status(cases.answerObjection(caseId, on, event == caseevent::upholdObjection, text));
    if (event == caseevent::submitReExamination)
        return status(cases.submitReExamination(caseId, on, text));
    if (event == caseevent::approveReExamination || event == caseevent::returnReExamination)
        return status(cases.decideReExamination(caseId, on, event == caseevent::approveReExamination, text));
    if (event == caseevent::decide)
        return status(cases.decide(caseId, on));
    if (event == caseevent::expire)
        return status(cases.expire(caseId, on));
    if (event == caseevent::publish)
        return status(cases.publish(caseId, on));
    if (event == caseevent::extendDecision)
        return status(cases.extendDecision(caseId, on, text));
    if (event == caseevent::remove)
        return status(restorations.decide(caseId, on, true, text));
    if (event == caseevent::reinstate)
        return status(restorations.revoke(caseId, on, text));
    return std::nullopt;
}

} // namespace

Result<QList<CaseAction>> CaseActions::forCase(workflow::WorkflowContext& context, qint64 caseId) {
    QSqlDatabase db = context.vault().database();
    auto loaded = workflow::CaseWorkflow::load(db, caseId);
    if (!loaded)
        return loaded.error();
    QList<CaseAction> actions = forStage(context.actor().role, loaded->stage);
    const TrialMode trial(context);
    const QDate today = workflow::WorkflowContext::today();
    // An act carries the date it happened on, which the officer may enter after the fact (an objection received
    // in time but recorded today). An act refused today is tried once more on the date of the case's latest act,
    // the earliest date it could carry: if it is allowed then, the button is enabled and the form checks the date.
    QDate latestAct = loaded->openedOn;
    for (const QDate& date : {loaded->noticeServedOn, loaded->decidedOn, loaded->closedOn}) {
        if (date.isValid() && (!latestAct.isValid() || date > latestAct))
            latestAct = date;
    }
    for (CaseAction& action : actions) {
        auto outcome = attempt(context, action.event, caseId, today);
        if (outcome && !outcome->ok() && latestAct.isValid() && latestAct < today) {
            if (auto earlier = attempt(context, action.event, caseId, latestAct); earlier && earlier->ok())
                outcome = earlier;
        }
        if (!outcome || outcome->ok())
            continue;
        const Error& refusal = outcome->error();
        switch (refusal.kind) {
        case ErrorKind::Refused:
        case ErrorKind::Usage:
        case ErrorKind::NotFound:
            action.allowed = false;
            action.reason = refusal.message;
            action.citations = refusal.citations;
            break;
        default:
            return refusal;
        }
    }
    return actions;
}

} // namespace creditcase::service
