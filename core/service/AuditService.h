#pragma once

#include "Result.h"
#include "audit/AuditLog.h"
#include "audit/InquiryRegister.h"
#include "service/Session.h"
#include "workflow/CaseWorkflow.h"

#include <QCoreApplication>
#include <QDate>

namespace creditcase::service {

// The audit chain and the inquiry register, for the people who watch the others: auditors and administrators
// read them, auditors flag inquiries. A refused request is itself recorded ("<event>.refused"); reading the chain
// or the register is not, so that looking at the chain does not grow it.
class AuditService {
    Q_DECLARE_TR_FUNCTIONS(AuditService)

public:
    explicit AuditService(Session& session);

    struct Verified {
        audit::AuditLog::Verification verification;
        std::optional<audit::AuditLog::Position> head; // the last entry, when the chain is intact
    };
    // Checks every link of the chain; any user (a broken chain is everyone's concern).
    Result<Verified> verify();

    // The latest entries, newest first ("audit.log"). Auditors and administrators.
    Result<QList<audit::AuditLog::Entry>> latest(int limit);

    // One line of a case's timeline: when, who, the event as recorded, and what it was in words.
    struct TimelineEntry {
        QDateTime at;
        QString actor;
        QString event;
        QString text; // translated
    };
    /* The case's timeline from the audit chain, newest first, at most `limit` entries (the entries about the case
       and about its credit record, e.g. restoration). It takes the case file that CaseService::show returned: reading
       the timeline is part of opening the case, which registered the inquiry; it is not an inquiry of its own and
       not recorded. Fails only if the chain cannot be read. */
    Result<QList<TimelineEntry>> caseTimeline(const workflow::CaseFile& opened, int limit = 500);
    // The words for an event of the chain ("case.serve-notice" -> "Record the service of the notice").
    static QString eventText(const QString& event);

    struct Inquiries {
        QList<audit::InquiryRegister::Inquiry> entries;
        bool truncated = false; // more entries matched than `shown`
    };
    // Who read whose record, newest first ("inquiry.log"). Auditors and administrators.
    Result<Inquiries> inquiries(const QDate& from, const QDate& to, bool onlyFlagged, int shown);

    /* An auditor flags an entry of the inquiry register with a note ("inquiry.flag", written in the same
       transaction). Refused for every other role (not recorded: a refused review leaves the chain as it was) and
       for an entry already flagged (recorded as "inquiry.flag.refused"); nothing else changes. */
    Result<domain::User> flagInquiry(qint64 inquiryId, const QString& note);

private:
    Session& m_session;
};

} // namespace creditcase::service
