// The designation procedure (Guiding Opinions IV(6)-(8)) as the case workflow enforces it: each guard allowed and
// refused; a refusal writes nothing but its own audit entry.
#include "WorkflowFixture.h"
#include "audit/AuditLog.h"
#include "workflow/CaseWorkflow.h"
#include "workflow/CreditRecordRegister.h"
#include "workflow/StandardWorkflow.h"

#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace creditcase;
using namespace creditcase::test;
using domain::CaseStage;
using workflow::CaseWorkflow;

namespace {

CaseWorkflow::OpenCase samrCase(qint64 record, QDate on = QDate(2025, 2, 20)) {
    CaseWorkflow::OpenCase request;
    request.recordId = record;
    request.listType = QStringLiteral("samr-serious-illegal");
    request.scope = domain::ScopeCategory::PublicHealthAndSafety;
    request.on = on;
    return request;
}

} // namespace

SCENARIO("A case opens only on a legally effective basis under a standard in force [Opinions II(2), IV(7)]") {
    WorkflowFixture f;
    const qint64 record = f.addRecord(f.addSubject());
    auto context = f.as(f.officer);
    CaseWorkflow cases(context);

    GIVEN("no standard adopted by the county: the national standard (SAMR Order 44) is in force") {
        auto opened = cases.open(samrCase(record));
        THEN("the case opens under the national standard; its unknown comment period is a warning marked [U]") {
            REQUIRE(opened.ok());
            CHECK(opened->standardId == 0);
            QSqlQuery q(f.db());
            REQUIRE(q.exec(QStringLiteral("SELECT payload FROM audit_log WHERE event = 'case.open' ORDER BY seq DESC "
                                          "LIMIT 1")));
            REQUIRE(q.next());
            const QString payload = q.value(0).toString();
            CHECK(payload.contains(QStringLiteral("public comment period")));
            CHECK(payload.contains(QStringLiteral("[U]")));
        }
    }
    GIVEN("the department's standard adopted after a 36-day comment period") {
        f.adoptStandard();
        WHEN("the officer opens the case") {
            auto opened = cases.open(samrCase(record));
            THEN("the notice is prepared with the chain position, and a service deadline is stored") {
                REQUIRE(opened.ok());
                CHECK(opened->stage == CaseStage::NoticePrepared);
                CHECK(opened->standardId > 0);
                CHECK(f.count(QStringLiteral("SELECT count(*) FROM notices WHERE chain_seq > 0 AND "
                                             "length(chain_hash) = 64")) == 1);
                CHECK(f.count(QStringLiteral("SELECT count(*) FROM deadlines WHERE kind = 'notice-service' AND "
                                             "status = 'open'")) == 1);
                CHECK(f.lastAuditEvent() == QStringLiteral("case.open"));
            }
        }
        WHEN("the case is dated before the basis took legal effect") {
            const auto before = f.snapshot();
            auto opened = cases.open(samrCase(record, QDate(2025, 2, 1)));
            THEN("it is refused under II(2)") {
                REQUIRE_FALSE(opened.ok());
                CHECK(opened.error().message.contains(QStringLiteral("takes legal effect only on 2025-02-10")));
                CHECK(opened.error().citations.join(QLatin1Char(' ')).contains(QStringLiteral("II(2)")));
                f.requireOnlyRefusalAudited(before, QStringLiteral("case.open"));
            }
        }
        WHEN("the conduct lies outside the list's scope") {
            const auto before = f.snapshot();
            auto request = samrCase(record);
            request.scope = domain::ScopeCategory::NationalDefence;
            auto opened = cases.open(request);
            THEN("it is refused under IV(6)") {
                REQUIRE_FALSE(opened.ok());
                CHECK(opened.error().citations.join(QLatin1Char(' ')).contains(QStringLiteral("IV(6)")));
                f.requireOnlyRefusalAudited(before, QStringLiteral("case.open"));
            }
        }
        WHEN("the case is dated in the future or before the basis decision") {
            const auto before = f.snapshot();
            auto future = cases.open(samrCase(record, QDate(2026, 7, 1)));
            auto early = cases.open(samrCase(record, QDate(2025, 1, 5)));
            THEN("both are refused") {
                REQUIRE_FALSE(future.ok());
                CHECK(future.error().message.contains(QStringLiteral("in the future")));
                REQUIRE_FALSE(early.ok());
                CHECK(early.error().message.contains(QStringLiteral("before")));
                CHECK(f.snapshot().tables == before.tables);
                CHECK(f.snapshot().auditEntries == before.auditEntries + 2);
            }
        }
        WHEN("a second case is opened on the same record for the same list") {
            REQUIRE(cases.open(samrCase(record)).ok());
            const auto before = f.snapshot();
            auto again = cases.open(samrCase(record));
            THEN("it is refused") {
                REQUIRE_FALSE(again.ok());
                CHECK(again.error().message.contains(QStringLiteral("still open")));
                f.requireOnlyRefusalAudited(before, QStringLiteral("case.open"));
            }
        }
        WHEN("an administrator or an auditor tries to open it") {
            const auto before = f.snapshot();
            auto asAdmin = f.as(f.admin);
            auto asAuditor = f.as(f.auditor);
            auto byAdmin = CaseWorkflow(asAdmin).open(samrCase(record));
            auto byAuditor = CaseWorkflow(asAuditor).open(samrCase(record));
            THEN("the table refuses both") {
                REQUIRE_FALSE(byAdmin.ok());
                REQUIRE_FALSE(byAuditor.ok());
                CHECK(byAdmin.error().kind == ErrorKind::Refused);
                CHECK(f.snapshot().tables == before.tables);
            }
        }
    }
    GIVEN("the county's own standard has been abolished") {
        const qint64 standard = f.adoptStandard();
        auto asSupervisor = f.as(f.supervisor);
        REQUIRE(workflow::StandardWorkflow(asSupervisor).abolish(standard, QDate(2025, 1, 31)).ok());
        THEN("no case is opened under it; the national standard in force governs instead") {
            auto opened = cases.open(samrCase(record));
            REQUIRE(opened.ok());
            CHECK(opened->standardId == 0);
        }
    }
}

