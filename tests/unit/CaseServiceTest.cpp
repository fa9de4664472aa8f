// CaseService runs the workflow acts as the session's user: the refusals (with their citations), the single
// "<event>.refused" audit entry and the inquiry registrations are the workflow's own, through the service.
#include "service/CaseService.h"

#include "WorkflowFixture.h"
#include "crypto/KdfParams.h"
#include "workflow/UserAdministration.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace creditcase;
using namespace creditcase::test;
using domain::CaseStage;
using service::CaseService;
using service::Session;

namespace {

// An officer and a supervisor of the neighbour county (region 110108; the fixture's county is 110105).
domain::User neighbour(WorkflowFixture& f, const QString& name, domain::Role role) {
    workflow::UserAdministration users(f.vault());
    auto added = users.addUser({name, role, QStringLiteral("Neighbour County Market Regulation Bureau"),
                                domain::OrganLevel::County, QStringLiteral("110108")},
                               secret(kPassword), crypto::KdfParams::cheapestForTests());
    if (!added)
        FAIL(added.error().message.toStdString());
    return added.take();
}

bool cites(const Error& error, const QString& provision) {
    return error.citations.join(QLatin1Char(' ')).contains(provision);
}

template <typename T>
void requireRefusedWithCitation(WorkflowFixture& f, const WorkflowFixture::Snapshot& before, const Result<T>& result,
                                const QString& event, const QString& provision) {
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().kind == ErrorKind::Refused);
    CHECK(cites(result.error(), provision));
    f.requireOnlyRefusalAudited(before, event);
}

workflow::CreditRecordRegister::NewRecord penalty(qint64 subjectId, QDate basisDate, QDate effectiveOn) {
    workflow::CreditRecordRegister::NewRecord record;
    record.subjectId = subjectId;
    record.catalogItem = QStringLiteral("administrative-penalty-legal-person");
    record.basisKind = domain::BasisDocumentKind::AdministrativePenaltyDecision;
    record.basisNumber = QStringLiteral("Test AMR Penalty [2025] No. 13");
    record.basisOrgan = QStringLiteral("Test County Market Regulation Bureau");
    record.basisDate = basisDate;
    record.effectiveOn = effectiveOn;
    record.severity = domain::Severity::Serious;
    record.sector = QStringLiteral("market-regulation");
    return record;
}

workflow::CaseWorkflow::OpenCase samrCase(qint64 recordId) {
    workflow::CaseWorkflow::OpenCase request;
    request.recordId = recordId;
    request.listType = QStringLiteral("samr-serious-illegal");
    request.scope = domain::ScopeCategory::PublicHealthAndSafety;
    request.on = QDate(2025, 2, 20);
    return request;
}

workflow::RestorationWorkflow::Application application(qint64 caseId, QDate on) {
    workflow::RestorationWorkflow::Application a;
    a.caseId = caseId;
    a.on = on;
    a.correctedOn = QDate(2025, 4, 1);
    a.commitmentLetter = workflow::AttachmentStore::File{QStringLiteral("letter.pdf"), QByteArray("%PDF letter")};
    return a;
}

} // namespace

TEST_CASE("Subjects are recorded through the service by officers only, an auditor's attempt is recorded once",
          "[service]") {
    WorkflowFixture f;
    SECTION("an auditor is refused and only the refusal is audited") {
        Session session(f.vault(), f.auditor);
        const auto before = f.snapshot();
        auto added = CaseService(session).addSubject({domain::SubjectKind::Enterprise,
                                                      QStringLiteral("Test Co."),
                                                      QStringLiteral("91350100M000100Y43"),
                                                      {},
                                                      {}});
        REQUIRE_FALSE(added.ok());
        CHECK(added.error().kind == ErrorKind::Refused);
        f.requireOnlyRefusalAudited(before, QStringLiteral("subject.add"));
    }
    SECTION("an officer records the subject and the session announces it") {
        Session session(f.vault(), f.officer);
        QSignalSpy changed(&session, &Session::changed);
        auto added = CaseService(session).addSubject({domain::SubjectKind::Enterprise,
                                                      QStringLiteral("Test Co."),
                                                      QStringLiteral("91350100M000100Y43"),
                                                      {},
                                                      {}});
        REQUIRE(added.ok());
        CHECK(f.lastAuditEvent() == QStringLiteral("subject.add"));
        REQUIRE(changed.count() == 1);
        CHECK(changed.first().at(0).toString() == QStringLiteral("subject"));
        CHECK(changed.first().at(1).toLongLong() == added->id);
    }
}

TEST_CASE("A credit record needs a legally effective basis, through the service as in the register", "[service]") {
    WorkflowFixture f;
    const qint64 subject = f.addSubject();
    Session session(f.vault(), f.officer);
    CaseService service(session);
    const auto before = f.snapshot();
    requireRefusedWithCitation(f, before, service.addRecord(penalty(subject, QDate(2026, 6, 20), QDate(2026, 7, 20))),
                               QStringLiteral("record.add"), QStringLiteral("II(2)"));
    auto added = service.addRecord(penalty(subject, QDate(2025, 1, 10), QDate(2025, 2, 10)));
    REQUIRE(added.ok());
    CHECK(added->record.subjectId == subject);
    CHECK(f.lastAuditEvent() == QStringLiteral("record.add"));
}

