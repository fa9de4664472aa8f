// storage::SqlError: every store's failed statement becomes an Error that names what could not be read or written,
// with the kind a client acts on (a busy vault is InUse: try again; anything else a Failure).
#include "storage/SqlError.h"

#include "TempDir.h"
#include "storage/SqlCipherDriver.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace creditcase;
using namespace creditcase::test;
using storage::SqlError;

namespace {

QSqlDatabase connect(const QString& name, const QString& path, const QString& options) {
    auto* driver = new storage::SqlCipherDriver;
    driver->setRawKey(QByteArray(32, '\x5a'));
    QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
    db.setDatabaseName(path);
    db.setConnectOptions(options);
    REQUIRE(db.open());
    return db;
}

} // namespace

TEST_CASE("A failed statement names what could not be read or written, then the reason") {
    TempDir dir;
    {
        QSqlDatabase db = connect(QStringLiteral("sql-error-a"), dir.file(QStringLiteral("a.db")),
                                  QStringLiteral("CREATE_IF_MISSING;WAL"));
        QSqlQuery query(db);
        REQUIRE_FALSE(query.exec(QStringLiteral("SELECT * FROM no_such_table")));
        const Error error = SqlError::of(query, QStringLiteral("The deadline register could not be read"));
        CHECK(error.kind == ErrorKind::Failure);
        CHECK(error.message.startsWith(QStringLiteral("The deadline register could not be read: ")));
        CHECK(error.message.contains(QStringLiteral("no_such_table")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("sql-error-a"));
}

TEST_CASE("A vault another connection is writing to is reported as in use, not as a failure") {
    TempDir dir;
    const QString path = dir.file(QStringLiteral("b.db"));
    {
        QSqlDatabase writer = connect(QStringLiteral("sql-error-w"), path, QStringLiteral("CREATE_IF_MISSING;WAL"));
        QSqlQuery setup(writer);
        REQUIRE(setup.exec(QStringLiteral("CREATE TABLE t (x INTEGER)")));
        REQUIRE(setup.exec(QStringLiteral("BEGIN IMMEDIATE")));
        REQUIRE(setup.exec(QStringLiteral("INSERT INTO t VALUES (1)")));
        QSqlDatabase other = connect(QStringLiteral("sql-error-o"), path, QStringLiteral("WAL;BUSY_TIMEOUT_MS=1"));
        QSqlQuery blocked(other);
        REQUIRE_FALSE(blocked.exec(QStringLiteral("INSERT INTO t VALUES (2)")));
        const Error error = SqlError::of(blocked, QStringLiteral("The subjects could not be written"));
        CHECK(error.kind == ErrorKind::InUse);
        CHECK(error.message.startsWith(QStringLiteral("The subjects could not be written: ")));
        REQUIRE(setup.exec(QStringLiteral("ROLLBACK")));
        other.close();
        writer.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("sql-error-o"));
    QSqlDatabase::removeDatabase(QStringLiteral("sql-error-w"));
}
