// The substance of the law, not only its procedure: national standards in force, facts taken from the evidence,
// restoration of penalty information beside removal from a list, and terms counted as the rule data says. Every
// refusal is checked for its citation and for having written nothing but its own audit entry.
#include "RuleEditions.h"
#include "WorkflowFixture.h"
#include "audit/AccountabilityReport.h"
#include "calendar/WorkCalendar.h"
#include "exchange/DisclosureExport.h"
#include "workflow/CaseWorkflow.h"
#include "workflow/CreditRecordRegister.h"
#include "workflow/DeadlineRegister.h"
#include "workflow/RestorationWorkflow.h"
#include "workflow/RuleAdministration.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace creditcase;
using namespace creditcase::test;
using domain::CaseStage;
using domain::RestorationStage;
using exchange::Channel;
using exchange::DisclosureExport;
using workflow::CaseWorkflow;
using workflow::RestorationWorkflow;

namespace {

bool cites(const Error& error, const QString& fragment) {
    return error.citations.join(QLatin1Char(' ')).contains(fragment);
}

// A record of the county bureau: the subject, the catalogue item, severity and sector as given.
qint64 record(WorkflowFixture& f, qint64 subject, const QString& item, domain::Severity severity, const QString& sector,
              QDate decided = QDate(2025, 1, 10), const QString& number = QStringLiteral("1")) {
    auto context = f.as(f.officer);
    workflow::CreditRecordRegister::NewRecord input;
    input.subjectId = subject;
    input.catalogItem = item;
    input.basisKind = item == QLatin1String("court-defaulter")
                          ? domain::BasisDocumentKind::JudicialRuling
                          : domain::BasisDocumentKind::AdministrativePenaltyDecision;
    input.basisNumber = QStringLiteral("Test Penalty [2025] No. %1").arg(number);
    input.basisOrgan = QStringLiteral("Test County Bureau");
    input.basisDate = decided;
    input.effectiveOn = decided.addMonths(1);
    input.severity = severity;
    input.sector = sector;
    input.facts = QStringLiteral("the conduct as found in the penalty decision");
    auto added = workflow::CreditRecordRegister(context).add(input);
    if (!added)
        FAIL(added.error().message.toStdString());
    return added->record.id;
}

CaseWorkflow::OpenCase openRequest(qint64 recordId, const QString& listType, QDate on = QDate(2025, 2, 20)) {
    CaseWorkflow::OpenCase request;
    request.recordId = recordId;
    request.listType = listType;
    request.on = on;
    return request;
}

} // namespace

