// standard add | open-comment | adopt | assess | abolish | list.
#include "CliContext.h"
#include "WorkflowCli.h"
#include "service/RuleService.h"

#include <QJsonArray>

namespace creditcase::cli {

namespace {

using service::RuleService;

int finish(CliContext& context, const Result<domain::Standard>& result) {
    if (!result)
        return context.fail(result.error());
    const auto& s = *result;
    QString text = WorkflowCli::tr("Standard %1 (%2, %3): %4.")
                       .arg(s.id)
                       .arg(s.title, s.listType, domain::standardStatusName(s.stage));
    if (s.stage == domain::StandardStatus::OpenForComment)
        text += QLatin1Char(' ') + WorkflowCli::tr("Open for comment from %1 to %2.")
                                       .arg(WorkflowCli::iso(s.commentOpenedOn), WorkflowCli::iso(s.commentClosedOn));
    if (s.stage == domain::StandardStatus::InForce)
        text += QLatin1Char(' ') + WorkflowCli::tr("In force from %1.").arg(WorkflowCli::iso(s.inForceFrom));
    return context.succeed(WorkflowCli::standardJson(s), text);
}

QCommandLineOption standardOption() {
    return QCommandLineOption(QStringLiteral("standard"), WorkflowCli::tr("the standard"), QStringLiteral("ID"));
}

QCommandLineOption nextAssessmentOption() {
    return QCommandLineOption(QStringLiteral("next-assessment"),
                              WorkflowCli::tr("date the next assessment of the standard is due"),
                              QStringLiteral("DATE"));
}

int runStandardAdd(CliContext& context) {
    QCommandLineParser parser;
    const QCommandLineOption list(QStringLiteral("list"), WorkflowCli::tr("list type id"), QStringLiteral("LIST_TYPE"));
    const QCommandLineOption title(QStringLiteral("title"), WorkflowCli::tr("title"), QStringLiteral("T"));
    parser.addOptions({list, title});
    if (!context.parse(parser, QStringLiteral("standard add --list LIST_TYPE --title T")))
        return ExitUsage;
    if (Status given = WorkflowCli::require(parser, {&list, &title}); !given)
        return context.fail(given.error());
    auto session = context.openSession(false);
    if (!session)
        return context.fail(session.error());
    return finish(context, RuleService(**session).addStandard(parser.value(list), parser.value(title)));
}

// --standard ID and the dates named; then the step.
int runDated(CliContext& context, QCommandLineParser& parser, const QString& synopsis,
             const QList<std::pair<const QCommandLineOption*, bool>>& dates,
             const std::function<Result<domain::Standard>(RuleService&, qint64, const QList<QDate>&)>& step) {
    const QCommandLineOption standard = standardOption();
    parser.addOption(standard);
    if (!context.parse(parser, synopsis))
        return ExitUsage;
    auto id = WorkflowCli::id(parser, standard);
    if (!id)
        return context.fail(id.error());
    QList<QDate> values;
    for (const auto& [option, required] : dates) {
        auto date = WorkflowCli::date(parser, *option, required);
        if (!date)
            return context.fail(date.error());
        values << *date;
    }
    auto session = context.openSession(false);
    if (!session)
        return context.fail(session.error());
    RuleService standards(**session);
    return finish(context, step(standards, *id, values));
}

int runOpenComment(CliContext& context) {
    QCommandLineParser parser;
    const QCommandLineOption from(QStringLiteral("from"), WorkflowCli::tr("first day of comment"),
                                  QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), WorkflowCli::tr("last day of comment"), QStringLiteral("DATE"));
    parser.addOptions({from, to});
    return runDated(context, parser, QStringLiteral("standard open-comment --standard ID --from DATE --to DATE"),
                    {{&from, true}, {&to, true}}, [](RuleService& s, qint64 id, const QList<QDate>& d) {
                        return s.openStandardComment(id, d.at(0), d.at(1));
                    });
}

int runAdopt(CliContext& context) {
    QCommandLineParser parser;
    const QCommandLineOption on(QStringLiteral("on"), WorkflowCli::tr("adoption date"), QStringLiteral("DATE"));
    const QCommandLineOption inForce(QStringLiteral("in-force-from"),
                                     WorkflowCli::tr("in force from (default: the adoption date)"),
                                     QStringLiteral("DATE"));
    const QCommandLineOption next = nextAssessmentOption();
    parser.addOptions({on, inForce, next});
    return runDated(
        context, parser,
        QStringLiteral("standard adopt --standard ID --on DATE [--in-force-from DATE] [--next-assessment DATE]"),
        {{&on, true}, {&inForce, false}, {&next, false}}, [](RuleService& s, qint64 id, const QList<QDate>& d) {
            return s.adoptStandard(id, d.at(0), d.at(1), d.at(2));
        });
}

int runAssess(CliContext& context) {
    QCommandLineParser parser;
    const QCommandLineOption on(QStringLiteral("on"), WorkflowCli::tr("date of the assessment"),
                                QStringLiteral("DATE"));
    const QCommandLineOption next = nextAssessmentOption();
    parser.addOptions({on, next});
    return runDated(context, parser, QStringLiteral("standard assess --standard ID --on DATE [--next-assessment DATE]"),
                    {{&on, true}, {&next, false}}, [](RuleService& s, qint64 id, const QList<QDate>& d) {
                        return s.assessStandard(id, d.at(0), d.at(1));
                    });
}

int runAbolish(CliContext& context) {
    QCommandLineParser parser;
    const QCommandLineOption on(QStringLiteral("on"), WorkflowCli::tr("date of abolition"), QStringLiteral("DATE"));
    parser.addOption(on);
    return runDated(context, parser, QStringLiteral("standard abolish --standard ID --on DATE"), {{&on, true}},
                    [](RuleService& s, qint64 id, const QList<QDate>& d) { return s.abolishStandard(id, d.at(0)); });
}

int runStandardList(CliContext& context) {
    QCommandLineParser parser;
    const QCommandLineOption list(QStringLiteral("list"), WorkflowCli::tr("only standards for this list type"),
                                  QStringLiteral("LIST_TYPE"));
    parser.addOption(list);
    if (!context.parse(parser, QStringLiteral("standard list [--list LIST_TYPE]")))
        return ExitUsage;
    auto session = context.openSession(false);
    if (!session)
        return context.fail(session.error());
    auto standards = service::RuleService(**session).standards(parser.value(list));
    if (!standards)
        return context.fail(standards.error());
    QJsonArray array;
    QString text;
    for (const auto& s : *standards) {
        array.append(WorkflowCli::standardJson(s));
        text +=
            QStringLiteral("%1\t%2\t%3\t%4\n").arg(s.id).arg(s.listType, domain::standardStatusName(s.stage), s.title);
    }
    if (standards->isEmpty())
        text = WorkflowCli::tr("No standards recorded.");
    return context.succeed({{QStringLiteral("standards"), array}}, text);
}

QList<Command> commands() {
    const auto words = [](const char* second) {
        return QStringList{QStringLiteral("standard"), QString::fromLatin1(second)};
    };
    return {
        {words("add"), QStringLiteral("standard add --list LIST_TYPE --title T"),
         QT_TRANSLATE_NOOP("Commands", "Record a draft designation standard for a list type."), &runStandardAdd},
        {words("open-comment"), QStringLiteral("standard open-comment --standard ID --from DATE --to DATE"),
         QT_TRANSLATE_NOOP("Commands", "Open the standard for public comment (at least the minimum period)."),
         &runOpenComment},
        {words("adopt"),
         QStringLiteral("standard adopt --standard ID --on DATE [--in-force-from DATE] [--next-assessment DATE]"),
         QT_TRANSLATE_NOOP("Commands", "Adopt the standard after its comment period has closed."), &runAdopt},
        {words("assess"), QStringLiteral("standard assess --standard ID --on DATE [--next-assessment DATE]"),
         QT_TRANSLATE_NOOP("Commands", "Record a periodic assessment of the standard."), &runAssess},
        {words("abolish"), QStringLiteral("standard abolish --standard ID --on DATE"),
         QT_TRANSLATE_NOOP("Commands", "Abolish the standard from a date."), &runAbolish},
        {words("list"), QStringLiteral("standard list [--list LIST_TYPE]"),
         QT_TRANSLATE_NOOP("Commands", "List the recorded designation standards."), &runStandardList},
    };
}

const CommandRegistration registration(&commands);

} // namespace

} // namespace creditcase::cli
