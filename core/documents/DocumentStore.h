#pragma once

#include "DocumentKind.h"
#include "DocumentText.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <optional>

namespace creditcase::documents {

// An issued document as stored with its case (table documents).
struct IssuedDocument {
    qint64 id = 0;
    qint64 caseId = 0;
    DocumentKind kind = DocumentKind::Notice;
    qint64 sourceId = 0; // the objection, re-examination or restoration it answers; 0 for the case itself
    qint64 organId = 0;
    QString series;
    int year = 0;
    int seq = 0;
    QString number;
    QDate issuedOn;
    QString issuedBy;
    QString templateRef;
    DocumentText text; // as served: the party's copy
    QString textSha256;
};

// One print or export of an issued document (table document_copies); copy 0 is the original.
struct DocumentCopy {
    qint64 id = 0;
    qint64 documentId = 0;
    int copyNo = 0;
    QString channel; // "internal" (the party's copy) or "public"
    QString output;  // "pdf" or "printer"
    QDateTime printedAt;
    QString printedBy;
    qint64 auditSeq = 0;
    QString auditHash;
};

// The SQL of issued documents, their copies, their numbers and the organs' adapted templates (migration 0008).
// Every writing function is called inside the transaction of the act it belongs to.
class DocumentStore {
    Q_DECLARE_TR_FUNCTIONS(DocumentStore)

public:
    /* The next number of the series for the organ and year, taken inside the caller's write transaction: the vault
       lets one writer at a time in (BEGIN IMMEDIATE), so two processes never take the same number, and a rolled-back
       act gives its number back: the sequence has no gaps. */
    static Result<int> takeNumber(QSqlDatabase& db, qint64 organId, const QString& series, int year);

    static Result<std::optional<IssuedDocument>> find(QSqlDatabase& db, qint64 caseId, DocumentKind kind,
                                                      qint64 sourceId);
    static Result<IssuedDocument> load(QSqlDatabase& db, qint64 documentId);
    static Result<QList<IssuedDocument>> ofCase(QSqlDatabase& db, qint64 caseId);
    // Fills in document.id.
    static Status insert(QSqlDatabase& db, IssuedDocument& document);

    // The number the next copy of the document gets (0 when none was printed yet).
    static Result<int> nextCopyNo(QSqlDatabase& db, qint64 documentId);
    static Status insertCopy(QSqlDatabase& db, DocumentCopy& copy);
    static Result<std::optional<DocumentCopy>> copyByAuditSeq(QSqlDatabase& db, qint64 auditSeq);

    // The adapted template of an organ (highest version), if any.
    struct StoredTemplate {
        qint64 organId = 0;
        QString name;
        int version = 0;
        QByteArray content;
    };
    static Result<std::optional<StoredTemplate>> latestTemplate(QSqlDatabase& db, qint64 organId, const QString& name);
    // Stores a new version; returns it.
    static Result<int> storeTemplate(QSqlDatabase& db, qint64 organId, const QString& name, const QByteArray& content,
                                     const QString& by);

    // The hash and payload of an audit entry (for verifying a fingerprint against the chain).
    struct AuditFacts {
        QString hash;
        QString event;
        QString object;
        QString payload;
    };
    static Result<std::optional<AuditFacts>> auditEntry(QSqlDatabase& db, qint64 seq);
};

} // namespace creditcase::documents
