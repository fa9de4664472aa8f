#pragma once

#include "Result.h"
#include "domain/Case.h"
#include "domain/Restoration.h"
#include "domain/Subject.h"
#include "service/CaseActions.h"
#include "service/Session.h"
#include "workflow/CaseWorkflow.h"
#include "workflow/CreditRecordRegister.h"
#include "workflow/RestorationWorkflow.h"
#include "workflow/SubjectRegister.h"

#include <QCoreApplication>
#include <functional>
#include <optional>

namespace creditcase::service {

// The requests and answers of case work, named for the clients of this service (they are the workflow's own types).
using NewSubject = workflow::SubjectRegister::NewSubject;
using NewRecord = workflow::CreditRecordRegister::NewRecord;
using RecordFile = workflow::CreditRecordRegister::RecordFile;
using OpenCase = workflow::CaseWorkflow::OpenCase;
using CaseFile = workflow::CaseFile;
using CaseSummary = workflow::CaseSummary;
using RestorationApplication = workflow::RestorationWorkflow::Application;
using AttachmentFile = workflow::AttachmentStore::File;

// The acts of case work for the acting user of a session: subjects, credit records, designation cases and
// restorations. Each act is the workflow class's own (SubjectRegister, CreditRecordRegister, CaseWorkflow,
// RestorationWorkflow), run as the session's user: the same role, jurisdiction and date checks, the same refusals
// with their citations, recorded once as "<event>.refused" with nothing else written, and the same audit entries
// and inquiry registrations. A recovery-code session is refused (cases are handled by named users). After a
// committed act the session announces changed(kind, id) with kind "subject", "record", "case" or "restoration".
class CaseService {
    Q_DECLARE_TR_FUNCTIONS(CaseService)

public:
    explicit CaseService(Session& session);

    // See SubjectRegister::add and CreditRecordRegister::add for the failure modes.
    Result<domain::Subject> addSubject(const workflow::SubjectRegister::NewSubject& subject);
    Result<workflow::CreditRecordRegister::RecordFile>
    addRecord(const workflow::CreditRecordRegister::NewRecord& record);

    // The steps of a designation case; see CaseWorkflow for the failure mode of each.
    Result<domain::Case> open(const workflow::CaseWorkflow::OpenCase& request);
    Result<domain::Case> serveNotice(qint64 caseId, QDate servedOn);
    Result<domain::Case> receiveObjection(qint64 caseId, QDate receivedOn, const QString& text);
    Result<domain::Case> answerObjection(qint64 caseId, QDate on, bool upheld, const QString& text);
    Result<domain::Case> submitReExamination(qint64 caseId, QDate on, const QString& text);
    Result<domain::Case> decideReExamination(qint64 caseId, QDate on, bool approved, const QString& text);
    Result<domain::Case> decide(qint64 caseId, QDate on, const QStringList& measures = {});
    Result<domain::Case> expire(qint64 caseId, QDate on);

    /* The case file, registered as an inquiry with `purpose` (CaseWorkflow::show: a purpose is required of
       everyone but the case officer; another organ needs a purpose its sharing scope allows). */
    Result<workflow::CaseFile> show(qint64 caseId, const QString& purpose);
    /* The content of one attachment of a case file returned by show() (already read, so no second inquiry), in
       memory only. NotFound when the attachment is not one of that file's. */
    Result<domain::Attachment> attachment(const workflow::CaseFile& file, qint64 attachmentId);
    /* The cases of the user's organ and the organs under it, at `stage` if given, at most `limit` (0: all);
       registered as one inquiry naming the subjects listed, with `purpose` (a default purpose when empty). */
    Result<QList<workflow::CaseSummary>> list(std::optional<domain::CaseStage> stage, int limit,
                                              const QString& purpose);
    /* A page of the window's case list was shown (CaseQueryRunner reads it on a reader connection, which writes
       nothing): registers one inquiry naming the subjects shown since the last registration, with the list's filter
       in the purpose (VII(13): case lists are inquiries too). Nothing is registered for an empty list. */
    Result<qint64> registerListView(const QString& filterDescription, const QList<qint64>& subjectIds);
    /* What the user may do with the case today, and why not: the table's answer, then each act's own guard run in
       trial and rolled back (CaseActions::forCase). Writes nothing, registers no inquiry. */
    Result<QList<CaseAction>> actions(qint64 caseId);

    // Restoration of credit; see RestorationWorkflow for the failure modes.
    Result<domain::Restoration> applyForRestoration(const workflow::RestorationWorkflow::Application& application);
    Result<domain::Restoration> decideRestoration(qint64 caseId, QDate on, bool grant, const QString& text);
    Result<domain::Restoration> revokeRestoration(qint64 caseId, QDate on, const QString& text);
    // Restoration of penalty information (one credit record); see RestorationWorkflow::applyForRecord.
    Result<domain::Restoration>
    applyForRecordRestoration(const workflow::RestorationWorkflow::RecordApplication& application);
    Result<domain::Restoration> decideRecordRestoration(qint64 recordId, QDate on, bool grant, const QString& text);
    // The time to decide is extended by the head of the organ; see CaseWorkflow::extendDecision.
    Result<domain::Case> extendDecision(qint64 caseId, QDate on, const QString& reason);
    // The listing was published (a term counted from publication starts); see CaseWorkflow::publish.
    Result<domain::Case> publish(qint64 caseId, QDate on);

private:
    // A workflow context of the session's user with the session's rule data and calendar (Session::ruleSet: read
    // once, read again after rule data is imported through the session).
    Result<workflow::WorkflowContext> context();
    Result<domain::Case> caseStep(qint64 caseId,
                                  const std::function<Result<domain::Case>(workflow::CaseWorkflow&)>& step);
    Result<domain::Restoration>
    restorationStep(const std::function<Result<domain::Restoration>(workflow::RestorationWorkflow&)>& step);

    Session& m_session;
};

} // namespace creditcase::service