SCENARIO("A county designates onto the wage-arrears list under MOHRSS Order 45 with no locally adopted standard "
         "[MOHRSS Order 45 Arts. 5-11; Opinions IV(7)]") {
    WorkflowFixture f;
    const qint64 subject = f.addSubject();
    const qint64 arrears = record(f, subject, QStringLiteral("administrative-penalty-legal-person"),
                                  domain::Severity::Serious, QStringLiteral("labour"));
    REQUIRE(f.count(QStringLiteral("SELECT count(*) FROM standards")) == 0);
    auto asOfficer = f.as(f.officer);
    auto asSupervisor = f.as(f.supervisor);

    WHEN("the officer opens the case and serves the notice, and the supervisor decides after the objection window") {
        auto request = openRequest(arrears, QStringLiteral("wage-arrears"));
        request.decisionLimitFrom = QDate(2025, 2, 14); // the order to pay fell due unpaid (Art. 8)
        auto opened = CaseWorkflow(asOfficer).open(request);
        REQUIRE(opened.ok());
        auto served = CaseWorkflow(asOfficer).serveNotice(opened->id, QDate(2025, 2, 21));
        REQUIRE(served.ok());
        auto decided = CaseWorkflow(asSupervisor).decide(opened->id, QDate(2025, 3, 3));
        THEN("the listing rests on the national standard: 3 years from the decision (Art. 11), with measures") {
            CHECK(opened->standardId == 0);
            CHECK(served->objectionWindowEnds == QDate(2025, 2, 28)); // Art. 6: 5 working days
            REQUIRE(decided.ok());
            CHECK(decided->stage == CaseStage::Listed);
            CHECK(decided->listedUntil == QDate(2028, 3, 3));
            CHECK(f.count(QStringLiteral("SELECT count(*) FROM applied_measures WHERE case_id = %1").arg(opened->id)) >
                  0);
            CHECK(f.count(QStringLiteral("SELECT count(*) FROM decisions WHERE case_id = %1 AND citations LIKE "
                                         "'%人力资源社会保障部令第45号%'")
                              .arg(opened->id)) == 1);
        }
        THEN("the listing ends with its term; a removal carried out after the 10 working days of Art. 17 is late") {
            REQUIRE(decided.ok());
            f.setToday(QDate(2028, 4, 1));
            auto expired = CaseWorkflow(asOfficer).expire(opened->id, QDate(2028, 3, 31));
            REQUIRE(expired.ok());
            QSqlQuery q(f.db());
            REQUIRE(q.exec(QStringLiteral("SELECT payload FROM audit_log WHERE event = 'case.expire' ORDER BY seq DESC "
                                          "LIMIT 1")));
            REQUIRE(q.next());
            const QString payload = q.value(0).toString();
            CHECK(payload.contains(QStringLiteral("\"removal_due_by\":\"2028-03-17\"")));
            CHECK(payload.contains(QStringLiteral("\"late\":true")));
            CHECK(payload.contains(QStringLiteral("Art. 17")));
        }
        THEN("the unknown comment period of Order 45 is carried as a warning marked [U], not a refusal") {
            QSqlQuery q(f.db());
            REQUIRE(q.exec(QStringLiteral("SELECT payload FROM audit_log WHERE event = 'case.open' ORDER BY seq DESC "
                                          "LIMIT 1")));
            REQUIRE(q.next());
            CHECK(q.value(0).toString().contains(QStringLiteral("人力资源社会保障部令第45号")));
            CHECK(q.value(0).toString().contains(QStringLiteral("[U]")));
            // ... and handed to the officer with the opened case, so the command line and the window can say it.
            REQUIRE(opened->warnings.size() == 1);
            CHECK(opened->warnings.first().contains(QStringLiteral("[U]")));
        }
    }
    WHEN("a supervisor who handled the case as its officer tries to decide it himself") {
        auto opened = CaseWorkflow(asSupervisor).open(openRequest(arrears, QStringLiteral("wage-arrears")));
        REQUIRE(opened.ok());
        REQUIRE(CaseWorkflow(asSupervisor).serveNotice(opened->id, QDate(2025, 2, 21)).ok());
        const auto before = f.snapshot();
        auto decided = CaseWorkflow(asSupervisor).decide(opened->id, QDate(2025, 3, 3));
        THEN("four eyes refuse it, citing the provision") {
            REQUIRE_FALSE(decided.ok());
            CHECK(decided.error().message.contains(QStringLiteral("Four eyes")));
            CHECK(cites(decided.error(), QStringLiteral("Art. 57")));
            f.requireOnlyRefusalAudited(before, QStringLiteral("case.decide"));
        }
    }
}

SCENARIO("A 15-year-old is never placed on the list of judgment defaulters, the resident ID being the only evidence "
         "[SPC Fa Shi 2017 No. 7 Art. 4; GB 11643]") {
    WorkflowFixture f;
    // Born 2010-03-15 (characters 7-14 of the number); nobody types the age or a "minor" flag.
    const qint64 young = f.addSubject(QStringLiteral("110105201003150017"), domain::SubjectKind::Individual);
    const qint64 debt =
        record(f, young, QStringLiteral("court-defaulter"), domain::Severity::Serious, QStringLiteral("courts"));
    auto asOfficer = f.as(f.officer);
    auto request = openRequest(debt, QStringLiteral("court-defaulter"), QDate(2025, 6, 1));
    request.ground = QStringLiteral("art1-2");
    const auto before = f.snapshot();
    auto opened = CaseWorkflow(asOfficer).open(request);
    THEN("the designation is refused by Art. 4 on the age the ID shows, and nothing is written") {
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().kind == ErrorKind::Refused);
        CHECK(opened.error().message.contains(QStringLiteral("15 years old")));
        CHECK(cites(opened.error(), QStringLiteral("Art. 4")));
        f.requireOnlyRefusalAudited(before, QStringLiteral("case.open"));
    }
    AND_THEN("an adult's ID does not bar the same designation") {
        const qint64 adult = f.addSubject(QStringLiteral("110105199001010029"), domain::SubjectKind::Individual);
        const qint64 adultDebt = record(f, adult, QStringLiteral("court-defaulter"), domain::Severity::Serious,
                                        QStringLiteral("courts"), QDate(2025, 1, 10), QStringLiteral("2"));
        auto adultRequest = openRequest(adultDebt, QStringLiteral("court-defaulter"), QDate(2025, 6, 1));
        adultRequest.ground = QStringLiteral("art1-2");
        CHECK(CaseWorkflow(asOfficer).open(adultRequest).ok());
    }
}

