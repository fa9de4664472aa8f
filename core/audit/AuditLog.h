#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QStringList>

namespace creditcase::audit {

// The append-only, hash-chained record of every act. Each entry: sequence number, the real time, the
// actor, the event, the object it concerns, the payload and its SHA-256 digest, the previous entry's hash
// and its own hash over all of these. The current head (sequence and hash) is kept in vault_meta too, so
// that cutting entries off the end is caught as well as editing or deleting one in the middle.
class AuditLog {
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    struct Entry {
        qint64 seq = 0;
        QDateTime at;
        QString actor;
        QString event;
        QString object;
        QString payload;
        QString payloadDigest;
        QString prevHash;
        QString hash;
    };
    struct Position {
        qint64 seq = 0;
        QString hash;
    };
    struct Verification {
        bool intact = true;
        qint64 entries = 0;
        qint64 firstBrokenSeq = 0; // 0 when intact
        QString problem;           // translated, names the broken link
    };

    /* Appends one entry. Call it inside the transaction of the act it records, so the act and its entry
       commit together or not at all. Fails only on a database error. */
    static Result<Position> append(QSqlDatabase& db, const QString& actor, const QString& event,
                                   const QString& object, const QJsonObject& payload = {});

    static Result<Position> head(QSqlDatabase& db);
    static Verification verify(QSqlDatabase& db);
    static Result<QList<Entry>> latest(QSqlDatabase& db, int limit);
    // The entries about any of `objects` (e.g. "case:42"), newest first, at most `limit`; read through the index on
    // the object (migration 0010), so it costs the entries found, not the length of the chain.
    static Result<QList<Entry>> aboutObjects(QSqlDatabase& db, const QStringList& objects, int limit);

    static QString genesisHash();
    static QString entryHash(const Entry& entry);
};

} // namespace creditcase::audit
