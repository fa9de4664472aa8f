// rules catalog|measures|lists|regimes, rules import, calendar add|is-working, id check.
// Without --vault they answer from the rule data built into the program; with --vault, from the vault's.
#include "CliContext.h"
#include "Clock.h"
#include "calendar/WorkCalendar.h"
#include "domain/IdentifierCheck.h"
#include "domain/Severity.h"
#include "domain/SubjectType.h"
#include "rules/RuleSet.h"
#include "service/RuleService.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace creditcase::cli {

namespace {

using rules::DocumentKind;
using rules::RuleDocument;

// The rule data and calendar to answer from: the vault's when --vault is given (after logging in).
struct RuleSource {
    std::unique_ptr<service::Session> session;
    rules::RuleSet rules;
    calendar::WorkCalendar calendar;
    QString origin; // "built-in" or the vault path
};

Result<RuleSource> ruleSource(CliContext& context, bool needRules, bool needCalendar) {
    RuleSource source;
    if (context.vaultPath.isEmpty()) {
        source.origin = QStringLiteral("built-in");
        if (needRules) {
            auto builtIn = rules::RuleSet::builtIn();
            if (!builtIn) {
                return builtIn.error();
            }
            source.rules = builtIn.take();
        }
        if (needCalendar) {
            auto calendar = calendar::WorkCalendar::loadBuiltIn();
            if (!calendar) {
                return calendar.error();
            }
            source.calendar = calendar.take();
        }
        return source;
    }
    auto session = context.openSession(false);
    if (!session) {
        return session.error();
    }
    source.session = session.take();
    source.origin = source.session->vault().path();
    service::RuleService vaultRules(*source.session);
    if (needRules) {
        auto loaded = vaultRules.ruleSet();
        if (!loaded) {
            return loaded.error();
        }
        source.rules = loaded.take();
    }
    if (needCalendar) {
        auto loaded = vaultRules.calendar();
        if (!loaded) {
            return loaded.error();
        }
        source.calendar = loaded.take();
    }
    return source;
}

Result<QDate> parseDate(const QString& text, const QString& what) {
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid() || text.size() != 10) {
        return Error::usage(CliContext::tr("%1 must be a date written YYYY-MM-DD, not \"%2\".").arg(what, text));
    }
    return date;
}

QString markSuffix(rules::Mark mark) {
    return QStringLiteral(" [%1]").arg(rules::markId(mark));
}

// Which edition of `kind` to show: --edition E (latest version of it) or the one in force --on DATE (today).
struct EditionChoice {
    QString edition;
    QDate on;
};

Result<EditionChoice> parseEditionChoice(CliContext& context) {
    QCommandLineParser parser;
    const QCommandLineOption edition(QStringLiteral("edition"), CliContext::tr("the edition to show"),
                                     QStringLiteral("E"));
    const QCommandLineOption on(QStringLiteral("on"), CliContext::tr("show the edition in force on DATE"),
                                QStringLiteral("DATE"));
    parser.addOptions({edition, on});
    if (!context.parse(parser, context.commandWords.join(u' ') + QStringLiteral(" [--edition E] [--on DATE]"))) {
        return Error::usage(QString());
    }
    EditionChoice choice;
    choice.edition = parser.value(edition);
    choice.on = Clock::today();
    if (parser.isSet(on)) {
        auto parsed = parseDate(parser.value(on), QStringLiteral("--on"));
        if (!parsed) {
            return parsed.error();
        }
        choice.on = *parsed;
    }
    return choice;
}

Result<const RuleDocument*> chooseDocument(const rules::RuleSet& rules, DocumentKind kind,
                                           const EditionChoice& choice) {
    const RuleDocument* document = nullptr;
    if (!choice.edition.isEmpty()) {
        document = rules.latest(kind, choice.edition);
        if (!document) {
            QStringList known;
            for (const auto& ref : rules.editions(kind)) {
                known << ref.edition;
            }
            known.removeDuplicates();
            return Error::notFound(CliContext::tr("There is no edition \"%1\". Known editions: %2.")
                                       .arg(choice.edition, known.join(QStringLiteral(", "))));
        }
    } else {
        document = rules.inForce(kind, choice.on);
        if (!document) {
            return Error::notFound(
                CliContext::tr("No edition is in force on %1.").arg(choice.on.toString(Qt::ISODate)));
        }
    }
    return document;
}

