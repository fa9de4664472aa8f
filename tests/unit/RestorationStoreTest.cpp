// workflow::RestorationStore: the one place of the SQL of restoration applications of both kinds (removal from a
// list, owned by a case; restoration of penalty information, owned by a record). What is written reads back the
// same; a failed statement is an Error in storage::SqlError's words, never an empty answer.
#include "workflow/RestorationStore.h"

#include "WorkflowFixture.h"

#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace creditcase;
using namespace creditcase::test;
using domain::RestorationStage;
using workflow::RestorationStore;

namespace {

domain::Restoration application(QDate on, const QString& by) {
    domain::Restoration r;
    r.appliedOn = on;
    r.receivedBy = by;
    r.correctedOn = on.addDays(-10);
    r.commitment = true;
    r.eligible = true;
    r.checkReason = QStringLiteral("The conditions are met.");
    r.dueOn = on.addDays(15);
    return r;
}

} // namespace

TEST_CASE("RestorationStore writes an application for a case, its decision and its revocation, and reads them back") {
    WorkflowFixture f;
    QSqlDatabase db = f.db();
    const qint64 caseId = f.listedCase();
    auto none = RestorationStore::latestOfCase(db, caseId);
    REQUIRE(none.ok());
    CHECK_FALSE(none->has_value());

    domain::Restoration r = application(QDate(2026, 1, 5), f.officer.name);
    r.caseId = caseId;
    auto id = RestorationStore::insert(db, r);
    REQUIRE(id.ok());
    auto found = RestorationStore::find(db, *id);
    REQUIRE(found.ok());
    CHECK(found->caseId == caseId);
    CHECK(found->recordId == 0);
    CHECK(found->stage == RestorationStage::Applied);
    CHECK(found->appliedOn == r.appliedOn);
    CHECK(found->receivedBy == r.receivedBy);
    CHECK(found->correctedOn == r.correctedOn);
    CHECK(found->commitment);
    CHECK(found->eligible);
    CHECK(found->checkReason == r.checkReason);
    CHECK(found->dueOn == r.dueOn);

    domain::Restoration decided = *found;
    decided.stage = RestorationStage::Granted;
    decided.decidedOn = QDate(2026, 1, 20);
    decided.decidedBy = f.supervisor.name;
    decided.decisionText = QStringLiteral("Granted.");
    decided.decidedLate = true;
    decided.chainSeq = 42;
    decided.chainHash = QStringLiteral("feed");
    REQUIRE(RestorationStore::saveDecision(db, decided).ok());
    auto latest = RestorationStore::latestOfCase(db, caseId);
    REQUIRE(latest.ok());
    REQUIRE(latest->has_value());
    CHECK((*latest)->id == *id);
    CHECK((*latest)->stage == RestorationStage::Granted);
    CHECK((*latest)->decidedOn == decided.decidedOn);
    CHECK((*latest)->decidedBy == decided.decidedBy);
    CHECK((*latest)->decisionText == decided.decisionText);
    CHECK((*latest)->decidedLate);
    CHECK((*latest)->chainSeq == 42);
    CHECK((*latest)->chainHash == decided.chainHash);

    domain::Restoration revoked = **latest;
    revoked.revokedOn = QDate(2026, 3, 1);
    revoked.revokedBy = f.supervisor2.name;
    revoked.revokeText = QStringLiteral("False materials.");
    REQUIRE(RestorationStore::saveRevocation(db, revoked).ok());
    auto all = RestorationStore::ofCase(db, caseId);
    REQUIRE(all.ok());
    REQUIRE(all->size() == 1);
    CHECK(all->first().stage == RestorationStage::Revoked);
    CHECK(all->first().revokedOn == revoked.revokedOn);
    CHECK(all->first().revokedBy == revoked.revokedBy);
    CHECK(all->first().revokeText == revoked.revokeText);

    auto missing = RestorationStore::find(db, *id + 100);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().kind == ErrorKind::NotFound);
}

TEST_CASE("RestorationStore keeps an application for a record apart from the applications of cases") {
    WorkflowFixture f;
    QSqlDatabase db = f.db();
    const qint64 record = f.addRecord(f.addSubject());
    domain::Restoration r = application(QDate(2026, 2, 2), f.officer.name);
    r.recordId = record;
    r.commitment = false;
    r.correctedOn = QDate();
    auto id = RestorationStore::insert(db, r);
    REQUIRE(id.ok());
    auto latest = RestorationStore::latestOfRecord(db, record);
    REQUIRE(latest.ok());
    REQUIRE(latest->has_value());
    CHECK((*latest)->id == *id);
    CHECK((*latest)->recordId == record);
    CHECK((*latest)->caseId == 0);
    CHECK_FALSE((*latest)->commitment);
    CHECK_FALSE((*latest)->correctedOn.isValid());
    auto ofRecord = RestorationStore::ofRecord(db, record);
    REQUIRE(ofRecord.ok());
    CHECK(ofRecord->size() == 1);
    auto ofCase = RestorationStore::ofCase(db, record);
    REQUIRE(ofCase.ok());
    CHECK(ofCase->isEmpty());
}

TEST_CASE("A failed statement of RestorationStore is an error in the SQL error helper's words, not an empty answer") {
    WorkflowFixture f;
    QSqlDatabase db = f.db();
    QSqlQuery drop(db);
    REQUIRE(drop.exec(QStringLiteral("DROP TABLE restorations")));
    const QString what = QStringLiteral("The restoration applications could not be read or written: ");
    auto ofCase = RestorationStore::ofCase(db, 1);
    REQUIRE_FALSE(ofCase.ok());
    CHECK(ofCase.error().kind == ErrorKind::Failure);
    CHECK(ofCase.error().message.startsWith(what));
    CHECK(ofCase.error().message.contains(QStringLiteral("restorations")));
    auto latest = RestorationStore::latestOfRecord(db, 1);
    REQUIRE_FALSE(latest.ok());
    CHECK(latest.error().message.startsWith(what));
    domain::Restoration r = application(QDate(2026, 2, 2), f.officer.name);
    r.recordId = 1;
    auto inserted = RestorationStore::insert(db, r);
    REQUIRE_FALSE(inserted.ok());
    CHECK(inserted.error().message.startsWith(what));
}
