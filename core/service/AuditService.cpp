#include "AuditService.h"

namespace creditcase::service {

using domain::Role;

AuditService::AuditService(Session& session)
    : m_session(session) {}

Result<AuditService::Verified> AuditService::verify() {
    if (Status open = m_session.requireUnlocked(); !open) {
        return open.error();
    }
    QSqlDatabase db = m_session.vault().database();
    Verified verified;
    verified.verification = audit::AuditLog::verify(db);
    if (verified.verification.intact) {
        if (auto head = audit::AuditLog::head(db)) {
            verified.head = *head;
        }
    }
    return verified;
}

Result<QList<audit::AuditLog::Entry>> AuditService::latest(int limit) {
    // The log names who looked at which record, so it is read by the same people as the inquiry register.
    auto reader = m_session.requireRole({Role::Auditor, Role::Administrator}, QStringLiteral("audit.log"),
                                        QStringLiteral("audit"),
                                        tr("Only auditors and administrators may read the audit log; %1 is a %2."));
    if (!reader) {
        return reader.error();
    }
    QSqlDatabase db = m_session.vault().database();
    return audit::AuditLog::latest(db, limit);
}

Result<AuditService::Inquiries> AuditService::inquiries(const QDate& from, const QDate& to, bool onlyFlagged,
                                                        int shown) {
    auto reader = m_session.requireRole(
        {Role::Auditor, Role::Administrator}, QStringLiteral("inquiry.log"), QStringLiteral("inquiry"),
        tr("Only auditors and administrators may read the inquiry register; %1 is a %2."));
    if (!reader) {
        return reader.error();
    }
    QSqlDatabase db = m_session.vault().database();
    // One more than is shown, so a cut-off list says so instead of looking complete.
    auto listed = audit::InquiryRegister::list(db, from, to, onlyFlagged, shown + 1);
    if (!listed) {
        return listed.error();
    }
    Inquiries result;
    result.entries = listed.take();
    result.truncated = result.entries.size() > shown;
    if (result.truncated) {
        result.entries.removeLast();
    }
    return result;
}

Result<domain::User> AuditService::flagInquiry(qint64 inquiryId, const QString& note) {
    const QString event = QStringLiteral("inquiry.flag");
    const QString object = QStringLiteral("inquiry:%1").arg(inquiryId);
    // Not recorded: the command-line contract (tests/scenario/AuditCliScenarios) promises that a refused flag
    // leaves the chain as it was.
    auto reviewer = m_session.checkRole({Role::Auditor},
                                        tr("Only an auditor may flag entries of the inquiry register; %1 is a %2."));
    if (!reviewer) {
        return reviewer.error();
    }
    Status done = m_session.vault().transact(
        [&](QSqlDatabase& db) { return audit::InquiryRegister::flag(db, inquiryId, reviewer->name, note); });
    if (!done) {
        return m_session.refuse(event, object, done.error());
    }
    m_session.notifyChanged(QStringLiteral("inquiry"), inquiryId);
    return reviewer;
}

} // namespace creditcase::service
