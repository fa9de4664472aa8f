#include "CaseService.h"

#include "audit/InquiryRegister.h"
#include "workflow/AttachmentStore.h"

#include <algorithm>

namespace creditcase::service {

using workflow::CaseWorkflow;
using workflow::RestorationWorkflow;
using workflow::WorkflowContext;

CaseService::CaseService(Session& session)
    : m_session(session) {}

Result<WorkflowContext> CaseService::context() {
    if (Status open = m_session.requireUnlocked(); !open) {
        return open.error();
    }
    if (m_session.viaRecoveryCode()) {
        // The workflow's own refusal, which says why cases need a named user.
        return WorkflowContext::forSession(m_session.vault());
    }
    auto user = m_session.actor();
    if (!user) {
        return user.error();
    }
    WorkflowContext context(m_session.vault(), user.take());
    // The session's rule data, read once and forgotten when rules are imported through the session. Rule data that
    // cannot be read is reported by the act that needs it (the context reads it again then).
    auto rules = m_session.ruleSet();
    auto calendar = m_session.calendar();
    if (rules && calendar) {
        context.useRules(rules.take(), calendar.take());
    }
    return context;
}

Result<domain::Subject> CaseService::addSubject(const workflow::SubjectRegister::NewSubject& subject) {
    auto ctx = context();
    if (!ctx) {
        return ctx.error();
    }
    auto added = workflow::SubjectRegister(*ctx).add(subject);
    if (added) {
        m_session.notifyChanged(QStringLiteral("subject"), added->id);
    }
    return added;
}

Result<workflow::CreditRecordRegister::RecordFile>
CaseService::addRecord(const workflow::CreditRecordRegister::NewRecord& record) {
    auto ctx = context();
    if (!ctx) {
        return ctx.error();
    }
    auto added = workflow::CreditRecordRegister(*ctx).add(record);
    if (added) {
        m_session.notifyChanged(QStringLiteral("record"), added->record.id);
    }
    return added;
}

Result<domain::Case> CaseService::caseStep(qint64 caseId,
                                           const std::function<Result<domain::Case>(CaseWorkflow&)>& step) {
    auto ctx = context();
    if (!ctx) {
        return ctx.error();
    }
    CaseWorkflow cases(*ctx);
    auto done = step(cases);
    if (done) {
        m_session.notifyChanged(QStringLiteral("case"), caseId > 0 ? caseId : done->id);
    }
    return done;
}

Result<domain::Case> CaseService::open(const CaseWorkflow::OpenCase& request) {
    return caseStep(0, [&](CaseWorkflow& cases) { return cases.open(request); });
}

Result<domain::Case> CaseService::serveNotice(qint64 caseId, QDate servedOn) {
    return caseStep(caseId, [&](CaseWorkflow& cases) { return cases.serveNotice(caseId, servedOn); });
}

Result<domain::Case> CaseService::receiveObjection(qint64 caseId, QDate receivedOn, const QString& text) {
    return caseStep(caseId, [&](CaseWorkflow& cases) { return cases.receiveObjection(caseId, receivedOn, text); });
}

Result<domain::Case> CaseService::answerObjection(qint64 caseId, QDate on, bool upheld, const QString& text) {
    return caseStep(caseId, [&](CaseWorkflow& cases) { return cases.answerObjection(caseId, on, upheld, text); });
}

Result<domain::Case> CaseService::submitReExamination(qint64 caseId, QDate on, const QString& text) {
    return caseStep(caseId, [&](CaseWorkflow& cases) { return cases.submitReExamination(caseId, on, text); });
}

Result<domain::Case> CaseService::decideReExamination(qint64 caseId, QDate on, bool approved, const QString& text) {
    return caseStep(caseId, [&](CaseWorkflow& cases) { return cases.decideReExamination(caseId, on, approved, text); });
}

Result<domain::Case> CaseService::decide(qint64 caseId, QDate on, const QStringList& measures) {
    return caseStep(caseId, [&](CaseWorkflow& cases) { return cases.decide(caseId, on, measures); });
}

Result<domain::Case> CaseService::expire(qint64 caseId, QDate on) {
    return caseStep(caseId, [&](CaseWorkflow& cases) { return cases.expire(caseId, on); });
}

Result<domain::Attachment> CaseService::attachment(const workflow::CaseFile& file, qint64 attachmentId) {
    if (Status open = m_session.requireUnlocked(); !open) {
        return open.error();
    }
    const bool ofTheFile = std::any_of(file.attachments.cbegin(), file.attachments.cend(),
                                       [attachmentId](const domain::Attachment& a) { return a.id == attachmentId; });
    if (!ofTheFile) {
        return Error::notFound(
            tr("Attachment %1 is not one of case %2's papers.").arg(attachmentId).arg(file.theCase.id));
    }
    QSqlDatabase db = m_session.vault().database();
    return workflow::AttachmentStore::fetch(db, attachmentId);
}

Result<qint64> CaseService::registerListView(const QString& filterDescription, const QList<qint64>& subjectIds) {
    if (Status open = m_session.requireUnlocked(); !open) {
        return open.error();
    }
    auto user = m_session.actor();
    if (!user) {
        return user.error();
    }
    if (subjectIds.isEmpty()) {
        return qint64(0);
    }
    const QString purpose = filterDescription.isEmpty() ? tr("case list in the window")
                                                        : tr("case list in the window (%1)").arg(filterDescription);
    qint64 registered = 0;
    const Status done = m_session.vault().transact([&](QSqlDatabase& db) -> Status {
        auto id = audit::InquiryRegister::recordList(db, user->name, QStringLiteral("cases:list"), subjectIds, purpose);
        if (!id) {
            return id.error();
        }
        registered = *id;
        return {};
    });
    if (!done) {
        return done.error();
    }
    m_session.notifyChanged(QStringLiteral("inquiry"));
    return registered;
}

Result<workflow::CaseFile> CaseService::show(qint64 caseId, const QString& purpose) {
    auto ctx = context();
    if (!ctx) {
        return ctx.error();
    }
    auto file = CaseWorkflow(*ctx).show(caseId, purpose);
    if (file) {
        // The read registered an inquiry.
        m_session.notifyChanged(QStringLiteral("inquiry"), caseId);
    }
    return file;
}

Result<QList<workflow::CaseSummary>> CaseService::list(std::optional<domain::CaseStage> stage, int limit,
                                                       const QString& purpose) {
    auto ctx = context();
    if (!ctx) {
        return ctx.error();
    }
    auto cases = CaseWorkflow(*ctx).list(stage, limit, purpose);
    if (cases) {
        m_session.notifyChanged(QStringLiteral("inquiry"));
    }
    return cases;
}

Result<QList<CaseAction>> CaseService::actions(qint64 caseId) {
    auto ctx = context();
    if (!ctx) {
        return ctx.error();
    }
    return CaseActions::forCase(*ctx, caseId);
}

Result<domain::Restoration>
CaseService::restorationStep(const std::function<Result<domain::Restoration>(RestorationWorkflow&)>& step) {
    auto ctx = context();
    if (!ctx) {
        return ctx.error();
    }
    RestorationWorkflow restorations(*ctx);
    auto done = step(restorations);
    if (done) {
        m_session.notifyChanged(QStringLiteral("restoration"), done->id);
        m_session.notifyChanged(QStringLiteral("case"), done->caseId);
    }
    return done;
}

Result<domain::Restoration> CaseService::applyForRestoration(const RestorationWorkflow::Application& application) {
    return restorationStep([&](RestorationWorkflow& restorations) { return restorations.apply(application); });
}

Result<domain::Restoration> CaseService::decideRestoration(qint64 caseId, QDate on, bool grant, const QString& text) {
    return restorationStep(
        [&](RestorationWorkflow& restorations) { return restorations.decide(caseId, on, grant, text); });
}

Result<domain::Restoration> CaseService::revokeRestoration(qint64 caseId, QDate on, const QString& text) {
    return restorationStep([&](RestorationWorkflow& restorations) { return restorations.revoke(caseId, on, text); });
}

Result<domain::Restoration>
CaseService::applyForRecordRestoration(const RestorationWorkflow::RecordApplication& application) {
    auto done =
        restorationStep([&](RestorationWorkflow& restorations) { return restorations.applyForRecord(application); });
    if (done) {
        m_session.notifyChanged(QStringLiteral("record"), done->recordId);
    }
    return done;
}

Result<domain::Restoration> CaseService::decideRecordRestoration(qint64 recordId, QDate on, bool grant,
                                                                 const QString& text) {
    auto done = restorationStep(
        [&](RestorationWorkflow& restorations) { return restorations.decideForRecord(recordId, on, grant, text); });
    if (done) {
        m_session.notifyChanged(QStringLiteral("record"), recordId);
    }
    return done;
}

Result<domain::Case> CaseService::extendDecision(qint64 caseId, QDate on, const QString& reason) {
    return caseStep(caseId, [&](CaseWorkflow& cases) { return cases.extendDecision(caseId, on, reason); });
}

Result<domain::Case> CaseService::publish(qint64 caseId, QDate on) {
    return caseStep(caseId, [&](CaseWorkflow& cases) { return cases.publish(caseId, on); });
}

} // namespace creditcase::service
