#include "ReportService.h"

#include "Clock.h"
#include "audit/InquiryRegister.h"
#include "exchange/Masking.h"
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

Result<QList<workflow::DeadlineRegister::Due>> ReportService::deadlines(const workflow::DeadlineRegister::Query& query,
                                                                        const QString& purpose) {
    if (Status open = m_session.requireUnlocked(); !open) {
        return open.error();
    }
    auto user = m_session.actor();
    if (!user) {
        return user.error();
    }
    // The list names the subjects whose deadlines run, so it is an inquiry like a case list (VII(13)): read and
    // registered in one transaction, or neither.
    std::optional<QList<workflow::DeadlineRegister::Due>> listed;
    const Status done = m_session.vault().transact([&](QSqlDatabase& db) -> Status {
        auto due = workflow::DeadlineRegister::due(db, query);
        if (!due) {
            return due.error();
        }
        QList<qint64> subjects;
        for (const auto& d : *due) {
            if (d.deadline.subjectId > 0 && !subjects.contains(d.deadline.subjectId)) {
                subjects << d.deadline.subjectId;
            }
        }
        const QString stated = purpose.trimmed().isEmpty() ? tr("list of the open deadlines") : purpose.trimmed();
        auto registered =
            audit::InquiryRegister::recordList(db, user->name, QStringLiteral("deadlines:list"), subjects, stated);
        if (!registered) {
            return registered.error();
        }
        listed = due.take();
        return {};
    });
    if (!done) {
        return done.error();
    }
    m_session.notifyChanged(QStringLiteral("inquiry"));
    return std::move(*listed);
}

Result<exchange::DisclosureExport::Outcome>
ReportService::exportDisclosure(const exchange::DisclosureExport::Request& request) {
    if (Status open = m_session.requireUnlocked(); !open) {
        return open.error();
    }
    // A refusal by a rule or a permission is recorded as "export.disclosure.refused"; a technical failure is not an
    // act and is only returned.
    auto outcome = exchange::DisclosureExport::run(m_session.vault(), request);
    if (!outcome) {
        return m_session.refuse(QStringLiteral("export.disclosure"),
                                QStringLiteral("channel:%1").arg(exchange::channelId(request.channel)),
                                outcome.error());
    }
    m_session.notifyChanged(QStringLiteral("audit"));
    return outcome;
}

} // namespace creditcase::service
