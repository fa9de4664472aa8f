#include "audit/AccountabilityReport.h"

#include "CaseRows.h"
#include "TempDir.h"
#include "TestVault.h"
#include "audit/AuditLog.h"
#include "workflow/RuleAdministration.h"
#include "workflow/UserAdministration.h"

#include <catch2/catch.hpp>

// Rows are written with designated initializers that name only what a test cares about; the other members keep
// their defaults on purpose.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

using namespace creditcase;
using namespace creditcase::test;
using audit::AccountabilityReport;

namespace {

QDate d(const char* iso) {
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

struct Office {
    TempDir dir;
    TestVault created = createTestVault(dir.file(QStringLiteral("v.vault")));
    QSqlDatabase db = created.vault->database();
    CaseRows rows{db};
    rules::RuleSet rules = *workflow::RuleAdministration::loadRuleSet(db);

    // A listed case on a general administrative-penalty record of an enterprise, recorded on `recordedOn`.
    qint64 listedCase(QDate recordedOn, qint64 organ = 1, const QString& recordedBy = QStringLiteral("admin"),
                      const QString& item = QStringLiteral("administrative-penalty-legal-person")) {
        static int serial = 0;
        ++serial;
        const qint64 subject = rows.subject({QStringLiteral("enterprise"),
                                             QStringLiteral("测试公司%1").arg(serial),
                                             QStringLiteral("X%1").arg(serial),
                                             {}});
        const qint64 basis = rows.basis(
            {.documentNumber = QStringLiteral("京东市监罚〔2026〕%1号").arg(serial), .issuedOn = recordedOn});
        const qint64 record = rows.record({.subject = subject,
                                           .basis = basis,
                                           .item = item,
                                           .severity = QStringLiteral("serious"),
                                           .decidedOn = recordedOn,
                                           .createdBy = recordedBy});
        return rows.openCase({.record = record, .subject = subject, .organ = organ});
    }

    AccountabilityReport::Report build(QDate from, QDate to) {
        auto report = AccountabilityReport::build(db, rules, from, to);
        REQUIRE(report.ok());
        return report.take();
    }
};

} // namespace

TEST_CASE("Acts done after their due date are listed with the days late") {
    Office office;
    const qint64 lateCase = office.listedCase(d("2026-02-02"));
    const qint64 onTimeCase = office.listedCase(d("2026-02-02"));
    const qint64 pendingCase = office.listedCase(d("2026-02-02"));
    const qint64 lateRestoration = office.rows.restoration(lateCase, d("2026-03-01"), d("2026-03-10"), d("2026-03-15"));
    office.rows.restoration(onTimeCase, d("2026-03-01"), d("2026-03-20"), d("2026-03-18"));
    office.rows.restoration(pendingCase, d("2026-04-20"), d("2026-05-01"), {}, QStringLiteral("applied"));
    // Late before the period: not this period's business.
    office.rows.restoration(onTimeCase, d("2025-11-01"), d("2025-11-10"), d("2025-12-01"));

    office.rows.deadline(QStringLiteral("notice-service"), lateCase, d("2026-02-02"), d("2026-02-10"),
                         QStringLiteral("met"));
    office.rows.notice(lateCase, d("2026-02-02"), d("2026-02-12"));
    office.rows.deadline(QStringLiteral("notice-service"), onTimeCase, d("2026-02-02"), d("2026-02-10"),
                         QStringLiteral("met"));
    office.rows.notice(onTimeCase, d("2026-02-02"), d("2026-02-10"));

    office.rows.objection(lateCase, d("2026-02-20"), d("2026-02-27"), d("2026-03-04"));
    office.rows.objection(onTimeCase, d("2026-02-20"), d("2026-02-27"), d("2026-02-26"));

    const auto report = office.build(d("2026-01-01"), d("2026-06-30"));
    REQUIRE(report.organs.size() == 1);
    const auto& organ = report.organs.first();
    CHECK(organ.organ == QStringLiteral("Test County Market Regulation Bureau"));
    CHECK_FALSE(organ.clean());
    CHECK_FALSE(report.clean());

    REQUIRE(organ.lateRestorations.size() == 2);
    const auto& late = organ.lateRestorations.at(0);
    CHECK(late.caseId == lateCase);
    CHECK(late.actId == lateRestoration);
    CHECK(late.due == d("2026-03-10"));
    CHECK(late.done == d("2026-03-15"));
    CHECK(late.daysLate == 5);
    const auto& pending = organ.lateRestorations.at(1);
    CHECK(pending.caseId == pendingCase);
    CHECK_FALSE(pending.done.isValid());
    CHECK(pending.daysLate == 60); // 2026-05-01 to 2026-06-30

    REQUIRE(organ.lateNotices.size() == 1);
    CHECK(organ.lateNotices.first().caseId == lateCase);
    CHECK(organ.lateNotices.first().daysLate == 2);

    REQUIRE(organ.lateObjectionAnswers.size() == 1);
    CHECK(organ.lateObjectionAnswers.first().caseId == lateCase);
    CHECK(organ.lateObjectionAnswers.first().daysLate == 5);

    SECTION("a period that ends before the due dates finds nothing late") {
        const auto early = office.build(d("2026-01-01"), d("2026-02-10"));
        CHECK(early.organs.first().lateRestorations.isEmpty());
        CHECK(early.organs.first().lateNotices.isEmpty());
        CHECK(early.organs.first().lateObjectionAnswers.isEmpty());
    }
    SECTION("a restoration pending at the end of one period and decided late in the next is in both") {
        const auto april = office.build(d("2026-04-01"), d("2026-05-10"));
        bool found = false;
        for (const auto& act : april.organs.first().lateRestorations) {
            found = found || (act.caseId == pendingCase && !act.done.isValid() && act.daysLate == 9);
        }
        CHECK(found);
    }
}

TEST_CASE("A cancelled service deadline blames nobody, a moved one counts with its latest date") {
    Office office;
    const qint64 cancelled = office.listedCase(d("2026-02-02"));
    office.rows.deadline(QStringLiteral("notice-service"), cancelled, d("2026-02-02"), d("2026-02-10"),
                         QStringLiteral("cancelled"));
    office.rows.notice(cancelled, d("2026-02-02"));
    const qint64 moved = office.listedCase(d("2026-02-02"));
    office.rows.deadline(QStringLiteral("notice-service"), moved, d("2026-02-02"), d("2026-02-10"));
    office.rows.deadline(QStringLiteral("notice-service"), moved, d("2026-02-02"), d("2026-02-16"));
    office.rows.notice(moved, d("2026-02-02"), d("2026-02-16"));
    const auto report = office.build(d("2026-01-01"), d("2026-06-30"));
    CHECK(report.organs.first().lateNotices.isEmpty());
}

TEST_CASE("Every record is checked against the catalogue of its date and every measure against the list "
          "[Opinions IX]") {
    Office office;
    const qint64 good = office.listedCase(d("2026-02-02"));
    const qint64 outside = office.listedCase(d("2026-02-03"), 1, QStringLiteral("admin"), QStringLiteral("gossip"));
    const qint64 decided = office.rows.decision(good, d("2026-03-01"));
    office.rows.measure(decided, good, QStringLiteral("no-bidding"));             // on the list: fine
    office.rows.measure(decided, good, QStringLiteral("restrict-exit"));          // not for this list type
    office.rows.measure(decided, good, QStringLiteral("financial-institutions")); // category C ordered
    office.rows.measure(decided, good, QStringLiteral("financial-institutions"), QStringLiteral("inform-only"));

    const auto report = office.build(d("2026-01-01"), d("2026-06-30"));
    const auto& organ = report.organs.first();
    CHECK(organ.recordsChecked == 2);
    REQUIRE(organ.recordsOutsideCatalog.size() == 1);
    CHECK(organ.recordsOutsideCatalog.first().caseId == outside);
    CHECK(organ.recordsOutsideCatalog.first().item == QStringLiteral("gossip"));
    CHECK(organ.recordsOutsideCatalog.first().on == d("2026-02-03"));
    CHECK(organ.recordsOutsideCatalog.first().reason.contains(QStringLiteral("gossip")));
    CHECK_FALSE(organ.recordsOutsideCatalog.first().citations.isEmpty());

    CHECK(organ.measuresChecked == 4);
    REQUIRE(organ.measuresOutsideList.size() == 2);
    CHECK(organ.measuresOutsideList.at(0).item == QStringLiteral("restrict-exit"));
    CHECK(organ.measuresOutsideList.at(1).item == QStringLiteral("financial-institutions"));
    CHECK(organ.measuresOutsideList.at(1).caseId == good);
    CHECK(report.provision.text.contains(QStringLiteral("IX")));

    SECTION("records recorded outside the period are not counted") {
        const auto march = office.build(d("2026-03-01"), d("2026-03-31"));
        CHECK(march.organs.first().recordsChecked == 0);
        CHECK(march.organs.first().measuresChecked == 4);
    }
}

TEST_CASE("The report is by organ and names the chain position it was made at") {
    Office office;
    workflow::UserAdministration users(*office.created.vault);
    auto other = users.addUser({QStringLiteral("wu.officer"), domain::Role::Officer, QStringLiteral("Other Tax Bureau"),
                                domain::OrganLevel::County, QStringLiteral("110106")},
                               secret(kPassword), crypto::KdfParams::cheapestForTests());
    REQUIRE(other.ok());
    const qint64 otherOrgan = other->organ.id;
    const qint64 theirs = office.listedCase(d("2026-02-02"), otherOrgan, QStringLiteral("wu.officer"));
    office.rows.restoration(theirs, d("2026-03-01"), d("2026-03-10"), d("2026-03-11"));
    office.listedCase(d("2026-02-02"));

    const auto report = office.build(d("2026-01-01"), d("2026-06-30"));
    REQUIRE(report.organs.size() == 2);
    const auto& first = report.organs.at(0);
    const auto& second = report.organs.at(1);
    CHECK(first.clean());
    CHECK(first.recordsChecked == 1);
    CHECK(second.organ == QStringLiteral("Other Tax Bureau"));
    CHECK(second.recordsChecked == 1);
    REQUIRE(second.lateRestorations.size() == 1);
    CHECK(second.lateRestorations.first().daysLate == 1);

    auto head = audit::AuditLog::head(office.db);
    CHECK(report.chainSeq == head->seq);
    CHECK(report.chainHash == head->hash);
}

TEST_CASE("The report refuses a period that is not one") {
    Office office;
    CHECK(AccountabilityReport::build(office.db, office.rules, d("2026-02-01"), d("2026-01-01")).error().kind ==
          ErrorKind::Usage);
    CHECK(AccountabilityReport::build(office.db, office.rules, QDate(), d("2026-01-01")).error().kind ==
          ErrorKind::Usage);
}
