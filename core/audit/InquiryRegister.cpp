#include "InquiryRegister.h"

#include "AuditLog.h"
#include "Clock.h"

#include <QSqlError>
#include <QSqlQuery>

namespace creditcase::audit {

namespace {

InquiryRegister::Inquiry inquiryFrom(const QSqlQuery& query) {
    InquiryRegister::Inquiry inquiry;
    inquiry.id = query.value(0).toLongLong();
    inquiry.at = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
    inquiry.actor = query.value(2).toString();
    inquiry.object = query.value(3).toString();
    inquiry.subjectRef = query.value(4).toString();
    inquiry.purpose = query.value(5).toString();
    inquiry.auditSeq = query.value(6).toLongLong();
    if (!query.value(7).isNull() && !query.value(7).toString().isEmpty()) {
        inquiry.flaggedAt = QDateTime::fromString(query.value(7).toString(), Qt::ISODate);
    }
    inquiry.flaggedBy = query.value(8).toString();
    inquiry.flagNote = query.value(9).toString();
    return inquiry;
}

const QString kColumns =
    QStringLiteral("id, at, actor, object, subject_ref, purpose, audit_seq, flagged_at, flagged_by, flag_note");

} // namespace

Result<qint64> InquiryRegister::record(QSqlDatabase& db, const QString& actor, const QString& object,
                                       const QString& subjectRef, const QString& purpose) {
    if (purpose.trimmed().isEmpty()) {
        return Error::usage(tr("State the purpose of this inquiry; every inquiry into a record is registered with "
                               "its purpose (Guiding Opinions VII(13))."));
    }
    auto entry = AuditLog::append(db, actor, QStringLiteral("record.inquiry"), object,
                                  {{QStringLiteral("subject"), subjectRef}, {QStringLiteral("purpose"), purpose}});
    if (!entry) {
        return entry.error();
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO inquiry_register (at, actor, object, subject_ref, purpose, audit_seq) "
                                 "VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(Clock::realNow().toString(Qt::ISODateWithMs));
    query.addBindValue(actor);
    query.addBindValue(object);
    query.addBindValue(subjectRef);
    query.addBindValue(purpose.trimmed());
    query.addBindValue(entry->seq);
    if (!query.exec()) {
        return Error::failure(tr("The inquiry could not be registered: %1").arg(query.lastError().text()));
    }
    return query.lastInsertId().toLongLong();
}

Result<qint64> InquiryRegister::recordList(QSqlDatabase& db, const QString& actor, const QString& object,
                                           const QList<qint64>& subjectIds, const QString& purpose) {
    QStringList ids;
    for (qint64 id : subjectIds) {
        const QString text = QString::number(id);
        if (!ids.contains(text)) {
            ids << text;
        }
    }
    return record(db, actor, object, QStringLiteral("subjects:%1").arg(ids.join(QLatin1Char(','))), purpose);
}

Result<QList<InquiryRegister::Inquiry>> InquiryRegister::list(QSqlDatabase& db, const QDate& from, const QDate& to,
                                                              bool onlyFlagged, int limit) {
    QString sql = QStringLiteral("SELECT %1 FROM inquiry_register WHERE 1 = 1").arg(kColumns);
    if (from.isValid()) {
        sql += QStringLiteral(" AND at >= :from");
    }
    if (to.isValid()) {
        sql += QStringLiteral(" AND at < :to");
    }
    if (onlyFlagged) {
        sql += QStringLiteral(" AND flagged_at IS NOT NULL");
    }
    sql += QStringLiteral(" ORDER BY id DESC LIMIT :limit");
    QSqlQuery query(db);
    query.prepare(sql);
    if (from.isValid()) {
        query.bindValue(QStringLiteral(":from"), from.toString(Qt::ISODate));
    }
    if (to.isValid()) {
        query.bindValue(QStringLiteral(":to"), to.addDays(1).toString(Qt::ISODate));
    }
    query.bindValue(QStringLiteral(":limit"), limit);
    if (!query.exec()) {
        return Error::failure(tr("The inquiry register cannot be read: %1").arg(query.lastError().text()));
    }
    QList<Inquiry> inquiries;
    while (query.next()) {
        inquiries.append(inquiryFrom(query));
    }
    return inquiries;
}

Status InquiryRegister::flag(QSqlDatabase& db, qint64 inquiryId, const QString& reviewer, const QString& note) {
    if (note.trimmed().isEmpty()) {
        return Error::usage(tr("Say why the inquiry is flagged."));
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT flagged_at FROM inquiry_register WHERE id = ?"));
    query.addBindValue(inquiryId);
    if (!query.exec()) {
        return Error::failure(query.lastError().text());
    }
    if (!query.next()) {
        return Error::notFound(tr("There is no inquiry number %1 in the register.").arg(inquiryId));
    }
    if (!query.value(0).isNull() && !query.value(0).toString().isEmpty()) {
        return Error::refused(tr("Inquiry %1 is already flagged.").arg(inquiryId));
    }
    // The flag columns are the only ones an auditor ever sets; the inquiry itself stays as registered.
    query.prepare(
        QStringLiteral("UPDATE inquiry_register SET flagged_at = ?, flagged_by = ?, flag_note = ? WHERE id = ?"));
    query.addBindValue(Clock::realNow().toString(Qt::ISODate));
    query.addBindValue(reviewer);
    query.addBindValue(note.trimmed());
    query.addBindValue(inquiryId);
    if (!query.exec()) {
        return Error::failure(query.lastError().text());
    }
    auto entry =
        AuditLog::append(db, reviewer, QStringLiteral("inquiry.flag"), QStringLiteral("inquiry:%1").arg(inquiryId),
                         {{QStringLiteral("note"), note.trimmed()}});
    return entry ? Status{} : Status{entry.error()};
}

} // namespace creditcase::audit