SCENARIO("An honours record can never open a case: only adverse information leads to a designation "
         "[Opinions II(2), IV(6)]") {
    WorkflowFixture f;
    const qint64 honour = record(f, f.addSubject(), QStringLiteral("honours"), domain::Severity::Serious,
                                 QStringLiteral("market-regulation"));
    auto asOfficer = f.as(f.officer);
    auto request = openRequest(honour, QStringLiteral("samr-serious-illegal"));
    request.scope = domain::ScopeCategory::PublicHealthAndSafety;
    const auto before = f.snapshot();
    auto opened = CaseWorkflow(asOfficer).open(request);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().message.contains(QStringLiteral("not adverse information")));
    CHECK(cites(opened.error(), QStringLiteral("II(2)")));
    f.requireOnlyRefusalAudited(before, QStringLiteral("case.open"));
}

SCENARIO("A minor-severity record cannot reach a list of the seriously untrustworthy [Opinions IV(6), V(10)]") {
    WorkflowFixture f;
    const qint64 slight = f.addRecord(f.addSubject(), domain::Severity::Minor);
    auto asOfficer = f.as(f.officer);
    auto request = openRequest(slight, QStringLiteral("samr-serious-illegal"));
    request.scope = domain::ScopeCategory::PublicHealthAndSafety;
    const auto before = f.snapshot();
    auto opened = CaseWorkflow(asOfficer).open(request);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().message.contains(QStringLiteral("may follow only")));
    CHECK(cites(opened.error(), QStringLiteral("IV(6)")));
    f.requireOnlyRefusalAudited(before, QStringLiteral("case.open"));
}

SCENARIO("Penalty information is restored after its minimum period and leaves the public export that day, the "
         "subject's other records staying [Opinions VI(11); NDRC Order No. 58]") {
    WorkflowFixture f;
    const qint64 subject = f.addSubject();
    // Two general-conduct penalties of the same enterprise, decided 2025-01-10 under Order 58 (minimum 3 months).
    const qint64 restored = record(f, subject, QStringLiteral("administrative-penalty-legal-person"),
                                   domain::Severity::General, QStringLiteral("market-regulation"));
    const qint64 other =
        record(f, subject, QStringLiteral("administrative-penalty-legal-person"), domain::Severity::General,
               QStringLiteral("market-regulation"), QDate(2025, 1, 10), QStringLiteral("2"));
    auto asOfficer = f.as(f.officer);
    auto asSupervisor = f.as(f.supervisor);
    RestorationWorkflow::RecordApplication application;
    application.recordId = restored;
    application.correctedOn = QDate(2025, 3, 1);
    application.commitmentLetter = workflow::AttachmentStore::File{QStringLiteral("承诺书.pdf"), QByteArray("%PDF")};

    WHEN("the application comes before the minimum period has passed") {
        application.on = QDate(2025, 4, 9);
        const auto before = f.snapshot();
        auto applied = RestorationWorkflow(asOfficer).applyForRecord(application);
        THEN("it is not accepted (不予受理), with the first possible day and the provision, and nothing is stored") {
            REQUIRE_FALSE(applied.ok());
            CHECK(applied.error().kind == ErrorKind::Refused);
            CHECK(applied.error().message.contains(QStringLiteral("2025-04-10")));
            CHECK(cites(applied.error(), QStringLiteral("VI(11)")));
            f.requireOnlyRefusalAudited(before, QStringLiteral("restoration.apply"));
        }
    }
    WHEN("it comes after the minimum period with correction and commitment, and is granted on 2025-05-08") {
        application.on = QDate(2025, 5, 6);
        auto applied = RestorationWorkflow(asOfficer).applyForRecord(application);
        REQUIRE(applied.ok());
        CHECK(applied->stage == RestorationStage::Applied);
        CHECK(applied->recordId == restored);
        CHECK(applied->dueOn.isValid());
        auto granted = RestorationWorkflow(asSupervisor).decideForRecord(restored, QDate(2025, 5, 8), true, QString());
        REQUIRE(granted.ok());
        QSqlDatabase db = f.db();
        auto rules = asOfficer.ruleSet();
        REQUIRE(rules.ok());
        const auto dayBefore =
            DisclosureExport::select(db, *rules, Channel::Public, QDate(2025, 5, 7), f.officer.organ.id);
        const auto sameDay =
            DisclosureExport::select(db, *rules, Channel::Public, QDate(2025, 5, 8), f.officer.organ.id);
        const auto shared =
            DisclosureExport::select(db, *rules, Channel::Sharing, QDate(2025, 5, 8), f.officer.organ.id);
        REQUIRE(dayBefore.ok());
        REQUIRE(sameDay.ok());
        REQUIRE(shared.ok());
        THEN("that record leaves the public export the same day; the other record stays; sharing follows the "
             "catalogue") {
            CHECK(dayBefore->recordIds == QList<qint64>{restored, other});
            CHECK(sameDay->recordIds == QList<qint64>{other});
            CHECK(sameDay->excluded.restored == 1);
            CHECK(shared->recordIds == QList<qint64>{restored, other});
        }
        THEN("no case exists or is touched: only that record's disclosure ended") {
            CHECK(f.count(QStringLiteral("SELECT count(*) FROM cases")) == 0);
            CHECK(f.count(QStringLiteral("SELECT count(*) FROM credit_records WHERE disclosure_stopped_on IS NOT "
                                         "NULL")) == 1);
        }
    }
}

