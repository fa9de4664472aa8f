#include "RuleService.h"

#include "workflow/StandardWorkflow.h"

namespace creditcase::service {

using workflow::RuleAdministration;

RuleService::RuleService(Session& session)
    : m_session(session) {}

Result<rules::RuleSet> RuleService::ruleSet() {
    if (Status open = m_session.requireUnlocked(); !open) {
        return open.error();
    }
    QSqlDatabase db = m_session.vault().database();
    return RuleAdministration::loadRuleSet(db);
}

Result<calendar::WorkCalendar> RuleService::calendar() {
    if (Status open = m_session.requireUnlocked(); !open) {
        return open.error();
    }
    QSqlDatabase db = m_session.vault().database();
    return RuleAdministration::loadCalendar(db);
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

Result<RuleAdministration::ImportOutcome> RuleService::import(const QByteArray& bytes, const QString& fileName) {
    const QString event = QStringLiteral("rules.import");
    const QString object = QStringLiteral("rules:%1").arg(fileName);
    auto admin = m_session.requireRole({domain::Role::Administrator}, event, object,
                                       tr("Only an administrator may import rule data; %1 is a %2."));
    if (!admin) {
        return admin.error();
    }
    auto outcome = RuleAdministration::importBytes(m_session.vault(), bytes, fileName);
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

} // namespace creditcase::service
