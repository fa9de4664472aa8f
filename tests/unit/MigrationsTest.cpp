#include "TempDir.h"
#include "TestVault.h"

#include "storage/Migrations.h"
#include "storage/SqlCipherDriver.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace creditcase;
using namespace creditcase::test;
using storage::Migrations;

namespace {

QSqlDatabase openRaw(const QString& path, const QString& name)
{
    auto* driver = new storage::SqlCipherDriver;
    driver->setRawKey(QByteArray(32, '\x5a'));
    QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("CREATE_IF_MISSING"));
    REQUIRE(db.open());
    return db;
}

} // namespace

TEST_CASE("Migrations are numbered, contiguous and end at the latest version")
{
    const auto scripts = Migrations::scripts();
    REQUIRE_FALSE(scripts.isEmpty());
    for (qsizetype i = 0; i < scripts.size(); ++i) {
        CHECK(scripts.at(i).version == i + 1);
        CHECK_FALSE(scripts.at(i).sql.trimmed().isEmpty());
    }
    CHECK(Migrations::latestVersion() == scripts.last().version);
}

TEST_CASE("Every older schema version migrates to the latest, keeping its data")
{
    const int latest = Migrations::latestVersion();
    for (int start = 0; start < latest; ++start) {
        DYNAMIC_SECTION("from version " << start)
        {
            TempDir dir;
            const QString name = QStringLiteral("migrate-%1").arg(start);
            {
                QSqlDatabase db = openRaw(dir.file(QStringLiteral("m.vault")), name);
                REQUIRE(Migrations::migrate(db, start).ok());
                CHECK(*Migrations::currentVersion(db) == start);
                QSqlQuery query(db);
                if (start >= 1) {
                    REQUIRE(query.exec(QStringLiteral("INSERT INTO vault_meta (key, value) VALUES ('probe', 'kept')")));
                }
                REQUIRE(Migrations::migrate(db).ok());
                CHECK(*Migrations::currentVersion(db) == latest);
                if (start >= 1) {
                    REQUIRE(query.exec(QStringLiteral("SELECT value FROM vault_meta WHERE key = 'probe'")));
                    REQUIRE(query.next());
                    CHECK(query.value(0).toString() == QStringLiteral("kept"));
                }
                REQUIRE(query.exec(QStringLiteral("PRAGMA integrity_check")));
                REQUIRE(query.next());
                CHECK(query.value(0).toString() == QStringLiteral("ok"));
                // Running again is a no-op.
                REQUIRE(Migrations::migrate(db).ok());
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
        }
    }
}

TEST_CASE("A vault from a newer CreditCase is refused, not guessed at")
{
    TempDir dir;
    {
        QSqlDatabase db = openRaw(dir.file(QStringLiteral("future.vault")), QStringLiteral("future"));
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral("PRAGMA user_version = %1").arg(Migrations::latestVersion() + 5)));
        Status migrated = Migrations::migrate(db);
        REQUIRE_FALSE(migrated.ok());
        CHECK(migrated.error().kind == ErrorKind::Refused);
        CHECK(migrated.error().message.contains(QStringLiteral("newer version")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("future"));
}
