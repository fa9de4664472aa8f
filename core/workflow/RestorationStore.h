#pragma once

#include "Result.h"
#include "domain/Restoration.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace creditcase::workflow {

// The SQL of restoration applications, of both kinds: removal from a list (owned by a case) and restoration of
// penalty information (owned by a credit record). RestorationWorkflow decides; this store reads and writes inside the
// caller's transaction. A failed statement is an Error made by storage::SqlError, never an empty answer.
class RestorationStore {
    Q_DECLARE_TR_FUNCTIONS(RestorationStore)

public:
    // NotFound when there is no such application.
    static Result<domain::Restoration> find(QSqlDatabase& db, qint64 restorationId);
    // The latest application of a case / of a record; none if there is none.
    static Result<std::optional<domain::Restoration>> latestOfCase(QSqlDatabase& db, qint64 caseId);
    static Result<std::optional<domain::Restoration>> latestOfRecord(QSqlDatabase& db, qint64 recordId);
    // The applications of a case / of a record, oldest first.
    static Result<QList<domain::Restoration>> ofCase(QSqlDatabase& db, qint64 caseId);
    static Result<QList<domain::Restoration>> ofRecord(QSqlDatabase& db, qint64 recordId);

    /* Stores an accepted application (stage "applied") for r.caseId, or for r.recordId when caseId is 0: applied on,
       received by, corrected on, commitment, eligible, check reason, due on. Returns its id. */
    static Result<qint64> insert(QSqlDatabase& db, const domain::Restoration& r);
    // Records the decision on application r.id: stage, decided on/by, decision text, late, chain position.
    static Status saveDecision(QSqlDatabase& db, const domain::Restoration& r);
    // Records the revocation of application r.id (stage "revoked", revoked on/by, reasons).
    static Status saveRevocation(QSqlDatabase& db, const domain::Restoration& r);
};

} // namespace creditcase::workflow
