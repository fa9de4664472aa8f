#include "service/ReportService.h"

#include "TempDir.h"
#include "WorkflowFixture.h"
#include "crypto/KdfParams.h"
#include "workflow/CaseWorkflow.h"
#include "workflow/UserAdministration.h"

#include <QDir>
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

TEST_CASE("Open deadlines are listed for any user and the list is registered as one inquiry naming its subjects",
          "[service]") {
    WorkflowFixture f;
    const qint64 id = f.servedCase();
    QSqlDatabase db = f.db();
    auto served = workflow::CaseWorkflow::load(db, id);
    REQUIRE(served.ok());
    Session session(f.vault(), f.officer);
    const auto before = f.snapshot();
    workflow::DeadlineRegister::Query query;
    query.asOf = QDate(2025, 2, 24);
    SECTION("with the purpose stated") {
        auto due = ReportService(session).deadlines(query, QStringLiteral("weekly deadline check"));
        REQUIRE(due.ok());
        CHECK_FALSE(due->isEmpty());
        CHECK(f.snapshot().auditEntries == before.auditEntries + 1);
        CHECK(f.count(QStringLiteral("SELECT count(*) FROM inquiry_register WHERE actor = 'li.officer' AND object = "
                                     "'deadlines:list' AND subject_ref = 'subjects:%1' AND purpose = 'weekly "
                                     "deadline check'")
                          .arg(served->subjectId)) == 1);
    }
    SECTION("without a purpose, under the default one") {
        REQUIRE(ReportService(session).deadlines(query).ok());
        CHECK(f.count(QStringLiteral("SELECT count(*) FROM inquiry_register WHERE object = 'deadlines:list' AND "
                                     "purpose <> ''")) == 1);
    }
}

namespace {

domain::User addUser(WorkflowFixture& f, const QString& name, domain::Role role, domain::OrganLevel level,
                     const QString& region) {
    workflow::UserAdministration users(f.vault());
    auto added = users.addUser({name, role, QStringLiteral("Market Regulation %1").arg(region), level, region},
                               secret(kPassword), crypto::KdfParams::cheapestForTests());
    if (!added)
        FAIL(added.error().message.toStdString());
    return added.take();
}

QList<domain::DeadlineKind> kindsListed(WorkflowFixture& f, const domain::User& user) {
    Session session(f.vault(), user);
    workflow::DeadlineRegister::Query query;
    query.asOf = QDate(2025, 2, 24);
    auto due = ReportService(session).deadlines(query);
    REQUIRE(due.ok());
    QList<domain::DeadlineKind> kinds;
    for (const auto& d : *due)
        kinds << d.deadline.kind;
    return kinds;
}

} // namespace

