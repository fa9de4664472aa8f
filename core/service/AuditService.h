#pragma once

#include "Result.h"
#include "audit/AuditLog.h"
#include "audit/InquiryRegister.h"
#include "service/Session.h"

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
