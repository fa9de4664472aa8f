#include "Migrations.h"

#include "SqlCipherDriver.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>

#include <sqlcipher/sqlite3.h>

#include <algorithm>

namespace creditcase::storage {

namespace {

sqlite3* nativeHandle(QSqlDatabase& db)
{
    auto* driver = dynamic_cast<SqlCipherDriver*>(db.driver());
    return driver ? driver->nativeHandle() : nullptr;
}

Status execScript(sqlite3* handle, const QByteArray& sql)
{
    char* message = nullptr;
    const int rc = sqlite3_exec(handle, sql.constData(), nullptr, nullptr, &message);
    if (rc == SQLITE_OK) {
        return {};
    }
    const QString text = message ? QString::fromUtf8(message) : QString::fromUtf8(sqlite3_errstr(rc));
    sqlite3_free(message);
    return Error::failure(text);
}

} // namespace

QList<Migrations::Script> Migrations::scripts()
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_([a-z0-9_]+)\\.sql$"));
    QList<Script> result;
    const QDir dir(QStringLiteral(":/migrations"));
    for (const QString& fileName : dir.entryList(QDir::Files, QDir::Name)) {
        const auto match = pattern.match(fileName);
        if (!match.hasMatch()) {
            continue;
        }
        QFile file(dir.filePath(fileName));
        if (!file.open(QIODevice::ReadOnly)) {
            continue;
        }
        result.append({match.captured(1).toInt(), match.captured(2), file.readAll()});
    }
    std::sort(result.begin(), result.end(), [](const Script& a, const Script& b) { return a.version < b.version; });
    return result;
}

int Migrations::latestVersion()
{
    const auto all = scripts();
    return all.isEmpty() ? 0 : all.last().version;
}

Result<int> Migrations::currentVersion(QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        return Error::failure(tr("Cannot read the schema version of the vault."));
    }
    return query.value(0).toInt();
}

Status Migrations::migrate(QSqlDatabase& db, int targetVersion)
{
    const auto all = scripts();
    const int latest = all.isEmpty() ? 0 : all.last().version;
    if (targetVersion < 0) {
        targetVersion = latest;
    }
    auto current = currentVersion(db);
    if (!current) {
        return current.error();
    }
    if (*current > latest) {
        return Error::refused(tr("This vault was written by a newer version of CreditCase (schema %1; this program "
                                 "knows up to %2). Update CreditCase before opening it.")
                                  .arg(*current)
                                  .arg(latest));
    }
    sqlite3* handle = nativeHandle(db);
    if (!handle) {
        return Error::failure(tr("The vault connection is not a SQLCipher connection."));
    }
    for (const Script& script : all) {
        if (script.version <= *current || script.version > targetVersion) {
            continue;
        }
        // Another process may have migrated while we waited for the write lock: look again inside it.
        if (Status begun = execScript(handle, "BEGIN IMMEDIATE"); !begun) {
            return Error::failure(tr("Cannot start schema migration %1: %2").arg(script.version).arg(begun.error().message));
        }
        int versionNow = 0;
        sqlite3_stmt* statement = nullptr;
        if (sqlite3_prepare_v2(handle, "PRAGMA user_version", -1, &statement, nullptr) == SQLITE_OK &&
            sqlite3_step(statement) == SQLITE_ROW) {
            versionNow = sqlite3_column_int(statement, 0);
        }
        sqlite3_finalize(statement);
        if (versionNow >= script.version) {
            (void)execScript(handle, "COMMIT");
            continue;
        }
        const QByteArray sql = script.sql + "\nPRAGMA user_version = " + QByteArray::number(script.version) + ";";
        Status applied = execScript(handle, sql);
        if (applied) {
            applied = execScript(handle, "COMMIT");
        }
        if (!applied) {
            sqlite3_exec(handle, "ROLLBACK", nullptr, nullptr, nullptr);
            return Error::failure(tr("Schema migration %1 (%2) failed and was rolled back: %3")
                                      .arg(script.version)
                                      .arg(script.name, applied.error().message));
        }
    }
    return {};
}

} // namespace creditcase::storage
