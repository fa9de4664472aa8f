// Credit restoration (Guiding Opinions VI(11), VI(12)): applied for at any time unless non-restorable, checked
// against the conditions, decided before its due date; a grant removes the listing, stops disclosure and sharing and
// lifts the measures on the same date; a grant obtained by fraud is revoked. No fee exists.
#include "WorkflowFixture.h"
#include "workflow/CaseWorkflow.h"
#include "workflow/RestorationWorkflow.h"

#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace creditcase;
using namespace creditcase::test;
using domain::CaseStage;
using domain::RestorationStage;
using workflow::RestorationWorkflow;

namespace {

RestorationWorkflow::Application application(qint64 caseId, QDate on, bool withLetter = true) {
    RestorationWorkflow::Application a;
    a.caseId = caseId;
    a.on = on;
    a.correctedOn = QDate(2025, 4, 1);
    if (withLetter)
        a.commitmentLetter = workflow::AttachmentStore::File{QStringLiteral("letter.pdf"), QByteArray("%PDF letter")};
    a.evidence << workflow::AttachmentStore::File{QStringLiteral("fine-receipt.pdf"), QByteArray("%PDF receipt")};
    return a;
}

} // namespace

SCENARIO("An application that does not meet the conditions is not accepted, and blocks nothing "
         "[Opinions VI(11), VI(12)]") {
    WorkflowFixture f;
    const qint64 id = f.listedCase();
    auto asOfficer = f.as(f.officer);
    RestorationWorkflow restorations(asOfficer);

    WHEN("it is made before the one-year wait has passed") {
        const auto before = f.snapshot();
        auto applied = restorations.apply(application(id, QDate(2026, 1, 10)));
        THEN("it is not accepted (不予受理): the reason names the first possible day, and nothing is stored") {
            REQUIRE_FALSE(applied.ok());
            CHECK(applied.error().kind == ErrorKind::Refused);
            CHECK(applied.error().message.contains(QStringLiteral("2026-03-06")));
            CHECK_FALSE(applied.error().citations.isEmpty());
            f.requireOnlyRefusalAudited(before, QStringLiteral("restoration.apply"));
        }
        AND_WHEN("a complete application is made once the wait has passed") {
            auto later = restorations.apply(application(id, QDate(2026, 3, 9)));
            THEN("it is accepted: the earlier one left nothing undecided behind") {
                REQUIRE(later.ok());
                CHECK(later->stage == RestorationStage::Applied);
                CHECK(later->eligible);
                CHECK(later->dueOn == QDate(2026, 3, 23)); // 10 working days
                CHECK(f.count(QStringLiteral("SELECT count(*) FROM attachments WHERE owner_kind = 'restoration' AND "
                                             "length(content) > 0")) == 2);
                CHECK(f.count(QStringLiteral("SELECT count(*) FROM deadlines WHERE kind = 'restoration-due' AND "
                                             "status = 'open'")) == 1);
            }
        }
    }
    WHEN("an accepted application awaits its decision") {
        REQUIRE(restorations.apply(application(id, QDate(2026, 3, 9))).ok());
        AND_WHEN("a second application is made") {
            const auto before = f.snapshot();
            auto second = restorations.apply(application(id, QDate(2026, 3, 10)));
            THEN("the table refuses it: the first must be decided by its due date") {
                REQUIRE_FALSE(second.ok());
                f.requireOnlyRefusalAudited(before, QStringLiteral("restoration.apply"));
            }
        }
        AND_WHEN("a supervisor refuses it without reasons") {
            auto asSupervisor = f.as(f.supervisor);
            auto refused = RestorationWorkflow(asSupervisor).decide(id, QDate(2026, 3, 12), false, QString());
            THEN("that is a usage error") {
                REQUIRE_FALSE(refused.ok());
                CHECK(refused.error().kind == ErrorKind::Usage);
            }
        }
        AND_WHEN("a supervisor refuses it with reasons after the due date") {
            auto asSupervisor = f.as(f.supervisor);
            auto refused = RestorationWorkflow(asSupervisor)
                               .decide(id, QDate(2026, 3, 30), false, QStringLiteral("harm not eliminated"));
            THEN("it is refused, marked late, and the listing continues; a new application may follow") {
                REQUIRE(refused.ok());
                CHECK(refused->stage == RestorationStage::Refused);
                CHECK(refused->decidedLate);
                QSqlDatabase db = f.db();
                CHECK(workflow::CaseWorkflow::load(db, id)->stage == CaseStage::Listed);
                CHECK(restorations.apply(application(id, QDate(2026, 3, 31))).ok());
            }
        }
    }
    WHEN("it is dated before the decision") {
        const auto before = f.snapshot();
        auto applied = restorations.apply(application(id, QDate(2025, 3, 1)));
        THEN("it is refused") {
            REQUIRE_FALSE(applied.ok());
            f.requireOnlyRefusalAudited(before, QStringLiteral("restoration.apply"));
        }
    }
}

SCENARIO("Non-restorable is a named provision, never a bare flag [Opinions VI(11)]") {
    WorkflowFixture f;
    const qint64 record = f.addRecord(f.addSubject());
    auto asOfficer = f.as(f.officer);
    workflow::CaseWorkflow::OpenCase request;
    request.recordId = record;
    request.listType = QStringLiteral("samr-serious-illegal");
    request.scope = domain::ScopeCategory::PublicHealthAndSafety;
    request.on = QDate(2025, 2, 20);
    for (const QString& flag : {QStringLiteral("non-restorable"), QStringLiteral("non-restorable:made-up")}) {
        request.circumstances = {flag};
        const auto before = f.snapshot();
        auto opened = workflow::CaseWorkflow(asOfficer).open(request);
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().message.contains(QStringLiteral("name the provision")));
        CHECK(opened.error().citations.join(QLatin1Char(' ')).contains(QStringLiteral("VI(11)")));
        f.requireOnlyRefusalAudited(before, QStringLiteral("case.open"));
    }
}

