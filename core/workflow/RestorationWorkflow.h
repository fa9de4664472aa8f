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

    // The applications of a case, oldest first.
    static Result<QList<domain::Restoration>> of(QSqlDatabase& db, qint64 caseId);

private:
    WorkflowContext& m_context;
};

} // namespace creditcase::workflow
