#include "ReportService.h"

#include "Clock.h"
#include "audit/InquiryRegister.h"
#include "calendar/DaysLeft.h"
#include "exchange/Masking.h"
#include "workflow/CaseWorkflow.h"
#include "workflow/RuleAdministration.h"
#include "workflow/WorkflowContext.h"
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
    auto rules = m_session.ruleSet();
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
    auto rules = m_session.ruleSet();
    if (!rules) {
        return rules.error();
    }
    std::optional<QList<workflow::DeadlineRegister::Due>> listed;
    const Status done = m_session.vault().transact([&](QSqlDatabase& db) -> Status {
        auto scope = deadlineScope(db, *user, *rules, query.asOf.isValid() ? query.asOf : Clock::today());
        if (!scope) {
            return scope.error();
        }
        workflow::DeadlineRegister::Query scoped = query;
        scoped.scope = scope.take();
        auto due = workflow::DeadlineRegister::due(db, scoped);
        if (!due) {
            return due.error();
        }
        // Days left in the unit the rule counts in (working days for a working-day period), as every list shows.
        auto calendar = m_session.calendar();
        if (!calendar) {
            return calendar.error();
        }
        const QDate asOf = query.asOf.isValid() ? query.asOf : Clock::today();
        for (auto& d : *due) {
            const auto left = calendar::DaysLeft::until(d.deadline.dueOn, d.deadline.ruleMode, *calendar, asOf);
            d.daysLeft = left.days;
            d.workingDays = left.working;
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

Result<workflow::DeadlineRegister::Scope> ReportService::deadlineScope(QSqlDatabase& db, const domain::User& user,
                                                                       const rules::RuleSet& rules, QDate on) {
    QList<rules::ReExaminationRule> reExaminations;
    if (const rules::ListTypeEdition* lists = rules.listTypesOn(on)) {
        for (const rules::ListType& type : lists->listTypes) {
            if (type.reExamination.required) {
                reExaminations << type.reExamination;
            }
        }
    }
    workflow::DeadlineRegister::Scope scope;
    scope.organs << user.organ.id;
    auto ids = workflow::WorkflowContext::organIds(db);
    if (!ids) {
        return ids.error();
    }
    for (const qint64 id : *ids) {
        if (id == user.organ.id) {
            continue;
        }
        auto organ = workflow::WorkflowContext::organ(db, id);
        if (!organ) {
            return organ.error();
        }
        if (!workflow::WorkflowContext::governs(user.organ, *organ)) {
            continue;
        }
        // An auditor supervises the organs under their own, as in a case list (VII(13)); a supervisor sees the
        // re-examinations they are due to decide under some list type's rule (IV(8)), as the act itself checks.
        if (user.role == Role::Auditor) {
            scope.organs << id;
        } else if (user.role == Role::Supervisor) {
            for (const auto& rule : reExaminations) {
                if (workflow::CaseWorkflow::mayReExamine(db, rule, user.organ, *organ, {})) {
                    scope.reviewOrgans << id;
                    break;
                }
            }
        }
    }
    return scope;
}

Result<exchange::DisclosureExport::Outcome>
ReportService::exportDisclosure(const exchange::DisclosureExport::Request& request, const Progress& progress) {
    if (Status open = m_session.requireUnlocked(); !open) {
        return open.error();
    }
    // A refusal by a rule or a permission is recorded as "export.disclosure.refused"; a technical failure is not an
    // act and is only returned.
    auto outcome = exchange::DisclosureExport::run(m_session.vault(), request, progress);
    if (!outcome) {
        return m_session.refuse(QStringLiteral("export.disclosure"),
                                QStringLiteral("channel:%1").arg(exchange::channelId(request.channel)),
                                outcome.error());
    }
    m_session.notifyChanged(QStringLiteral("audit"));
    return outcome;
}

} // namespace creditcase::service