SCENARIO("A removal takes effect on its date: off the list, measures lifted, the penalty record's disclosure as "
         "the rules say [Opinions VI(11), VI(12)]") {
    WorkflowFixture f;
    const qint64 id = f.listedCase();
    auto asOfficer = f.as(f.officer);

    WHEN("an application without the commitment letter is made after a year") {
        const auto before = f.snapshot();
        auto applied = RestorationWorkflow(asOfficer).apply(application(id, QDate(2026, 3, 9), false));
        THEN("it is not accepted: the commitment is missing") {
            REQUIRE_FALSE(applied.ok());
            CHECK(applied.error().message.contains(QStringLiteral("commitment")));
            f.requireOnlyRefusalAudited(before, QStringLiteral("restoration.apply"));
        }
    }
    WHEN("a complete application made after a year is granted") {
        REQUIRE(RestorationWorkflow(asOfficer).apply(application(id, QDate(2026, 3, 9))).ok());
        auto asSupervisor = f.as(f.supervisor);
        THEN("an officer may not grant it") {
            const auto before = f.snapshot();
            REQUIRE_FALSE(RestorationWorkflow(asOfficer).decide(id, QDate(2026, 3, 12), true, QString()).ok());
            f.requireOnlyRefusalAudited(before, QStringLiteral("restoration.grant"));
        }
        auto granted = RestorationWorkflow(asSupervisor).decide(id, QDate(2026, 3, 12), true, QString());
        REQUIRE(granted.ok());
        THEN("off the list and measures lifted on the same date; the penalty record keeps its own disclosure, as "
             "the list's rules say nothing else") {
            CHECK(granted->stage == RestorationStage::Granted);
            CHECK_FALSE(granted->decidedLate);
            CHECK(granted->chainSeq > 0);
            QSqlDatabase db = f.db();
            auto c = workflow::CaseWorkflow::load(db, id);
            CHECK(c->stage == CaseStage::Removed);
            CHECK(c->closedOn == QDate(2026, 3, 12));
            CHECK(f.count(QStringLiteral("SELECT count(*) FROM credit_records WHERE disclosure_stopped_on IS NULL "
                                         "AND sharing_stopped_on IS NULL")) == 1);
            CHECK(f.count(QStringLiteral("SELECT count(*) FROM applied_measures WHERE lifted_on = '2026-03-12'")) == 7);
            CHECK(f.count(QStringLiteral("SELECT count(*) FROM deadlines WHERE status = 'open' AND case_id = %1")
                              .arg(id)) == 0);
            CHECK(f.count(QStringLiteral("SELECT count(*) FROM deadlines WHERE status = 'open' AND record_id = %1 "
                                         "AND kind = 'disclosure-maximum'")
                              .arg(c->recordId)) == 1);
        }
        AND_WHEN("the grant turns out to rest on false materials and is revoked") {
            auto revoked = RestorationWorkflow(asSupervisor)
                               .revoke(id, QDate(2026, 5, 6), QStringLiteral("the fine receipt was forged"));
            THEN("the listing, measures and deadlines are restored") {
                REQUIRE(revoked.ok());
                CHECK(revoked->stage == RestorationStage::Revoked);
                QSqlDatabase db = f.db();
                auto c = workflow::CaseWorkflow::load(db, id);
                CHECK(c->stage == CaseStage::Listed);
                CHECK_FALSE(c->closedOn.isValid());
                CHECK(f.count(QStringLiteral("SELECT count(*) FROM credit_records WHERE disclosure_stopped_on IS NULL "
                                             "AND sharing_stopped_on IS NULL")) == 1);
                CHECK(f.count(QStringLiteral("SELECT count(*) FROM applied_measures WHERE reinstated_on = "
                                             "'2026-05-06'")) == 7);
                CHECK(f.count(QStringLiteral("SELECT count(*) FROM deadlines WHERE kind = 'list-expiry' AND status = "
                                             "'open' AND due_on = '2028-03-06'")) == 1);
            }
        }
        AND_WHEN("a revocation gives no reasons, or is dated before the grant") {
            const auto before = f.snapshot();
            auto noReason = RestorationWorkflow(asSupervisor).revoke(id, QDate(2026, 5, 6), QString());
            auto early = RestorationWorkflow(asSupervisor).revoke(id, QDate(2026, 3, 11), QStringLiteral("forged"));
            THEN("both are refused and nothing changes") {
                REQUIRE_FALSE(noReason.ok());
                REQUIRE_FALSE(early.ok());
                f.requireOnlyRefusalAudited(before, QStringLiteral("restoration.revoke"));
            }
        }
    }
}

SCENARIO("Only a granted restoration can be revoked") {
    WorkflowFixture f;
    const qint64 id = f.listedCase();
    auto asSupervisor = f.as(f.supervisor);
    const auto before = f.snapshot();
    auto revoked = RestorationWorkflow(asSupervisor).revoke(id, QDate(2026, 5, 6), QStringLiteral("forged"));
    REQUIRE_FALSE(revoked.ok());
    f.requireOnlyRefusalAudited(before, QStringLiteral("restoration.revoke"));
}

SCENARIO("No fee exists anywhere in the model [Opinions VI(12)]") {
    WorkflowFixture f;
    QSqlQuery q(f.db());
    REQUIRE(q.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL")));
    while (q.next()) {
        const QString sql = q.value(0).toString().toLower();
        CHECK_FALSE(sql.contains(QStringLiteral("fee")));
        CHECK_FALSE(sql.contains(QStringLiteral("charge")));
    }
}