SCENARIO("The objection window runs from the service of the notice [Opinions IV(8)]") {
    WorkflowFixture f;
    const qint64 id = f.openCase();
    auto context = f.as(f.officer);
    CaseWorkflow cases(context);

    WHEN("service is dated before the case was opened") {
        const auto before = f.snapshot();
        auto served = cases.serveNotice(id, QDate(2025, 2, 19));
        THEN("it is refused") {
            REQUIRE_FALSE(served.ok());
            f.requireOnlyRefusalAudited(before, QStringLiteral("case.serve-notice"));
        }
    }
    WHEN("the notice is served on Friday 2025-02-21") {
        auto served = cases.serveNotice(id, QDate(2025, 2, 21));
        THEN("the window of 5 working days ends on 2025-02-28 and is stored as a deadline") {
            REQUIRE(served.ok());
            CHECK(served->stage == CaseStage::ObjectionWindow);
            CHECK(served->objectionWindowEnds == QDate(2025, 2, 28));
            CHECK(f.count(QStringLiteral(
                      "SELECT count(*) FROM deadlines WHERE kind = 'objection-window' AND due_on = "
                      "'2025-02-28' AND trigger_on = '2025-02-21' AND rule_mode = 'working-days'")) == 1);
            CHECK(f.count(QStringLiteral("SELECT count(*) FROM deadlines WHERE kind = 'notice-service' AND status = "
                                         "'met'")) == 1);
        }
        AND_WHEN("it is served a second time") {
            const auto before = f.snapshot();
            auto again = cases.serveNotice(id, QDate(2025, 2, 22));
            THEN("the table refuses it") {
                REQUIRE_FALSE(again.ok());
                f.requireOnlyRefusalAudited(before, QStringLiteral("case.serve-notice"));
            }
        }
        AND_WHEN("an objection arrives after the window") {
            const auto before = f.snapshot();
            auto late = cases.receiveObjection(id, QDate(2025, 3, 3), QStringLiteral("late"));
            THEN("it is refused with the window's rule") {
                REQUIRE_FALSE(late.ok());
                CHECK(late.error().message.contains(QStringLiteral("after the objection window ended on 2025-02-28")));
                CHECK_FALSE(late.error().citations.isEmpty());
                f.requireOnlyRefusalAudited(before, QStringLiteral("case.receive-objection"));
            }
        }
        AND_WHEN("an objection is dated before the service") {
            const auto before = f.snapshot();
            auto early = cases.receiveObjection(id, QDate(2025, 2, 20), QStringLiteral("early"));
            THEN("it is refused") {
                REQUIRE_FALSE(early.ok());
                f.requireOnlyRefusalAudited(before, QStringLiteral("case.receive-objection"));
            }
        }
        AND_WHEN("an objection arrives within the window") {
            auto objected = cases.receiveObjection(id, QDate(2025, 2, 25), QStringLiteral("not ours"));
            THEN("the answer is due 3 working days later") {
                REQUIRE(objected.ok());
                CHECK(objected->stage == CaseStage::ObjectionReview);
                CHECK(f.count(QStringLiteral("SELECT count(*) FROM objections WHERE answer_due = '2025-02-28'")) == 1);
            }
        }
        AND_WHEN("the decision is attempted while the window is still open") {
            auto asSupervisor = f.as(f.supervisor);
            const auto before = f.snapshot();
            auto decided = CaseWorkflow(asSupervisor).decide(id, QDate(2025, 2, 27));
            THEN("it is refused") {
                REQUIRE_FALSE(decided.ok());
                CHECK(decided.error().message.contains(QStringLiteral("objection window runs until 2025-02-28")));
                f.requireOnlyRefusalAudited(before, QStringLiteral("case.decide"));
            }
        }
    }
}

