#include "SqlError.h"

#include <sqlcipher/sqlite3.h>

namespace creditcase::storage {

Error SqlError::of(const QSqlQuery& query, const QString& what) {
    return of(query.lastError(), what);
}

Error SqlError::of(const QSqlError& error, const QString& what) {
    bool isCode = false;
    const int code = error.nativeErrorCode().toInt(&isCode);
    // The driver's sentence and SQLite's words, after the sentence the officer can act on.
    const QString reason = error.text().trimmed();
    const QString message = reason.isEmpty() ? what : tr("%1: %2").arg(what, reason);
    switch (isCode ? code & 0xff : SQLITE_ERROR) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Error::inUse(message);
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return Error::corrupt(message);
    default:
        return Error::failure(message);
    }
}

} // namespace creditcase::storage
