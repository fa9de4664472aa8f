#include "TempDir.h"
#include "TestVault.h"

#include "audit/AuditLog.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace creditcase;
using namespace creditcase::test;
using audit::AuditLog;

namespace {

void append(storage::Vault& vault, int count)
{
    for (int i = 0; i < count; ++i) {
        REQUIRE(vault
                    .transact([i](QSqlDatabase& db) -> Status {
                        auto entry = AuditLog::append(db, QStringLiteral("officer-%1").arg(i), QStringLiteral("test.act"),
                                                      QStringLiteral("case:%1").arg(i), {{QStringLiteral("n"), i}});
                        return entry ? Status{} : Status{entry.error()};
                    })
                    .ok());
    }
}

// The app's own SQL cannot edit the chain (triggers); an attacker with the raw key can drop them first.
void rawExec(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    REQUIRE(query.exec(QStringLiteral("DROP TRIGGER IF EXISTS audit_log_no_update")));
    REQUIRE(query.exec(QStringLiteral("DROP TRIGGER IF EXISTS audit_log_no_delete")));
    REQUIRE(query.exec(sql));
}

} // namespace

TEST_CASE("The audit chain links every entry to the one before")
{
    TempDir dir;
    auto created = createTestVault(dir.file(QStringLiteral("v.vault")));
    append(*created.vault, 10);
    QSqlDatabase db = created.vault->database();
    const auto verified = AuditLog::verify(db);
    CHECK(verified.intact);
    CHECK(verified.entries == 12); // the first administrator, the seeded rule data, + 10
    auto head = AuditLog::head(db);
    REQUIRE(head.ok());
    CHECK(head->seq == 12);
    auto latest = AuditLog::latest(db, 3);
    REQUIRE(latest.ok());
    REQUIRE(latest->size() == 3);
    CHECK(latest->first().seq == 12);
}

TEST_CASE("Ordinary SQL cannot change or delete audit entries")
{
    TempDir dir;
    auto created = createTestVault(dir.file(QStringLiteral("v.vault")));
    QSqlDatabase db = created.vault->database();
    QSqlQuery query(db);
    CHECK_FALSE(query.exec(QStringLiteral("UPDATE audit_log SET actor = 'someone else'")));
    CHECK_FALSE(query.exec(QStringLiteral("DELETE FROM audit_log")));
}

TEST_CASE("Editing or deleting any entry with the raw key is detected and the first broken link named")
{
    TempDir dir;
    auto created = createTestVault(dir.file(QStringLiteral("v.vault")));
    append(*created.vault, 6);
    QSqlDatabase db = created.vault->database();

    SECTION("an edited actor")
    {
        rawExec(db, QStringLiteral("UPDATE audit_log SET actor = 'mallory' WHERE seq = 4"));
        const auto verified = AuditLog::verify(db);
        CHECK_FALSE(verified.intact);
        CHECK(verified.firstBrokenSeq == 4);
        CHECK(verified.problem.contains(QStringLiteral("4")));
    }
    SECTION("an edited payload")
    {
        rawExec(db, QStringLiteral("UPDATE audit_log SET payload = '{\"n\":99}' WHERE seq = 3"));
        CHECK(AuditLog::verify(db).firstBrokenSeq == 3);
    }
    SECTION("a deleted middle entry")
    {
        rawExec(db, QStringLiteral("DELETE FROM audit_log WHERE seq = 5"));
        CHECK(AuditLog::verify(db).firstBrokenSeq == 5);
    }
    SECTION("entries cut off the end")
    {
        rawExec(db, QStringLiteral("DELETE FROM audit_log WHERE seq >= 6"));
        const auto verified = AuditLog::verify(db);
        CHECK_FALSE(verified.intact);
        CHECK(verified.problem.contains(QStringLiteral("removed")));
    }
    SECTION("a rewritten entry with a recomputed own hash still breaks the next link")
    {
        rawExec(db, QStringLiteral("UPDATE audit_log SET hash = '%1' WHERE seq = 2").arg(QString(64, QLatin1Char('a'))));
        CHECK(AuditLog::verify(db).firstBrokenSeq == 2);
    }
}
