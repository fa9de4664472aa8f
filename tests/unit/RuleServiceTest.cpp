#include "service/RuleService.h"

#include "WorkflowFixture.h"
#include "workflow/CaseWorkflow.h"
#include "workflow/RuleAdministration.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace creditcase;
using namespace creditcase::test;
using service::RuleService;
using service::Session;

TEST_CASE("Only an administrator may import rule data, the refusal is recorded once and nothing else", "[service]") {
    WorkflowFixture f;
    Session session(f.vault(), f.supervisor);
    const auto before = f.snapshot();
    const qint64 documents = f.count(QStringLiteral("SELECT count(*) FROM rule_documents"));
    auto imported =
        RuleService(session).import(schedule2025WithExtraDayOff(QStringLiteral("2025-02-26"), QStringLiteral("2025.9")),
                                    QStringLiteral("cn-holidays-2025-v9.json"));
    REQUIRE_FALSE(imported.ok());
    CHECK(imported.error().kind == ErrorKind::Refused);
    CHECK(imported.error().message.contains(QStringLiteral("administrator")));
    f.requireOnlyRefusalAudited(before, QStringLiteral("rules.import"));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM rule_documents")) == documents);
}

TEST_CASE("A file the rules refuse is a recorded refusal, not a usage error", "[service]") {
    WorkflowFixture f;
    Session session(f.vault(), f.admin);
    const auto before = f.snapshot();
    auto imported = RuleService(session).import(QByteArray("[1, 2, 3]"), QStringLiteral("array.json"));
    REQUIRE_FALSE(imported.ok());
    CHECK(imported.error().kind == ErrorKind::Refused);
    f.requireOnlyRefusalAudited(before, QStringLiteral("rules.import"));
}

TEST_CASE("A changed holiday schedule moves the stored deadlines without the caller asking", "[service]") {
    WorkflowFixture f;
    const qint64 id = f.servedCase(); // objection window 2025-02-21 + 5 working days = 2025-02-28
    Session session(f.vault(), f.admin);
    auto imported =
        RuleService(session).import(schedule2025WithExtraDayOff(QStringLiteral("2025-02-26"), QStringLiteral("2025.9")),
                                    QStringLiteral("cn-holidays-2025-v9.json"));
    REQUIRE(imported.ok());
    REQUIRE(imported->movedDeadlines.size() == 1);
    CHECK(imported->movedDeadlines.first().after == QDate(2025, 3, 3));
    QSqlDatabase db = f.db();
    CHECK(workflow::CaseWorkflow::load(db, id)->objectionWindowEnds == QDate(2025, 3, 3));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE event = 'deadline.moved' AND actor = "
                                 "'admin'")) == 1);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE event = 'rules.import'")) == 1);
}

TEST_CASE("A holiday schedule import cancelled while deadlines are recomputed stores and moves nothing", "[service]") {
    WorkflowFixture f;
    const qint64 id = f.servedCase(); // objection window ends 2025-02-28; the new schedule would move it
    Session session(f.vault(), f.admin);
    const auto before = f.snapshot();
    const qint64 documents = f.count(QStringLiteral("SELECT count(*) FROM rule_documents"));
    service::CancelToken token;
    QStringList steps;
    // The user presses Cancel as soon as the recomputation reports its start.
    const service::Progress progress(
        [&](qint64, qint64 total, const QString& step) {
            steps << step;
            CHECK(total >= 1);
            token.cancel();
        },
        token);
    auto imported =
        RuleService(session).import(schedule2025WithExtraDayOff(QStringLiteral("2025-02-26"), QStringLiteral("2025.9")),
                                    QStringLiteral("cn-holidays-2025-v9.json"), progress);
    REQUIRE_FALSE(imported.ok());
    CHECK(imported.error().message == service::Progress::cancelled().message);
    CHECK_FALSE(steps.isEmpty());
    // Nothing of it remains: no document, no moved deadline, no audit entry (a cancel is not a refusal).
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM rule_documents")) == documents);
    const auto after = f.snapshot();
    CHECK(after.tables == before.tables);
    CHECK(after.auditEntries == before.auditEntries);
    QSqlDatabase db = f.db();
    CHECK(workflow::CaseWorkflow::load(db, id)->objectionWindowEnds == QDate(2025, 2, 28));

    SECTION("the same import without a cancel goes through") {
        const service::Progress reporting([&](qint64, qint64, const QString&) {}, service::CancelToken());
        auto again = RuleService(session).import(
            schedule2025WithExtraDayOff(QStringLiteral("2025-02-26"), QStringLiteral("2025.9")),
            QStringLiteral("cn-holidays-2025-v9.json"), reporting);
        REQUIRE(again.ok());
        CHECK(again->movedDeadlines.size() == 1);
    }
}