TEST_CASE("Deadlines are listed within the user's jurisdiction, re-examinations also for the superior organ",
          "[service]") {
    using domain::DeadlineKind;
    using domain::OrganLevel;
    using domain::Role;
    WorkflowFixture f;                // county 110105 of province 110000
    const qint64 id = f.servedCase(); // the objection window is open
    QSqlDatabase db = f.db();
    auto served = workflow::CaseWorkflow::load(db, id);
    REQUIRE(served.ok());
    // A re-examination due of the county's case, as rule data with a re-examination limit would open it.
    REQUIRE(f.vault()
                .transact([&](QSqlDatabase& tx) -> Status {
                    workflow::DeadlineRegister::Owner owner;
                    owner.caseId = id;
                    owner.subjectId = served->subjectId;
                    auto opened = workflow::DeadlineRegister::openFixed(tx, DeadlineKind::ReExamination, owner,
                                                                        QDate(2025, 3, 20), QStringLiteral("test"));
                    if (!opened)
                        return opened.error();
                    return {};
                })
                .ok());
    // The county's own: its case's deadlines and those of the credit record its officer recorded.
    const QList<DeadlineKind> own = kindsListed(f, f.officer);
    CHECK(own.contains(DeadlineKind::ObjectionWindow));
    CHECK(own.contains(DeadlineKind::ReExamination));
    CHECK(own.contains(DeadlineKind::DisclosureMinimum));
    CHECK(kindsListed(f, f.auditor) == own);
    // The province re-examines the county's designations: it sees that due, not the county's own work.
    CHECK(kindsListed(f, f.provincial) == QList<DeadlineKind>{DeadlineKind::ReExamination});
    const auto provincialAuditor =
        addUser(f, QStringLiteral("qin.audit"), Role::Auditor, OrganLevel::Provincial, QStringLiteral("110000"));
    CHECK(kindsListed(f, provincialAuditor) == own);
    // Another county, and another province, see none of it.
    const auto neighbour =
        addUser(f, QStringLiteral("wu.officer"), Role::Officer, OrganLevel::County, QStringLiteral("110108"));
    CHECK(kindsListed(f, neighbour).isEmpty());
    const auto otherProvince =
        addUser(f, QStringLiteral("feng.prov"), Role::Supervisor, OrganLevel::Provincial, QStringLiteral("320000"));
    CHECK(kindsListed(f, otherProvince).isEmpty());
    // Once the vault holds the municipal organ above the county, it is the county's next higher organ: the SAMR
    // list's re-examination is its due (SAMR Order 44), and the province no longer sees it.
    const auto city =
        addUser(f, QStringLiteral("jiang.city"), Role::Supervisor, OrganLevel::Municipal, QStringLiteral("110100"));
    CHECK(kindsListed(f, city) == QList<DeadlineKind>{DeadlineKind::ReExamination});
    CHECK(kindsListed(f, f.provincial).isEmpty());
    // A municipal organ of another city is not the county's next higher organ.
    const auto otherCity =
        addUser(f, QStringLiteral("shen.city"), Role::Supervisor, OrganLevel::Municipal, QStringLiteral("320100"));
    CHECK(kindsListed(f, otherCity).isEmpty());
}

TEST_CASE("An auditor may not export disclosure files, no file is written and only the refusal is recorded",
          "[service]") {
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
    f.requireOnlyRefusalAudited(before, QStringLiteral("export.disclosure"));
}

TEST_CASE("A disclosure export cancelled before its file is in place leaves no file and records nothing", "[service]") {
    WorkflowFixture f;
    f.listedCase();
    TempDir out;
    Session session(f.vault(), f.supervisor);
    exchange::DisclosureExport::Request request;
    request.channel = exchange::Channel::Public;
    request.asOf = QDate(2026, 6, 30);
    request.outPath = out.file(QStringLiteral("public.csv"));
    const auto before = f.snapshot();
    const qint64 inquiries = f.count(QStringLiteral("SELECT count(*) FROM inquiry_register"));
    for (const qint64 cancelAt : {qint64(0), qint64(1), qint64(2)}) {
        DYNAMIC_SECTION("cancelled at step " << cancelAt) {
            service::CancelToken token;
            const service::Progress progress(
                [&](qint64 done, qint64, const QString&) {
                    if (done == cancelAt)
                        token.cancel();
                },
                token);
            auto exported = ReportService(session).exportDisclosure(request, progress);
            REQUIRE_FALSE(exported.ok());
            CHECK(exported.error().message == service::Progress::cancelled().message);
            CHECK(QDir(out.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
            CHECK(f.snapshot().auditEntries == before.auditEntries);
            CHECK(f.count(QStringLiteral("SELECT count(*) FROM inquiry_register")) == inquiries);
        }
    }
    SECTION("not cancelled, the file is written and recorded") {
        auto exported = ReportService(session).exportDisclosure(request, service::Progress());
        REQUIRE(exported.ok());
        CHECK(QFileInfo::exists(request.outPath));
        CHECK(f.lastAuditEvent() == QStringLiteral("export.disclosure"));
    }
}