SCENARIO("A list removal leaves the penalty record's disclosure as the list's rules say [Opinions VI(11), III(5)]") {
    WorkflowFixture f;
    const qint64 id = f.listedCase();
    auto asOfficer = f.as(f.officer);
    auto asSupervisor = f.as(f.supervisor);
    RestorationWorkflow::Application application;
    application.caseId = id;
    application.on = QDate(2026, 3, 9);
    application.correctedOn = QDate(2025, 4, 1);
    application.commitmentLetter = workflow::AttachmentStore::File{QStringLiteral("letter.pdf"), QByteArray("%PDF")};
    REQUIRE(RestorationWorkflow(asOfficer).apply(application).ok());
    auto granted = RestorationWorkflow(asSupervisor).decide(id, QDate(2026, 3, 12), true, QString());
    REQUIRE(granted.ok());
    QSqlDatabase db = f.db();
    auto rules = asOfficer.ruleSet();
    REQUIRE(rules.ok());
    const auto listed = DisclosureExport::select(db, *rules, Channel::Public, QDate(2026, 3, 11), f.officer.organ.id);
    const auto removed = DisclosureExport::select(db, *rules, Channel::Public, QDate(2026, 3, 12), f.officer.organ.id);
    REQUIRE(listed.ok());
    REQUIRE(removed.ok());
    THEN("the designation leaves the serious-list section; the penalty record stays disclosed (SAMR Order 44 names "
         "no rule that ends it)") {
        REQUIRE(listed->designations.size() == 1);
        CHECK(listed->caseIds == QList<qint64>{id});
        CHECK(listed->designations.first().at(0) == QStringLiteral("市场监督管理严重违法失信名单"));
        CHECK(removed->designations.isEmpty());
        CHECK(removed->rows.size() == 1);
        CHECK(f.count(QStringLiteral("SELECT count(*) FROM credit_records WHERE disclosure_stopped_on IS NULL")) == 1);
    }
}

SCENARIO("The tax list's term counts from publication [STA Order 54, as the rule data states]") {
    WorkflowFixture f;
    const qint64 evasion =
        record(f, f.addSubject(QStringLiteral("91350100123456788Q")),
               QStringLiteral("administrative-penalty-legal-person"), domain::Severity::Serious, QStringLiteral("tax"));
    auto asOfficer = f.as(f.officer);
    auto asSupervisor = f.as(f.supervisor);
    auto opened = CaseWorkflow(asOfficer).open(openRequest(evasion, QStringLiteral("tax-major-violation")));
    REQUIRE(opened.ok());
    REQUIRE(CaseWorkflow(asOfficer).serveNotice(opened->id, QDate(2025, 2, 21)).ok());
    auto decided = CaseWorkflow(asSupervisor).decide(opened->id, QDate(2025, 3, 3));
    REQUIRE(decided.ok());
    THEN("the decision alone starts no term") {
        CHECK(decided->stage == CaseStage::Listed);
        CHECK_FALSE(decided->listedUntil.isValid());
        const auto before = f.snapshot();
        auto expired = CaseWorkflow(asOfficer).expire(opened->id, QDate(2026, 6, 1));
        REQUIRE_FALSE(expired.ok());
        CHECK(expired.error().message.contains(QStringLiteral("publication")));
        f.requireOnlyRefusalAudited(before, QStringLiteral("case.expire"));
    }
    WHEN("the listing is published on 2025-03-10") {
        auto published = CaseWorkflow(asOfficer).publish(opened->id, QDate(2025, 3, 10));
        THEN("the 3-year term runs from publication, with its expiry deadline") {
            REQUIRE(published.ok());
            CHECK(published->listedUntil == QDate(2028, 3, 10));
            CHECK(f.count(QStringLiteral("SELECT count(*) FROM decisions WHERE listed_from = '2025-03-10' AND "
                                         "listed_until = '2028-03-10'")) == 1);
            CHECK(f.count(QStringLiteral("SELECT count(*) FROM deadlines WHERE kind = 'list-expiry' AND status = "
                                         "'open' AND due_on = '2028-03-10'")) == 1);
        }
        AND_THEN("a second publication, or one dated before the decision, is refused") {
            const auto before = f.snapshot();
            CHECK_FALSE(CaseWorkflow(asOfficer).publish(opened->id, QDate(2025, 3, 11)).ok());
            f.requireOnlyRefusalAudited(before, QStringLiteral("case.publish"));
        }
    }
    WHEN("a list whose term counts from the decision is 'published'") {
        const qint64 listed = f.listedCase();
        const auto before = f.snapshot();
        auto published = CaseWorkflow(asOfficer).publish(listed, QDate(2025, 3, 10));
        THEN("it is refused with the term's citation") {
            REQUIRE_FALSE(published.ok());
            CHECK(published.error().message.contains(QStringLiteral("does not count from publication")));
            CHECK_FALSE(published.error().citations.isEmpty());
            f.requireOnlyRefusalAudited(before, QStringLiteral("case.publish"));
        }
    }
}