TEST_CASE("The standards of the vault are read through the service", "[service]") {
    WorkflowFixture f;
    const qint64 standard = f.adoptStandard();
    Session session(f.vault(), f.officer);
    auto standards = RuleService(session).standards(QStringLiteral("samr-serious-illegal"));
    REQUIRE(standards.ok());
    REQUIRE(standards->size() == 1);
    CHECK(standards->first().id == standard);
}

TEST_CASE("A short comment period is refused through the service with its citation, recorded once", "[service]") {
    WorkflowFixture f;
    Session session(f.vault(), f.officer);
    RuleService rules(session);
    auto draft = rules.addStandard(QStringLiteral("samr-serious-illegal"), QStringLiteral("Standard"));
    REQUIRE(draft.ok());
    const auto before = f.snapshot();
    auto opened = rules.openStandardComment(draft->id, QDate(2026, 3, 2), QDate(2026, 3, 21));
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().kind == ErrorKind::Refused);
    CHECK(opened.error().citations.join(QLatin1Char(' ')).contains(QStringLiteral("IV(7)")));
    f.requireOnlyRefusalAudited(before, QStringLiteral("standard.open-comment"));
}

TEST_CASE("A standard step done through the service is audited and announced", "[service]") {
    WorkflowFixture f;
    Session session(f.vault(), f.officer);
    QSignalSpy changed(&session, &Session::changed);
    const auto before = f.snapshot();
    auto draft = RuleService(session).addStandard(QStringLiteral("samr-serious-illegal"), QStringLiteral("Standard"));
    REQUIRE(draft.ok());
    CHECK(f.snapshot().auditEntries == before.auditEntries + 1);
    CHECK(f.lastAuditEvent() == QStringLiteral("standard.add"));
    REQUIRE(changed.count() == 1);
    CHECK(changed.at(0).at(0).toString() == QStringLiteral("standard"));
    CHECK(changed.at(0).at(1).toLongLong() == draft->id);
}

TEST_CASE("A rule edition stored by an earlier build that this build cannot read is stood in for by the same "
          "bundled edition",
          "[service]") {
    WorkflowFixture f;
    QSqlDatabase db = f.db();
    // The catalogue as an earlier build stored it: its items had no "adverse" attribute yet.
    QSqlQuery q(db);
    REQUIRE(q.exec(QStringLiteral("SELECT content FROM rule_documents WHERE kind = 'catalog' AND edition = '2021'")));
    REQUIRE(q.next());
    QJsonObject catalogue = QJsonDocument::fromJson(q.value(0).toByteArray()).object();
    QJsonArray items = catalogue.value(QStringLiteral("items")).toArray();
    REQUIRE_FALSE(items.isEmpty());
    for (auto item : items) {
        QJsonObject object = item.toObject();
        object.remove(QStringLiteral("adverse"));
        item = object;
    }
    catalogue.insert(QStringLiteral("items"), items);
    q.prepare(QStringLiteral("UPDATE rule_documents SET content = ? WHERE kind = 'catalog' AND edition = '2021'"));
    q.addBindValue(QJsonDocument(catalogue).toJson());
    REQUIRE(q.exec());

    auto rules = workflow::RuleAdministration::loadRuleSet(db);
    REQUIRE(rules.ok());

    SECTION("an edition the bundled data does not hold still stops the load, as damage") {
        q.prepare(QStringLiteral("UPDATE rule_documents SET edition = '1999' WHERE kind = 'catalog' AND edition = "
                                 "'2021'"));
        REQUIRE(q.exec());
        auto unreadable = workflow::RuleAdministration::loadRuleSet(db);
        REQUIRE_FALSE(unreadable.ok());
        CHECK(unreadable.error().kind == ErrorKind::Corrupt);
    }
}

TEST_CASE("A session sees rule data another session or process imported without being locked first", "[service]") {
    WorkflowFixture f;
    Session window(f.vault(), f.officer); // e.g. the desktop client, open all day
    auto before = window.calendar();
    REQUIRE(before.ok());
    REQUIRE(before->isWorkingDay(QDate(2025, 2, 26)));
    // Another session (the command line, or a second window) imports a schedule with an extra day off.
    Session other(f.vault(), f.admin);
    REQUIRE(RuleService(other)
                .import(schedule2025WithExtraDayOff(QStringLiteral("2025-02-26"), QStringLiteral("2025.9")),
                        QStringLiteral("cn-holidays-2025-v9.json"))
                .ok());
    auto after = window.calendar();
    REQUIRE(after.ok());
    CHECK_FALSE(after->isWorkingDay(QDate(2025, 2, 26)));
    auto rules = window.ruleSet();
    REQUIRE(rules.ok());
}
