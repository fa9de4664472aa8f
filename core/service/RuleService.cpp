#include "RuleService.h"

#include "workflow/WorkflowContext.h"

namespace creditcase::service {

using workflow::RuleAdministration;

RuleService::RuleService(Session& session)
    : m_session(session) {}

Result<rules::RuleSet> RuleService::ruleSet() {
    return m_session.ruleSet();
}

Result<calendar::WorkCalendar> RuleService::calendar() {
    return m_session.calendar();
}

Result<QList<domain::Standard>> RuleService::standards(const QString& listType) {
    if (Status open = m_session.requireUnlocked(); !open) {
        return open.error();
    }
    if (auto user = m_session.actor(); !user) {
        return user.error();
    }
    QSqlDatabase db = m_session.vault().database();
    return workflow::StandardWorkflow::list(db, listType);
}

Result<RuleAdministration::ImportOutcome> RuleService::import(const QByteArray& bytes, const QString& fileName,
                                                              const Progress& progress) {
    const QString event = QStringLiteral("rules.import");
    const QString object = QStringLiteral("rules:%1").arg(fileName);
    auto admin = m_session.requireRole({domain::Role::Administrator}, event, object,
                                       tr("Only an administrator may import rule data; %1 is a %2."));
    if (!admin) {
        return admin.error();
    }
    auto outcome = RuleAdministration::importBytes(m_session.vault(), bytes, fileName, progress);
    if (!outcome && progress.isCancelled()) {
        return outcome.error(); // not a refusal: nothing is recorded
    }
    if (!outcome) {
        // A file whose content the rules refuse is a refused import (exit 3 on the command line), not a
        // malformed request.
        Error error = outcome.error();
        if (error.kind == ErrorKind::Usage) {
            error.kind = ErrorKind::Refused;
        }
        return m_session.refuse(event, object, error);
    }
    if (!outcome->alreadyPresent) {
        m_session.notifyChanged(QStringLiteral("rules"));
        if (!outcome->movedDeadlines.isEmpty()) {
            m_session.notifyChanged(QStringLiteral("deadline"));
        }
    }
    return outcome;
}

Result<domain::Standard>
RuleService::standardStep(const std::function<Result<domain::Standard>(workflow::StandardWorkflow&)>& step) {
    if (Status open = m_session.requireUnlocked(); !open) {
        return open.error();
    }
    auto user = m_session.actor();
    if (!user) {
        return user.error();
    }
    workflow::WorkflowContext context(m_session.vault(), *user);
    auto rules = m_session.ruleSet();
    auto calendar = m_session.calendar();
    if (rules && calendar) {
        context.useRules(rules.take(), calendar.take());
    }
    workflow::StandardWorkflow standards(context);
    auto done = step(standards);
    if (done) {
        m_session.notifyChanged(QStringLiteral("standard"), done->id);
    }
    return done;
}

Result<domain::Standard> RuleService::addStandard(const QString& listType, const QString& title) {
    return standardStep([&](workflow::StandardWorkflow& s) { return s.add(listType, title); });
}

Result<domain::Standard> RuleService::openStandardComment(qint64 standardId, QDate from, QDate to) {
    return standardStep([&](workflow::StandardWorkflow& s) { return s.openComment(standardId, from, to); });
}

Result<domain::Standard> RuleService::adoptStandard(qint64 standardId, QDate on, QDate inForceFrom,
                                                    QDate nextAssessmentDue) {
    return standardStep(
        [&](workflow::StandardWorkflow& s) { return s.adopt(standardId, on, inForceFrom, nextAssessmentDue); });
}

Result<domain::Standard> RuleService::assessStandard(qint64 standardId, QDate on, QDate nextAssessmentDue) {
    return standardStep([&](workflow::StandardWorkflow& s) { return s.assess(standardId, on, nextAssessmentDue); });
}

Result<domain::Standard> RuleService::abolishStandard(qint64 standardId, QDate on) {
    return standardStep([&](workflow::StandardWorkflow& s) { return s.abolish(standardId, on); });
}

} // namespace creditcase::service
