// The registers read what the workflows write: a restoration decided late appears in the accountability report,
// a granted removal takes the designation out of the disclosure file (Guiding Opinions VI(12), IX; DOMAIN.md §10, §11).
#include "WorkflowFixture.h"
#include "audit/AccountabilityReport.h"
#include "exchange/DisclosureExport.h"
#include "workflow/RestorationWorkflow.h"

#include <catch2/catch.hpp>

using namespace creditcase;
using namespace creditcase::test;
using audit::AccountabilityReport;
using exchange::Channel;
using exchange::DisclosureExport;
using workflow::RestorationWorkflow;

SCENARIO("A restoration decided after its due date is named in the accountability report [Opinions VI(12), IX]") {
    GIVEN("a listed case whose restoration application is granted five days after it was due") {
        WorkflowFixture f;
        const qint64 caseId = f.listedCase();
        auto asOfficer = f.as(f.officer);
        RestorationWorkflow::Application application;
        application.caseId = caseId;
        application.on = QDate(2026, 3, 9);
        application.correctedOn = QDate(2025, 4, 1);
        application.commitmentLetter =
            workflow::AttachmentStore::File{QStringLiteral("letter.pdf"), QByteArray("%PDF")};
        auto applied = RestorationWorkflow(asOfficer).apply(application);
        REQUIRE(applied.ok());
        const QDate due = applied->dueOn;
        REQUIRE(due.isValid());
        auto asSupervisor = f.as(f.supervisor);
        auto granted = RestorationWorkflow(asSupervisor).decide(caseId, due.addDays(5), true, QString());
        REQUIRE(granted.ok());
        REQUIRE(granted->decidedLate);

        QSqlDatabase db = f.db();
        auto rules = asOfficer.ruleSet();
        REQUIRE(rules.ok());

        WHEN("the report for the first half of 2026 is made") {
            auto report = AccountabilityReport::build(db, *rules, QDate(2026, 1, 1), QDate(2026, 6, 30));
            REQUIRE(report.ok());
            THEN("the county bureau's late restoration is listed with its due date, decision date and days late") {
                const auto& organ = report->organs.first();
                CHECK(organ.organ == f.officer.organ.name);
                REQUIRE(organ.lateRestorations.size() == 1);
                const auto& late = organ.lateRestorations.first();
                CHECK(late.caseId == caseId);
                CHECK(late.actId == granted->id);
                CHECK(late.due == due);
                CHECK(late.done == due.addDays(5));
                CHECK(late.daysLate == 5);
                CHECK_FALSE(report->clean());
            }
        }
        WHEN("the report covers the whole story, from the record to today") {
            auto report = AccountabilityReport::build(db, *rules, QDate(2025, 1, 1), QDate(2099, 12, 31));
            REQUIRE(report.ok());
            THEN("the notice and the objection answer were on time, and record and measures are within the rules") {
                const auto& organ = report->organs.first();
                CHECK(organ.lateNotices.isEmpty());
                CHECK(organ.lateObjectionAnswers.isEmpty());
                CHECK(organ.recordsChecked == 1);
                CHECK(organ.recordsOutsideCatalog.isEmpty());
                CHECK(organ.measuresChecked > 0);
                CHECK(organ.measuresOutsideList.isEmpty());
            }
        }
        WHEN("the public disclosure is selected before and after the grant") {
            auto before = DisclosureExport::select(db, *rules, Channel::Public, QDate(2026, 3, 1), f.officer.organ.id);
            auto after = DisclosureExport::select(db, *rules, Channel::Public, due.addDays(5), f.officer.organ.id);
            REQUIRE(before.ok());
            REQUIRE(after.ok());
            THEN("the designation leaves the serious-list section on the day of the removal; the penalty record stays "
                 "disclosed, as the list's rules do not end it [Opinions III(5), VI(11)]") {
                CHECK(before->rows.size() == 1);
                CHECK(before->designations.size() == 1);
                CHECK(after->rows.size() == 1);
                CHECK(after->designations.isEmpty());
                CHECK(after->excluded.restored == 0);
            }
        }
    }
}
