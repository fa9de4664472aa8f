#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

namespace creditcase::storage {

// The one way a store turns a failed statement into an Error, so that every store answers alike and a second SQL
// dialect needs only this and the driver changed. The message says first, in the officer's words, what could not be
// read or written (`what`: "The deadline register could not be read or written"), then the driver's reason (the
// project's driver words busy, damaged and full vaults for the user). The kind follows SQLite's result code: a busy
// or locked vault is InUse, a damaged one Corrupt, anything else a Failure.
class SqlError {
    Q_DECLARE_TR_FUNCTIONS(SqlError)

public:
    static Error of(const QSqlQuery& query, const QString& what);
    static Error of(const QSqlError& error, const QString& what);
};

} // namespace creditcase::storage