SCENARIO("An objection is answered: upheld closes the case, rejected continues it [Opinions IV(8)]") {
    WorkflowFixture f;
    const qint64 id = f.servedCase();
    auto asOfficer = f.as(f.officer);
    REQUIRE(CaseWorkflow(asOfficer).receiveObjection(id, QDate(2025, 2, 25), QStringLiteral("not ours")).ok());
    auto asSupervisor = f.as(f.supervisor);
    CaseWorkflow cases(asSupervisor);

    WHEN("the answer is dated before the objection was received") {
        const auto before = f.snapshot();
        auto answered = cases.answerObjection(id, QDate(2025, 2, 24), true, QStringLiteral("reasons"));
        THEN("it is refused") {
            REQUIRE_FALSE(answered.ok());
            f.requireOnlyRefusalAudited(before, QStringLiteral("case.uphold-objection"));
        }
    }
    WHEN("the answer gives no reasons") {
        const auto before = f.snapshot();
        auto answered = cases.answerObjection(id, QDate(2025, 2, 27), false, QString());
        THEN("it is a usage error and nothing is written") {
            REQUIRE_FALSE(answered.ok());
            CHECK(answered.error().kind == ErrorKind::Usage);
            const auto after = f.snapshot();
            CHECK(after.tables == before.tables);
            CHECK(after.auditEntries == before.auditEntries);
        }
    }
    WHEN("the objection is upheld") {
        auto answered =
            cases.answerObjection(id, QDate(2025, 2, 27), true, QStringLiteral("the goods were not theirs"));
        THEN("the case is closed, not designated, and its open deadlines are cancelled") {
            REQUIRE(answered.ok());
            CHECK(answered->stage == CaseStage::Closed);
            CHECK(answered->closedReason == QStringLiteral("objection-upheld"));
            CHECK(f.count(QStringLiteral("SELECT count(*) FROM deadlines WHERE case_id = %1 AND status = 'open'")
                              .arg(id)) == 0);
            CHECK(f.count(QStringLiteral("SELECT count(*) FROM decisions")) == 0);
        }
        AND_THEN("a decision is refused by the table") {
            const auto before = f.snapshot();
            auto asOther = f.as(f.supervisor2);
            auto decided = CaseWorkflow(asOther).decide(id, QDate(2025, 3, 6));
            REQUIRE_FALSE(decided.ok());
            f.requireOnlyRefusalAudited(before, QStringLiteral("case.decide"));
        }
    }
    WHEN("the objection is rejected") {
        auto answered = cases.answerObjection(id, QDate(2025, 2, 27), false, QStringLiteral("inspection report"));
        THEN("the case is ready to decide") {
            REQUIRE(answered.ok());
            CHECK(answered->stage == CaseStage::ReadyToDecide);
        }
    }
}

