#include "service/ReportService.h"

#include "WorkflowFixture.h"

#include <QFileInfo>
#include <catch2/catch.hpp>

using namespace creditcase;
using namespace creditcase::test;
using service::ReportService;
using service::Session;

TEST_CASE("An officer may not make the accountability report, the refusal is recorded once and nothing else",
          "[service]") {
    WorkflowFixture f;
    f.servedCase();
    Session session(f.vault(), f.officer);
    const auto before = f.snapshot();
    auto report = ReportService(session).accountability(QDate(2025, 1, 1), QDate(2025, 12, 31));
    REQUIRE_FALSE(report.ok());
    CHECK(report.error().kind == ErrorKind::Refused);
    CHECK(report.error().message.contains(QStringLiteral("supervisors, auditors and administrators")));
    f.requireOnlyRefusalAudited(before, QStringLiteral("report.accountability"));
}

TEST_CASE("A supervisor's accountability report is recorded with the chain position it was made at", "[service]") {
    WorkflowFixture f;
    f.servedCase();
    Session session(f.vault(), f.supervisor);
    const auto before = f.snapshot();
    auto made = ReportService(session).accountability(QDate(2025, 1, 1), QDate(2025, 12, 31));
    REQUIRE(made.ok());
    CHECK(made->madeBy == f.supervisor.name);
    CHECK(made->report.chainSeq == before.auditEntries);
    CHECK(f.snapshot().tables == before.tables);
    CHECK(f.snapshot().auditEntries == before.auditEntries + 1);
    CHECK(f.lastAuditEvent() == QStringLiteral("report.accountability"));
}

TEST_CASE("A report period that has not ended is refused before anything is read", "[service]") {
    WorkflowFixture f; // today is 2026-06-30
    CHECK(ReportService::checkPeriod(QDate(2026, 1, 1), QDate(2026, 7, 1)).error().kind == ErrorKind::Refused);
    CHECK(ReportService::checkPeriod(QDate(2026, 1, 1), QDate(2026, 6, 30)).ok());
    CHECK(ReportService::checkPeriod(QDate(2026, 2, 1), QDate(2026, 1, 1)).error().kind == ErrorKind::Usage);
}

TEST_CASE("Open deadlines are listed for any user and reading writes nothing", "[service]") {
    WorkflowFixture f;
    f.servedCase();
    Session session(f.vault(), f.officer);
    const auto before = f.snapshot();
    workflow::DeadlineRegister::Query query;
    query.asOf = QDate(2025, 2, 24);
    auto due = ReportService(session).deadlines(query);
    REQUIRE(due.ok());
    CHECK_FALSE(due->isEmpty());
    CHECK(f.snapshot().auditEntries == before.auditEntries);
}

TEST_CASE("An auditor may not export disclosure files, no file and no audit entry is written", "[service]") {
    WorkflowFixture f;
    f.listedCase();
    TempDir out;
    Session session(openAs(f.vault().path(), f.auditor.name)); // the export acts as the vault's login
    const auto before = f.snapshot();
    const QString file = out.file(QStringLiteral("public.csv"));
    auto exported =
        ReportService(session).exportDisclosure({exchange::Channel::Public, QDate(2026, 6, 30), file, false});
    REQUIRE_FALSE(exported.ok());
    CHECK(exported.error().kind == ErrorKind::Refused);
    CHECK_FALSE(QFileInfo::exists(file));
    CHECK(f.snapshot().tables == before.tables);
    CHECK(f.snapshot().auditEntries == before.auditEntries);
}