QJsonObject documentHeader(const RuleDocument& document) {
    return {{QStringLiteral("kind"), rules::documentKindId(document.kind)},
            {QStringLiteral("edition"), document.edition},
            {QStringLiteral("version"), document.version},
            {QStringLiteral("title"), document.title},
            {QStringLiteral("effective_from"), document.effectiveFrom.value.toString(Qt::ISODate)},
            {QStringLiteral("sha256"), QString::fromLatin1(document.sha256)},
            // The document exactly as stored, with every value's source and verification mark.
            {QStringLiteral("document"), QJsonDocument::fromJson(document.bytes).object()}};
}

QString documentTitle(const RuleDocument& document) {
    return CliContext::tr("%1 — edition %2, version %3, in force from %4")
               .arg(document.title, document.edition)
               .arg(document.version)
               .arg(document.effectiveFrom.value.toString(Qt::ISODate)) +
           QLatin1Char('\n');
}

int runShow(CliContext& context, DocumentKind kind) {
    // The command line first: nothing is opened for a command line that is not understood.
    auto choice = parseEditionChoice(context);
    if (!choice) {
        return choice.error().message.isEmpty() ? ExitUsage : context.fail(choice.error());
    }
    auto source = ruleSource(context, true, false);
    if (!source) {
        return context.fail(source.error());
    }
    auto chosen = chooseDocument(source->rules, kind, *choice);
    if (!chosen) {
        return context.fail(chosen.error());
    }
    const RuleDocument& document = **chosen;
    QString text = documentTitle(document);
    if (const auto* catalog = document.catalog()) {
        for (const auto& category : catalog->categories) {
            text += QStringLiteral("\n%1. %2%3\n").arg(category.number).arg(category.name, markSuffix(category.mark));
            for (const auto& item : catalog->items) {
                if (item.categoryId != category.id) {
                    continue;
                }
                QStringList subjects;
                for (auto type : item.subjectTypes) {
                    subjects << domain::subjectTypeId(type);
                }
                text += QStringLiteral("   %1  %2  (%3; %4)%5\n")
                            .arg(item.id, item.name, subjects.join(QLatin1Char('/')),
                                 rules::disclosureAttributeId(item.disclosure), markSuffix(item.mark));
            }
        }
    } else if (const auto* measures = document.measures()) {
        for (const auto& measure : measures->measures) {
            QStringList severities;
            for (auto severity : measure.severities) {
                severities << domain::severityId(severity);
            }
            QStringList basis;
            for (const auto& citation : measure.legalBasis) {
                basis << citation.text;
            }
            text += QStringLiteral("%1  [%2] %3\n      %4: %5; %6: %7%8\n")
                        .arg(measure.id, rules::measureCategoryId(measure.category), measure.content,
                             CliContext::tr("after"), severities.join(QLatin1Char('/')), CliContext::tr("basis"),
                             basis.join(QStringLiteral("; ")), markSuffix(measure.mark));
        }
    } else if (const auto* lists = document.listTypes()) {
        for (const auto& list : lists->listTypes) {
            text += QStringLiteral("%1  %2\n      %3 %4\n")
                        .arg(list.id, list.name, list.standard.document, list.standard.title);
            if (list.objectionWindow.duration) {
                text += QStringLiteral("      %1: %2%3\n")
                            .arg(CliContext::tr("objection window"), list.objectionWindow.duration->describe(),
                                 markSuffix(list.objectionWindow.duration->mark));
            }
            if (list.objectionAnswerLimit.duration) {
                text += QStringLiteral("      %1: %2%3\n")
                            .arg(CliContext::tr("objection answered within"),
                                 list.objectionAnswerLimit.duration->describe(),
                                 markSuffix(list.objectionAnswerLimit.duration->mark));
            }
            if (list.decisionLimit.duration) {
                text += QStringLiteral("      %1: %2%3\n")
                            .arg(CliContext::tr("decision made within"), list.decisionLimit.duration->describe(),
                                 markSuffix(list.decisionLimit.duration->mark));
            }
            if (list.decisionExtension.duration) {
                text += QStringLiteral("      %1: %2%3\n")
                            .arg(CliContext::tr("time to decide extended by"),
                                 CliContext::tr("%1, at most %n time(s)", nullptr, list.decisionExtensionTimes)
                                     .arg(list.decisionExtension.duration->describe()),
                                 markSuffix(list.decisionExtension.duration->mark));
            }
            for (const auto& term : list.terms) {
                if (term.duration) {
                    text += QStringLiteral("      %1: %2%3\n")
                                .arg(CliContext::tr("listed for"), term.duration->describe(),
                                     markSuffix(term.duration->mark));
                }
            }
            text += QStringLiteral("      %1: %2%3\n")
                        .arg(CliContext::tr("restoration decided within"), list.restorationLimit.describe(),
                             markSuffix(list.restorationLimit.mark));
        }
    } else if (const auto* regimes = document.regimes()) {
        for (const auto& regime : regimes->regimes) {
            text += QStringLiteral("%1  %2 (%3)\n      %4 %5%6\n")
                        .arg(regime.id, regime.title, regime.document, CliContext::tr("in force from"),
                             regime.effectiveFrom.value.toString(Qt::ISODate),
                             regime.effectiveUntil
                                 ? QStringLiteral(" → ") + regime.effectiveUntil->value.toString(Qt::ISODate)
                                 : QString());
            for (const auto& period : regime.periods) {
                text += QStringLiteral("      %1: %2%3 – %4%5\n")
                            .arg(domain::severityId(period.severity),
                                 period.disclosed ? QString() : CliContext::tr("not disclosed by default; "),
                                 period.minimum ? period.minimum->describe() : QStringLiteral("—"),
                                 period.maximum.describe(), markSuffix(period.mark));
            }
        }
    }
    return context.succeed(documentHeader(document), text);
}

