// CaseService::actions: every event of the case workflow table for every role and stage, checked against the
// table's rows themselves, and read for a case in a vault.

#include "service/CaseActions.h"

#include "CaseRows.h"
#include "TempDir.h"
#include "WorkflowFixture.h"
#include "crypto/KdfParams.h"
#include "service/CaseService.h"
#include "storage/Migrations.h"
#include "storage/SqlCipherDriver.h"
#include "workflow/CaseWorkflow.h"
#include "workflow/UserAdministration.h"
#include "workflow/WorkflowTable.h"

#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace creditcase;
using namespace creditcase::test;
using domain::CaseStage;
using domain::Role;
using service::CaseAction;
using service::CaseActions;
using workflow::CaseWorkflow;
using workflow::WorkflowTable;

namespace {

const QList<Role> kRoles{Role::Administrator, Role::Officer, Role::Supervisor, Role::Auditor};

// The row of the table for (stage, event), looked up here without WorkflowTable::find.
const workflow::WorkflowTransition* rowFor(const QString& stage, const QString& event) {
    for (const auto& transition : WorkflowTable::cases().transitions())
        if (transition.from == stage && transition.event == event)
            return &transition;
    return nullptr;
}

const CaseAction& actionFor(const QList<CaseAction>& actions, QLatin1StringView event) {
    for (const auto& action : actions)
        if (action.event == event)
            return action;
    FAIL("no action " << QString(event).toStdString());
    return actions.first();
}

} // namespace

TEST_CASE("Case actions list every event of the workflow table for every role and stage, as the table allows") {
    const WorkflowTable& table = WorkflowTable::cases();
    // Every (row, role) pair of the table is exactly one allowed action somewhere, and nothing else is.
    qsizetype allowedCount = 0;
    qsizetype tableCount = 0;
    for (const auto& transition : table.transitions())
        tableCount += transition.roles.size();
    for (const Role role : kRoles)
        for (const CaseStage stage : domain::allCaseStages())
            for (const auto& action : CaseActions::forStage(role, stage))
                allowedCount += action.allowed ? 1 : 0;
    CHECK(allowedCount == tableCount);
    CHECK(allowedCount > 0);
    for (const Role role : kRoles) {
        for (const CaseStage stage : domain::allCaseStages()) {
            const QString stageId = domain::caseStageId(stage);
            DYNAMIC_SECTION("role " << domain::RoleNames::id(role).toStdString() << " stage "
                                    << stageId.toStdString()) {
                const QList<CaseAction> actions = CaseActions::forStage(role, stage);
                REQUIRE(actions.size() == table.events().size());
                for (qsizetype i = 0; i < actions.size(); ++i) {
                    const CaseAction& action = actions.at(i);
                    CHECK(action.event == table.events().at(i));
                    CHECK_FALSE(action.name.isEmpty());
                    CHECK_FALSE(action.reason.isEmpty());
                    const auto* row = rowFor(stageId, action.event);
                    const bool expected = row && row->roles.contains(role);
                    CHECK(action.allowed == expected);
                    if (expected) {
                        CHECK(action.leadsTo == row->to);
                        CHECK_FALSE(action.conditions.isEmpty());
                    } else {
                        CHECK(action.conditions.isEmpty());
                        if (row) // the event belongs to this stage, but to other roles: the reason says whose
                            for (const Role r : row->roles)
                                CHECK(action.reason.contains(domain::RoleNames::displayName(r)));
                    }
                }
            }
        }
    }
}

TEST_CASE("Case actions follow the office's division of work") {
    using namespace workflow;
    SECTION("an auditor and an administrator may fire no event of a case at any stage") {
        for (const Role role : {Role::Auditor, Role::Administrator})
            for (const CaseStage stage : domain::allCaseStages())
                for (const auto& action : CaseActions::forStage(role, stage))
                    CHECK_FALSE(action.allowed);
    }
    SECTION("ready to decide: an officer submits for re-examination, only a supervisor decides") {
        const auto officer = CaseActions::forStage(Role::Officer, CaseStage::ReadyToDecide);
        CHECK(actionFor(officer, caseevent::submitReExamination).allowed);
        CHECK_FALSE(actionFor(officer, caseevent::decide).allowed);
        CHECK_FALSE(actionFor(officer, caseevent::serveNotice).allowed);
        const auto supervisor = CaseActions::forStage(Role::Supervisor, CaseStage::ReadyToDecide);
        CHECK(actionFor(supervisor, caseevent::decide).allowed);
        CHECK(actionFor(supervisor, caseevent::decide).leadsTo == QStringList{domain::caseStageId(CaseStage::Listed)});
    }
    SECTION("closed and expired cases take no event, a removed one only the supervisor's reinstatement") {
        for (const Role role : kRoles) {
            for (const auto& action : CaseActions::forStage(role, CaseStage::Closed))
                CHECK_FALSE(action.allowed);
            for (const auto& action : CaseActions::forStage(role, CaseStage::Expired))
                CHECK_FALSE(action.allowed);
        }
        for (const auto& action : CaseActions::forStage(Role::Supervisor, CaseStage::Removed))
            CHECK(action.allowed == (action.event == caseevent::reinstate));
    }
}

