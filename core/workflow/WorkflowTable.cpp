#include "WorkflowTable.h"

#include "domain/CaseStage.h"
#include "domain/Restoration.h"
#include "domain/StandardStatus.h"

namespace creditcase::workflow {

namespace {

using domain::Role;

QString id(QLatin1StringView view) {
    return QString(view);
}

QString stage(domain::CaseStage s) {
    return domain::caseStageId(s);
}

QString standardStage(domain::StandardStatus s) {
    return domain::standardStatusId(s);
}

QString restorationStage(domain::RestorationStage s) {
    return domain::restorationStageId(s);
}

} // namespace

const WorkflowTable& WorkflowTable::cases() {
    static const WorkflowTable table = [] {
        using domain::CaseStage;
        namespace e = caseevent;
        WorkflowTable t;
        t.m_name = QStringLiteral("case");
        for (auto s : domain::allCaseStages())
            t.m_states << stage(s);
        t.m_events = {id(e::open),
                      id(e::serveNotice),
                      id(e::receiveObjection),
                      id(e::upholdObjection),
                      id(e::rejectObjection),
                      id(e::submitReExamination),
                      id(e::approveReExamination),
                      id(e::returnReExamination),
                      id(e::decide),
                      id(e::expire),
                      id(e::publish),
                      id(e::remove),
                      id(e::reinstate),
                      id(e::extendDecision)};
        const QList<Role> supervisor{Role::Supervisor};
        const QList<Role> both{Role::Officer, Role::Supervisor};
        t.m_transitions = {
            {id(e::open),
             stage(CaseStage::Recorded),
             {stage(CaseStage::NoticePrepared)},
             both,
             QT_TRANSLATE_NOOP("WorkflowTable",
                               "the basis is a legally effective basis document (II(2)); the list type and its "
                               "standard in force allow the designation (RuleBook::mayDesignate, IV(6)-(8)); no other "
                               "case on the record for the list is still open"),
             QT_TRANSLATE_NOOP("WorkflowTable",
                               "case opened; notice before designation prepared (chain position recorded); deadline "
                               "to serve the notice")},
            {id(e::serveNotice),
             stage(CaseStage::NoticePrepared),
             {stage(CaseStage::ObjectionWindow), stage(CaseStage::ReadyToDecide)},
             both,
             QT_TRANSLATE_NOOP("WorkflowTable",
                               "served on a date not in the future and not before the case was opened"),
             QT_TRANSLATE_NOOP("WorkflowTable",
                               "notice served; objection window computed from the service date where the list type "
                               "provides one (otherwise ready to decide)")},
            {id(e::receiveObjection),
             stage(CaseStage::ObjectionWindow),
             {stage(CaseStage::ObjectionReview)},
             both,
             QT_TRANSLATE_NOOP("WorkflowTable",
                               "received within the objection window (from the service date, window from the list "
                               "type's rules), not in the future"),
             QT_TRANSLATE_NOOP("WorkflowTable", "objection recorded; answer deadline from the list type's rules")},
            {id(e::upholdObjection),
             stage(CaseStage::ObjectionReview),
             {stage(CaseStage::Closed)},
             both,
             QT_TRANSLATE_NOOP("WorkflowTable", "answered on a date not before the objection was received"),
             QT_TRANSLATE_NOOP("WorkflowTable",
                               "objection upheld; case closed, not designated; its open deadlines cancelled")},
            {id(e::rejectObjection),
             stage(CaseStage::ObjectionReview),
             {stage(CaseStage::ReadyToDecide)},
             both,
             QT_TRANSLATE_NOOP("WorkflowTable", "answered on a date not before the objection was received"),
             QT_TRANSLATE_NOOP("WorkflowTable", "objection rejected with reasons; the case is ready to decide")},
            {id(e::submitReExamination),
             stage(CaseStage::ObjectionWindow),
             {stage(CaseStage::ReExamination)},
             both,
             QT_TRANSLATE_NOOP("WorkflowTable",
                               "the objection window has closed without an objection; the list type requires "
                               "re-examination of designations below provincial level (IV(8))"),
             QT_TRANSLATE_NOOP("WorkflowTable", "submitted for re-examination; deadline where the rules set one")},
            {id(e::submitReExamination),
             stage(CaseStage::ReadyToDecide),
             {stage(CaseStage::ReExamination)},
             both,
             QT_TRANSLATE_NOOP("WorkflowTable",
                               "the list type requires re-examination of designations below provincial level (IV(8))"),
             QT_TRANSLATE_NOOP("WorkflowTable", "submitted for re-examination; deadline where the rules set one")},
            {id(e::approveReExamination),
             stage(CaseStage::ReExamination),
             {stage(CaseStage::ReExamined)},
             supervisor,
             QT_TRANSLATE_NOOP("WorkflowTable",
                               "the reviewer is a supervisor of a provincial-level (or higher, as the rules require) "
                               "organ whose region contains the case organ's region, not the case officer (IV(8))"),
             QT_TRANSLATE_NOOP("WorkflowTable", "re-examination approved; the decision may be issued")},
            {id(e::returnReExamination),
             stage(CaseStage::ReExamination),
             {stage(CaseStage::ReadyToDecide)},
             supervisor,
             QT_TRANSLATE_NOOP("WorkflowTable",
                               "the reviewer is a supervisor of a provincial-level (or higher) organ whose region "
                               "contains the case organ's region (IV(8))"),
             QT_TRANSLATE_NOOP("WorkflowTable", "returned to the designating department with reasons")},
            {id(e::decide),
             stage(CaseStage::ObjectionWindow),
             {stage(CaseStage::Listed)},
             supervisor,
             QT_TRANSLATE_NOOP("WorkflowTable",
                               "the objection window has closed without an objection; no re-examination required; "
                               "four eyes (not the case officer); mayDesignate and mayImpose for every measure on the "
                               "decision date (IV, V(9), V(10))"),
             QT_TRANSLATE_NOOP("WorkflowTable",
                               "decision issued with the rule editions in force and the chain position; measures "
                               "applied; listed until the end of the term (deadline)")},
            {id(e::decide),
             stage(CaseStage::ReadyToDecide),
             {stage(CaseStage::Listed)},
             supervisor,
             QT_TRANSLATE_NOOP("WorkflowTable",
                               "no re-examination required; four eyes (not the case officer); mayDesignate and "
                               "mayImpose for every measure on the decision date (IV, V(9), V(10))"),
             QT_TRANSLATE_NOOP("WorkflowTable",
                               "decision issued with the rule editions in force and the chain position; measures "
                               "applied; listed until the end of the term (deadline)")},
            {id(e::decide),
             stage(CaseStage::ReExamined),
             {stage(CaseStage::Listed)},
             supervisor,
             QT_TRANSLATE_NOOP("WorkflowTable",
                               "four eyes (not the case officer); mayDesignate and mayImpose for every measure on the "
                               "decision date (IV, V(9), V(10))"),
             QT_TRANSLATE_NOOP("WorkflowTable",
                               "decision issued with the rule editions in force and the chain position; measures "
                               "applied; listed until the end of the term (deadline)")},
            {id(e::expire),
             stage(CaseStage::Listed),
             {stage(CaseStage::Expired)},
             both,
             QT_TRANSLATE_NOOP("WorkflowTable", "the listing term has ended on or before the date given"),
             QT_TRANSLATE_NOOP("WorkflowTable", "listing expired; measures lifted; expiry deadline met")},
            {id(e::publish),
             stage(CaseStage::Listed),
             {stage(CaseStage::Listed)},
             both,
             QT_TRANSLATE_NOOP("WorkflowTable",
                               "the list type's term counts from publication and the listing has not been published "
                               "yet; the date is not before the decision and not in the future"),
             QT_TRANSLATE_NOOP("WorkflowTable",
                               "publication recorded; the term runs from it (listed until, expiry deadline)")},
            {id(e::remove),
             stage(CaseStage::Listed),
             {stage(CaseStage::Removed)},
             supervisor,
             QT_TRANSLATE_NOOP("WorkflowTable", "a restoration application is granted (restoration table)"),
             QT_TRANSLATE_NOOP("WorkflowTable",
                               "removed from the list and measures lifted on the date of the grant; the penalty "
                               "record's disclosure and sharing stop with it only where the list's rules say so")},
            {id(e::reinstate),
             stage(CaseStage::Removed),
             {stage(CaseStage::Listed)},
             supervisor,
             QT_TRANSLATE_NOOP("WorkflowTable", "the grant of restoration is revoked (restoration table)"),
             QT_TRANSLATE_NOOP("WorkflowTable",
                               "listing restored; disclosure and sharing resumed; measures reinstated")},
        };
        // Extending the time to decide: in every stage before the decision, approved by the head of the organ.
        for (CaseStage before : {CaseStage::NoticePrepared, CaseStage::ObjectionWindow, CaseStage::ObjectionReview,
                                 CaseStage::ReadyToDecide, CaseStage::ReExamination, CaseStage::ReExamined}) {
            t.m_transitions.append(
                {id(e::extendDecision),
                 stage(before),
                 {stage(before)},
                 supervisor,
                 QT_TRANSLATE_NOOP("WorkflowTable",
                                   "the list type's rules allow an extension of the time to decide; the decision "
                                   "deadline is kept and has not passed; not extended before; reasons given"),
                 QT_TRANSLATE_NOOP("WorkflowTable",
                                   "the decision deadline moves to the end of the extension, counted from the end of "
                                   "the original limit")});
        }
        return t;
    }();
    return table;
}

const WorkflowTable& WorkflowTable::standards() {
    static const WorkflowTable table = [] {
        using domain::StandardStatus;
        namespace e = standardevent;
        WorkflowTable t;
        t.m_name = QStringLiteral("standard");
        t.m_states = {noneState(),
                      standardStage(StandardStatus::Draft),
                      standardStage(StandardStatus::OpenForComment),
                      standardStage(StandardStatus::Adopted),
                      standardStage(StandardStatus::InForce),
                      standardStage(StandardStatus::Revised),
                      standardStage(StandardStatus::Abolished)};
        t.m_events = {id(e::add), id(e::openComment), id(e::adopt), id(e::assess), id(e::revise), id(e::abolish)};
        const QList<Role> supervisor{Role::Supervisor};
        const QList<Role> both{Role::Officer, Role::Supervisor};
        const char* abolishGuard = QT_TRANSLATE_NOOP("WorkflowTable", "dated not in the future");
        const char* abolishEffects =
            QT_TRANSLATE_NOOP("WorkflowTable", "abolished from the date; its open deadlines cancelled; it no longer "
                                               "supports designations");
        t.m_transitions = {
            {id(e::add),
             noneState(),
             {standardStage(StandardStatus::Draft)},
             both,
             QT_TRANSLATE_NOOP("WorkflowTable", "the list type exists in the rules in force"),
             QT_TRANSLATE_NOOP("WorkflowTable", "draft standard recorded")},
            {id(e::openComment),
             standardStage(StandardStatus::Draft),
             {standardStage(StandardStatus::OpenForComment)},
             both,
             QT_TRANSLATE_NOOP("WorkflowTable",
                               "opened on a date not in the future; the period lasts at least the minimum comment "
                               "period of the rules (IV(7), 30 days)"),
             QT_TRANSLATE_NOOP("WorkflowTable", "open for comment; deadline when the period closes")},
            {id(e::adopt),
             standardStage(StandardStatus::OpenForComment),
             {standardStage(StandardStatus::InForce)},
             supervisor,
             QT_TRANSLATE_NOOP("WorkflowTable",
                               "adopted only after the comment period has closed, and the period met the minimum in "
                               "force on the adoption date (IV(7))"),
             QT_TRANSLATE_NOOP("WorkflowTable",
                               "adopted and in force from the date given; an older standard for the same list and "
                               "organ becomes revised; assessment deadline where one is set")},
            {id(e::assess),
             standardStage(StandardStatus::InForce),
             {standardStage(StandardStatus::InForce)},
             both,
             QT_TRANSLATE_NOOP("WorkflowTable", "assessed on a date not before it came into force (IV(7))"),
             QT_TRANSLATE_NOOP("WorkflowTable", "assessment recorded; next assessment deadline where one is set")},
            {id(e::revise),
             standardStage(StandardStatus::InForce),
             {standardStage(StandardStatus::Revised)},
             supervisor,
             QT_TRANSLATE_NOOP("WorkflowTable", "a newer standard for the same list and organ is adopted"),
             QT_TRANSLATE_NOOP("WorkflowTable", "revised: ends the day the newer one comes into force")},
            {id(e::abolish),
             standardStage(StandardStatus::Draft),
             {standardStage(StandardStatus::Abolished)},
             supervisor,
             abolishGuard,
             abolishEffects},
            {id(e::abolish),
             standardStage(StandardStatus::OpenForComment),
             {standardStage(StandardStatus::Abolished)},
             supervisor,
             abolishGuard,
             abolishEffects},
            {id(e::abolish),
             standardStage(StandardStatus::Adopted),
             {standardStage(StandardStatus::Abolished)},
             supervisor,
             abolishGuard,
             abolishEffects},
            {id(e::abolish),
             standardStage(StandardStatus::InForce),
             {standardStage(StandardStatus::Abolished)},
             supervisor,
             abolishGuard,
             abolishEffects},
        };
        return t;
    }();
    return table;
}

const WorkflowTable& WorkflowTable::restorations() {
    static const WorkflowTable table = [] {
        using domain::RestorationStage;
        namespace e = restorationevent;
        WorkflowTable t;
        t.m_name = QStringLiteral("restoration");
        t.m_states = {noneState(), restorationStage(RestorationStage::Applied),
                      restorationStage(RestorationStage::Granted), restorationStage(RestorationStage::Refused),
                      restorationStage(RestorationStage::Revoked)};
        t.m_events = {id(e::apply), id(e::grant), id(e::refuse), id(e::revoke)};
        const QList<Role> officer{Role::Officer};
        const QList<Role> supervisor{Role::Supervisor};
        const char* applyGuard = QT_TRANSLATE_NOOP(
            "WorkflowTable", "the case is listed and the list type provides early removal, or the penalty record is "
                             "still disclosed; the information is not non-restorable by a named provision (VI(11)); "
                             "the conditions are met on the day of the application, otherwise it is not accepted "
                             "(不予受理) and nothing is stored; dated not in the future and not before the decision");
        const char* applyEffects = QT_TRANSLATE_NOOP(
            "WorkflowTable", "application recorded with its papers (stored encrypted in the vault) and checked "
                             "against the conditions; deadline to decide it (VI(12)). No fee.");
        t.m_transitions = {
            {id(e::apply),
             noneState(),
             {restorationStage(RestorationStage::Applied)},
             officer,
             applyGuard,
             applyEffects},
            {id(e::apply),
             restorationStage(RestorationStage::Refused),
             {restorationStage(RestorationStage::Applied)},
             officer,
             applyGuard,
             applyEffects},
            {id(e::apply),
             restorationStage(RestorationStage::Revoked),
             {restorationStage(RestorationStage::Applied)},
             officer,
             applyGuard,
             applyEffects},
            {id(e::grant),
             restorationStage(RestorationStage::Applied),
             {restorationStage(RestorationStage::Granted)},
             supervisor,
             QT_TRANSLATE_NOOP("WorkflowTable",
                               "the conditions are met on the application date (RuleBook::mayApplyForRestoration "
                               "under the editions the case was decided under: correction, commitment, waiting "
                               "period)"),
             QT_TRANSLATE_NOOP("WorkflowTable",
                               "granted; on the same date the case is removed from the list, disclosure and sharing "
                               "stop and the measures are lifted; late decisions are marked")},
            {id(e::refuse),
             restorationStage(RestorationStage::Applied),
             {restorationStage(RestorationStage::Refused)},
             supervisor,
             QT_TRANSLATE_NOOP("WorkflowTable", "reasons are given"),
             QT_TRANSLATE_NOOP("WorkflowTable", "refused with reasons; the listing continues")},
            {id(e::revoke),
             restorationStage(RestorationStage::Granted),
             {restorationStage(RestorationStage::Revoked)},
             supervisor,
             QT_TRANSLATE_NOOP("WorkflowTable", "the grant was obtained with false materials; reasons are given"),
             QT_TRANSLATE_NOOP("WorkflowTable", "revoked; the listing, disclosure, sharing and measures are restored")},
        };
        return t;
    }();
    return table;
}

const WorkflowTransition* WorkflowTable::find(const QString& state, const QString& event) const {
    for (const auto& transition : m_transitions) {
        if (transition.from == state && transition.event == event)
            return &transition;
    }
    return nullptr;
}

rules::Verdict WorkflowTable::permits(domain::Role role, const QString& state, const QString& event) const {
    if (!m_events.contains(event))
        return rules::Verdict::refuse(tr("\"%1\" is not an event of the %2 workflow.").arg(event, m_name));
    if (!m_states.contains(state))
        return rules::Verdict::refuse(tr("\"%1\" is not a state of the %2 workflow.").arg(state, m_name));
    const WorkflowTransition* transition = find(state, event);
    if (!transition) {
        QStringList possible;
        for (const auto& t : m_transitions) {
            if (t.event == event)
                possible << stateName(t.from);
        }
        possible.removeDuplicates();
        return rules::Verdict::refuse(tr("Cannot %1 now: the %2 is %3; that is possible only when it is %4.")
                                          .arg(eventName(event),
                                               m_name == QLatin1String("case")       ? tr("case")
                                               : m_name == QLatin1String("standard") ? tr("standard")
                                                                                     : tr("restoration application"),
                                               stateName(state), possible.join(tr(" or "))));
    }
    if (!transition->roles.contains(role)) {
        QStringList allowed;
        for (auto r : transition->roles)
            allowed << domain::RoleNames::displayName(r);
        return rules::Verdict::refuse(
            tr("A user with the role %1 may not %2; that is for a %3.")
                .arg(domain::RoleNames::displayName(role), eventName(event), allowed.join(tr(" or "))));
    }
    return rules::Verdict::allow(
        tr("A %1 may %2 when it is %3.").arg(domain::RoleNames::displayName(role), eventName(event), stateName(state)));
}

QString WorkflowTable::stateName(const QString& state) const {
    if (state == noneState())
        return m_name == QLatin1String("standard") ? tr("not yet recorded") : tr("not applied for");
    if (m_name == QLatin1String("case")) {
        if (auto s = domain::caseStageFromId(state))
            return domain::caseStageName(*s);
    } else if (m_name == QLatin1String("standard")) {
        if (auto s = domain::standardStatusFromId(state))
            return domain::standardStatusName(*s);
    } else if (auto s = domain::restorationStageFromId(state)) {
        return domain::restorationStageName(*s);
    }
    return state;
}

QString WorkflowTable::eventName(const QString& event) const {
    if (m_name == QLatin1String("case")) {
        namespace e = caseevent;
        if (event == e::open)
            return tr("open a case");
        if (event == e::serveNotice)
            return tr("record the service of the notice");
        if (event == e::receiveObjection)
            return tr("record an objection");
        if (event == e::upholdObjection)
            return tr("uphold the objection");
        if (event == e::rejectObjection)
            return tr("reject the objection");
        if (event == e::submitReExamination)
            return tr("submit for re-examination");
        if (event == e::approveReExamination)
            return tr("approve the re-examination");
        if (event == e::returnReExamination)
            return tr("return the case from re-examination");
        if (event == e::decide)
            return tr("issue the designation decision");
        if (event == e::expire)
            return tr("end the listing at the end of its term");
        if (event == e::publish)
            return tr("record the publication of the listing");
        if (event == e::remove)
            return tr("remove from the list");
        if (event == e::reinstate)
            return tr("restore the listing");
        if (event == e::extendDecision)
            return tr("extend the time to decide");
    } else if (m_name == QLatin1String("standard")) {
        namespace e = standardevent;
        if (event == e::add)
            return tr("record a draft standard");
        if (event == e::openComment)
            return tr("open the standard for public comment");
        if (event == e::adopt)
            return tr("adopt the standard");
        if (event == e::assess)
            return tr("record an assessment of the standard");
        if (event == e::revise)
            return tr("mark the standard as revised");
        if (event == e::abolish)
            return tr("abolish the standard");
    } else {
        namespace e = restorationevent;
        if (event == e::apply)
            return tr("record a restoration application");
        if (event == e::grant)
            return tr("grant restoration");
        if (event == e::refuse)
            return tr("refuse restoration");
        if (event == e::revoke)
            return tr("revoke the grant of restoration");
    }
    return event;
}

} // namespace creditcase::workflow
