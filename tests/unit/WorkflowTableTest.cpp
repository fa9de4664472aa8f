#include "workflow/WorkflowTable.h"

#include "domain/CaseStage.h"
#include "domain/Restoration.h"
#include "domain/StandardStatus.h"

#include <QCoreApplication>
#include <catch2/catch.hpp>
#include <cstring>

using namespace creditcase;
using domain::Role;
using workflow::WorkflowTable;

namespace {

const QList<Role> kRoles{Role::Administrator, Role::Officer, Role::Supervisor, Role::Auditor};

QList<const WorkflowTable*> tables() {
    return {&WorkflowTable::cases(), &WorkflowTable::standards(), &WorkflowTable::restorations()};
}

} // namespace

TEST_CASE("Every role x state x event is either a row of the table or refused with a reason") {
    for (const WorkflowTable* table : tables()) {
        int allowed = 0;
        int refused = 0;
        for (Role role : kRoles) {
            for (const QString& state : table->states()) {
                for (const QString& event : table->events()) {
                    INFO(table->name().toStdString() << ' ' << domain::RoleNames::id(role).toStdString() << ' '
                                                     << state.toStdString() << ' ' << event.toStdString());
                    const auto verdict = table->permits(role, state, event);
                    const auto* row = table->find(state, event);
                    CHECK(verdict.allowed == (row && row->roles.contains(role)));
                    CHECK_FALSE(verdict.reason.isEmpty());
                    (verdict.allowed ? allowed : refused)++;
                }
            }
        }
        CHECK(allowed == [&] {
            int rows = 0;
            for (const auto& t : table->transitions())
                rows += static_cast<int>(t.roles.size());
            return rows;
        }());
        CHECK(refused > allowed);
    }
}

TEST_CASE("Every row names known states and events, a guard and effects, and no row is duplicated") {
    for (const WorkflowTable* table : tables()) {
        QStringList keys;
        for (const auto& row : table->transitions()) {
            INFO(table->name().toStdString() << ' ' << row.from.toStdString() << ' ' << row.event.toStdString());
            CHECK(table->states().contains(row.from));
            CHECK(table->events().contains(row.event));
            REQUIRE_FALSE(row.to.isEmpty());
            for (const auto& target : row.to)
                CHECK(table->states().contains(target));
            CHECK_FALSE(row.roles.isEmpty());
            CHECK(std::strlen(row.guard) > 0);
            CHECK(std::strlen(row.effects) > 0);
            const QString key = row.from + QLatin1Char('/') + row.event;
            CHECK_FALSE(keys.contains(key));
            keys << key;
            CHECK(table->eventName(row.event) != row.event); // every event has a readable name
        }
        for (const QString& event : table->events()) {
            bool used = false;
            for (const auto& row : table->transitions())
                used |= row.event == event;
            CHECK(used);
        }
    }
}

TEST_CASE("Administrators and auditors take no step in any workflow") {
    for (const WorkflowTable* table : tables()) {
        for (const auto& row : table->transitions()) {
            CHECK_FALSE(row.roles.contains(Role::Administrator));
            CHECK_FALSE(row.roles.contains(Role::Auditor));
        }
    }
}

TEST_CASE("The case table follows the designation procedure of DESIGN.md") {
    const auto& t = WorkflowTable::cases();
    const auto to = [&](const char* from, QLatin1StringView event) {
        const auto* row = t.find(QString::fromLatin1(from), QString(event));
        return row ? row->to : QStringList{};
    };
    namespace e = workflow::caseevent;
    CHECK(to("recorded", e::open) == QStringList{QStringLiteral("notice-prepared")});
    CHECK(to("notice-prepared", e::serveNotice).contains(QStringLiteral("objection-window")));
    CHECK(to("objection-window", e::receiveObjection) == QStringList{QStringLiteral("objection-review")});
    CHECK(to("objection-review", e::upholdObjection) == QStringList{QStringLiteral("closed")});
    CHECK(to("objection-review", e::rejectObjection) == QStringList{QStringLiteral("ready-to-decide")});
    CHECK(to("re-examination", e::approveReExamination) == QStringList{QStringLiteral("re-examined")});
    CHECK(to("re-examination", e::returnReExamination) == QStringList{QStringLiteral("ready-to-decide")});
    CHECK(to("ready-to-decide", e::decide) == QStringList{QStringLiteral("listed")});
    CHECK(to("listed", e::expire) == QStringList{QStringLiteral("expired")});
    CHECK(to("listed", e::remove) == QStringList{QStringLiteral("removed")});
    CHECK(to("removed", e::reinstate) == QStringList{QStringLiteral("listed")});
    // Nothing leaves a closed or expired case.
    for (const auto& row : t.transitions()) {
        CHECK(row.from != QLatin1String("closed"));
        CHECK(row.from != QLatin1String("expired"));
    }
    // Decisions and re-examination are for supervisors only.
    for (const auto& row : t.transitions()) {
        if (row.event == e::decide || row.event == e::approveReExamination || row.event == e::returnReExamination)
            CHECK(row.roles == QList<Role>{Role::Supervisor});
    }
}

TEST_CASE("A refusal from the table says what is possible instead") {
    const auto& t = WorkflowTable::cases();
    const auto wrongStage = t.permits(Role::Supervisor, QStringLiteral("listed"), QStringLiteral("decide"));
    CHECK_FALSE(wrongStage.allowed);
    CHECK(wrongStage.reason.contains(QStringLiteral("ready to decide")));
    const auto wrongRole = t.permits(Role::Officer, QStringLiteral("ready-to-decide"), QStringLiteral("decide"));
    CHECK_FALSE(wrongRole.allowed);
    CHECK(wrongRole.reason.contains(QStringLiteral("supervisor")));
    CHECK_FALSE(t.permits(Role::Officer, QStringLiteral("no-such-stage"), QStringLiteral("open")).allowed);
    CHECK_FALSE(t.permits(Role::Officer, QStringLiteral("recorded"), QStringLiteral("no-such-event")).allowed);
    CHECK(WorkflowTable::restorations()
              .permits(Role::Officer, QStringLiteral("granted"), QStringLiteral("apply"))
              .reason.contains(QStringLiteral("not applied for")));
}

TEST_CASE("The standard and restoration tables use the domain's stage identifiers") {
    for (const QString& state : WorkflowTable::standards().states()) {
        if (state != WorkflowTable::noneState())
            CHECK(domain::standardStatusFromId(state).has_value());
    }
    for (const QString& state : WorkflowTable::restorations().states()) {
        if (state != WorkflowTable::noneState())
            CHECK(domain::restorationStageFromId(state).has_value());
    }
    for (const QString& state : WorkflowTable::cases().states())
        CHECK(domain::caseStageFromId(state).has_value());
}