int runCatalog(CliContext& context) {
    return runShow(context, DocumentKind::Catalog);
}
int runMeasures(CliContext& context) {
    return runShow(context, DocumentKind::Measures);
}
int runLists(CliContext& context) {
    return runShow(context, DocumentKind::ListTypes);
}
int runRegimes(CliContext& context) {
    return runShow(context, DocumentKind::DisclosureRegimes);
}

int runImport(CliContext& context) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), CliContext::tr("a rule document or holiday schedule (JSON)"));
    if (!context.parse(parser, QStringLiteral("--vault F --user ADMIN rules import FILE"), {QStringLiteral("FILE")})) {
        return ExitUsage;
    }
    if (context.vaultPath.isEmpty()) {
        return context.usage(CliContext::tr("Rule data is imported into a vault: give --vault FILE."));
    }
    const QString path = parser.positionalArguments().first();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return context.fail(Error::notFound(CliContext::tr("Cannot read %1: %2").arg(path, file.errorString())));
    }
    const QByteArray bytes = file.readAll();
    auto session = context.openSession(false);
    if (!session) {
        return context.fail(session.error());
    }
    auto outcome = service::RuleService(**session).import(bytes, QFileInfo(path).fileName());
    if (!outcome) {
        return context.fail(outcome.error());
    }
    QJsonArray moved;
    QString text =
        outcome->alreadyPresent
            ? CliContext::tr("%1 %2 version %3 is already in the vault; nothing changed.")
                  .arg(outcome->kind, outcome->edition, outcome->version)
            : CliContext::tr("Imported %1 %2 version %3.").arg(outcome->kind, outcome->edition, outcome->version);
    for (const auto& move : outcome->movedDeadlines) {
        moved.append(QJsonObject{{QStringLiteral("deadline"), move.key},
                                 {QStringLiteral("before"), move.before.toString(Qt::ISODate)},
                                 {QStringLiteral("after"), move.after.toString(Qt::ISODate)}});
        text +=
            QLatin1Char('\n') + CliContext::tr("Deadline %1 moves from %2 to %3.")
                                    .arg(move.key, move.before.toString(Qt::ISODate), move.after.toString(Qt::ISODate));
    }
    return context.succeed({{QStringLiteral("kind"), outcome->kind},
                            {QStringLiteral("edition"), outcome->edition},
                            {QStringLiteral("version"), outcome->version},
                            {QStringLiteral("already_present"), outcome->alreadyPresent},
                            {QStringLiteral("moved_deadlines"), moved}},
                           text);
}

