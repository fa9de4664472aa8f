// report accountability.
#include "CliContext.h"
#include "WorkflowCli.h"
#include "service/ReportService.h"

#include <QJsonArray>
#include <QJsonObject>

namespace creditcase::cli {

namespace {

using audit::AccountabilityReport;
using service::ReportService;

QJsonObject lateJson(const AccountabilityReport::LateAct& act) {
    return {{QStringLiteral("kind"), AccountabilityReport::actKindId(act.kind)},
            {QStringLiteral("case"), act.caseId > 0 ? QJsonValue(act.caseId) : QJsonValue()},
            {QStringLiteral("record"), act.recordId > 0 ? QJsonValue(act.recordId) : QJsonValue()},
            {QStringLiteral("id"), act.actId},
            {QStringLiteral("due"), act.due.toString(Qt::ISODate)},
            {QStringLiteral("done"), act.done.isValid() ? QJsonValue(act.done.toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("days_late"), act.daysLate}};
}

QJsonObject violationJson(const AccountabilityReport::Violation& violation) {
    return {{QStringLiteral("record"), violation.recordId},
            {QStringLiteral("case"), violation.caseId > 0 ? QJsonValue(violation.caseId) : QJsonValue()},
            {QStringLiteral("item"), violation.item},
            {QStringLiteral("on"), violation.on.toString(Qt::ISODate)},
            {QStringLiteral("reason"), violation.reason},
            {QStringLiteral("citations"), QJsonArray::fromStringList(violation.citations)}};
}

QString lateText(const AccountabilityReport::LateAct& act, QDate to) {
    if (act.recordId > 0) {
        return act.done.isValid()
                   ? CliContext::tr("    record %1 (no. %2): due %3, done %4, days late: %5")
                         .arg(act.recordId)
                         .arg(act.actId)
                         .arg(act.due.toString(Qt::ISODate), act.done.toString(Qt::ISODate))
                         .arg(act.daysLate)
                   : CliContext::tr("    record %1 (no. %2): due %3, not done by %4, days late so far: %5")
                         .arg(act.recordId)
                         .arg(act.actId)
                         .arg(act.due.toString(Qt::ISODate), to.toString(Qt::ISODate))
                         .arg(act.daysLate);
    }
    if (act.done.isValid()) {
        return CliContext::tr("    case %1 (no. %2): due %3, done %4, days late: %5")
            .arg(act.caseId)
            .arg(act.actId)
            .arg(act.due.toString(Qt::ISODate), act.done.toString(Qt::ISODate))
            .arg(act.daysLate);
    }
    return CliContext::tr("    case %1 (no. %2): due %3, not done by %4, days late so far: %5")
        .arg(act.caseId)
        .arg(act.actId)
        .arg(act.due.toString(Qt::ISODate), to.toString(Qt::ISODate))
        .arg(act.daysLate);
}

QString lateSection(const QString& title, const QList<AccountabilityReport::LateAct>& acts, QDate to) {
    QString text = QStringLiteral("  ") + title + QStringLiteral(": ") +
                   (acts.isEmpty() ? CliContext::tr("none") : QString::number(acts.size())) + QLatin1Char('\n');
    for (const auto& act : acts) {
        text += lateText(act, to) + QLatin1Char('\n');
    }
    return text;
}

QString violationText(const AccountabilityReport::Violation& violation) {
    QString text = CliContext::tr("    record %1: %2 (%3): %4")
                       .arg(violation.recordId)
                       .arg(violation.item, violation.on.toString(Qt::ISODate), violation.reason) +
                   QLatin1Char('\n');
    for (const QString& citation : violation.citations) {
        text += CliContext::tr("      Basis: %1").arg(citation) + QLatin1Char('\n');
    }
    return text;
}

int runReportAccountability(CliContext& context) {
    QCommandLineParser parser;
    const QCommandLineOption from(QStringLiteral("from"), CliContext::tr("first day (YYYY-MM-DD)"),
                                  QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), CliContext::tr("last day (YYYY-MM-DD)"), QStringLiteral("DATE"));
    parser.addOptions({from, to});
    if (!context.parse(parser, QStringLiteral("report accountability --from DATE --to DATE"))) {
        return ExitUsage;
    }
    const auto fromValue = WorkflowCli::date(parser, from, true);
    const auto toValue = WorkflowCli::date(parser, to, true);
    for (const auto* value : {&fromValue, &toValue}) {
        if (!*value) {
            return context.fail(value->error());
        }
    }
    const QDate first = *fromValue;
    const QDate last = *toValue;
    // A period that has not ended yet cannot be accounted for: checked before the vault is opened.
    if (Status period = ReportService::checkPeriod(first, last); !period) {
        return context.fail(period.error());
    }
    auto session = context.openSession(false);
    if (!session) {
        return context.fail(session.error());
    }
    auto made = ReportService(**session).accountability(first, last);
    if (!made) {
        return context.fail(made.error());
    }
    const AccountabilityReport::Report* report = &made->report;
    const QString madeBy = made->madeBy;

    QJsonArray organs;
    QString text =
        CliContext::tr("Accountability report %1 to %2 (%3)")
            .arg(report->from.toString(Qt::ISODate), report->to.toString(Qt::ISODate), report->provision.display()) +
        QLatin1Char('\n') +
        CliContext::tr("Made %1 by %2 at audit chain position %3 (hash %4).")
            .arg(report->madeAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")), madeBy)
            .arg(report->chainSeq)
            .arg(report->chainHash) +
        QLatin1Char('\n');
    for (const auto& section : report->organs) {
        QJsonArray restorations;
        QJsonArray notices;
        QJsonArray objections;
        QJsonArray reExaminations;
        QJsonArray records;
        QJsonArray measures;
        for (const auto& act : section.lateRestorations) {
            restorations.append(lateJson(act));
        }
        for (const auto& act : section.lateNotices) {
            notices.append(lateJson(act));
        }
        for (const auto& act : section.lateObjectionAnswers) {
            objections.append(lateJson(act));
        }
        for (const auto& act : section.lateReExaminations) {
            reExaminations.append(lateJson(act));
        }
        for (const auto& violation : section.recordsOutsideCatalog) {
            records.append(violationJson(violation));
        }
        for (const auto& violation : section.measuresOutsideList) {
            measures.append(violationJson(violation));
        }
        organs.append(QJsonObject{{QStringLiteral("organ"), section.organ},
                                  {QStringLiteral("clean"), section.clean()},
                                  {QStringLiteral("late_restorations"), restorations},
                                  {QStringLiteral("late_notices"), notices},
                                  {QStringLiteral("late_objection_answers"), objections},
                                  {QStringLiteral("late_re_examinations"), reExaminations},
                                  {QStringLiteral("records_checked"), section.recordsChecked},
                                  {QStringLiteral("records_outside_catalog"), records},
                                  {QStringLiteral("measures_checked"), section.measuresChecked},
                                  {QStringLiteral("measures_outside_list"), measures}});

        text += QLatin1Char('\n') + section.organ + QLatin1Char('\n');
        text += lateSection(CliContext::tr("Restorations decided late"), section.lateRestorations, report->to);
        text += lateSection(CliContext::tr("Notices served late"), section.lateNotices, report->to);
        text += lateSection(CliContext::tr("Objections answered late"), section.lateObjectionAnswers, report->to);
        text += lateSection(CliContext::tr("Re-examinations decided late"), section.lateReExaminations, report->to);
        text += CliContext::tr("  Records checked against the catalogue of their date: %1; outside the catalogue: %2")
                    .arg(section.recordsChecked)
                    .arg(section.recordsOutsideCatalog.size()) +
                QLatin1Char('\n');
        for (const auto& act : section.lateReExaminations) {
            reExaminations.append(lateJson(act));
        }
        for (const auto& violation : section.recordsOutsideCatalog) {
            text += violationText(violation);
        }
        text += CliContext::tr("  Measures checked against the measures list: %1; outside the list: %2")
                    .arg(section.measuresChecked)
                    .arg(section.measuresOutsideList.size()) +
                QLatin1Char('\n');
        for (const auto& violation : section.measuresOutsideList) {
            text += violationText(violation);
        }
    }
    const QJsonObject json{{QStringLiteral("from"), report->from.toString(Qt::ISODate)},
                           {QStringLiteral("to"), report->to.toString(Qt::ISODate)},
                           {QStringLiteral("made_at"), report->madeAt.toString(Qt::ISODateWithMs)},
                           {QStringLiteral("made_by"), madeBy},
                           {QStringLiteral("chain_seq"), report->chainSeq},
                           {QStringLiteral("chain_hash"), report->chainHash},
                           {QStringLiteral("provision"), report->provision.display()},
                           {QStringLiteral("clean"), report->clean()},
                           {QStringLiteral("organs"), organs}};
    return context.succeed(json, text);
}

QList<Command> reportCommands() {
    return {
        {{QStringLiteral("report"), QStringLiteral("accountability")},
         QStringLiteral("report accountability --from DATE --to DATE"),
         QT_TRANSLATE_NOOP("Commands", "by organ: restorations, notices and objection answers done late, and the "
                                       "check of every record against the catalogue and every measure against the "
                                       "list (supervisors, auditors, administrators)"),
         runReportAccountability},
    };
}

const CommandRegistration registration(&reportCommands);

} // namespace

} // namespace creditcase::cli
