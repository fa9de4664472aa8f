#include "DocumentStore.h"

#include "Clock.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace creditcase::documents {

namespace {

Error sqlError(const QSqlQuery& query) {
    return Error::failure(
        DocumentStore::tr("Cannot read or write the documents of the vault: %1").arg(query.lastError().text()));
}

const char* const kDocumentColumns = "id, case_id, kind, source_id, organ_id, series, year, seq, number, issued_on, "
                                     "issued_by, template, text, text_sha256";

Result<IssuedDocument> documentFrom(const QSqlQuery& q) {
    IssuedDocument d;
    d.id = q.value(0).toLongLong();
    d.caseId = q.value(1).toLongLong();
    const auto kind = documentKindFromId(q.value(2).toString());
    if (!kind)
        return Error::corrupt(
            DocumentStore::tr("Document %1 has an unknown kind \"%2\".").arg(d.id).arg(q.value(2).toString()));
    d.kind = *kind;
    d.sourceId = q.value(3).toLongLong();
    d.organId = q.value(4).toLongLong();
    d.series = q.value(5).toString();
    d.year = q.value(6).toInt();
    d.seq = q.value(7).toInt();
    d.number = q.value(8).toString();
    d.issuedOn = QDate::fromString(q.value(9).toString(), Qt::ISODate);
    d.issuedBy = q.value(10).toString();
    d.templateRef = q.value(11).toString();
    const QJsonDocument json = QJsonDocument::fromJson(q.value(12).toString().toUtf8());
    if (!json.isObject())
        return Error::corrupt(DocumentStore::tr("The stored text of document %1 is damaged.").arg(d.id));
    d.text = DocumentText::fromJson(json.object());
    d.textSha256 = q.value(13).toString();
    return d;
}

} // namespace

Result<int> DocumentStore::takeNumber(QSqlDatabase& db, qint64 organId, const QString& series, int year) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT last_seq FROM document_numbers WHERE organ_id = ? AND series = ? AND year = ?"));
    q.addBindValue(organId);
    q.addBindValue(series);
    q.addBindValue(year);
    if (!q.exec())
        return sqlError(q);
    int next = 1;
    QSqlQuery write(db);
    if (q.next()) {
        next = q.value(0).toInt() + 1;
        write.prepare(
            QStringLiteral("UPDATE document_numbers SET last_seq = ? WHERE organ_id = ? AND series = ? AND year = ?"));
    } else {
        write.prepare(
            QStringLiteral("INSERT INTO document_numbers (last_seq, organ_id, series, year) VALUES (?, ?, ?, ?)"));
    }
    write.addBindValue(next);
    write.addBindValue(organId);
    write.addBindValue(series);
    write.addBindValue(year);
    if (!write.exec())
        return sqlError(write);
    return next;
}

Result<std::optional<IssuedDocument>> DocumentStore::find(QSqlDatabase& db, qint64 caseId, DocumentKind kind,
                                                          qint64 sourceId) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM documents WHERE case_id = ? AND kind = ? AND source_id = ?")
                  .arg(QLatin1String(kDocumentColumns)));
    q.addBindValue(caseId);
    q.addBindValue(documentKindId(kind));
    q.addBindValue(sourceId);
    if (!q.exec())
        return sqlError(q);
    if (!q.next())
        return std::optional<IssuedDocument>();
    auto document = documentFrom(q);
    if (!document)
        return document.error();
    return std::optional<IssuedDocument>(document.take());
}

Result<IssuedDocument> DocumentStore::load(QSqlDatabase& db, qint64 documentId) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM documents WHERE id = ?").arg(QLatin1String(kDocumentColumns)));
    q.addBindValue(documentId);
    if (!q.exec())
        return sqlError(q);
    if (!q.next())
        return Error::notFound(tr("There is no document %1.").arg(documentId));
    return documentFrom(q);
}

Result<QList<IssuedDocument>> DocumentStore::ofCase(QSqlDatabase& db, qint64 caseId) {
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT %1 FROM documents WHERE case_id = ? ORDER BY id").arg(QLatin1String(kDocumentColumns)));
    q.addBindValue(caseId);
    if (!q.exec())
        return sqlError(q);
    QList<IssuedDocument> list;
    while (q.next()) {
        auto document = documentFrom(q);
        if (!document)
            return document.error();
        list << document.take();
    }
    return list;
}