TEST_CASE("Case actions for a case in the vault follow its stage") {
    WorkflowFixture f;
    const qint64 caseId = f.servedCase(); // objection window 2025-02-21 .. 2025-02-28
    f.setToday(QDate(2025, 2, 24));
    auto supervisor = f.as(f.supervisor);
    auto actions = CaseActions::forCase(supervisor, caseId);
    REQUIRE(actions.ok());
    CHECK(actionFor(*actions, workflow::caseevent::receiveObjection).allowed);
    CHECK_FALSE(actionFor(*actions, workflow::caseevent::serveNotice).allowed);
    // The table lets a supervisor decide here; the act refuses while the window is open, so the list says so.
    CHECK_FALSE(actionFor(*actions, workflow::caseevent::decide).allowed);
    CHECK_FALSE(supervisor.isTrial());
    // After the window, an objection received in time may still be recorded: the act carries the day it was
    // received, so the list allows it (the form checks the date), while the act dated today is refused as late.
    f.setToday(QDate(2025, 3, 3));
    auto later = CaseActions::forCase(supervisor, caseId);
    REQUIRE(later.ok());
    CHECK(actionFor(*later, workflow::caseevent::receiveObjection).allowed);
    auto lateToday =
        workflow::CaseWorkflow(supervisor).receiveObjection(caseId, QDate(2025, 3, 3), QStringLiteral("late"));
    REQUIRE_FALSE(lateToday.ok());
    CHECK(lateToday.error().message.contains(QStringLiteral("2025-02-28")));
    // An act that no date makes possible stays refused: the notice was served already.
    CHECK_FALSE(actionFor(*later, workflow::caseevent::serveNotice).allowed);

    auto missing = CaseActions::forCase(supervisor, caseId + 100);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().kind == ErrorKind::NotFound);
}

namespace {

// The act behind an event, fired for real through the service on `on` (texts as the trial gives them).
Status fire(service::CaseService& cases, const QString& event, qint64 caseId, QDate on) {
    using namespace workflow;
    const QString text = QStringLiteral("-");
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
        return status(cases.decideRestoration(caseId, on, true, text));
    if (event == caseevent::reinstate)
        return status(cases.revokeRestoration(caseId, on, text));
    FAIL("no act for " << event.toStdString());
    return {};
}

// For every event the list refuses to `user`, the act itself refuses with the same reason and citations, and only
// that refusal is written; the list itself wrote nothing. Returns the refused events.
QStringList requireListAgreesWithActs(WorkflowFixture& f, const domain::User& user, qint64 caseId) {
    service::Session session(f.vault(), user);
    service::CaseService cases(session);
    const auto before = f.snapshot();
    auto actions = cases.actions(caseId);
    REQUIRE(actions.ok());
    const auto after = f.snapshot();
    CHECK(after.tables == before.tables);
    CHECK(after.auditEntries == before.auditEntries);
    QStringList refused;
    for (const auto& action : *actions) {
        if (action.allowed || action.event == workflow::caseevent::open)
            continue;
        refused << action.event;
        INFO("user " << user.name.toStdString() << ", event " << action.event.toStdString());
        const auto beforeAct = f.snapshot();
        const Status done = fire(cases, action.event, caseId, workflow::WorkflowContext::today());
        REQUIRE_FALSE(done.ok());
        CHECK(done.error().message == action.reason);
        CHECK(done.error().citations == action.citations);
        CHECK(f.snapshot().tables == beforeAct.tables);
    }
    return refused;
}

domain::User neighbour(WorkflowFixture& f, const QString& name, Role role, domain::OrganLevel level,
                       const QString& region) {
    workflow::UserAdministration users(f.vault());
    auto added =
        users.addUser({name, role, QStringLiteral("Neighbour %1 Market Regulation").arg(region), level, region},
                      secret(kPassword), crypto::KdfParams::cheapestForTests());
    if (!added)
        FAIL(added.error().message.toStdString());
    return added.take();
}

bool cites(const CaseAction& action, const QString& provision) {
    return action.citations.join(QLatin1Char(' ')).contains(provision);
}

} // namespace