namespace {

// A court-list record of a natural person with the day of the conduct as the judgment states it (invalid: none).
workflow::CreditRecordRegister::NewRecord courtRecord(qint64 subject, QDate decided, QDate conductOn,
                                                      const QString& number) {
    workflow::CreditRecordRegister::NewRecord input;
    input.subjectId = subject;
    input.catalogItem = QStringLiteral("court-defaulter");
    input.basisKind = domain::BasisDocumentKind::JudicialRuling;
    input.basisNumber = QStringLiteral("Test Ruling [2025] No. %1").arg(number);
    input.basisOrgan = QStringLiteral("Test County Court");
    input.basisDate = decided;
    input.effectiveOn = decided.addMonths(1);
    input.conductOn = conductOn;
    input.severity = domain::Severity::Serious;
    input.sector = QStringLiteral("courts");
    input.facts = QStringLiteral("the conduct as found in the ruling");
    return input;
}

} // namespace

SCENARIO("A person 15 years old on the day of the conduct is never placed on the list of judgment defaulters, even "
         "when 18 by the designation, the resident ID being the only evidence [SPC Fa Shi 2017 No. 7 Art. 4; "
         "GB 11643]") {
    WorkflowFixture f;
    // Born 2007-09-01: 15 on the day of the conduct, 18 when the ruling is made and when the case is opened.
    const qint64 young = f.addSubject(QStringLiteral("110105200709010011"), domain::SubjectKind::Individual);
    auto asOfficer = f.as(f.officer);
    GIVEN("a record that states the day of the conduct") {
        auto added = workflow::CreditRecordRegister(asOfficer).add(
            courtRecord(young, QDate(2025, 10, 10), QDate(2023, 5, 1), QStringLiteral("1")));
        REQUIRE(added.ok());
        CHECK(added->record.conductOn == QDate(2023, 5, 1));
        auto request = openRequest(added->record.id, QStringLiteral("court-defaulter"), QDate(2026, 3, 2));
        request.ground = QStringLiteral("art1-2");
        const auto before = f.snapshot();
        auto opened = CaseWorkflow(asOfficer).open(request);
        THEN("the designation is refused by Art. 4 on the age at the conduct, and nothing is written") {
            REQUIRE_FALSE(opened.ok());
            CHECK(opened.error().kind == ErrorKind::Refused);
            CHECK(opened.error().message.contains(QStringLiteral("15 years old")));
            CHECK(opened.error().message.contains(QStringLiteral("2023-05-01")));
            CHECK(cites(opened.error(), QStringLiteral("Art. 4")));
            f.requireOnlyRefusalAudited(before, QStringLiteral("case.open"));
        }
    }
    GIVEN("a record without the day of the conduct, made while the subject was 17") {
        auto added = workflow::CreditRecordRegister(asOfficer).add(
            courtRecord(young, QDate(2025, 6, 10), QDate(), QStringLiteral("2")));
        REQUIRE(added.ok());
        CHECK_FALSE(added->record.conductOn.isValid());
        auto request = openRequest(added->record.id, QStringLiteral("court-defaulter"), QDate(2026, 3, 2));
        request.ground = QStringLiteral("art1-2");
        const auto before = f.snapshot();
        auto opened = CaseWorkflow(asOfficer).open(request);
        THEN("the basis document's date stands in for the conduct's: refused, cited, nothing written") {
            REQUIRE_FALSE(opened.ok());
            CHECK(opened.error().message.contains(QStringLiteral("17 years old")));
            CHECK(cites(opened.error(), QStringLiteral("Art. 4")));
            f.requireOnlyRefusalAudited(before, QStringLiteral("case.open"));
        }
    }
}