TEST_CASE("A case opens through the service only under a standard in force", "[service]") {
    WorkflowFixture f;
    const qint64 subject = f.addSubject();
    const qint64 record = f.addRecord(subject);
    Session session(f.vault(), f.officer);
    CaseService service(session);
    // Before the national standard (SAMR Order 44, in force 2021-09-01) there is none to designate under.
    auto tooEarly = samrCase(record);
    tooEarly.on = QDate(2021, 8, 31);
    QSqlQuery backdate(f.db());
    REQUIRE(
        backdate.exec(QStringLiteral("UPDATE credit_records SET decided_on = '2021-06-01' WHERE id = %1").arg(record)));
    REQUIRE(backdate.exec(
        QStringLiteral("UPDATE basis_documents SET effective_on = '2021-07-01' WHERE id = (SELECT basis_id FROM "
                       "credit_records WHERE id = %1)")
            .arg(record)));
    const auto before = f.snapshot();
    requireRefusedWithCitation(f, before, service.open(tooEarly), QStringLiteral("case.open"), QStringLiteral("IV(7)"));
    // Under the national standard in force no local adoption is needed; an adopted local standard then governs.
    auto national = service.open(samrCase(record));
    REQUIRE(national.ok());
    CHECK(national->standardId == 0);
    f.adoptStandard();
    auto opened = service.open(samrCase(f.addRecord(subject)));
    REQUIRE(opened.ok());
    CHECK(opened->stage == CaseStage::NoticePrepared);
    CHECK(opened->standardId > 0);
    CHECK(f.lastAuditEvent() == QStringLiteral("case.open"));
}

TEST_CASE("Every step of a case through the service is refused to another county and done by the case's organ",
          "[service]") {
    WorkflowFixture f;
    const auto otherOfficer = neighbour(f, QStringLiteral("wu.officer"), domain::Role::Officer);
    const auto otherSupervisor = neighbour(f, QStringLiteral("zheng.sup"), domain::Role::Supervisor);
    Session asOther(f.vault(), otherOfficer);
    Session asOtherSupervisor(f.vault(), otherSupervisor);
    Session asOfficer(f.vault(), f.officer);
    Session asSupervisor(f.vault(), f.supervisor);
    Session asProvince(f.vault(), f.provincial);
    CaseService other(asOther), otherSup(asOtherSupervisor), officer(asOfficer), supervisor(asSupervisor),
        province(asProvince);
    const qint64 id = f.openCase();
    const QString jurisdiction = QStringLiteral("IV(8)");

    auto before = f.snapshot();
    requireRefusedWithCitation(f, before, other.serveNotice(id, QDate(2025, 2, 21)),
                               QStringLiteral("case.serve-notice"), jurisdiction);
    REQUIRE(officer.serveNotice(id, QDate(2025, 2, 21))->stage == CaseStage::ObjectionWindow);

    before = f.snapshot();
    requireRefusedWithCitation(f, before, other.receiveObjection(id, QDate(2025, 2, 25), QStringLiteral("not ours")),
                               QStringLiteral("case.receive-objection"), jurisdiction);
    REQUIRE(officer.receiveObjection(id, QDate(2025, 2, 25), QStringLiteral("not ours")).ok());

    before = f.snapshot();
    requireRefusedWithCitation(f, before,
                               otherSup.answerObjection(id, QDate(2025, 2, 27), false, QStringLiteral("it was")),
                               QStringLiteral("case.reject-objection"), jurisdiction);
    REQUIRE(supervisor.answerObjection(id, QDate(2025, 2, 27), false, QStringLiteral("it was")).ok());

    before = f.snapshot();
    requireRefusedWithCitation(f, before, other.submitReExamination(id, QDate(2025, 3, 3), QString()),
                               QStringLiteral("case.submit-re-examination"), jurisdiction);
    REQUIRE(officer.submitReExamination(id, QDate(2025, 3, 3), QString()).ok());

    before = f.snapshot();
    requireRefusedWithCitation(f, before, otherSup.decideReExamination(id, QDate(2025, 3, 5), true, QString()),
                               QStringLiteral("case.approve-re-examination"), jurisdiction);
    REQUIRE(province.decideReExamination(id, QDate(2025, 3, 5), true, QString()).ok());

    before = f.snapshot();
    requireRefusedWithCitation(f, before, otherSup.decide(id, QDate(2025, 3, 6)), QStringLiteral("case.decide"),
                               jurisdiction);
    auto listed = supervisor.decide(id, QDate(2025, 3, 6));
    REQUIRE(listed.ok());
    CHECK(listed->stage == CaseStage::Listed);

    f.setToday(QDate(2028, 3, 7));
    before = f.snapshot();
    requireRefusedWithCitation(f, before, otherSup.expire(id, QDate(2028, 3, 6)), QStringLiteral("case.expire"),
                               jurisdiction);
    auto expired = supervisor.expire(id, QDate(2028, 3, 6));
    REQUIRE(expired.ok());
    CHECK(expired->stage == CaseStage::Expired);
    CHECK(f.lastAuditEvent() == QStringLiteral("case.expire"));
}

