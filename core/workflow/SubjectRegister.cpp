#include "SubjectRegister.h"

#include "domain/IdentifierCheck.h"
#include "storage/SqlError.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace creditcase::workflow {

namespace {

Error sqlError(const QSqlQuery& query) {
    return storage::SqlError::of(query, SubjectRegister::tr("The subjects could not be read or written"));
}

} // namespace

SubjectRegister::SubjectRegister(WorkflowContext& context)
    : m_context(context) {}

Result<domain::Subject> SubjectRegister::find(QSqlDatabase& db, qint64 subjectId) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, kind, name, identifier, identifier_kind, address, legal_representative, "
                             "created_at, created_by FROM subjects WHERE id = ?"));
    q.addBindValue(subjectId);
    if (!q.exec())
        return sqlError(q);
    if (!q.next())
        return Error::notFound(tr("There is no subject %1 in this vault.").arg(subjectId));
    domain::Subject s;
    s.id = q.value(0).toLongLong();
    s.kind = domain::subjectKindFromId(q.value(1).toString()).value_or(domain::SubjectKind::Enterprise);
    s.name = q.value(2).toString();
    s.identifier = q.value(3).toString();
    s.identifierKind = q.value(4).toString();
    s.address = q.value(5).toString();
    s.legalRepresentative = q.value(6).toString();
    s.createdAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
    s.createdBy = q.value(8).toString();
    return s;
}

Result<domain::Subject> SubjectRegister::add(const NewSubject& subject) {
    const QString name = subject.name.trimmed();
    if (name.isEmpty())
        return Error::usage(
            tr("Give the subject's name as registered (enterprise) or as on the ID card (individual)."));
    const auto checked = domain::IdentifierCheck::check(subject.identifier, WorkflowContext::today());
    const QString expectedKind = domain::identifierKindFor(subject.kind);
    if (!checked.valid)
        return Error::usage(
            tr("The identifier \"%1\" is not valid: %2").arg(subject.identifier.trimmed(), checked.reason));
    if (checked.kind != expectedKind)
        return Error::usage(
            subject.kind == domain::SubjectKind::Individual
                ? tr("An individual is identified by the resident ID number; \"%1\" is a Unified Social Credit Code.")
                      .arg(checked.normalized)
                : tr("An enterprise or organisation is identified by its Unified Social Credit Code; \"%1\" is a "
                     "resident ID number.")
                      .arg(checked.normalized));

    const QString event = QStringLiteral("subject.add");
    return m_context.act<domain::Subject>(
        event, QStringLiteral("subject"), [&](QSqlDatabase& db) -> Result<domain::Subject> {
            const auto role = m_context.actor().role;
            if (role != domain::Role::Officer && role != domain::Role::Supervisor)
                return Error::refused(
                    tr("Subjects are recorded by case officers and supervisors, not by a user with the "
                       "role %1.")
                        .arg(domain::RoleNames::displayName(role)));
            QSqlQuery existing(db);
            existing.prepare(QStringLiteral("SELECT id, name FROM subjects WHERE identifier = ?"));
            existing.addBindValue(checked.normalized);
            if (!existing.exec())
                return sqlError(existing);
            if (existing.next())
                return Error::refused(
                    tr("A subject with this identifier is already recorded: subject %1 (%2). Use that "
                       "subject; one subject per identifier.")
                        .arg(existing.value(0).toLongLong())
                        .arg(existing.value(1).toString()));
            QSqlQuery q(db);
            q.prepare(QStringLiteral("INSERT INTO subjects (kind, name, identifier, identifier_kind, address, "
                                     "legal_representative, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
            q.addBindValue(domain::subjectKindId(subject.kind));
            q.addBindValue(name);
            q.addBindValue(checked.normalized);
            q.addBindValue(checked.kind);
            q.addBindValue(WorkflowContext::text(subject.address.trimmed()));
            q.addBindValue(WorkflowContext::text(subject.legalRepresentative.trimmed()));
            q.addBindValue(WorkflowContext::timestampNow());
            q.addBindValue(m_context.actor().name);
            if (!q.exec())
                return sqlError(q);
            const qint64 id = q.lastInsertId().toLongLong();
            if (Status logged = m_context.audit(db, event, QStringLiteral("subject:%1").arg(id),
                                                {{QStringLiteral("kind"), domain::subjectKindId(subject.kind)},
                                                 {QStringLiteral("identifier_kind"), checked.kind}});
                !logged)
                return logged.error();
            return find(db, id);
        });
}

} // namespace creditcase::workflow