SCENARIO("Without the day of the conduct, an adult by the basis document's date is designated with a warning "
         "marked U in the case's audit entry [SPC Fa Shi 2017 No. 7 Art. 4]") {
    WorkflowFixture f;
    const qint64 adult = f.addSubject(QStringLiteral("110105199001010029"), domain::SubjectKind::Individual);
    auto asOfficer = f.as(f.officer);
    auto added = workflow::CreditRecordRegister(asOfficer).add(
        courtRecord(adult, QDate(2025, 6, 10), QDate(), QStringLiteral("5")));
    REQUIRE(added.ok());
    auto request = openRequest(added->record.id, QStringLiteral("court-defaulter"), QDate(2026, 3, 2));
    request.ground = QStringLiteral("art1-2");
    auto opened = CaseWorkflow(asOfficer).open(request);
    REQUIRE(opened.ok());
    THEN("the officer can read in the audit entry that the conduct date was not stated") {
        CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE event = 'case.open' AND payload LIKE "
                                     "'%does not state the day of the conduct%[U]%'")) == 1);
    }
}

SCENARIO("The day of the conduct is neither after the basis document that found it nor in the future "
         "[Opinions II(2)]") {
    WorkflowFixture f;
    const qint64 adult = f.addSubject(QStringLiteral("110105199001010029"), domain::SubjectKind::Individual);
    auto asOfficer = f.as(f.officer);
    const auto before = f.snapshot();
    auto late = workflow::CreditRecordRegister(asOfficer).add(
        courtRecord(adult, QDate(2025, 6, 10), QDate(2025, 6, 11), QStringLiteral("3")));
    THEN("a conduct after the ruling is refused and nothing is written") {
        REQUIRE_FALSE(late.ok());
        CHECK(late.error().kind == ErrorKind::Refused);
        CHECK(late.error().message.contains(QStringLiteral("2025-06-11")));
        f.requireOnlyRefusalAudited(before, QStringLiteral("record.add"));
    }
    AND_THEN("a conduct in the future is refused too") {
        auto future = workflow::CreditRecordRegister(asOfficer).add(
            courtRecord(adult, QDate(2025, 6, 10), QDate(2026, 7, 1), QStringLiteral("4")));
        REQUIRE_FALSE(future.ok());
        CHECK(future.error().message.contains(QStringLiteral("future")));
    }
}

SCENARIO("A restoration of penalty information decided late is named in the accountability report, and its due "
         "date follows a changed holiday schedule [Opinions VI(11), VI(12), IX]") {
    WorkflowFixture f;
    const qint64 subject = f.addSubject();
    const qint64 restored = record(f, subject, QStringLiteral("administrative-penalty-legal-person"),
                                   domain::Severity::General, QStringLiteral("market-regulation"));
    auto asOfficer = f.as(f.officer);
    auto asSupervisor = f.as(f.supervisor);
    RestorationWorkflow::RecordApplication application;
    application.recordId = restored;
    application.correctedOn = QDate(2025, 3, 1);
    application.commitmentLetter = workflow::AttachmentStore::File{QStringLiteral("承诺书.pdf"), QByteArray("%PDF")};
    // Monday 2025-04-28: a working-day limit runs across the 2025 May Day holiday (1-5 May).
    application.on = QDate(2025, 4, 28);
    auto applied = RestorationWorkflow(asOfficer).applyForRecord(application);
    REQUIRE(applied.ok());
    const QDate due = applied->dueOn;
    REQUIRE(due.isValid());
    QSqlDatabase db = f.db();

    WHEN("it is granted five days after it was due and the report is made") {
        auto granted = RestorationWorkflow(asSupervisor).decideForRecord(restored, due.addDays(5), true, QString());
        REQUIRE(granted.ok());
        auto rules = asOfficer.ruleSet();
        REQUIRE(rules.ok());
        auto report = audit::AccountabilityReport::build(db, *rules, QDate(2025, 1, 1), QDate(2025, 12, 31));
        REQUIRE(report.ok());
        THEN("the county bureau's late restoration names the record, its due date and the days late") {
            REQUIRE_FALSE(report->organs.isEmpty());
            const auto& organ = report->organs.first();
            CHECK(organ.organ == f.officer.organ.name);
            REQUIRE(organ.lateRestorations.size() == 1);
            const auto& late = organ.lateRestorations.first();
            CHECK(late.recordId == restored);
            CHECK(late.caseId == 0);
            CHECK(late.actId == granted->id);
            CHECK(late.due == due);
            CHECK(late.daysLate == 5);
            CHECK_FALSE(report->clean());
        }
    }
    WHEN("the holiday schedule changes while it is pending (here: no published holidays at all)") {
        auto moved =
            workflow::DeadlineRegister::recomputeAll(db, calendar::WorkCalendar::builtIn(), calendar::WorkCalendar());
        REQUIRE(moved.ok());
        const qint64 deadlineDue = f.count(QStringLiteral("SELECT CAST(julianday(due_on) + 0.5 AS INTEGER) FROM "
                                                          "deadlines WHERE kind = 'restoration-due' AND record_id = %1")
                                               .arg(restored));
        const qint64 applicationDue = f.count(
            QStringLiteral("SELECT CAST(julianday(due_on) + 0.5 AS INTEGER) FROM restorations WHERE record_id = %1")
                .arg(restored));
        THEN("the application's due date moves with its deadline") {
            CHECK_FALSE(moved->isEmpty());
            CHECK(deadlineDue != static_cast<qint64>(due.toJulianDay()));
            CHECK(applicationDue == deadlineDue);
        }
    }
}