TEST_CASE("Case actions refuse what the act would refuse for this user and case, with the act's reason", "[service]") {
    WorkflowFixture f;
    const auto otherOfficer =
        neighbour(f, QStringLiteral("wu.officer"), Role::Officer, domain::OrganLevel::County, QStringLiteral("110108"));
    const auto otherProvince = neighbour(f, QStringLiteral("feng.prov"), Role::Supervisor,
                                         domain::OrganLevel::Provincial, QStringLiteral("320000"));
    const qint64 id = f.servedCase(); // objection window until 2025-02-28

    SECTION("while the objection window is open") {
        f.setToday(QDate(2025, 2, 24));
        service::Session asSupervisor(f.vault(), f.supervisor);
        auto list = service::CaseService(asSupervisor).actions(id);
        REQUIRE(list.ok());
        // The table lets a supervisor decide at this stage; the act refuses until the window has passed.
        const CaseAction& decide = actionFor(*list, workflow::caseevent::decide);
        CHECK_FALSE(decide.allowed);
        CHECK(decide.reason.contains(QStringLiteral("2025-02-28")));
        CHECK(actionFor(*list, workflow::caseevent::receiveObjection).allowed);
        for (const auto& user : {f.officer, f.supervisor, f.auditor, f.provincial, otherOfficer})
            requireListAgreesWithActs(f, user, id);
    }
    SECTION("an officer of another organ may do nothing with the case, and is told why") {
        f.setToday(QDate(2025, 2, 24));
        service::Session asOther(f.vault(), otherOfficer);
        auto list = service::CaseService(asOther).actions(id);
        REQUIRE(list.ok());
        const CaseAction& objection = actionFor(*list, workflow::caseevent::receiveObjection);
        CHECK_FALSE(objection.allowed);
        CHECK(cites(objection, QStringLiteral("IV(8)")));
        for (const auto& action : *list)
            CHECK_FALSE(action.allowed);
        requireListAgreesWithActs(f, otherOfficer, id);
    }
    SECTION("at re-examination only a superior organ whose region contains the case's may decide it") {
        auto asOfficer = f.as(f.officer);
        auto asSupervisor = f.as(f.supervisor);
        REQUIRE(CaseWorkflow(asOfficer).receiveObjection(id, QDate(2025, 2, 25), QStringLiteral("not ours")).ok());
        REQUIRE(
            CaseWorkflow(asSupervisor).answerObjection(id, QDate(2025, 2, 27), false, QStringLiteral("it was")).ok());
        REQUIRE(CaseWorkflow(asOfficer).submitReExamination(id, QDate(2025, 3, 3), QString()).ok());
        f.setToday(QDate(2025, 3, 4));
        service::Session asOwnSupervisor(f.vault(), f.supervisor);
        service::Session asProvince(f.vault(), f.provincial);
        service::Session asOtherProvince(f.vault(), otherProvince);
        auto own = service::CaseService(asOwnSupervisor).actions(id);
        auto province = service::CaseService(asProvince).actions(id);
        auto foreign = service::CaseService(asOtherProvince).actions(id);
        REQUIRE((own.ok() && province.ok() && foreign.ok()));
        CHECK_FALSE(actionFor(*own, workflow::caseevent::approveReExamination).allowed);
        CHECK(cites(actionFor(*own, workflow::caseevent::approveReExamination), QStringLiteral("IV(8)")));
        CHECK(actionFor(*province, workflow::caseevent::approveReExamination).allowed);
        CHECK(actionFor(*province, workflow::caseevent::returnReExamination).allowed);
        CHECK_FALSE(actionFor(*foreign, workflow::caseevent::approveReExamination).allowed);
        for (const auto& user : {f.supervisor, otherProvince, f.officer})
            requireListAgreesWithActs(f, user, id);
    }
}

TEST_CASE("Case actions of a listed case: expiry waits for the end of the term, removal for an application",
          "[service]") {
    WorkflowFixture f;
    const qint64 listed = f.listedCase();
    f.setToday(QDate(2026, 6, 30));
    const QStringList refused = requireListAgreesWithActs(f, f.supervisor, listed);
    CHECK(refused.contains(QString(workflow::caseevent::expire)));
    CHECK(refused.contains(QString(workflow::caseevent::remove)));
    requireListAgreesWithActs(f, f.officer, listed);
}
