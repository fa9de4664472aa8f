#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <optional>

namespace creditcase::audit {

// The register of inquiries into records (Guiding Opinions VII(13): every inquiry registered — who,
// when, whose record, why — and reviewable). Each inquiry is also an audit-chain entry, written in the
// same transaction. Auditors review the register and flag entries that need a closer look.
class InquiryRegister {
    Q_DECLARE_TR_FUNCTIONS(InquiryRegister)

public:
    struct Inquiry {
        qint64 id = 0;
        QDateTime at;
        QString actor;
        QString object;     // what was read, e.g. "case:12"
        QString subjectRef; // whose record, e.g. "subject:7"
        QString purpose;
        qint64 auditSeq = 0;
        std::optional<QDateTime> flaggedAt;
        QString flaggedBy;
        QString flagNote;
    };

    /* Registers one inquiry. Call inside the transaction of the read's bookkeeping. Refused (Usage) when
       the purpose is empty: a purpose must be stated. */
    static Result<qint64> record(QSqlDatabase& db, const QString& actor, const QString& object,
                                 const QString& subjectRef, const QString& purpose);

    /* Registers a list shown to a user (case list, deadline list, export) as one inquiry: `object` names the list
       (e.g. "cases:list"), and the subjects whose records it showed are registered as "subjects:1,4,9". Same
       refusals as record(). */
    static Result<qint64> recordList(QSqlDatabase& db, const QString& actor, const QString& object,
                                     const QList<qint64>& subjectIds, const QString& purpose);

    // Newest first; from/to (inclusive, dates of the inquiry) may be invalid to leave that end open.
    static Result<QList<Inquiry>> list(QSqlDatabase& db, const QDate& from = {}, const QDate& to = {},
                                       bool onlyFlagged = false, int limit = 1000);

    /* An auditor flags an entry with a note; audited. The caller checks the auditor role. Refused when the
       entry does not exist or is already flagged. */
    static Status flag(QSqlDatabase& db, qint64 inquiryId, const QString& reviewer, const QString& note);
};

} // namespace creditcase::audit
