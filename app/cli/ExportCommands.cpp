// export disclosure.
#include "CliContext.h"
#include "WorkflowCli.h"
#include "exchange/DisclosureExport.h"
#include "service/ReportService.h"

#include <QDir>
#include <QJsonObject>

namespace creditcase::cli {

namespace {

using exchange::Channel;
using exchange::DisclosureExport;

int runExportDisclosure(CliContext& context) {
    QCommandLineParser parser;
    const QCommandLineOption channel(QStringLiteral("channel"), CliContext::tr("public or sharing"),
                                     QStringLiteral("CHANNEL"));
    const QCommandLineOption asOf(QStringLiteral("as-of"), CliContext::tr("the day the disclosure is made as of"),
                                  QStringLiteral("DATE"));
    const QCommandLineOption out(QStringLiteral("out"), CliContext::tr("the file to write (.csv or .json)"),
                                 QStringLiteral("FILE"));
    const QCommandLineOption force(QStringLiteral("force"), CliContext::tr("replace the file if it exists"));
    parser.addOptions({channel, asOf, out, force});
    if (!context.parse(parser, QStringLiteral("export disclosure --channel public|sharing --as-of DATE --out "
                                              "FILE.csv|FILE.json [--force]"))) {
        return ExitUsage;
    }
    if (Status given = WorkflowCli::require(parser, {&channel, &asOf, &out}); !given) {
        return context.fail(given.error());
    }
    const auto chosen = exchange::channelFromId(parser.value(channel));
    if (!chosen || *chosen == Channel::Internal) {
        return context.usage(CliContext::tr("The channel must be public (public notice, masked) or sharing "
                                            "(inter-agency sharing), not \"%1\".")
                                 .arg(parser.value(channel)));
    }
    const auto asOfDate = WorkflowCli::date(parser, asOf, true);
    if (!asOfDate) {
        return context.fail(asOfDate.error());
    }
    const QDate date = *asOfDate;
    if (Status past = CliContext::checkNotAfterToday(date, asOf.names().first()); !past) {
        return context.fail(past.error());
    }
    if (!DisclosureExport::formatForPath(parser.value(out))) {
        return context.usage(CliContext::tr("Name the file with the ending .csv or .json, which decides its format: "
                                            "\"%1\" has neither.")
                                 .arg(parser.value(out)));
    }
    if (Status free = context.checkOutputFile(parser.value(out), parser.isSet(force)); !free) {
        return context.fail(free.error());
    }
    auto session = context.openSession(false);
    if (!session) {
        return context.fail(session.error());
    }
    auto outcome =
        service::ReportService(**session).exportDisclosure({*chosen, date, parser.value(out), parser.isSet(force)});
    if (!outcome) {
        return context.fail(outcome.error());
    }
    const DisclosureExport::Exclusions& left = outcome->excluded;
    const QJsonObject json{
        {QStringLiteral("file"), QDir::toNativeSeparators(outcome->path)},
        {QStringLiteral("format"),
         outcome->format == DisclosureExport::Format::Csv ? QStringLiteral("csv") : QStringLiteral("json")},
        {QStringLiteral("channel"), exchange::channelId(*chosen)},
        {QStringLiteral("as_of"), date.toString(Qt::ISODate)},
        {QStringLiteral("records"), outcome->records},
        {QStringLiteral("designations"), outcome->designations},
        {QStringLiteral("excluded"), QJsonObject{{QStringLiteral("catalog_forbids"), left.catalogForbids},
                                                 {QStringLiteral("window_closed"), left.windowClosed},
                                                 {QStringLiteral("window_unknown"), left.windowUnknown},
                                                 {QStringLiteral("restored"), left.restored}}},
        {QStringLiteral("chain_seq"), outcome->chainSeq},
        {QStringLiteral("chain_hash"), outcome->chainHash},
        {QStringLiteral("audit_seq"), outcome->auditSeq},
        {QStringLiteral("sha256"), outcome->sha256}};
    QString text = CliContext::tr("Wrote %1 for the %2 channel as of %3. Records: %4.")
                       .arg(QDir::toNativeSeparators(outcome->path),
                            *chosen == Channel::Public ? CliContext::tr("public") : CliContext::tr("sharing"),
                            date.toString(Qt::ISODate))
                       .arg(outcome->records);
    if (outcome->designations > 0) {
        text += QLatin1Char(' ') +
                CliContext::tr("Designations on lists of the seriously untrustworthy: %1.").arg(outcome->designations);
    }
    if (left.total() > 0) {
        text += QLatin1Char('\n') + CliContext::tr("Left out: %1 not allowed by the catalogue for this channel, %2 "
                                                   "with the disclosure window closed, %3 with no determinable "
                                                   "window, %4 restored or stopped.")
                                        .arg(left.catalogForbids)
                                        .arg(left.windowClosed)
                                        .arg(left.windowUnknown)
                                        .arg(left.restored);
    }
    text += QLatin1Char('\n') + CliContext::tr("The file records audit chain position %1 (hash %2); the export is "
                                               "audit entry %3.")
                                    .arg(outcome->chainSeq)
                                    .arg(outcome->chainHash)
                                    .arg(outcome->auditSeq);
    text += QLatin1Char('\n') + CliContext::tr("The file is not encrypted and holds personal data: hand it over as "
                                               "your office's rules require and delete copies you no longer need.");
    return context.succeed(json, text);
}

QList<Command> exportCommands() {
    return {
        {{QStringLiteral("export"), QStringLiteral("disclosure")},
         QStringLiteral("export disclosure --channel public|sharing --as-of DATE --out FILE [--force]"),
         QT_TRANSLATE_NOOP("Commands", "write the disclosable administrative-penalty records (双公示 layout) and the "
                                       "designations in force (严重失信主体名单 layout), masked for the channel, to a "
                                       ".csv or .json file; the export is audited"),
         runExportDisclosure},
    };
}

const CommandRegistration registration(&exportCommands);

} // namespace

} // namespace creditcase::cli
