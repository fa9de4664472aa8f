// workflow::StandardStore: the one place of the SQL of the vault's designation standards. What is written reads back
// the same; a failed statement is an Error in storage::SqlError's words, never an empty answer.
#include "workflow/StandardStore.h"

#include "WorkflowFixture.h"

#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace creditcase;
using namespace creditcase::test;
using domain::StandardStatus;
using workflow::StandardStore;

namespace {

domain::Standard draft(const domain::User& by, const QString& title) {
    domain::Standard s;
    s.listType = QStringLiteral("samr-serious-illegal");
    s.title = title;
    s.organId = by.organ.id;
    s.createdBy = by.name;
    return s;
}

} // namespace

TEST_CASE("StandardStore writes a draft standard, its stages and dates, and finds it by list type and date") {
    WorkflowFixture f;
    QSqlDatabase db = f.db();
    auto id = StandardStore::insertDraft(db, draft(f.supervisor, QStringLiteral("County standard")));
    REQUIRE(id.ok());
    auto found = StandardStore::find(db, *id);
    REQUIRE(found.ok());
    CHECK(found->listType == QStringLiteral("samr-serious-illegal"));
    CHECK(found->title == QStringLiteral("County standard"));
    CHECK(found->stage == StandardStatus::Draft);
    CHECK(found->organId == f.supervisor.organ.id);
    CHECK(found->createdBy == f.supervisor.name);
    CHECK(found->createdAt.isValid());
    CHECK_FALSE(found->inForceFrom.isValid());

    auto notYet = StandardStore::inForceFromBy(db, found->listType, QDate(2025, 1, 1));
    REQUIRE(notYet.ok());
    CHECK(notYet->isEmpty());

    domain::Standard adopted = *found;
    adopted.stage = StandardStatus::InForce;
    adopted.commentOpenedOn = QDate(2024, 9, 1);
    adopted.commentClosedOn = QDate(2024, 10, 6);
    adopted.adoptedOn = QDate(2024, 11, 10);
    adopted.inForceFrom = QDate(2024, 11, 10);
    REQUIRE(StandardStore::save(db, adopted).ok());
    auto saved = StandardStore::find(db, *id);
    REQUIRE(saved.ok());
    CHECK(saved->stage == StandardStatus::InForce);
    CHECK(saved->commentOpenedOn == adopted.commentOpenedOn);
    CHECK(saved->commentClosedOn == adopted.commentClosedOn);
    CHECK(saved->adoptedOn == adopted.adoptedOn);
    CHECK(saved->inForceFrom == adopted.inForceFrom);

    auto inForce = StandardStore::inForceFromBy(db, adopted.listType, QDate(2025, 1, 1));
    REQUIRE(inForce.ok());
    REQUIRE(inForce->size() == 1);
    CHECK(inForce->first().id == *id);
    auto before = StandardStore::inForceFromBy(db, adopted.listType, QDate(2024, 11, 9));
    REQUIRE(before.ok());
    CHECK(before->isEmpty());

    auto second = StandardStore::insertDraft(db, draft(f.supervisor, QStringLiteral("Revised standard")));
    REQUIRE(second.ok());
    auto older = StandardStore::inForceOfOrgan(db, adopted.listType, f.supervisor.organ.id, *second);
    REQUIRE(older.ok());
    REQUIRE(older->size() == 1);
    CHECK(older->first().id == *id);
    auto exceptItself = StandardStore::inForceOfOrgan(db, adopted.listType, f.supervisor.organ.id, *id);
    REQUIRE(exceptItself.ok());
    CHECK(exceptItself->isEmpty());

    auto all = StandardStore::list(db);
    REQUIRE(all.ok());
    CHECK(all->size() == 2);
    auto ofOtherList = StandardStore::list(db, QStringLiteral("another-list"));
    REQUIRE(ofOtherList.ok());
    CHECK(ofOtherList->isEmpty());

    auto missing = StandardStore::find(db, *second + 100);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().kind == ErrorKind::NotFound);
}

TEST_CASE("A failed statement of StandardStore is an error in the SQL error helper's words, not an empty answer") {
    WorkflowFixture f;
    QSqlDatabase db = f.db();
    QSqlQuery drop(db);
    REQUIRE(drop.exec(QStringLiteral("DROP TABLE standards")));
    const QString what = QStringLiteral("The standards could not be read or written: ");
    auto governing = StandardStore::inForceFromBy(db, QStringLiteral("samr-serious-illegal"), QDate(2025, 1, 1));
    REQUIRE_FALSE(governing.ok());
    CHECK(governing.error().kind == ErrorKind::Failure);
    CHECK(governing.error().message.startsWith(what));
    CHECK(governing.error().message.contains(QStringLiteral("standards")));
    auto all = StandardStore::list(db);
    REQUIRE_FALSE(all.ok());
    CHECK(all.error().message.startsWith(what));
    auto inserted = StandardStore::insertDraft(db, draft(f.supervisor, QStringLiteral("Draft")));
    REQUIRE_FALSE(inserted.ok());
    CHECK(inserted.error().message.startsWith(what));
}