SCENARIO("Designations below provincial level are re-examined by the superior organ the list's rules name "
         "[Opinions IV(8), SAMR Order 44]") {
    WorkflowFixture f;
    const qint64 id = f.servedCase();
    f.setToday(QDate(2026, 6, 30));
    auto asOfficer = f.as(f.officer);
    CaseWorkflow byOfficer(asOfficer);

    WHEN("it is submitted while the objection window is open") {
        const auto before = f.snapshot();
        auto submitted = byOfficer.submitReExamination(id, QDate(2025, 2, 26), QString());
        THEN("it is refused") {
            REQUIRE_FALSE(submitted.ok());
            f.requireOnlyRefusalAudited(before, QStringLiteral("case.submit-re-examination"));
        }
    }
    WHEN("the window has closed and the case is submitted") {
        auto submitted = byOfficer.submitReExamination(id, QDate(2025, 3, 3), QStringLiteral("please review"));
        REQUIRE(submitted.ok());
        CHECK(submitted->stage == CaseStage::ReExamination);
        THEN("a county supervisor may not approve it") {
            auto asCounty = f.as(f.supervisor);
            const auto before = f.snapshot();
            auto approved = CaseWorkflow(asCounty).decideReExamination(id, QDate(2025, 3, 5), true, QString());
            REQUIRE_FALSE(approved.ok());
            // SAMR Order 44: the next higher organ, the smallest organ above the county in the vault (here the
            // province: the fixture records no municipal organ), not any organ at or above a level.
            CHECK(approved.error().message.contains(QStringLiteral("next higher organ")));
            CHECK(approved.error().message.contains(f.provincial.organ.name));
            CHECK(approved.error().citations.join(QLatin1Char(' ')).contains(QStringLiteral("IV(8)")));
            f.requireOnlyRefusalAudited(before, QStringLiteral("case.approve-re-examination"));
        }
        THEN("an officer may not approve it") {
            const auto before = f.snapshot();
            auto approved = byOfficer.decideReExamination(id, QDate(2025, 3, 5), true, QString());
            REQUIRE_FALSE(approved.ok());
            f.requireOnlyRefusalAudited(before, QStringLiteral("case.approve-re-examination"));
        }
        THEN("the decision is refused until the re-examination is approved") {
            auto asSupervisor = f.as(f.supervisor);
            const auto before = f.snapshot();
            auto decided = CaseWorkflow(asSupervisor).decide(id, QDate(2025, 3, 6));
            REQUIRE_FALSE(decided.ok());
            f.requireOnlyRefusalAudited(before, QStringLiteral("case.decide"));
        }
        THEN("the provincial supervisor approves it, or returns it with reasons") {
            auto asProvince = f.as(f.provincial);
            CaseWorkflow byProvince(asProvince);
            SECTION("approve") {
                auto approved = byProvince.decideReExamination(id, QDate(2025, 3, 5), true, QString());
                REQUIRE(approved.ok());
                CHECK(approved->stage == CaseStage::ReExamined);
            }
            SECTION("return") {
                auto returned = byProvince.decideReExamination(id, QDate(2025, 3, 5), false, QStringLiteral("facts?"));
                REQUIRE(returned.ok());
                CHECK(returned->stage == CaseStage::ReadyToDecide);
            }
        }
    }
    WHEN("the decision is attempted without re-examination after the window closed") {
        auto asSupervisor = f.as(f.supervisor);
        const auto before = f.snapshot();
        auto decided = CaseWorkflow(asSupervisor).decide(id, QDate(2025, 3, 3));
        THEN("it is refused: this list requires re-examination") {
            REQUIRE_FALSE(decided.ok());
            CHECK(decided.error().message.contains(QStringLiteral("requires re-examination")));
            f.requireOnlyRefusalAudited(before, QStringLiteral("case.decide"));
        }
    }
}

