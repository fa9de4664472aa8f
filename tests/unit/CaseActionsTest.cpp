// CaseService::actions: every event of the case workflow table for every role and stage, checked against the
// table's rows themselves, and read for a case in a vault.

#include "service/CaseActions.h"

#include "CaseRows.h"
#include "TempDir.h"
#include "storage/Migrations.h"
#include "storage/SqlCipherDriver.h"
#include "workflow/WorkflowTable.h"

#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace creditcase;
using namespace creditcase::test;
using domain::CaseStage;
using domain::Role;
using service::CaseAction;
using service::CaseActions;
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
    TempDir dir;
    const QString name = QStringLiteral("case-actions");
    {
        auto* driver = new storage::SqlCipherDriver;
        driver->setRawKey(QByteArray(32, '\x3c'));
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
        db.setDatabaseName(dir.file(QStringLiteral("a.vault")));
        db.setConnectOptions(QStringLiteral("CREATE_IF_MISSING"));
        REQUIRE(db.open());
        REQUIRE(storage::Migrations::migrate(db).ok());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("INSERT INTO organs (id, name, level, region_code) VALUES (1, 'County AMR', "
                                      "'county', '350102')")));
        CaseRows rows(db);
        CaseRows::SubjectRow subject;
        subject.name = QStringLiteral("示范食品有限公司");
        subject.identifier = QStringLiteral("91350100M000100Y43");
        CaseRows::BasisRow basis;
        basis.documentNumber = QStringLiteral("示市监罚〔2026〕8号");
        basis.issuedOn = QDate(2026, 3, 1);
        CaseRows::RecordRow record;
        record.subject = rows.subject(subject);
        record.basis = rows.basis(basis);
        record.decidedOn = QDate(2026, 3, 1);
        CaseRows::CaseRow row;
        row.record = rows.record(record);
        row.subject = record.subject;
        row.stage = QStringLiteral("objection-window");
        const qint64 caseId = rows.openCase(row);

        domain::User supervisor;
        supervisor.name = QStringLiteral("supervisor");
        supervisor.role = Role::Supervisor;
        auto actions = CaseActions::forCase(db, supervisor, caseId);
        REQUIRE(actions.ok());
        CHECK(actionFor(*actions, workflow::caseevent::decide).allowed);
        CHECK(actionFor(*actions, workflow::caseevent::receiveObjection).allowed);
        CHECK_FALSE(actionFor(*actions, workflow::caseevent::serveNotice).allowed);

        auto missing = CaseActions::forCase(db, supervisor, caseId + 100);
        REQUIRE_FALSE(missing.ok());
        CHECK(missing.error().kind == ErrorKind::NotFound);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}
