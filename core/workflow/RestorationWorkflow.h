#pragma once

#include "AttachmentStore.h"
#include "Result.h"
#include "WorkflowContext.h"
#include "domain/Restoration.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace creditcase::workflow {

// Credit restoration / early removal from a list (Guiding Opinions VI(11), VI(12)), driven by
// WorkflowTable::restorations() and, for its effects on the case, WorkflowTable::cases() ("remove", "reinstate").
// An application may be made at any time unless the information is non-restorable; it is checked against the
// conditions on receipt (the check is stored with it) and decided before its due date. A grant removes the
// subject from the list, stops disclosure and sharing and lifts the measures on the same date. A grant obtained
// with false materials can be revoked, which restores all of that. No fee exists anywhere.
class RestorationWorkflow {
    Q_DECLARE_TR_FUNCTIONS(RestorationWorkflow)

public:
    struct Application {
        qint64 caseId = 0;
        QDate on;          // the day the application was received
        QDate correctedOn; // conduct corrected and obligations performed (invalid: not shown)
        std::optional<AttachmentStore::File> commitmentLetter; // 修复承诺书; its presence is the commitment
        QList<AttachmentStore::File> evidence;                 // proof of performance etc.
    };

    // An application to restore penalty information (NDRC Order No. 58 / No. 36): one credit record.
    struct RecordApplication {
        qint64 recordId = 0;
        QDate on;
        QDate correctedOn;
        std::optional<AttachmentStore::File> commitmentLetter;
        QList<AttachmentStore::File> evidence;
    };

    explicit RestorationWorkflow(WorkflowContext& context);

    /* Records an application for a listed case. Refused when another application is pending, the case is not
       listed, the list type provides no early removal or the information is non-restorable by law; otherwise the
       application is stored with its papers (inside the vault), checked against the conditions
       (mayApplyForRestoration under the editions the case was decided under) and given its due date. */
    Result<domain::Restoration> apply(const Application& application);
    /* Decides the pending application on `on`. A grant is refused unless the conditions were met on the
       application date; a refusal needs reasons. A decision after the due date is allowed but marked late. */
    Result<domain::Restoration> decide(qint64 caseId, QDate on, bool grant, const QString& text);
    /* Revokes a grant obtained with false materials; the listing, disclosure, sharing and measures are restored. */
    Result<domain::Restoration> revoke(qint64 caseId, QDate on, const QString& text);

    /* Restoration of penalty information (Guiding Opinions VI(11), the common kind): an application for one credit
       record, made by the organ that recorded it. Not accepted (不予受理: refused with the reason, nothing stored)
       unless on that day the record is still disclosed, the minimum disclosure period of the regime in force on the
       decision date has passed, the conduct is corrected and a credit commitment is submitted; or while an accepted
       application for the record awaits its decision. An accepted application gets its due date. */
    Result<domain::Restoration> applyForRecord(const RecordApplication& application);
    /* Decides the pending application for a record. A grant ends the disclosure of that record on `on` (it leaves
       the public export that day); sharing follows the catalogue and the subject's other records are untouched.
       A refusal needs reasons. A decision after the due date is allowed but marked late. */
    Result<domain::Restoration> decideForRecord(qint64 recordId, QDate on, bool grant, const QString& text);

    // The applications of a case, oldest first.
    static Result<QList<domain::Restoration>> of(QSqlDatabase& db, qint64 caseId);
    // The penalty-information applications of a record, oldest first.
    static Result<QList<domain::Restoration>> ofRecord(QSqlDatabase& db, qint64 recordId);

private:
    WorkflowContext& m_context;
};

} // namespace creditcase::workflow
