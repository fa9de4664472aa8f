#include "AttachmentStore.h"

#include "WorkflowContext.h"
#include "storage/SqlError.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace creditcase::workflow {

namespace {

Error sqlError(const QSqlQuery& query) {
    return storage::SqlError::of(query, AttachmentStore::tr("The attached papers could not be read or written"));
}

domain::Attachment read(const QSqlQuery& q, bool withContent) {
    domain::Attachment a;
    a.id = q.value(0).toLongLong();
    a.ownerKind = q.value(1).toString();
    a.ownerId = q.value(2).toLongLong();
    a.role = q.value(3).toString();
    a.fileName = q.value(4).toString();
    a.size = q.value(5).toLongLong();
    a.sha256 = q.value(6).toString();
    a.addedAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
    a.addedBy = q.value(8).toString();
    if (withContent)
        a.content = q.value(9).toByteArray();
    return a;
}

} // namespace

Result<AttachmentStore::File> AttachmentStore::readFile(const QString& path) {
    QFile file(path);
    if (!file.exists())
        return Error::notFound(tr("The file %1 does not exist.").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return Error::failure(tr("The file %1 cannot be read: %2").arg(path, file.errorString()));
    File out{QFileInfo(path).fileName(), file.readAll()};
    if (out.content.isEmpty())
        return Error::usage(tr("The file %1 is empty; attach the scanned paper itself.").arg(path));
    return out;
}

Result<domain::Attachment> AttachmentStore::store(QSqlDatabase& db, const QString& ownerKind, qint64 ownerId,
                                                  const QString& role, const File& file, const QString& actor) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO attachments (owner_kind, owner_id, role, file_name, size, sha256, content, "
                             "added_at, added_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QString digest =
        QString::fromLatin1(QCryptographicHash::hash(file.content, QCryptographicHash::Sha256).toHex());
    const QString now = WorkflowContext::timestampNow();
    q.addBindValue(ownerKind);
    q.addBindValue(ownerId);
    q.addBindValue(role);
    q.addBindValue(file.fileName);
    q.addBindValue(static_cast<qint64>(file.content.size()));
    q.addBindValue(digest);
    q.addBindValue(file.content);
    q.addBindValue(now);
    q.addBindValue(actor);
    if (!q.exec())
        return sqlError(q);
    domain::Attachment a;
    a.id = q.lastInsertId().toLongLong();
    a.ownerKind = ownerKind;
    a.ownerId = ownerId;
    a.role = role;
    a.fileName = file.fileName;
    a.size = file.content.size();
    a.sha256 = digest;
    a.addedAt = QDateTime::fromString(now, Qt::ISODateWithMs);
    a.addedBy = actor;
    return a;
}

Result<QList<domain::Attachment>> AttachmentStore::list(QSqlDatabase& db, const QString& ownerKind, qint64 ownerId) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, owner_kind, owner_id, role, file_name, size, sha256, added_at, added_by "
                             "FROM attachments WHERE owner_kind = ? AND owner_id = ? ORDER BY id"));
    q.addBindValue(ownerKind);
    q.addBindValue(ownerId);
    if (!q.exec())
        return sqlError(q);
    QList<domain::Attachment> out;
    while (q.next())
        out << read(q, false);
    return out;
}

Result<domain::Attachment> AttachmentStore::fetch(QSqlDatabase& db, qint64 attachmentId) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, owner_kind, owner_id, role, file_name, size, sha256, added_at, added_by, "
                             "content FROM attachments WHERE id = ?"));
    q.addBindValue(attachmentId);
    if (!q.exec())
        return sqlError(q);
    if (!q.next())
        return Error::notFound(tr("There is no attachment %1 in this vault.").arg(attachmentId));
    return read(q, true);
}

} // namespace creditcase::workflow