SCENARIO("The decision is taken by a supervisor who is not the case officer, with measures from the list "
         "[Opinions IV(8), V(9), V(10)]") {
    WorkflowFixture f;
    const qint64 record = f.addRecord(f.addSubject());
    f.adoptStandard();
    // A supervisor opens and handles the case, so that four eyes is not already guaranteed by the roles.
    auto asHandler = f.as(f.supervisor);
    CaseWorkflow byHandler(asHandler);
    auto opened = byHandler.open(samrCase(record));
    REQUIRE(opened.ok());
    const qint64 id = opened->id;
    REQUIRE(byHandler.serveNotice(id, QDate(2025, 2, 21)).ok());
    REQUIRE(byHandler.submitReExamination(id, QDate(2025, 3, 3), QString()).ok());
    auto asProvince = f.as(f.provincial);
    REQUIRE(CaseWorkflow(asProvince).decideReExamination(id, QDate(2025, 3, 5), true, QString()).ok());

    WHEN("the supervisor who handled the case decides it") {
        const auto before = f.snapshot();
        auto decided = byHandler.decide(id, QDate(2025, 3, 6));
        THEN("four eyes refuses it") {
            REQUIRE_FALSE(decided.ok());
            CHECK(decided.error().message.contains(QStringLiteral("Four eyes")));
            f.requireOnlyRefusalAudited(before, QStringLiteral("case.decide"));
        }
    }
    auto asDecider = f.as(f.supervisor2);
    CaseWorkflow byDecider(asDecider);
    WHEN("a measure the list type does not provide is named") {
        const auto before = f.snapshot();
        auto decided = byDecider.decide(id, QDate(2025, 3, 6), {QStringLiteral("restrict-exit")});
        THEN("it is refused under V(9)") {
            REQUIRE_FALSE(decided.ok());
            CHECK(decided.error().citations.join(QLatin1Char(' ')).contains(QStringLiteral("V(9)")));
            f.requireOnlyRefusalAudited(before, QStringLiteral("case.decide"));
        }
    }
    WHEN("a measure outside the national list is named") {
        const auto before = f.snapshot();
        auto decided = byDecider.decide(id, QDate(2025, 3, 6), {QStringLiteral("public-shaming")});
        THEN("it is refused") {
            REQUIRE_FALSE(decided.ok());
            f.requireOnlyRefusalAudited(before, QStringLiteral("case.decide"));
        }
    }
    WHEN("the decision is dated before the re-examination") {
        const auto before = f.snapshot();
        auto decided = byDecider.decide(id, QDate(2025, 3, 4));
        THEN("it is refused") {
            REQUIRE_FALSE(decided.ok());
            f.requireOnlyRefusalAudited(before, QStringLiteral("case.decide"));
        }
    }
    WHEN("another supervisor decides without naming measures") {
        QSqlDatabase db = f.db();
        const auto head = audit::AuditLog::head(db);
        auto decided = byDecider.decide(id, QDate(2025, 3, 6));
        THEN("the list type's measures for serious conduct are applied, category C as inform-only, the term runs 3 "
             "years, and the decision records its rule editions and the chain head") {
            REQUIRE(decided.ok());
            CHECK(decided->stage == CaseStage::Listed);
            CHECK(decided->listedUntil == QDate(2028, 3, 6));
            CHECK(decided->decidedBy == f.supervisor2.name);
            CHECK(decided->ruleEditions.contains(QStringLiteral("list-types:")));
            CHECK(f.count(QStringLiteral("SELECT count(*) FROM applied_measures WHERE case_id = %1").arg(id)) == 7);
            CHECK(f.count(QStringLiteral("SELECT count(*) FROM applied_measures WHERE measure_id = "
                                         "'financial-institutions' AND measure_use = 'inform-only'")) == 1);
            CHECK(f.count(QStringLiteral("SELECT count(*) FROM decisions WHERE chain_seq = %1").arg(head->seq)) == 1);
            CHECK(f.count(QStringLiteral("SELECT count(*) FROM deadlines WHERE kind = 'list-expiry' AND due_on = "
                                         "'2028-03-06' AND status = 'open'")) == 1);
        }
    }
    WHEN("named measures are given") {
        auto decided = byDecider.decide(id, QDate(2025, 3, 6),
                                        {QStringLiteral("intensified-supervision"), QStringLiteral("no-bidding")});
        THEN("exactly those are applied") {
            REQUIRE(decided.ok());
            CHECK(f.count(QStringLiteral("SELECT count(*) FROM applied_measures WHERE case_id = %1").arg(id)) == 2);
        }
    }
}