int runCalendarAdd(CliContext& context) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("DATE"), CliContext::tr("the day the period starts from"));
    parser.addPositionalArgument(QStringLiteral("N"), CliContext::tr("how many days"));
    parser.addPositionalArgument(QStringLiteral("MODE"), QStringLiteral("working|calendar"));
    const QString synopsis = QStringLiteral("calendar add DATE N working|calendar");
    if (!context.parse(parser, synopsis, {QStringLiteral("DATE"), QStringLiteral("N"), QStringLiteral("MODE")})) {
        return ExitUsage;
    }
    const QStringList args = parser.positionalArguments();
    auto start = parseDate(args.at(0), QStringLiteral("DATE"));
    if (!start) {
        return context.fail(start.error());
    }
    bool numeric = false;
    const int count = args.at(1).toInt(&numeric);
    if (!numeric || count < 0 || count > 3660) {
        return context.usage(
            CliContext::tr("N must be a whole number of days from 0 to 3660, not \"%1\".").arg(args.at(1)));
    }
    calendar::DeadlineRule rule;
    rule.count = count;
    if (args.at(2) == QStringLiteral("working")) {
        rule.mode = calendar::DeadlineRule::Mode::WorkingDays;
    } else if (args.at(2) == QStringLiteral("calendar")) {
        rule.mode = calendar::DeadlineRule::Mode::CalendarDays;
    } else {
        return context.usage(CliContext::tr("Count in \"working\" or \"calendar\" days, not \"%1\".").arg(args.at(2)));
    }
    auto source = ruleSource(context, false, true);
    if (!source) {
        return context.fail(source.error());
    }
    const auto result = source->calendar.compute(*start, rule);
    QString text = result.date.toString(Qt::ISODate);
    if (result.provisional) {
        text += QLatin1Char(' ') + CliContext::tr("(provisional: the holiday schedule for that year is not published "
                                                  "yet; weekends only were counted)");
    }
    return context.succeed({{QStringLiteral("date"), result.date.toString(Qt::ISODate)},
                            {QStringLiteral("provisional"), result.provisional}},
                           text);
}

int runCalendarIsWorking(CliContext& context) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("DATE"), CliContext::tr("the day to look at"));
    if (!context.parse(parser, QStringLiteral("calendar is-working DATE"), {QStringLiteral("DATE")})) {
        return ExitUsage;
    }
    auto date = parseDate(parser.positionalArguments().first(), QStringLiteral("DATE"));
    if (!date) {
        return context.fail(date.error());
    }
    auto source = ruleSource(context, false, true);
    if (!source) {
        return context.fail(source.error());
    }
    const auto status = source->calendar.dayStatus(*date);
    QString why;
    if (status.makeUpWorkday) {
        why = CliContext::tr("make-up working day (%1)").arg(status.name);
    } else if (status.statutoryDayOff) {
        why = CliContext::tr("statutory holiday (%1)").arg(status.name);
    } else if (date->dayOfWeek() >= 6) {
        why = CliContext::tr("weekend");
    } else {
        why = CliContext::tr("ordinary weekday");
    }
    QString text =
        (status.working ? CliContext::tr("%1 is a working day: %2") : CliContext::tr("%1 is not a working day: %2"))
            .arg(date->toString(Qt::ISODate), why);
    if (!status.published) {
        text += QLatin1Char(' ') +
                CliContext::tr("(provisional: no holiday schedule is published for %1)").arg(date->year());
    }
    return context.succeed({{QStringLiteral("date"), date->toString(Qt::ISODate)},
                            {QStringLiteral("working"), status.working},
                            {QStringLiteral("provisional"), !status.published},
                            {QStringLiteral("reason"), why}},
                           text);
}

