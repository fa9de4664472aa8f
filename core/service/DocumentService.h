#pragma once

#include "Result.h"
#include "documents/DocumentKind.h"
#include "documents/DocumentRenderer.h"
#include "documents/DocumentStore.h"
#include "documents/DocumentTemplate.h"
#include "documents/DocumentText.h"
#include "exchange/Masking.h"
#include "service/Session.h"

#include <QCoreApplication>
#include <QDate>
#include <algorithm>
#include <functional>
#include <memory>

class QPagedPaintDevice;

namespace creditcase::workflow {
class WorkflowContext;
struct CaseFile;
} // namespace creditcase::workflow

namespace creditcase::service {

// The official documents of a case (issue 11): composed from the case file and the organ's templates, laid out per
// GB/T 9704-2012, printed or exported as PDF. Printing is an act: the acting user must be a case officer or a
// supervisor of the organ that issues the document; the case file is read through CaseWorkflow::show (registered in
// the inquiry register); every print and export is an audit entry whose chain position and hash are printed in the
// footer as the document's fingerprint.
//
// The first print of a document issues it: the 文号 is taken from the organ's series for the year, and the text as
// served (the party's copy) is stored with the case in the same transaction, so paper and record never disagree.
// Every later print is a copy of that stored text, marked "副本 N". A public copy masks the party's identifier (and
// a natural person's name) the way exchange::Masking masks the public channel.
//
// Needs a QGuiApplication (fonts) for anything that renders; this service lives in the creditcase_documents target
// (QtGui), never in the QtCore-only core.
class DocumentService {
    Q_DECLARE_TR_FUNCTIONS(DocumentService)

public:
    explicit DocumentService(Session& session);
    ~DocumentService();

    enum class Output { Pdf, Printer };

    // One copy as it is (or would be) printed.
    struct Copy {
        documents::IssuedDocument document; // id 0 for a preview of a document not yet issued
        documents::DocumentText text;       // as this copy shows it (masked on a public copy)
        documents::PageMarks marks;
        exchange::Channel channel = exchange::Channel::Internal;
        int copyNo = 0;      // 0: the original; N: 副本 N
        QString fingerprint; // empty for a preview
        bool preview = false;
    };

    /* What the document says, for the print preview: the stored text when the document was issued, otherwise the
       text composed from the case now, with the number and fingerprint left to the print. Registers the inquiry;
       writes nothing else. Refused like print() (role, organ, a document the case does not have yet). */
    Result<Copy> preview(qint64 caseId, documents::DocumentKind kind, exchange::Channel channel);

    // Paints one copy (onto a PDF file or a printer); returns the page count.
    using Render = std::function<Result<int>(const Copy&)>;

    /* The print act. Issues the document on its first print (number, stored text) or makes the next copy, records
       the audit entry "document.issue" / "document.reprint" (payload: kind, number, copy, channel, output, text
       digest) and runs `render` inside the same transaction: a copy that could not be produced is not recorded and
       gives its number back. Refused (and the refusal audited, nothing else written) for a user who is not a case
       officer or supervisor of the issuing organ, for a document the case does not have yet (no decision, no
       answered objection ...), and for a public copy of a proof of service. */
    Result<Copy> print(qint64 caseId, documents::DocumentKind kind, exchange::Channel channel, Output output,
                       const Render& render);

    // print() onto a PDF file, written atomically (see DocumentRenderer::writePdf).
    Result<Copy> exportPdf(qint64 caseId, documents::DocumentKind kind, exchange::Channel channel, const QString& path);

    // ---- batch: every notice due for service on a day ----------------------------------------------------------
    // The cases of the user's organ whose notice-service deadline is open and falls on `dueOn`, by case number.
    Result<QList<qint64>> noticesDueForService(QDate dueOn);

