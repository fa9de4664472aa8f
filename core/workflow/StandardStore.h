#pragma once

#include "Result.h"
#include "domain/Standard.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>

namespace creditcase::workflow {

// The SQL of the vault's designation standards. StandardWorkflow decides; this store reads and writes inside the
// caller's transaction. A failed statement is an Error made by storage::SqlError, never an empty answer.
class StandardStore {
    Q_DECLARE_TR_FUNCTIONS(StandardStore)

public:
    // NotFound when there is no such standard.
    static Result<domain::Standard> find(QSqlDatabase& db, qint64 standardId);
    // Every standard (of one list type when listType is not empty), by id.
    static Result<QList<domain::Standard>> list(QSqlDatabase& db, const QString& listType = {});
    // The standards of a list type in force from a day on or before `on` (whatever happened since), latest first.
    static Result<QList<domain::Standard>> inForceFromBy(QSqlDatabase& db, const QString& listType, QDate on);
    // The standards of the organ for the list type at stage "in-force", other than `exceptId`.
    static Result<QList<domain::Standard>> inForceOfOrgan(QSqlDatabase& db, const QString& listType, qint64 organId,
                                                          qint64 exceptId);
    // Stores a draft standard (list type, title, organ, created by); returns its id.
    static Result<qint64> insertDraft(QSqlDatabase& db, const domain::Standard& standard);
    // Writes back the stage and the dates of a standard.
    static Status save(QSqlDatabase& db, const domain::Standard& standard);
};

} // namespace creditcase::workflow
