#include "AuditService.h"

#include "workflow/WorkflowTable.h"

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

QString AuditService::eventText(const QString& event) {
    const QString refusedSuffix = QStringLiteral(".refused");
    if (event.endsWith(refusedSuffix)) {
        return tr("Refused: %1").arg(eventText(event.chopped(refusedSuffix.size())));
    }
    QString text;
    if (event == QLatin1String("case.show")) {
        text = tr("Opened the case file");
    } else if (event == QLatin1String("record.inquiry")) {
        text = tr("Inquiry registered (who read the record and why)");
    } else if (event == QLatin1String("document.print")) {
        text = tr("Printed a document");
    } else if (event == QLatin1String("document.print.failed")) {
        text = tr("Printing a document failed");
    } else if (event == QLatin1String("document.issue")) {
        text = tr("Issued a document (numbered and stored as served)");
    } else if (event == QLatin1String("document.reprint")) {
        text = tr("Printed a copy of a document");
    } else if (event == QLatin1String("record.add")) {
        text = tr("Recorded the credit record");
    } else if (event == QLatin1String("deadline.moved")) {
        text = tr("A deadline moved with the holiday schedule");
    } else if (event.startsWith(QLatin1String("case."))) {
        text = workflow::WorkflowTable::cases().eventName(event.mid(5));
    } else if (event.startsWith(QLatin1String("restoration."))) {
        text = workflow::WorkflowTable::restorations().eventName(event.mid(12));
    }
    if (text.isEmpty()) {
        return event; // an event without words of its own is shown as the chain records it
    }
    return text.left(1).toUpper() + text.mid(1);
}

Result<QList<AuditService::TimelineEntry>> AuditService::caseTimeline(const workflow::CaseFile& opened, int limit) {
    if (Status open = m_session.requireUnlocked(); !open) {
        return open.error();
    }
    QSqlDatabase db = m_session.vault().database();
    const QStringList objects{QStringLiteral("case:%1").arg(opened.theCase.id),
                              QStringLiteral("record:%1").arg(opened.record.id)};
    auto entries = audit::AuditLog::aboutObjects(db, objects, limit);
    if (!entries) {
        return entries.error();
    }
    QList<TimelineEntry> timeline;
    for (const audit::AuditLog::Entry& e : *entries) {
        timeline.append({e.at, e.actor, e.event, eventText(e.event)});
    }
    return timeline;
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
    // Refusals are recorded too (issue 8): the chain shows who tried to flag the register without being an auditor.
    auto reviewer = m_session.requireRole({Role::Auditor}, event, object,
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