SCENARIO("A measure must be proportionate to the seriousness of the conduct [Opinions V(10)]") {
    WorkflowFixture f;
    const qint64 record = f.addRecord(f.addSubject(), domain::Severity::General);
    f.adoptStandard();
    auto asOfficer = f.as(f.officer);
    CaseWorkflow byOfficer(asOfficer);
    auto opened = byOfficer.open(samrCase(record));
    REQUIRE(opened.ok());
    REQUIRE(byOfficer.serveNotice(opened->id, QDate(2025, 2, 21)).ok());
    REQUIRE(byOfficer.submitReExamination(opened->id, QDate(2025, 3, 3), QString()).ok());
    auto asProvince = f.as(f.provincial);
    REQUIRE(CaseWorkflow(asProvince).decideReExamination(opened->id, QDate(2025, 3, 5), true, QString()).ok());
    auto asSupervisor = f.as(f.supervisor);
    CaseWorkflow bySupervisor(asSupervisor);

    const auto before = f.snapshot();
    auto heavy = bySupervisor.decide(opened->id, QDate(2025, 3, 6), {QStringLiteral("no-admin-licence")});
    REQUIRE_FALSE(heavy.ok());
    CHECK(heavy.error().citations.join(QLatin1Char(' ')).contains(QStringLiteral("V(10)")));
    f.requireOnlyRefusalAudited(before, QStringLiteral("case.decide"));

    auto proportionate = bySupervisor.decide(opened->id, QDate(2025, 3, 6));
    REQUIRE(proportionate.ok());
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM applied_measures")) == 2); // supervision and honours
}

SCENARIO("A listing ends when its term has run out, not before") {
    WorkflowFixture f;
    const qint64 id = f.listedCase();
    auto asSupervisor = f.as(f.supervisor);
    CaseWorkflow cases(asSupervisor);

    WHEN("expiry is recorded before the end of the term") {
        const auto before = f.snapshot();
        auto expired = cases.expire(id, QDate(2026, 6, 30));
        THEN("it is refused with the term's source") {
            REQUIRE_FALSE(expired.ok());
            CHECK(expired.error().message.contains(QStringLiteral("2028-03-06")));
            f.requireOnlyRefusalAudited(before, QStringLiteral("case.expire"));
        }
    }
    WHEN("the term has ended") {
        f.setToday(QDate(2028, 3, 7));
        auto expired = cases.expire(id, QDate(2028, 3, 6));
        THEN("the case expires and its measures are lifted") {
            REQUIRE(expired.ok());
            CHECK(expired->stage == CaseStage::Expired);
            CHECK(f.count(QStringLiteral("SELECT count(*) FROM applied_measures WHERE lifted_on IS NULL")) == 0);
            CHECK(f.count(QStringLiteral("SELECT count(*) FROM deadlines WHERE kind = 'list-expiry' AND status = "
                                         "'met'")) == 1);
        }
    }
}