int runIdCheck(CliContext& context) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("VALUE"),
                                 CliContext::tr("a unified social credit code or a resident ID number"));
    if (!context.parse(parser, QStringLiteral("id check VALUE"), {QStringLiteral("VALUE")})) {
        return ExitUsage;
    }
    const auto result = domain::IdentifierCheck::check(parser.positionalArguments().first(), Clock::today());
    QJsonObject json{{QStringLiteral("valid"), result.valid},
                     {QStringLiteral("kind"), result.kind},
                     {QStringLiteral("normalized"), result.normalized},
                     {QStringLiteral("reason"), result.reason}};
    QString text = result.valid ? CliContext::tr("valid %1: %2").arg(result.kind, result.normalized)
                                : CliContext::tr("invalid: %1").arg(result.reason);
    if (!result.note.isEmpty()) {
        json.insert(QStringLiteral("note"), result.note);
        text += QStringLiteral(" (%1)").arg(result.note);
    }
    context.succeed(json, text);
    return result.valid ? ExitOk : ExitRefused;
}

QList<Command> rulesCommands() {
    return {
        {{QStringLiteral("rules"), QStringLiteral("catalog")},
         QStringLiteral("rules catalog [--edition E] [--on DATE]"),
         QT_TRANSLATE_NOOP("Commands", "the catalog of public credit information, with sources and marks"),
         runCatalog},
        {{QStringLiteral("rules"), QStringLiteral("measures")},
         QStringLiteral("rules measures [--edition E] [--on DATE]"),
         QT_TRANSLATE_NOOP("Commands", "the punishment measures list"),
         runMeasures},
        {{QStringLiteral("rules"), QStringLiteral("lists")},
         QStringLiteral("rules lists [--edition E] [--on DATE]"),
         QT_TRANSLATE_NOOP("Commands", "the list types (designation standards) and their parameters"),
         runLists},
        {{QStringLiteral("rules"), QStringLiteral("regimes")},
         QStringLiteral("rules regimes [--edition E] [--on DATE]"),
         QT_TRANSLATE_NOOP("Commands", "the disclosure regimes and their periods"),
         runRegimes},
        {{QStringLiteral("rules"), QStringLiteral("import")},
         QStringLiteral("rules import FILE"),
         QT_TRANSLATE_NOOP("Commands", "import a rule document or holiday schedule (administrators; all or nothing)"),
         runImport},
        {{QStringLiteral("calendar"), QStringLiteral("add")},
         QStringLiteral("calendar add DATE N working|calendar"),
         QT_TRANSLATE_NOOP("Commands", "the date N working or calendar days after DATE"),
         runCalendarAdd},
        {{QStringLiteral("calendar"), QStringLiteral("is-working")},
         QStringLiteral("calendar is-working DATE"),
         QT_TRANSLATE_NOOP("Commands", "whether DATE is a working day, and why"),
         runCalendarIsWorking},
        {{QStringLiteral("id"), QStringLiteral("check")},
         QStringLiteral("id check VALUE"),
         QT_TRANSLATE_NOOP("Commands", "check a unified social credit code or resident ID number (exit 3 if invalid)"),
         runIdCheck},
    };
}

const CommandRegistration registration(&rulesCommands);

} // namespace

} // namespace creditcase::cli
