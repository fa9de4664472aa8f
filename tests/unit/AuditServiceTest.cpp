#include "service/AuditService.h"

#include "WorkflowFixture.h"
#include "service/CaseService.h"

#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace creditcase;
using namespace creditcase::test;
using service::AuditService;
using service::Session;

TEST_CASE("An officer may not read the audit log, the refusal is recorded once and nothing else", "[service]") {
    WorkflowFixture f;
    Session session(f.vault(), f.officer);
    const auto before = f.snapshot();
    auto log = AuditService(session).latest(10);
    REQUIRE_FALSE(log.ok());
    CHECK(log.error().kind == ErrorKind::Refused);
    CHECK(log.error().message.contains(QStringLiteral("auditors and administrators")));
    f.requireOnlyRefusalAudited(before, QStringLiteral("audit.log"));
}

TEST_CASE("An officer may not read the inquiry register, the refusal is recorded once", "[service]") {
    WorkflowFixture f;
    Session session(f.vault(), f.officer);
    const auto before = f.snapshot();
    auto listed = AuditService(session).inquiries({}, {}, false, 100);
    REQUIRE_FALSE(listed.ok());
    CHECK(listed.error().kind == ErrorKind::Refused);
    f.requireOnlyRefusalAudited(before, QStringLiteral("inquiry.log"));
}

TEST_CASE("An auditor reads the latest entries, newest first, and reading writes nothing", "[service]") {
    WorkflowFixture f;
    Session session(f.vault(), f.auditor);
    const auto before = f.snapshot();
    auto log = AuditService(session).latest(3);
    REQUIRE(log.ok());
    REQUIRE(log->size() == 3);
    CHECK(log->at(0).seq > log->at(1).seq);
    CHECK(f.snapshot().auditEntries == before.auditEntries);
}

TEST_CASE("Only an auditor may flag an inquiry, and only the refusal is recorded then", "[service]") {
    WorkflowFixture f;
    Session session(f.vault(), f.admin);
    const auto before = f.snapshot();
    auto flagged = AuditService(session).flagInquiry(1, QStringLiteral("why"));
    REQUIRE_FALSE(flagged.ok());
    CHECK(flagged.error().kind == ErrorKind::Refused);
    CHECK(flagged.error().message.contains(QStringLiteral("auditor")));
    f.requireOnlyRefusalAudited(before, QStringLiteral("inquiry.flag"));
}

TEST_CASE("The audit chain of a fresh office verifies, with its head", "[service]") {
    WorkflowFixture f;
    Session session(f.vault(), f.officer);
    auto verified = AuditService(session).verify();
    REQUIRE(verified.ok());
    CHECK(verified->verification.intact);
    REQUIRE(verified->head.has_value());
    CHECK(verified->head->seq == verified->verification.entries);
}

TEST_CASE("A case's timeline is read from the audit chain, newest first, in words, and reading it writes nothing",
          "[service]") {
    WorkflowFixture f;
    const qint64 id = f.servedCase();
    Session session(f.vault(), f.officer);
    auto file = service::CaseService(session).show(id, QStringLiteral("handling the case"));
    REQUIRE(file.ok());
    const auto before = f.snapshot();
    auto timeline = AuditService(session).caseTimeline(*file);
    REQUIRE(timeline.ok());
    CHECK(f.snapshot().auditEntries == before.auditEntries);
    // Exactly the chain's entries about this case and its record, newest first.
    const qint64 expected = f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE object IN ('case:%1', "
                                                   "'record:%2')")
                                        .arg(id)
                                        .arg(file->record.id));
    REQUIRE(timeline->size() == expected);
    REQUIRE(timeline->size() >= 3); // opened, notice served, read
    for (qsizetype i = 1; i < timeline->size(); ++i)
        CHECK(timeline->at(i - 1).at >= timeline->at(i).at);
    // Opening the case (its registered inquiry) is the newest.
    CHECK(timeline->first().event == QStringLiteral("record.inquiry"));
    CHECK(timeline->first().actor == f.officer.name);
    CHECK(timeline->first().text == AuditService::eventText(timeline->first().event));
    QStringList events;
    for (const auto& e : *timeline) {
        events << e.event;
        CHECK_FALSE(e.text.isEmpty());
        CHECK(e.at.isValid());
    }
    CHECK(events.contains(QStringLiteral("case.open")));
    CHECK(events.contains(QStringLiteral("case.serve-notice")));
    for (const char* event : {"case.serve-notice", "case.show", "record.inquiry"})
        CHECK(AuditService::eventText(QString::fromLatin1(event)) != QString::fromLatin1(event));
    CHECK(AuditService::eventText(QStringLiteral("case.decide.refused"))
              .contains(AuditService::eventText(QStringLiteral("case.decide"))));
}

TEST_CASE("The timeline is read through the index on the audit object, not by reading the whole chain", "[service]") {
    WorkflowFixture f;
    QSqlQuery plan(f.vault().database());
    REQUIRE(plan.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT seq FROM audit_log WHERE object IN ('case:1', "
                                     "'record:1') ORDER BY seq DESC LIMIT 500")));
    QString detail;
    while (plan.next())
        detail += plan.value(3).toString() + QLatin1Char('\n');
    CHECK(detail.contains(QStringLiteral("audit_log_object")));
}