SCENARIO("Every inquiry into a case is registered with its purpose [Opinions VII(13)]") {
    WorkflowFixture f;
    const qint64 id = f.openCase();

    WHEN("the case officer opens the file without a purpose") {
        auto context = f.as(f.officer);
        auto file = CaseWorkflow(context).show(id, QString());
        THEN("it is shown and registered as case handling") {
            REQUIRE(file.ok());
            CHECK(file->theCase.id == id);
            CHECK(file->notices.size() == 1);
            CHECK(f.count(QStringLiteral("SELECT count(*) FROM inquiry_register WHERE actor = 'li.officer' AND "
                                         "object = 'case:%1'")
                              .arg(id)) == 1);
        }
    }
    WHEN("anyone else opens it without a purpose") {
        auto context = f.as(f.auditor);
        const auto before = f.snapshot();
        auto file = CaseWorkflow(context).show(id, QString());
        THEN("it is refused with VII(13)") {
            REQUIRE_FALSE(file.ok());
            CHECK(file.error().citations.join(QLatin1Char(' ')).contains(QStringLiteral("VII(13)")));
            f.requireOnlyRefusalAudited(before, QStringLiteral("case.show"));
        }
    }
    WHEN("anyone else states a purpose") {
        auto context = f.as(f.auditor);
        auto file = CaseWorkflow(context).show(id, QStringLiteral("annual review"));
        THEN("the inquiry is registered with it") {
            REQUIRE(file.ok());
            CHECK(f.count(QStringLiteral("SELECT count(*) FROM inquiry_register WHERE actor = 'zhou.audit' AND "
                                         "purpose = 'annual review'")) == 1);
        }
    }
}

SCENARIO("The court list has no objection window and bars minors [SPC Fa Shi 2017 No. 7 Arts. 2, 4]") {
    WorkflowFixture f;
    auto asOfficer = f.as(f.officer);
    const qint64 subject = f.addSubject(QStringLiteral("11010519491231002X"), domain::SubjectKind::Individual);
    workflow::CreditRecordRegister::NewRecord input;
    input.subjectId = subject;
    input.catalogItem = QStringLiteral("court-defaulter");
    input.basisKind = domain::BasisDocumentKind::JudicialRuling;
    input.basisNumber = QStringLiteral("(2025) Jing 0105 Zhi 123");
    input.basisOrgan = QStringLiteral("Test District People's Court");
    input.basisDate = QDate(2025, 1, 10);
    input.effectiveOn = QDate(2025, 2, 10);
    input.severity = domain::Severity::Serious;
    input.facts = QStringLiteral("obstructed enforcement by false statements about assets"); // a decision states them
    auto record = workflow::CreditRecordRegister(asOfficer).add(input);
    REQUIRE(record.ok());
    CaseWorkflow cases(asOfficer);
    CaseWorkflow::OpenCase request;
    request.recordId = record->record.id;
    request.listType = QStringLiteral("court-defaulter");
    request.on = QDate(2025, 2, 20);

    WHEN("no ground is given") {
        const auto before = f.snapshot();
        auto opened = cases.open(request);
        THEN("the officer is asked for it") {
            REQUIRE_FALSE(opened.ok());
            CHECK(opened.error().message.contains(QStringLiteral("art1-1")));
            f.requireOnlyRefusalAudited(before, QStringLiteral("case.open"));
        }
    }
    WHEN("the subject is a minor") {
        request.ground = QStringLiteral("art1-2");
        request.circumstances = {QStringLiteral("minor")};
        const auto before = f.snapshot();
        auto opened = cases.open(request);
        THEN("the designation is barred") {
            REQUIRE_FALSE(opened.ok());
            f.requireOnlyRefusalAudited(before, QStringLiteral("case.open"));
        }
    }
    WHEN("an adult is designated on ground (2)") {
        request.ground = QStringLiteral("art1-2");
        auto opened = cases.open(request);
        REQUIRE(opened.ok());
        auto served = cases.serveNotice(opened->id, QDate(2025, 2, 21));
        THEN("service leads straight to the decision, no re-examination is needed, and the term is 2 years") {
            REQUIRE(served.ok());
            CHECK(served->stage == CaseStage::ReadyToDecide);
            const auto before = f.snapshot();
            auto submitted = cases.submitReExamination(opened->id, QDate(2025, 2, 24), QString());
            REQUIRE_FALSE(submitted.ok());
            f.requireOnlyRefusalAudited(before, QStringLiteral("case.submit-re-examination"));
            auto asSupervisor = f.as(f.supervisor);
            auto decided = CaseWorkflow(asSupervisor).decide(opened->id, QDate(2025, 2, 24));
            REQUIRE(decided.ok());
            CHECK(decided->listedUntil == QDate(2027, 2, 24));
        }
    }
}