Status DocumentStore::insert(QSqlDatabase& db, IssuedDocument& d) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO documents (case_id, kind, source_id, organ_id, series, year, seq, number, "
                             "issued_on, issued_by, template, text, text_sha256, created_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(d.caseId);
    q.addBindValue(documentKindId(d.kind));
    q.addBindValue(d.sourceId);
    q.addBindValue(d.organId);
    q.addBindValue(QString(d.series.isNull() ? QString(QLatin1String("")) : d.series));
    q.addBindValue(d.year);
    q.addBindValue(d.seq);
    q.addBindValue(QString(d.number.isNull() ? QString(QLatin1String("")) : d.number));
    q.addBindValue(d.issuedOn.toString(Qt::ISODate));
    q.addBindValue(d.issuedBy);
    q.addBindValue(d.templateRef);
    q.addBindValue(QString::fromUtf8(d.text.serialized()));
    q.addBindValue(d.textSha256);
    q.addBindValue(Clock::realNow().toUTC().toString(Qt::ISODateWithMs));
    if (!q.exec())
        return sqlError(q);
    d.id = q.lastInsertId().toLongLong();
    return {};
}

Result<int> DocumentStore::nextCopyNo(QSqlDatabase& db, qint64 documentId) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT count(*) FROM document_copies WHERE document_id = ?"));
    q.addBindValue(documentId);
    if (!q.exec() || !q.next())
        return sqlError(q);
    return q.value(0).toInt();
}

Status DocumentStore::insertCopy(QSqlDatabase& db, DocumentCopy& c) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO document_copies (document_id, copy_no, channel, output, printed_at, "
                             "printed_by, audit_seq, audit_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(c.documentId);
    q.addBindValue(c.copyNo);
    q.addBindValue(c.channel);
    q.addBindValue(c.output);
    q.addBindValue(c.printedAt.toUTC().toString(Qt::ISODateWithMs));
    q.addBindValue(c.printedBy);
    q.addBindValue(c.auditSeq);
    q.addBindValue(c.auditHash);
    if (!q.exec())
        return sqlError(q);
    c.id = q.lastInsertId().toLongLong();
    return {};
}

Result<std::optional<DocumentCopy>> DocumentStore::copyByAuditSeq(QSqlDatabase& db, qint64 auditSeq) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, document_id, copy_no, channel, output, printed_at, printed_by, audit_seq, "
                             "audit_hash FROM document_copies WHERE audit_seq = ?"));
    q.addBindValue(auditSeq);
    if (!q.exec())
        return sqlError(q);
    if (!q.next())
        return std::optional<DocumentCopy>();
    DocumentCopy c;
    c.id = q.value(0).toLongLong();
    c.documentId = q.value(1).toLongLong();
    c.copyNo = q.value(2).toInt();
    c.channel = q.value(3).toString();
    c.output = q.value(4).toString();
    c.printedAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
    c.printedBy = q.value(6).toString();
    c.auditSeq = q.value(7).toLongLong();
    c.auditHash = q.value(8).toString();
    return std::optional<DocumentCopy>(c);
}

Result<std::optional<DocumentStore::StoredTemplate>> DocumentStore::latestTemplate(QSqlDatabase& db, qint64 organId,
                                                                                   const QString& name) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT version, content FROM document_templates WHERE organ_id = ? AND name = ? "
                             "ORDER BY version DESC LIMIT 1"));
    q.addBindValue(organId);
    q.addBindValue(name);
    if (!q.exec())
        return sqlError(q);
    if (!q.next())
        return std::optional<StoredTemplate>();
    return std::optional<StoredTemplate>(
        StoredTemplate{organId, name, q.value(0).toInt(), q.value(1).toString().toUtf8()});
}

Result<int> DocumentStore::storeTemplate(QSqlDatabase& db, qint64 organId, const QString& name,
                                         const QByteArray& content, const QString& by) {
    auto latest = latestTemplate(db, organId, name);
    if (!latest)
        return latest.error();
    const int version = *latest ? (*latest)->version + 1 : 1;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO document_templates (organ_id, name, version, content, created_at, "
                             "created_by) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(organId);
    q.addBindValue(name);
    q.addBindValue(version);
    q.addBindValue(QString::fromUtf8(content));
    q.addBindValue(Clock::realNow().toUTC().toString(Qt::ISODateWithMs));
    q.addBindValue(by);
    if (!q.exec())
        return sqlError(q);
    return version;
}

Result<std::optional<DocumentStore::AuditFacts>> DocumentStore::auditEntry(QSqlDatabase& db, qint64 seq) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT hash, event, object, payload FROM audit_log WHERE seq = ?"));
    q.addBindValue(seq);
    if (!q.exec())
        return sqlError(q);
    if (!q.next())
        return std::optional<AuditFacts>();
    return std::optional<AuditFacts>(
        AuditFacts{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
}

} // namespace creditcase::documents
