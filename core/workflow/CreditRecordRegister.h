#pragma once

#include "AttachmentStore.h"
#include "Result.h"
#include "WorkflowContext.h"
#include "domain/BasisDocument.h"
#include "domain/CreditRecord.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace creditcase::workflow {

// Public credit information recorded about a subject: only catalogue items (Guiding Opinions II(1)), only on a
// legally effective basis document (II(2)). The disclosure window follows from the regime in force on the decision
// date (the basis document's date) and is kept as two deadlines (minimum and maximum disclosure).
class CreditRecordRegister {
    Q_DECLARE_TR_FUNCTIONS(CreditRecordRegister)

public:
    struct NewRecord {
        qint64 subjectId = 0;
        QString catalogItem;
        domain::BasisDocumentKind basisKind = domain::BasisDocumentKind::AdministrativePenaltyDecision;
        QString basisNumber; // 文号
        QString basisOrgan;
        QDate basisDate;   // the date the decision was made; disclosure periods run from it
        QDate effectiveOn; // the date it took legal effect
        // The day of the conduct as the basis document states it: not after the basis document, not in the future.
        // Optional; an age bar on the conduct date falls back to the basis document's date without it.
        QDate conductOn;
        QString statutoryProvision; // for "other-legal": the provision that makes the document a basis
        domain::Severity severity = domain::Severity::General;
        QString sector; // for sector disclosure rules (e.g. "market-regulation"); empty = general
        QString facts;
        QList<AttachmentStore::File> scans; // scans of the basis document, stored in the vault
    };

    struct RecordFile {
        domain::CreditRecord record;
        domain::BasisDocument basis;
    };

    explicit CreditRecordRegister(WorkflowContext& context);

    /* Records the basis document and the credit record, with the disclosure deadlines. Refused (with the provision)
       when the item is not in the catalogue in force today for the subject's type, when the basis is not a legally
       effective basis document, or when no disclosure regime covers the decision date; nothing is written then
       except the refusal's audit entry. */
    Result<RecordFile> add(const NewRecord& record);

    static Result<domain::CreditRecord> find(QSqlDatabase& db, qint64 recordId);
    static Result<domain::BasisDocument> findBasis(QSqlDatabase& db, qint64 basisId);
    // The organ a record belongs to: the organ of the user who recorded it (the data source unit). NotFound when
    // that user is not in the vault.
    static Result<qint64> organOf(QSqlDatabase& db, const domain::CreditRecord& record);
    /* Disclosure of the record ends on `on` (and its sharing too where `sharingToo`): a granted restoration. */
    static Status stopDisclosure(QSqlDatabase& db, qint64 recordId, QDate on, bool sharingToo);
    /* Disclosure and sharing of the record resume if they were stopped on `stoppedOn` (a revoked grant of that day);
       a stop of another day is left alone. */
    static Status resumeDisclosure(QSqlDatabase& db, qint64 recordId, QDate stoppedOn);

private:
    WorkflowContext& m_context;
};

} // namespace creditcase::workflow
