// deadlines [--as-of DATE] [--within N] [--overdue] [--limit N] [--purpose TEXT].
#include "CliContext.h"
#include "WorkflowCli.h"
#include "service/ReportService.h"
#include "workflow/DeadlineRegister.h"

#include <QJsonArray>

namespace creditcase::cli {

namespace {

int runDeadlines(CliContext& context) {
    QCommandLineParser parser;
    const QCommandLineOption asOf(QStringLiteral("as-of"), WorkflowCli::tr("the day to count from (default today)"),
                                  QStringLiteral("DATE"));
    const QCommandLineOption within(QStringLiteral("within"), WorkflowCli::tr("only deadlines due in the next N days"),
                                    QStringLiteral("N"));
    const QCommandLineOption overdue(QStringLiteral("overdue"), WorkflowCli::tr("only deadlines already passed"));
    const QCommandLineOption limit(QStringLiteral("limit"), WorkflowCli::tr("at most N lines"), QStringLiteral("N"));
    const QCommandLineOption purpose(QStringLiteral("purpose"),
                                     WorkflowCli::tr("why you list the deadlines (registered with the inquiry)"),
                                     QStringLiteral("TEXT"));
    parser.addOptions({asOf, within, overdue, limit, purpose});
    if (!context.parse(
            parser, QStringLiteral("deadlines [--as-of DATE] [--within N] [--overdue] [--limit N] [--purpose TEXT]")))
        return ExitUsage;
    workflow::DeadlineRegister::Query query;
    auto date = WorkflowCli::date(parser, asOf, false);
    if (!date)
        return context.fail(date.error());
    query.asOf = date->isValid() ? *date : workflow::WorkflowContext::today();
    if (parser.isSet(within)) {
        bool ok = false;
        const int days = parser.value(within).toInt(&ok);
        if (!ok || days < 0)
            return context.usage(WorkflowCli::tr("--within must be a number of days (0 or more)."));
        query.within = days;
    }
    query.overdue = parser.isSet(overdue);
    if (parser.isSet(limit)) {
        bool ok = false;
        query.limit = parser.value(limit).toInt(&ok);
        if (!ok || query.limit <= 0)
            return context.usage(WorkflowCli::tr("--limit must be a positive number."));
    }
    auto session = context.openSession(false);
    if (!session)
        return context.fail(session.error());
    auto due = service::ReportService(**session).deadlines(query, parser.value(purpose));
    if (!due)
        return context.fail(due.error());
    QJsonArray array;
    QString text;
    for (const auto& row : *due) {
        const auto& d = row.deadline;
        QJsonObject json = WorkflowCli::deadlineJson(d);
        json.insert(QStringLiteral("subject_name"), row.subjectName);
        json.insert(QStringLiteral("days_left"), row.daysLeft >= 0 ? row.daysLeft : 0);
        json.insert(QStringLiteral("days_late"), row.daysLeft < 0 ? -row.daysLeft : 0);
        // The unit the days are counted in: that of the deadline's rule.
        json.insert(QStringLiteral("days_unit"),
                    row.workingDays ? QStringLiteral("working-days") : QStringLiteral("calendar-days"));
        array.append(json);
        const QString what = d.caseId     ? WorkflowCli::tr("case %1").arg(d.caseId)
                             : d.recordId ? WorkflowCli::tr("record %1").arg(d.recordId)
                                          : WorkflowCli::tr("standard %1").arg(d.standardId);
        const QString days = row.workingDays
                                 ? (row.daysLeft >= 0 ? WorkflowCli::tr("%1 working days left").arg(row.daysLeft)
                                                      : WorkflowCli::tr("%1 working days late").arg(-row.daysLeft))
                             : row.daysLeft >= 0 ? WorkflowCli::tr("%1 days left").arg(row.daysLeft)
                                                 : WorkflowCli::tr("%1 days late").arg(-row.daysLeft);
        text += QStringLiteral("%1\t%2\t%3\t%4\t%5%6\n")
                    .arg(what, row.subjectName, domain::deadlineKindName(d.kind), WorkflowCli::iso(d.dueOn), days,
                         d.provisional ? QStringLiteral("\t") + WorkflowCli::tr("provisional") : QString());
    }
    if (due->isEmpty())
        text = WorkflowCli::tr("No open deadlines as of %1.").arg(WorkflowCli::iso(query.asOf));
    return context.succeed(
        {{QStringLiteral("as_of"), WorkflowCli::iso(query.asOf)}, {QStringLiteral("deadlines"), array}}, text);
}

QList<Command> commands() {
    return {
        {{QStringLiteral("deadlines")},
         QStringLiteral("deadlines [--as-of DATE] [--within N] [--overdue] [--limit N] [--purpose TEXT]"),
         QT_TRANSLATE_NOOP("Commands", "List open deadlines: case, subject, kind, due date, days left or late, "
                                       "provisional."),
         &runDeadlines},
    };
}

const CommandRegistration registration(&commands);

} // namespace

} // namespace creditcase::cli
