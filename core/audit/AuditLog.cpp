#include "AuditLog.h"

#include "Clock.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace creditcase::audit {

namespace {

QString sha256Hex(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

const QString kHeadKey = QStringLiteral("audit_head");

} // namespace

QString AuditLog::genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

QString AuditLog::entryHash(const Entry& entry)
{
    // Length-prefixed fields, so no two different entries serialise to the same bytes.
    QByteArray material;
    for (const QString& field : {entry.prevHash, QString::number(entry.seq), entry.at.toString(Qt::ISODateWithMs),
                                 entry.actor, entry.event, entry.object, entry.payloadDigest}) {
        const QByteArray utf8 = field.toUtf8();
        material += QByteArray::number(utf8.size()) + ':' + utf8 + ';';
    }
    return sha256Hex(material);
}

Result<AuditLog::Position> AuditLog::head(QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"))) {
        return Error::failure(tr("The audit log cannot be read: %1").arg(query.lastError().text()));
    }
    if (!query.next()) {
        return Position{0, genesisHash()};
    }
    return Position{query.value(0).toLongLong(), query.value(1).toString()};
}

Result<AuditLog::Position> AuditLog::append(QSqlDatabase& db, const QString& actor, const QString& event,
                                            const QString& object, const QJsonObject& payload)
{
    auto previous = head(db);
    if (!previous) {
        return previous.error();
    }
    Entry entry;
    entry.seq = previous->seq + 1;
    entry.at = Clock::realNow();
    entry.actor = actor;
    entry.event = event;
    entry.object = object;
    entry.payload = QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    entry.payloadDigest = sha256Hex(entry.payload.toUtf8());
    entry.prevHash = previous->hash;
    entry.hash = entryHash(entry);

    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO audit_log (seq, at, actor, event, object, payload, payload_digest, "
                                 "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(entry.seq);
    query.addBindValue(entry.at.toString(Qt::ISODateWithMs));
    query.addBindValue(entry.actor);
    query.addBindValue(entry.event);
    query.addBindValue(entry.object);
    query.addBindValue(entry.payload);
    query.addBindValue(entry.payloadDigest);
    query.addBindValue(entry.prevHash);
    query.addBindValue(entry.hash);
    if (!query.exec()) {
        return Error::failure(tr("The audit entry could not be written: %1").arg(query.lastError().text()));
    }
    query.prepare(QStringLiteral("DELETE FROM vault_meta WHERE key = ?"));
    query.addBindValue(kHeadKey);
    const bool cleared = query.exec();
    query.prepare(QStringLiteral("INSERT INTO vault_meta (key, value) VALUES (?, ?)"));
    query.addBindValue(kHeadKey);
    query.addBindValue(QStringLiteral("%1:%2").arg(entry.seq).arg(entry.hash));
    if (!cleared || !query.exec()) {
        return Error::failure(tr("The audit head could not be recorded: %1").arg(query.lastError().text()));
    }
    return Position{entry.seq, entry.hash};
}

AuditLog::Verification AuditLog::verify(QSqlDatabase& db)
{
    Verification result;
    const auto broken = [&result](qint64 seq, const QString& problem) {
        result.intact = false;
        result.firstBrokenSeq = seq;
        result.problem = problem;
        return result;
    };
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT seq, at, actor, event, object, payload, payload_digest, prev_hash, hash "
                                   "FROM audit_log ORDER BY seq"))) {
        return broken(0, tr("The audit log cannot be read: %1").arg(query.lastError().text()));
    }
    QString previousHash = genesisHash();
    qint64 expectedSeq = 1;
    while (query.next()) {
        Entry entry{query.value(0).toLongLong(),
                    QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs),
                    query.value(2).toString(),
                    query.value(3).toString(),
                    query.value(4).toString(),
                    query.value(5).toString(),
                    query.value(6).toString(),
                    query.value(7).toString(),
                    query.value(8).toString()};
        if (entry.seq != expectedSeq) {
            return broken(expectedSeq, tr("Entry %1 is missing: the chain jumps from %2 to %3.")
                                           .arg(expectedSeq)
                                           .arg(expectedSeq - 1)
                                           .arg(entry.seq));
        }
        if (entry.prevHash != previousHash) {
            return broken(entry.seq, tr("Entry %1 does not follow entry %2: its link to the previous hash is broken.")
                                         .arg(entry.seq)
                                         .arg(entry.seq - 1));
        }
        if (sha256Hex(entry.payload.toUtf8()) != entry.payloadDigest) {
            return broken(entry.seq, tr("The content of entry %1 was changed after it was written.").arg(entry.seq));
        }
        if (entryHash(entry) != entry.hash) {
            return broken(entry.seq, tr("Entry %1 was changed after it was written (its hash does not match).")
                                         .arg(entry.seq));
        }
        previousHash = entry.hash;
        ++expectedSeq;
        ++result.entries;
    }
    QSqlQuery meta(db);
    meta.prepare(QStringLiteral("SELECT value FROM vault_meta WHERE key = ?"));
    meta.addBindValue(kHeadKey);
    if (meta.exec() && meta.next()) {
        const QString recorded = meta.value(0).toString();
        const QString actual = QStringLiteral("%1:%2").arg(result.entries).arg(previousHash);
        if (recorded != actual) {
            const qint64 recordedSeq = recorded.section(QLatin1Char(':'), 0, 0).toLongLong();
            return broken(result.entries + 1,
                          tr("The log ends at entry %1 but %2 entries were written: entries were removed from the "
                             "end.")
                              .arg(result.entries)
                              .arg(recordedSeq));
        }
    } else if (result.entries > 0) {
        return broken(result.entries, tr("The record of the last audit entry is missing."));
    }
    return result;
}

Result<QList<AuditLog::Entry>> AuditLog::latest(QSqlDatabase& db, int limit)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT seq, at, actor, event, object, payload, payload_digest, prev_hash, hash "
                                 "FROM audit_log ORDER BY seq DESC LIMIT ?"));
    query.addBindValue(limit);
    if (!query.exec()) {
        return Error::failure(tr("The audit log cannot be read: %1").arg(query.lastError().text()));
    }
    QList<Entry> entries;
    while (query.next()) {
        entries.append({query.value(0).toLongLong(), QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs),
                        query.value(2).toString(), query.value(3).toString(), query.value(4).toString(),
                        query.value(5).toString(), query.value(6).toString(), query.value(7).toString(),
                        query.value(8).toString()});
    }
    return entries;
}

Result<QList<AuditLog::Entry>> AuditLog::aboutObjects(QSqlDatabase& db, const QStringList& objects, int limit)
{
    QList<Entry> entries;
    if (objects.isEmpty()) {
        return entries;
    }
    QStringList marks;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        marks << QStringLiteral("?");
    }
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT seq, at, actor, event, object, payload, payload_digest, prev_hash, hash "
                                 "FROM audit_log WHERE object IN (%1) ORDER BY seq DESC LIMIT ?")
                      .arg(marks.join(QLatin1Char(','))));
    for (const QString& object : objects) {
        query.addBindValue(object);
    }
    query.addBindValue(limit);
    if (!query.exec()) {
        return Error::failure(tr("The audit log cannot be read: %1").arg(query.lastError().text()));
    }
    while (query.next()) {
        entries.append({query.value(0).toLongLong(), QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs),
                        query.value(2).toString(), query.value(3).toString(), query.value(4).toString(),
                        query.value(5).toString(), query.value(6).toString(), query.value(7).toString(),
                        query.value(8).toString()});
    }
    return entries;
}

} // namespace creditcase::audit
