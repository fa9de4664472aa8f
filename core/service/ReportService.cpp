#include "ReportService.h"

#include "Clock.h"
#include "workflow/RuleAdministration.h"

namespace creditcase::service {

using domain::Role;

ReportService::ReportService(Session& session)
    : m_session(session) {}

Status ReportService::checkPeriod(QDate from, QDate to) {
    if (!from.isValid() || !to.isValid()) {
        return Error::usage(tr("A report needs the first and the last day of its period."));
    }
    if (from > to) {
        return Error::usage(
            tr("--from %1 is after --to %2.").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
    }
    const QDate today = Clock::today();
    if (to > today) {
        return Error::refused(tr("--to %1 is after today (%2): a report or export cannot be made as of a day that "
                                 "has not come yet.")
                                  .arg(to.toString(Qt::ISODate), today.toString(Qt::ISODate)));
    }
    return {};
}

Result<ReportService::Accountability> ReportService::accountability(QDate from, QDate to) {
    const QString event = QStringLiteral("report.accountability");
    const QString object = QStringLiteral("report:%1..%2").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
    if (Status open = m_session.requireUnlocked(); !open) {
        return open.error();
    }
    auto user = m_session.actor();
    if (!user) {
        return m_session.refuse(event, object, user.error());
    }
    if (user->role == Role::Officer) {
        return m_session.refuse(event, object,
                                Error::refused(tr("The accountability report is for supervisors, auditors and "
                                                  "administrators; %1 is an officer.")
                                                   .arg(user->name)));
    }
    if (Status period = checkPeriod(from, to); !period) {
        return m_session.refuse(event, object, period.error());
    }
    QSqlDatabase db = m_session.vault().database();
    auto rules = workflow::RuleAdministration::loadRuleSet(db);
    if (!rules) {
        return rules.error();
    }
    auto report = audit::AccountabilityReport::build(db, *rules, from, to);
    if (!report) {
        return report.error();
    }
    // The report is evidence for a supervision: that it was made, by whom and over which chain, is recorded.
    const Status recorded = m_session.record(event, object,
                                             {{QStringLiteral("chain_seq"), report->chainSeq},
                                              {QStringLiteral("chain_hash"), report->chainHash},
                                              {QStringLiteral("clean"), report->clean()}});
    if (!recorded) {
        return recorded.error();
    }
    return Accountability{report.take(), user->name};
}

Result<QList<workflow::DeadlineRegister::Due>>
ReportService::deadlines(const workflow::DeadlineRegister::Query& query) {
    if (Status open = m_session.requireUnlocked(); !open) {
        return open.error();
    }
    if (auto user = m_session.actor(); !user) {
        return user.error();
    }
    QSqlDatabase db = m_session.vault().database();
    return workflow::DeadlineRegister::due(db, query);
}

Result<exchange::DisclosureExport::Outcome>
ReportService::exportDisclosure(const exchange::DisclosureExport::Request& request) {
    if (Status open = m_session.requireUnlocked(); !open) {
        return open.error();
    }
    // A refusal is not recorded: the command-line contract (tests/scenario/RegisterCliScenarios) promises that a
    // refused export makes no audit entry.
    auto outcome = exchange::DisclosureExport::run(m_session.vault(), request);
    if (!outcome) {
        return outcome.error();
    }
    m_session.notifyChanged(QStringLiteral("audit"));
    return outcome;
}

} // namespace creditcase::service