TEST_CASE("Reading a case file through the service registers the inquiry, a read without purpose is refused",
          "[service]") {
    WorkflowFixture f;
    const qint64 id = f.servedCase();
    Session session(f.vault(), f.auditor);
    CaseService service(session);
    const auto registered = [&f] { return f.count(QStringLiteral("SELECT count(*) FROM inquiry_register")); };
    const qint64 inquiries = registered();
    const auto before = f.snapshot();
    requireRefusedWithCitation(f, before, service.show(id, QString()), QStringLiteral("case.show"),
                               QStringLiteral("VII(13)"));
    CHECK(registered() == inquiries);
    auto file = service.show(id, QStringLiteral("annual review"));
    REQUIRE(file.ok());
    CHECK(file->theCase.id == id);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM inquiry_register WHERE actor = 'zhou.audit' AND object = "
                                 "'case:%1' AND purpose = 'annual review'")
                      .arg(id)) == 1);
}

TEST_CASE("Listing cases through the service registers one inquiry with the purpose given", "[service]") {
    WorkflowFixture f;
    const qint64 id = f.servedCase();
    Session session(f.vault(), f.supervisor);
    const qint64 inquiries = f.count(QStringLiteral("SELECT count(*) FROM inquiry_register"));
    auto cases = CaseService(session).list(CaseStage::ObjectionWindow, 10, QStringLiteral("weekly review"));
    REQUIRE(cases.ok());
    REQUIRE(cases->size() == 1);
    CHECK(cases->first().id == id);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM inquiry_register")) == inquiries + 1);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM inquiry_register WHERE purpose = 'weekly review'")) == 1);
}

TEST_CASE("The actions of a case through the service are the table's for the session's user", "[service]") {
    WorkflowFixture f;
    const qint64 id = f.servedCase();
    Session session(f.vault(), f.officer);
    const auto before = f.snapshot();
    auto actions = CaseService(session).actions(id);
    REQUIRE(actions.ok());
    auto asOfficer = f.as(f.officer);
    auto expected = service::CaseActions::forCase(asOfficer, id);
    REQUIRE(expected.ok());
    REQUIRE(actions->size() == expected->size());
    for (int i = 0; i < actions->size(); ++i) {
        CHECK(actions->at(i).event == expected->at(i).event);
        CHECK(actions->at(i).allowed == expected->at(i).allowed);
    }
    CHECK(f.snapshot().auditEntries == before.auditEntries);
    CHECK(CaseService(session).actions(id + 100).error().kind == ErrorKind::NotFound);
}

TEST_CASE("Restoration through the service: applied, granted and revoked by the case's organ only", "[service]") {
    WorkflowFixture f;
    const qint64 id = f.listedCase();
    const auto otherOfficer = neighbour(f, QStringLiteral("wu.officer"), domain::Role::Officer);
    const auto otherSupervisor = neighbour(f, QStringLiteral("zheng.sup"), domain::Role::Supervisor);
    Session asOther(f.vault(), otherOfficer);
    Session asOtherSupervisor(f.vault(), otherSupervisor);
    Session asOfficer(f.vault(), f.officer);
    Session asSupervisor(f.vault(), f.supervisor);
    CaseService other(asOther), otherSup(asOtherSupervisor), officer(asOfficer), supervisor(asSupervisor);

    auto before = f.snapshot();
    requireRefusedWithCitation(f, before, other.applyForRestoration(application(id, QDate(2026, 3, 9))),
                               QStringLiteral("restoration.apply"), QStringLiteral("VI(11)"));
    auto applied = officer.applyForRestoration(application(id, QDate(2026, 3, 9)));
    REQUIRE(applied.ok());
    CHECK(applied->eligible);

    before = f.snapshot();
    requireRefusedWithCitation(f, before, otherSup.decideRestoration(id, QDate(2026, 3, 12), true, QString()),
                               QStringLiteral("restoration.grant"), QStringLiteral("VI(11)"));
    REQUIRE(supervisor.decideRestoration(id, QDate(2026, 3, 12), true, QString()).ok());

    before = f.snapshot();
    requireRefusedWithCitation(f, before,
                               otherSup.revokeRestoration(id, QDate(2026, 4, 1), QStringLiteral("forged receipt")),
                               QStringLiteral("restoration.revoke"), QStringLiteral("VI(11)"));
    auto revoked = supervisor.revokeRestoration(id, QDate(2026, 4, 1), QStringLiteral("forged receipt"));
    REQUIRE(revoked.ok());
    CHECK(f.lastAuditEvent() == QStringLiteral("restoration.revoke"));
}
