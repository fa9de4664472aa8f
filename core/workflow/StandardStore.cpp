#include "StandardStore.h"

#include "WorkflowContext.h"
#include "storage/SqlError.h"

#include <QSqlQuery>

namespace creditcase::workflow {

namespace {

using domain::Standard;
using domain::StandardStatus;
using WC = WorkflowContext;

const char* const kColumns = "id, list_type, title, stage, organ_id, comment_opened_on, comment_closed_on, "
                             "adopted_on, in_force_from, last_assessed_on, ended_on, created_at, created_by, "
                             "updated_at";

Error sqlError(const QSqlQuery& query) {
    return storage::SqlError::of(query, StandardStore::tr("The standards could not be read or written"));
}

Standard readStandard(const QSqlQuery& q) {
    Standard s;
    s.id = q.value(0).toLongLong();
    s.listType = q.value(1).toString();
    s.title = q.value(2).toString();
    s.stage = domain::standardStatusFromId(q.value(3).toString()).value_or(StandardStatus::Draft);
    s.organId = q.value(4).toLongLong();
    s.commentOpenedOn = WC::dateFrom(q.value(5));
    s.commentClosedOn = WC::dateFrom(q.value(6));
    s.adoptedOn = WC::dateFrom(q.value(7));
    s.inForceFrom = WC::dateFrom(q.value(8));
    s.lastAssessedOn = WC::dateFrom(q.value(9));
    s.endedOn = WC::dateFrom(q.value(10));
    s.createdAt = QDateTime::fromString(q.value(11).toString(), Qt::ISODateWithMs);
    s.createdBy = q.value(12).toString();
    s.updatedAt = QDateTime::fromString(q.value(13).toString(), Qt::ISODateWithMs);
    return s;
}

Result<QList<Standard>> readAll(QSqlQuery& q) {
    if (!q.exec())
        return sqlError(q);
    QList<Standard> out;
    while (q.next())
        out << readStandard(q);
    return out;
}

} // namespace

Result<Standard> StandardStore::find(QSqlDatabase& db, qint64 standardId) {
    QSqlQuery q(db);
    if (!q.prepare(QStringLiteral("SELECT %1 FROM standards WHERE id = ?").arg(QLatin1String(kColumns))))
        return sqlError(q);
    q.addBindValue(standardId);
    if (!q.exec())
        return sqlError(q);
    if (!q.next())
        return Error::notFound(tr("There is no standard %1 in this vault.").arg(standardId));
    return readStandard(q);
}

Result<QList<Standard>> StandardStore::list(QSqlDatabase& db, const QString& listType) {
    QSqlQuery q(db);
    if (!q.prepare(
            QStringLiteral("SELECT %1 FROM standards%2 ORDER BY id")
                .arg(QLatin1String(kColumns), listType.isEmpty() ? QString() : QStringLiteral(" WHERE list_type = ?"))))
        return sqlError(q);
    if (!listType.isEmpty())
        q.addBindValue(listType);
    return readAll(q);
}

Result<QList<Standard>> StandardStore::inForceFromBy(QSqlDatabase& db, const QString& listType, QDate on) {
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT %1 FROM standards WHERE list_type = ? AND in_force_from IS NOT NULL AND "
                                  "in_force_from <= ? ORDER BY in_force_from DESC, id DESC")
                       .arg(QLatin1String(kColumns))))
        return sqlError(q);
    q.addBindValue(listType);
    q.addBindValue(WC::iso(on));
    return readAll(q);
}

Result<QList<Standard>> StandardStore::inForceOfOrgan(QSqlDatabase& db, const QString& listType, qint64 organId,
                                                      qint64 exceptId) {
    QSqlQuery q(db);
    if (!q.prepare(QStringLiteral("SELECT %1 FROM standards WHERE list_type = ? AND organ_id = ? AND id <> ? AND "
                                  "stage = 'in-force'")
                       .arg(QLatin1String(kColumns))))
        return sqlError(q);
    q.addBindValue(listType);
    q.addBindValue(organId);
    q.addBindValue(exceptId);
    return readAll(q);
}

Result<qint64> StandardStore::insertDraft(QSqlDatabase& db, const Standard& standard) {
    QSqlQuery q(db);
    if (!q.prepare(QStringLiteral("INSERT INTO standards (list_type, title, stage, organ_id, created_at, created_by, "
                                  "updated_at) VALUES (?, ?, 'draft', ?, ?, ?, ?)")))
        return sqlError(q);
    const QString now = WC::timestampNow();
    q.addBindValue(standard.listType);
    q.addBindValue(standard.title);
    q.addBindValue(standard.organId);
    q.addBindValue(now);
    q.addBindValue(standard.createdBy);
    q.addBindValue(now);
    if (!q.exec())
        return sqlError(q);
    return q.lastInsertId().toLongLong();
}

Status StandardStore::save(QSqlDatabase& db, const Standard& s) {
    QSqlQuery q(db);
    if (!q.prepare(
            QStringLiteral("UPDATE standards SET stage = ?, comment_opened_on = ?, comment_closed_on = ?, "
                           "adopted_on = ?, in_force_from = ?, last_assessed_on = ?, ended_on = ?, updated_at = ? "
                           "WHERE id = ?")))
        return sqlError(q);
    q.addBindValue(domain::standardStatusId(s.stage));
    q.addBindValue(WC::isoOrNull(s.commentOpenedOn));
    q.addBindValue(WC::isoOrNull(s.commentClosedOn));
    q.addBindValue(WC::isoOrNull(s.adoptedOn));
    q.addBindValue(WC::isoOrNull(s.inForceFrom));
    q.addBindValue(WC::isoOrNull(s.lastAssessedOn));
    q.addBindValue(WC::isoOrNull(s.endedOn));
    q.addBindValue(WC::timestampNow());
    q.addBindValue(s.id);
    if (!q.exec())
        return sqlError(q);
    return {};
}

} // namespace creditcase::workflow