SCENARIO("The wage-arrears decision is due 20 working days after the order to pay fell due unpaid, and the head of "
         "the organ may extend it once by 20 [MOHRSS Order 45 Art. 8]") {
    WorkflowFixture f;
    const qint64 subject = f.addSubject();
    const qint64 arrears = record(f, subject, QStringLiteral("administrative-penalty-legal-person"),
                                  domain::Severity::Serious, QStringLiteral("labour"));
    auto asOfficer = f.as(f.officer);
    auto asSupervisor = f.as(f.supervisor);
    auto decisionDeadlines = [&](qint64 caseId) {
        QList<domain::Deadline> found;
        QSqlDatabase db = f.db();
        auto all = workflow::DeadlineRegister::of(db, {caseId, 0, 0, 0});
        REQUIRE(all.ok());
        for (const auto& d : *all)
            if (d.kind == domain::DeadlineKind::DecisionDue)
                found << d;
        return found;
    };

    GIVEN("a case opened on 2025-02-20 whose order to pay fell due unpaid on 2025-02-14") {
        auto request = openRequest(arrears, QStringLiteral("wage-arrears"));
        request.decisionLimitFrom = QDate(2025, 2, 14);
        auto opened = CaseWorkflow(asOfficer).open(request);
        REQUIRE(opened.ok());
        THEN("the decision deadline is kept, 20 working days later, with its source, and no warning asks for the day") {
            const auto due = decisionDeadlines(opened->id);
            REQUIRE(due.size() == 1);
            CHECK(due.first().dueOn == QDate(2025, 3, 14));
            CHECK(due.first().ruleMode == QStringLiteral("working-days"));
            CHECK(due.first().source.contains(QStringLiteral("Art. 8")));
            for (const QString& warning : opened->warnings)
                CHECK_FALSE(warning.contains(QStringLiteral("not stated")));
        }
        WHEN("an officer asks for an extension") {
            const auto before = f.snapshot();
            auto extended = CaseWorkflow(asOfficer).extendDecision(opened->id, QDate(2025, 3, 3), QStringLiteral("x"));
            THEN("it is refused: the extension needs the head of the organ, and only the refusal is written") {
                REQUIRE_FALSE(extended.ok());
                f.requireOnlyRefusalAudited(before, QStringLiteral("case.extend-decision"));
            }
        }
        WHEN("the supervisor extends it before it has passed, giving the reason") {
            auto extended = CaseWorkflow(asSupervisor)
                                .extendDecision(opened->id, QDate(2025, 3, 10), QStringLiteral("many workers"));
            REQUIRE(extended.ok());
            THEN("the deadline runs 20 more working days from the end of the first, and the stage is unchanged") {
                CHECK(extended->stage == CaseStage::NoticePrepared);
                const auto due = decisionDeadlines(opened->id);
                REQUIRE(due.size() == 2);
                CHECK(due.at(0).status == domain::DeadlineStatus::Cancelled);
                bool found = false;
                for (const auto& d : due)
                    if (d.status == domain::DeadlineStatus::Open) {
                        CHECK(d.dueOn == QDate(2025, 4, 14)); // Qingming, Friday 2025-04-04, is a day off
                        found = true;
                    }
                CHECK(found);
            }
            AND_WHEN("the supervisor asks for a second extension") {
                const auto before = f.snapshot();
                auto again = CaseWorkflow(asSupervisor)
                                 .extendDecision(opened->id, QDate(2025, 3, 12), QStringLiteral("still complex"));
                THEN("it is refused with the provision: one extension only") {
                    REQUIRE_FALSE(again.ok());
                    CHECK(again.error().message.contains(QStringLiteral("already extended")));
                    CHECK(cites(again.error(), QStringLiteral("Art. 8")));
                    f.requireOnlyRefusalAudited(before, QStringLiteral("case.extend-decision"));
                }
            }
            AND_WHEN("the case is decided") {
                REQUIRE(CaseWorkflow(asOfficer).serveNotice(opened->id, QDate(2025, 3, 11)).ok());
                f.setToday(QDate(2025, 4, 1));
                auto decided = CaseWorkflow(asSupervisor).decide(opened->id, QDate(2025, 3, 25));
                REQUIRE(decided.ok());
                THEN("the decision deadline is met on the decision date") {
                    bool met = false;
                    for (const auto& d : decisionDeadlines(opened->id))
                        if (d.status == domain::DeadlineStatus::Met) {
                            CHECK(d.closedOn == QDate(2025, 3, 25));
                            met = true;
                        }
                    CHECK(met);
                }
            }
        }
        WHEN("the supervisor asks for the extension after the limit has passed") {
            f.setToday(QDate(2025, 3, 20));
            const auto before = f.snapshot();
            auto late = CaseWorkflow(asSupervisor)
                            .extendDecision(opened->id, QDate(2025, 3, 17), QStringLiteral("many workers"));
            THEN("it is refused: an extension is approved before the limit passes") {
                REQUIRE_FALSE(late.ok());
                CHECK(late.error().message.contains(QStringLiteral("2025-03-14")));
                f.requireOnlyRefusalAudited(before, QStringLiteral("case.extend-decision"));
            }
        }
    }
    GIVEN("an edition of the rules, imported by the administrator, that allows two extensions") {
        const QByteArray edition = editedListTypes([](QJsonObject& lt) {
            if (lt.value(QStringLiteral("id")).toString() == QStringLiteral("wage-arrears")) {
                QJsonObject extension = lt.value(QStringLiteral("decisionExtension")).toObject();
                extension[QStringLiteral("times")] = 2;
                extension[QStringLiteral("source")] = QStringLiteral("Test edition Art. 8 bis");
                lt[QStringLiteral("decisionExtension")] = extension;
            }
        });
        REQUIRE(workflow::RuleAdministration::importBytes(f.vault(), edition, QStringLiteral("list-types-v2.json")).ok());
        auto request = openRequest(arrears, QStringLiteral("wage-arrears"));
        request.decisionLimitFrom = QDate(2025, 2, 14);
        auto opened = CaseWorkflow(asOfficer).open(request);
        REQUIRE(opened.ok());
        REQUIRE(CaseWorkflow(asSupervisor).extendDecision(opened->id, QDate(2025, 3, 10), QStringLiteral("a")).ok());
        THEN("a second extension is granted, and a third is refused with the edition's provision") {
            f.setToday(QDate(2025, 4, 2));
            auto second = CaseWorkflow(asSupervisor).extendDecision(opened->id, QDate(2025, 4, 1), QStringLiteral("b"));
            REQUIRE(second.ok());
            CHECK(decisionDeadlines(opened->id).size() == 3);
            auto third = CaseWorkflow(asSupervisor).extendDecision(opened->id, QDate(2025, 4, 2), QStringLiteral("c"));
            REQUIRE_FALSE(third.ok());
            CHECK(third.error().message.contains(QStringLiteral("already extended 2 time")));
            CHECK(cites(third.error(), QStringLiteral("Art. 8 bis")));
        }
    }
    GIVEN("a case opened without the day the order to pay fell due") {
        auto opened = CaseWorkflow(asOfficer).open(openRequest(arrears, QStringLiteral("wage-arrears")));
        REQUIRE(opened.ok());
        THEN("no decision deadline is kept and the officer is told why, citing Art. 8") {
            CHECK(decisionDeadlines(opened->id).isEmpty());
            bool told = false;
            for (const QString& warning : opened->warnings)
                told |= warning.contains(QStringLiteral("not stated")) && warning.contains(QStringLiteral("Art. 8"));
            CHECK(told);
        }
    }
    GIVEN("a list type whose rules set no time to decide") {
        const qint64 samrRecord =
            record(f, subject, QStringLiteral("administrative-penalty-legal-person"), domain::Severity::Serious,
                   QStringLiteral("market-regulation"), QDate(2025, 1, 10), QStringLiteral("2"));
        auto request = openRequest(samrRecord, QStringLiteral("samr-serious-illegal"));
        request.scope = domain::ScopeCategory::FairCompetition;
        request.decisionLimitFrom = QDate(2025, 2, 14);
        const auto before = f.snapshot();
        auto opened = CaseWorkflow(asOfficer).open(request);
        THEN("a day to count it from is refused rather than ignored") {
            REQUIRE_FALSE(opened.ok());
            CHECK(opened.error().message.contains(QStringLiteral("no time limit")));
            f.requireOnlyRefusalAudited(before, QStringLiteral("case.open"));
        }
    }
}
