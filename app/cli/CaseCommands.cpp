// case open | notify | object | answer | reexam submit|approve|return | extend-decision | decide | publish | expire |
// show | list.
#include "CliContext.h"
#include "WorkflowCli.h"
#include "domain/ScopeCategory.h"
#include "service/CaseService.h"
#include "workflow/CaseWorkflow.h"

#include <QJsonArray>
#include <QJsonObject>

namespace creditcase::cli {

namespace {

using service::CaseService;
using workflow::CaseWorkflow;

QCommandLineOption caseOption() {
    return QCommandLineOption(QStringLiteral("case"), WorkflowCli::tr("the case"), QStringLiteral("ID"));
}

int finish(CliContext& context, const Result<domain::Case>& result) {
    if (!result)
        return context.fail(result.error());
    return context.succeed(WorkflowCli::caseJson(*result), WorkflowCli::caseText(*result));
}

// Parses --case and a date option, opens the session and runs the step.
int runStep(CliContext& context, QCommandLineParser& parser, const QString& synopsis,
            const QCommandLineOption& dateOption, const QCommandLineOption& caseId,
            const std::function<Result<domain::Case>(CaseService&, qint64, QDate)>& step) {
    if (!context.parse(parser, synopsis))
        return ExitUsage;
    auto id = WorkflowCli::id(parser, caseId);
    if (!id)
        return context.fail(id.error());
    auto on = WorkflowCli::date(parser, dateOption, true);
    if (!on)
        return context.fail(on.error());
    auto session = context.openSession(false);
    if (!session)
        return context.fail(session.error());
    CaseService cases(**session);
    return finish(context, step(cases, *id, *on));
}

int runCaseOpen(CliContext& context) {
    QCommandLineParser parser;
    const QCommandLineOption record(QStringLiteral("record"), WorkflowCli::tr("the credit record"),
                                    QStringLiteral("ID"));
    const QCommandLineOption list(QStringLiteral("list"), WorkflowCli::tr("list type id"), QStringLiteral("LIST_TYPE"));
    const QCommandLineOption scope(QStringLiteral("scope"),
                                   WorkflowCli::tr("kind of conduct: public-health-safety, fair-competition, "
                                                   "refusing-legal-obligations or national-defence"),
                                   QStringLiteral("SCOPE"));
    const QCommandLineOption ground(QStringLiteral("ground"),
                                    WorkflowCli::tr("ground of the list type, if it has "
                                                    "several"),
                                    QStringLiteral("GROUND"));
    const QCommandLineOption circumstance(QStringLiteral("circumstance"),
                                          WorkflowCli::tr("an established circumstance, e.g. adequate-security, or "
                                                          "non-restorable:PROVISION (repeatable)"),
                                          QStringLiteral("ID"));
    const QCommandLineOption on(QStringLiteral("on"), WorkflowCli::tr("date the case is opened (default today)"),
                                QStringLiteral("DATE"));
    const QCommandLineOption decisionLimitFrom(
        QStringLiteral("decision-limit-from"),
        WorkflowCli::tr("the day the list type's time to decide counts from, e.g. the day the order to pay wages "
                        "fell due unpaid (where the rules set a time to decide)"),
        QStringLiteral("DATE"));
    parser.addOptions({record, list, scope, ground, circumstance, on, decisionLimitFrom});
    const QString synopsis = QStringLiteral("case open --record ID --list LIST_TYPE [--scope S] [--ground G] "
                                            "[--circumstance C ...] [--on DATE] [--decision-limit-from DATE]");
    if (!context.parse(parser, synopsis))
        return ExitUsage;
    if (Status given = WorkflowCli::require(parser, {&record, &list}); !given)
        return context.fail(given.error());
    CaseWorkflow::OpenCase request;
    auto recordId = WorkflowCli::id(parser, record);
    if (!recordId)
        return context.fail(recordId.error());
    request.recordId = *recordId;
    request.listType = parser.value(list);
    if (parser.isSet(scope)) {
        request.scope = domain::scopeCategoryFromId(parser.value(scope));
        if (!request.scope)
            return context.usage(WorkflowCli::tr("--scope must be public-health-safety, fair-competition, "
                                                 "refusing-legal-obligations or national-defence, not \"%1\".")
                                     .arg(parser.value(scope)));
    }
    request.ground = parser.value(ground);
    request.circumstances = parser.values(circumstance);
    auto date = WorkflowCli::date(parser, on, false);
    if (!date)
        return context.fail(date.error());
    request.on = *date;
    auto limitFrom = WorkflowCli::date(parser, decisionLimitFrom, false);
    if (!limitFrom)
        return context.fail(limitFrom.error());
    request.decisionLimitFrom = *limitFrom;
    auto session = context.openSession(false);
    if (!session)
        return context.fail(session.error());
    return finish(context, CaseService(**session).open(request));
}

int runCaseNotify(CliContext& context) {
    QCommandLineParser parser;
    const QCommandLineOption caseId = caseOption();
    const QCommandLineOption servedOn(QStringLiteral("served-on"), WorkflowCli::tr("date the notice was served"),
                                      QStringLiteral("DATE"));
    parser.addOptions({caseId, servedOn});
    return runStep(context, parser, QStringLiteral("case notify --case ID --served-on DATE"), servedOn, caseId,
                   [](CaseService& cases, qint64 id, QDate on) { return cases.serveNotice(id, on); });
}

int runCaseObject(CliContext& context) {
    QCommandLineParser parser;
    const QCommandLineOption caseId = caseOption();
    const QCommandLineOption receivedOn(QStringLiteral("received-on"),
                                        WorkflowCli::tr("date the objection was received"), QStringLiteral("DATE"));
    const QCommandLineOption text(QStringLiteral("text"), WorkflowCli::tr("what the party objects"),
                                  QStringLiteral("T"));
    parser.addOptions({caseId, receivedOn, text});
    return runStep(
        context, parser, QStringLiteral("case object --case ID --received-on DATE --text T"), receivedOn, caseId,
        [&](CaseService& cases, qint64 id, QDate on) { return cases.receiveObjection(id, on, parser.value(text)); });
}

int runCaseAnswer(CliContext& context) {
    QCommandLineParser parser;
    const QCommandLineOption caseId = caseOption();
    const QCommandLineOption on(QStringLiteral("on"), WorkflowCli::tr("date of the answer"), QStringLiteral("DATE"));
    const QCommandLineOption upheld(QStringLiteral("upheld"), WorkflowCli::tr("the objection is upheld"));
    const QCommandLineOption rejected(QStringLiteral("rejected"), WorkflowCli::tr("the objection is rejected"));
    const QCommandLineOption text(QStringLiteral("text"), WorkflowCli::tr("reasons of the answer"),
                                  QStringLiteral("T"));
    parser.addOptions({caseId, on, upheld, rejected, text});
    const QString synopsis = QStringLiteral("case answer --case ID --on DATE --upheld|--rejected --text T");
    if (!context.parse(parser, synopsis))
        return ExitUsage;
    if (parser.isSet(upheld) == parser.isSet(rejected))
        return context.usage(WorkflowCli::tr("Give exactly one of --upheld and --rejected."));
    const bool isUpheld = parser.isSet(upheld);
    return runStep(context, parser, synopsis, on, caseId, [&](CaseService& cases, qint64 id, QDate date) {
        return cases.answerObjection(id, date, isUpheld, parser.value(text));
    });
}

int runReExam(CliContext& context, const QString& action) {
    QCommandLineParser parser;
    const QCommandLineOption caseId = caseOption();
    const QCommandLineOption on(QStringLiteral("on"), WorkflowCli::tr("date"), QStringLiteral("DATE"));
    const QCommandLineOption text(QStringLiteral("text"), WorkflowCli::tr("remarks or reasons"), QStringLiteral("T"));
    parser.addOptions({caseId, on, text});
    const QString synopsis = QStringLiteral("case reexam %1 --case ID --on DATE [--text T]").arg(action);
    return runStep(context, parser, synopsis, on, caseId, [&](CaseService& cases, qint64 id, QDate date) {
        if (action == QLatin1String("submit"))
            return cases.submitReExamination(id, date, parser.value(text));
        return cases.decideReExamination(id, date, action == QLatin1String("approve"), parser.value(text));
    });
}

int runReExamSubmit(CliContext& context) {
    return runReExam(context, QStringLiteral("submit"));
}

int runReExamApprove(CliContext& context) {
    return runReExam(context, QStringLiteral("approve"));
}

int runReExamReturn(CliContext& context) {
    return runReExam(context, QStringLiteral("return"));
}

int runCaseExtendDecision(CliContext& context) {
    QCommandLineParser parser;
    const QCommandLineOption caseId = caseOption();
    const QCommandLineOption on(QStringLiteral("on"), WorkflowCli::tr("date the extension was approved"),
                                QStringLiteral("DATE"));
    const QCommandLineOption reason(QStringLiteral("reason"), WorkflowCli::tr("why the case needs more time"),
                                    QStringLiteral("T"));
    parser.addOptions({caseId, on, reason});
    return runStep(context, parser, QStringLiteral("case extend-decision --case ID --on DATE --reason T"), on, caseId,
                   [&](CaseService& cases, qint64 id, QDate date) {
                       return cases.extendDecision(id, date, parser.value(reason));
                   });
}

int runCaseDecide(CliContext& context) {
    QCommandLineParser parser;
    const QCommandLineOption caseId = caseOption();
    const QCommandLineOption on(QStringLiteral("on"), WorkflowCli::tr("date of the decision"), QStringLiteral("DATE"));
    const QCommandLineOption measure(QStringLiteral("measure"),
                                     WorkflowCli::tr("measure id (repeatable; default: the list type's measures)"),
                                     QStringLiteral("M"));
    parser.addOptions({caseId, on, measure});
    return runStep(
        context, parser, QStringLiteral("case decide --case ID --on DATE [--measure M ...]"), on, caseId,
        [&](CaseService& cases, qint64 id, QDate date) { return cases.decide(id, date, parser.values(measure)); });
}

int runCaseExpire(CliContext& context) {
    QCommandLineParser parser;
    const QCommandLineOption caseId = caseOption();
    const QCommandLineOption on(QStringLiteral("on"), WorkflowCli::tr("date the listing ended"),
                                QStringLiteral("DATE"));
    parser.addOptions({caseId, on});
    return runStep(context, parser, QStringLiteral("case expire --case ID --on DATE"), on, caseId,
                   [](CaseService& cases, qint64 id, QDate date) { return cases.expire(id, date); });
}

int runCasePublish(CliContext& context) {
    QCommandLineParser parser;
    const QCommandLineOption caseId = caseOption();
    const QCommandLineOption on(QStringLiteral("on"), WorkflowCli::tr("date the listing was published"),
                                QStringLiteral("DATE"));
    parser.addOptions({caseId, on});
    return runStep(context, parser, QStringLiteral("case publish --case ID --on DATE"), on, caseId,
                   [](CaseService& cases, qint64 id, QDate date) { return cases.publish(id, date); });
}

int runCaseShow(CliContext& context) {
    QCommandLineParser parser;
    const QCommandLineOption caseId = caseOption();
    const QCommandLineOption purpose(QStringLiteral("purpose"),
                                     WorkflowCli::tr("why you look at the record (required unless you are the case "
                                                     "officer)"),
                                     QStringLiteral("TEXT"));
    parser.addOptions({caseId, purpose});
    if (!context.parse(parser, QStringLiteral("case show --case ID [--purpose TEXT]")))
        return ExitUsage;
    auto id = WorkflowCli::id(parser, caseId);
    if (!id)
        return context.fail(id.error());
    auto session = context.openSession(false);
    if (!session)
        return context.fail(session.error());
    auto file = CaseService(**session).show(*id, parser.value(purpose));
    if (!file)
        return context.fail(file.error());
    return context.succeed(WorkflowCli::caseFileJson(*file), WorkflowCli::caseFileText(*file));
}

int runCaseList(CliContext& context) {
    QCommandLineParser parser;
    const QCommandLineOption stage(QStringLiteral("stage"), WorkflowCli::tr("only cases at this stage"),
                                   QStringLiteral("S"));
    const QCommandLineOption limit(QStringLiteral("limit"), WorkflowCli::tr("at most N cases"), QStringLiteral("N"));
    const QCommandLineOption purpose(QStringLiteral("purpose"),
                                     WorkflowCli::tr("why you list the cases (registered with the inquiry)"),
                                     QStringLiteral("TEXT"));
    parser.addOptions({stage, limit, purpose});
    if (!context.parse(parser, QStringLiteral("case list [--stage S] [--limit N] [--purpose TEXT]")))
        return ExitUsage;
    std::optional<domain::CaseStage> wanted;
    if (parser.isSet(stage)) {
        wanted = domain::caseStageFromId(parser.value(stage));
        if (!wanted) {
            QStringList ids;
            for (auto s : domain::allCaseStages())
                ids << domain::caseStageId(s);
            return context.usage(WorkflowCli::tr("--stage must be one of %1, not \"%2\".")
                                     .arg(ids.join(QStringLiteral(", ")), parser.value(stage)));
        }
    }
    int max = 0;
    if (parser.isSet(limit)) {
        bool ok = false;
        max = parser.value(limit).toInt(&ok);
        if (!ok || max <= 0)
            return context.usage(WorkflowCli::tr("--limit must be a positive number."));
    }
    auto session = context.openSession(false);
    if (!session)
        return context.fail(session.error());
    auto cases = CaseService(**session).list(wanted, max, parser.value(purpose));
    if (!cases)
        return context.fail(cases.error());
    QJsonArray array;
    QString text;
    for (const auto& c : *cases) {
        array.append(QJsonObject{{QStringLiteral("id"), c.id},
                                 {QStringLiteral("subject"), c.subjectId},
                                 {QStringLiteral("subject_name"), c.subjectName},
                                 {QStringLiteral("list_type"), c.listType},
                                 {QStringLiteral("stage"), domain::caseStageId(c.stage)},
                                 {QStringLiteral("officer"), c.officer},
                                 {QStringLiteral("opened_on"), WorkflowCli::iso(c.openedOn)},
                                 {QStringLiteral("decided_on"), WorkflowCli::iso(c.decidedOn)},
                                 {QStringLiteral("listed_until"), WorkflowCli::iso(c.listedUntil)}});
        text += QStringLiteral("%1\t%2\t%3\t%4\t%5\n")
                    .arg(c.id)
                    .arg(c.subjectName, c.listType, domain::caseStageName(c.stage), c.officer);
    }
    if (cases->isEmpty())
        text = WorkflowCli::tr("No cases.");
    return context.succeed({{QStringLiteral("cases"), array}}, text);
}

QList<Command> commands() {
    const auto word = [](const char* w) { return QString::fromLatin1(w); };
    return {
        {{word("case"), word("open")},
         QStringLiteral("case open --record ID --list LIST_TYPE [--scope S] [--ground G] [--circumstance C ...] "
                        "[--on DATE]"),
         QT_TRANSLATE_NOOP("Commands", "Open a designation case on a record and prepare the notice."),
         &runCaseOpen},
        {{word("case"), word("notify")},
         QStringLiteral("case notify --case ID --served-on DATE"),
         QT_TRANSLATE_NOOP("Commands", "Record the service of the notice; the objection window starts."),
         &runCaseNotify},
        {{word("case"), word("object")},
         QStringLiteral("case object --case ID --received-on DATE --text T"),
         QT_TRANSLATE_NOOP("Commands", "Record an objection received within the window."),
         &runCaseObject},
        {{word("case"), word("answer")},
         QStringLiteral("case answer --case ID --on DATE --upheld|--rejected --text T"),
         QT_TRANSLATE_NOOP("Commands", "Answer the objection: upheld closes the case, rejected continues it."),
         &runCaseAnswer},
        {{word("case"), word("reexam"), word("submit")},
         QStringLiteral("case reexam submit --case ID --on DATE [--text T]"),
         QT_TRANSLATE_NOOP("Commands", "Submit the case for re-examination by a provincial-level department."),
         &runReExamSubmit},
        {{word("case"), word("reexam"), word("approve")},
         QStringLiteral("case reexam approve --case ID --on DATE [--text T]"),
         QT_TRANSLATE_NOOP("Commands", "Approve the re-examination (supervisor of a provincial-level organ)."),
         &runReExamApprove},
        {{word("case"), word("reexam"), word("return")},
         QStringLiteral("case reexam return --case ID --on DATE --text T"),
         QT_TRANSLATE_NOOP("Commands", "Return the case from re-examination with reasons."),
         &runReExamReturn},
        {{word("case"), word("extend-decision")},
         QStringLiteral("case extend-decision --case ID --on DATE --reason T"),
         QT_TRANSLATE_NOOP("Commands", "Extend the time to decide where the list's rules allow it (the head of the "
                                       "organ's approval, a supervisor)."),
         &runCaseExtendDecision},
        {{word("case"), word("decide")},
         QStringLiteral("case decide --case ID --on DATE [--measure M ...]"),
         QT_TRANSLATE_NOOP("Commands", "Issue the designation decision (a supervisor other than the case officer)."),
         &runCaseDecide},
        {{word("case"), word("publish")},
         QStringLiteral("case publish --case ID --on DATE"),
         QT_TRANSLATE_NOOP("Commands", "Record the publication of a listing whose term counts from publication (e.g. "
                                       "the tax list); the term starts that day."),
         &runCasePublish},
        {{word("case"), word("expire")},
         QStringLiteral("case expire --case ID --on DATE"),
         QT_TRANSLATE_NOOP("Commands", "End a listing whose term has run out; its measures are lifted."),
         &runCaseExpire},
        {{word("case"), word("show")},
         QStringLiteral("case show --case ID [--purpose TEXT]"),
         QT_TRANSLATE_NOOP("Commands", "Show a case file; the inquiry is registered with its purpose."),
         &runCaseShow},
        {{word("case"), word("list")},
         QStringLiteral("case list [--stage S] [--limit N] [--purpose TEXT]"),
         QT_TRANSLATE_NOOP("Commands", "List cases, optionally at one stage."),
         &runCaseList},
    };
}

const CommandRegistration registration(&commands);

} // namespace

} // namespace creditcase::cli
