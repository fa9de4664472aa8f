#include "service/AuditService.h"

#include "WorkflowFixture.h"

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

TEST_CASE("Only an auditor may flag an inquiry, and nothing is written then", "[service]") {
    WorkflowFixture f;
    Session session(f.vault(), f.admin);
    const auto before = f.snapshot();
    auto flagged = AuditService(session).flagInquiry(1, QStringLiteral("why"));
    REQUIRE_FALSE(flagged.ok());
    CHECK(flagged.error().kind == ErrorKind::Refused);
    CHECK(flagged.error().message.contains(QStringLiteral("auditor")));
    CHECK(f.snapshot().tables == before.tables);
    CHECK(f.snapshot().auditEntries == before.auditEntries);
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