    struct BatchItem {
        qint64 caseId = 0;
        QString file;
        QString number;
        QString fingerprint;
        std::optional<Error> error; // this notice failed; the others went on
    };
    struct Batch {
        QList<BatchItem> items; // the notices printed and saved (or failed), in order
        bool cancelled = false;
        int rolledBack = 0; // after a cancel: the notices of the unfinished group, rolled back (not in items)
    };
    // Called after each notice with (done, total); returning false cancels the batch (see printBatch).
    using Progress = std::function<bool(int done, int total)>;
    /* Exports the party's copy of every notice due for service on `dueOn` into `directory` as
       "<case>-notice.pdf". Each notice is its own act with its own audit entry, but the notices are saved in
       groups of up to 50, one transaction each, so that a batch does not wait for one synchronous commit per
       notice. Within a group a notice that fails (refused, or an error) is undone alone and reported in its item;
       the others go on. A cancel rolls back the group under way: its numbers are given back (the series stays
       without gaps), its audit entries, stored texts and files are gone (counted in rolledBack); the groups saved
       before stay printed and recorded. A group that cannot be saved is rolled back the same way, its notices
       reported as failed, and the batch stops there. The prints (numbers, audit entries, stored texts) are recorded
       on the calling thread in order; the PDFs are written meanwhile by a pool of render threads (see
       setRenderThreads), under temporary names until their group is saved: a PDF that cannot be written is reported in
       its item and recorded as "document.print.failed"; printing that notice again makes a copy. While a group is being
       printed the vault's write lock is held, so other writers (another user's act) wait for it, about a second at
       most. */
    Result<Batch> printBatch(QDate dueOn, const QString& directory, const Progress& progress = {});
    // How many threads render a batch's PDFs at once; 0 (the default) takes one per core, at most four. Rendering is
    // about nine tenths of a notice's CPU time, so it is what more cores can share. Numbers, stored texts and files
    // are the same either way.
    void setRenderThreads(int threads) { m_renderThreads = std::max(0, threads); }

    // ---- checking a printed page -------------------------------------------------------------------------------
    struct Verification {
        bool genuine = false; // the entry exists, its hash matches, the stored text matches its digest
        QString problem;      // why not, when not genuine
        QString fingerprint;
        documents::DocumentKind kind = documents::DocumentKind::Notice;
        QString number;
        qint64 caseId = 0;
        int copyNo = 0;
        QString channel;
        QDate issuedOn;
        QString issuedBy;
        QDateTime printedAt;
        QString printedBy;
        bool chainIntact = false;
    };
    /* Looks up the print a fingerprint names and checks it against the audit chain and the stored text. Any user of
       the vault; registered in the inquiry register (it names a case). A fingerprint that names no print is a
       result (genuine = false), not an error; a malformed one is refused (Usage). */
    Result<Verification> verify(const QString& fingerprint);

    // ---- templates (how an organ adapts its documents) ----------------------------------------------------------
    // The template `name` ("organ" or a document kind id) as the acting user's organ uses it: the organ's adapted
    // version from the vault, else the built-in one. `source` tells which ("builtin:<name>" or
    // "vault:<organ>:<name>:<version>").
    Result<documents::DocumentTemplate> currentTemplate(const QString& name, QString* source = nullptr);
    /* Stores an adapted template for the administrator's organ as the next version ("document.template"). Refused
       for any other role, for an unknown name, and for a text that is not a valid template or uses a value the
       documents do not have (the unknown placeholders are named); nothing is written then. */
    Result<int> adaptTemplate(const QString& name, const QByteArray& json);

private:
    struct Composed;
    Result<workflow::WorkflowContext> context();
    Result<workflow::CaseFile> readCase(workflow::WorkflowContext& ctx, qint64 caseId, documents::DocumentKind kind);
    Result<Composed> compose(workflow::WorkflowContext& ctx, const workflow::CaseFile& file,
                             documents::DocumentKind kind);
    Result<documents::DocumentTemplate> templateFor(QSqlDatabase& db, qint64 organId, const QString& name,
                                                    QString* source);
    Copy copyOf(const documents::IssuedDocument& document, const documents::DocumentTemplate& organ,
                const workflow::CaseFile& file, exchange::Channel channel, int copyNo, const QString& fingerprint,
                bool preview) const;

    Session& m_session;
    std::unique_ptr<documents::DocumentRenderer> m_renderer;
    workflow::WorkflowContext* m_batchContext = nullptr; // during printBatch: the context every print copies
    int m_renderThreads = 0;
};

} // namespace creditcase::service
