// print notice|objection-answer|reexam-opinion|decision|restoration-notice|restoration-decision|removal|service-proof,
// print batch, document verify, document template show|set.
//
// The print commands render pages with Qt's text engine, which needs a QGuiApplication: main.cpp creates one on the
// offscreen platform for them (no display is needed or used).
#include "CliContext.h"
#include "WorkflowCli.h"
#include "documents/DocumentKind.h"
#include "service/DocumentService.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <cstdio>

namespace creditcase::cli {

namespace {

using documents::DocumentKind;
using service::DocumentService;

class PrintCli {
    Q_DECLARE_TR_FUNCTIONS(PrintCli)
};

Status requireGuiApplication() {
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return Error::failure(PrintCli::tr("Internal error: printing needs the graphical text engine, which this "
                                           "command was started without. Nothing was printed."));
    return {};
}

QJsonObject copyJson(const DocumentService::Copy& copy, const QString& file) {
    return QJsonObject{{QStringLiteral("file"), QDir::toNativeSeparators(file)},
                       {QStringLiteral("case"), copy.document.caseId},
                       {QStringLiteral("kind"), documents::documentKindId(copy.document.kind)},
                       {QStringLiteral("document"), copy.document.id},
                       {QStringLiteral("number"), copy.document.number},
                       {QStringLiteral("issued_on"), copy.document.issuedOn.toString(Qt::ISODate)},
                       {QStringLiteral("copy"), copy.copyNo},
                       {QStringLiteral("channel"), exchange::channelId(copy.channel)},
                       {QStringLiteral("fingerprint"), copy.fingerprint}};
}

int runPrintDocument(CliContext& context, DocumentKind kind) {
    QCommandLineParser parser;
    const QCommandLineOption caseId(QStringLiteral("case"), PrintCli::tr("the case"), QStringLiteral("ID"));
    const QCommandLineOption out(QStringLiteral("out"), PrintCli::tr("the PDF file to write"), QStringLiteral("FILE"));
    const QCommandLineOption publicCopy(QStringLiteral("public"),
                                        PrintCli::tr("a public copy: the party's identifier masked"));
    const QCommandLineOption force(QStringLiteral("force"), PrintCli::tr("replace the file if it exists"));
    parser.addOptions({caseId, out, publicCopy, force});
    const QString synopsis =
        QStringLiteral("print %1 --case ID --out FILE.pdf [--public] [--force]").arg(documents::documentKindId(kind));
    if (!context.parse(parser, synopsis))
        return ExitUsage;
    if (Status given = WorkflowCli::require(parser, {&caseId, &out}); !given)
        return context.fail(given.error());
    auto id = WorkflowCli::id(parser, caseId);
    if (!id)
        return context.fail(id.error());
    const QString path = parser.value(out);
    if (!path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
        return context.usage(PrintCli::tr("Name the file with the ending .pdf: \"%1\" has none.").arg(path));
    if (Status free = context.checkOutputFile(path, parser.isSet(force)); !free)
        return context.fail(free.error());
    if (Status gui = requireGuiApplication(); !gui)
        return context.fail(gui.error());
    auto session = context.openSession(false);
    if (!session)
        return context.fail(session.error());
    const auto channel = parser.isSet(publicCopy) ? exchange::Channel::Public : exchange::Channel::Internal;
    auto printed = DocumentService(**session).exportPdf(*id, kind, channel, path);
    if (!printed)
        return context.fail(printed.error());
    QString text =
        printed->copyNo == 0
            ? PrintCli::tr("Issued the %1 of case %2 as %3 and wrote it to %4.")
                  .arg(documents::documentKindName(kind))
                  .arg(*id)
                  .arg(printed->document.number.isEmpty() ? PrintCli::tr("(no number)") : printed->document.number,
                       QDir::toNativeSeparators(path))
            : PrintCli::tr("Printed copy %1 (副本 %1) of the %2 %3 of case %4 to %5.")
                  .arg(printed->copyNo)
                  .arg(documents::documentKindName(kind),
                       printed->document.number.isEmpty() ? PrintCli::tr("(no number)") : printed->document.number)
                  .arg(*id)
                  .arg(QDir::toNativeSeparators(path));
    text +=
        QLatin1Char('\n') +
        PrintCli::tr("Fingerprint: %1 (check it with: document verify --fingerprint %1).").arg(printed->fingerprint);
    if (channel == exchange::Channel::Public)
        text += QLatin1Char('\n') + PrintCli::tr("This is a public copy: the party's identifier is masked.");
    return context.succeed(copyJson(*printed, path), text);
}

int runPrintBatch(CliContext& context) {
    QCommandLineParser parser;
    const QCommandLineOption dueOn(QStringLiteral("due-on"), PrintCli::tr("the day the notices are due for service"),
                                   QStringLiteral("DATE"));
    const QCommandLineOption out(QStringLiteral("out"), PrintCli::tr("the folder to write the PDF files into"),
                                 QStringLiteral("DIR"));
    parser.addOptions({dueOn, out});
    if (!context.parse(parser, QStringLiteral("print batch --due-on DATE --out DIR")))
        return ExitUsage;
    if (Status given = WorkflowCli::require(parser, {&dueOn, &out}); !given)
        return context.fail(given.error());
    auto date = WorkflowCli::date(parser, dueOn, true);
    if (!date)
        return context.fail(date.error());
    const QString directory = parser.value(out);
    if (QFileInfo(directory).exists() && !QFileInfo(directory).isDir())
        return context.usage(
            PrintCli::tr("%1 is a file; name a folder for the notices.").arg(QDir::toNativeSeparators(directory)));
    if (Status gui = requireGuiApplication(); !gui)
        return context.fail(gui.error());
    auto session = context.openSession(false);
    if (!session)
        return context.fail(session.error());
    DocumentService documents(**session);
    auto batch = documents.printBatch(*date, directory, [&](int done, int total) {
        if (!context.json) {
            context.err << PrintCli::tr("Printed %1 of %2 notices").arg(done).arg(total) << '\r';
            context.err.flush();
        }
        return true;
    });
    if (!context.json) {
        context.err << '\n';
        context.err.flush();
    }
    if (!batch)
        return context.fail(batch.error());
    QJsonArray items;
    int failed = 0;
    QStringList problems;
    for (const auto& item : batch->items) {
        QJsonObject json{{QStringLiteral("case"), item.caseId},
                         {QStringLiteral("file"), QDir::toNativeSeparators(item.file)},
                         {QStringLiteral("number"), item.number},
                         {QStringLiteral("fingerprint"), item.fingerprint}};
        if (item.error) {
            ++failed;
            json.insert(QStringLiteral("error"), item.error->message);
            problems << PrintCli::tr("Case %1: %2").arg(item.caseId).arg(item.error->message);
        }
        items.append(json);
    }
    const QJsonObject json{{QStringLiteral("due_on"), date->toString(Qt::ISODate)},
                           {QStringLiteral("folder"), QDir::toNativeSeparators(directory)},
                           {QStringLiteral("printed"), static_cast<int>(batch->items.size()) - failed},
                           {QStringLiteral("failed"), failed},
                           {QStringLiteral("notices"), items}};
    QString text = PrintCli::tr("Notices due for service on %1: %2 printed into %3, %4 failed.")
                       .arg(date->toString(Qt::ISODate))
                       .arg(batch->items.size() - failed)
                       .arg(QDir::toNativeSeparators(directory))
                       .arg(failed);
    if (!problems.isEmpty())
        text += QLatin1Char('\n') + problems.join(QLatin1Char('\n'));
    if (failed > 0) {
        context.succeed(json, text);
        return ExitFailure;
    }
    return context.succeed(json, text);
}

int runDocumentVerify(CliContext& context) {
    QCommandLineParser parser;
    const QCommandLineOption fingerprint(QStringLiteral("fingerprint"),
                                         PrintCli::tr("the fingerprint printed at the foot of the page"),
                                         QStringLiteral("F"));
    parser.addOption(fingerprint);
    if (!context.parse(parser, QStringLiteral("document verify --fingerprint F")))
        return ExitUsage;
    if (Status given = WorkflowCli::require(parser, {&fingerprint}); !given)
        return context.fail(given.error());
    auto session = context.openSession(false);
    if (!session)
        return context.fail(session.error());
    auto checked = DocumentService(**session).verify(parser.value(fingerprint));
    if (!checked)
        return context.fail(checked.error());
    const auto& v = *checked;
    const QJsonObject json{{QStringLiteral("fingerprint"), v.fingerprint},
                           {QStringLiteral("genuine"), v.genuine},
                           {QStringLiteral("problem"), v.problem},
                           {QStringLiteral("case"), v.caseId},
                           {QStringLiteral("kind"), v.genuine ? documents::documentKindId(v.kind) : QString()},
                           {QStringLiteral("number"), v.number},
                           {QStringLiteral("copy"), v.copyNo},
                           {QStringLiteral("channel"), v.channel},
                           {QStringLiteral("issued_on"), v.issuedOn.toString(Qt::ISODate)},
                           {QStringLiteral("issued_by"), v.issuedBy},
                           {QStringLiteral("printed_at"), v.printedAt.toString(Qt::ISODate)},
                           {QStringLiteral("printed_by"), v.printedBy},
                           {QStringLiteral("chain_intact"), v.chainIntact}};
    if (!v.genuine) {
        context.succeed(json, PrintCli::tr("NOT VERIFIED: %1").arg(v.problem));
        return ExitFailure;
    }
    const QString copy = v.copyNo == 0 ? PrintCli::tr("the original") : PrintCli::tr("copy %1 (副本 %1)").arg(v.copyNo);
    return context.succeed(
        json,
        PrintCli::tr("Verified: %1 %2 of case %3, issued on %4 by %5; this page is %6, "
                     "printed at %7 by %8 (%9 copy). The stored text matches.")
            .arg(documents::documentKindName(v.kind), v.number.isEmpty() ? PrintCli::tr("(no number)") : v.number)
            .arg(v.caseId)
            .arg(v.issuedOn.toString(Qt::ISODate), v.issuedBy, copy, v.printedAt.toLocalTime().toString(Qt::ISODate),
                 v.printedBy, v.channel == QLatin1String("public") ? PrintCli::tr("public") : PrintCli::tr("party's")));
}

int runTemplateShow(CliContext& context) {
    QCommandLineParser parser;
    const QCommandLineOption name(QStringLiteral("name"), PrintCli::tr("organ, or a document kind"),
                                  QStringLiteral("NAME"));
    const QCommandLineOption out(QStringLiteral("out"), PrintCli::tr("write the template to this file"),
                                 QStringLiteral("FILE"));
    const QCommandLineOption force(QStringLiteral("force"), PrintCli::tr("replace the file if it exists"));
    parser.addOptions({name, out, force});
    if (!context.parse(parser, QStringLiteral("document template show --name NAME [--out FILE [--force]]")))
        return ExitUsage;
    if (Status given = WorkflowCli::require(parser, {&name}); !given)
        return context.fail(given.error());
    if (parser.isSet(out))
        if (Status free = context.checkOutputFile(parser.value(out), parser.isSet(force)); !free)
            return context.fail(free.error());
    auto session = context.openSession(false);
    if (!session)
        return context.fail(session.error());
    QString source;
    auto current = DocumentService(**session).currentTemplate(parser.value(name), &source);
    if (!current)
        return context.fail(current.error());
    if (parser.isSet(out)) {
        QFile file(parser.value(out));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(current->text()) < 0)
            return context.fail(
                Error::failure(PrintCli::tr("Cannot write %1: %2")
                                   .arg(QDir::toNativeSeparators(parser.value(out)), file.errorString())));
        return context.succeed({{QStringLiteral("name"), parser.value(name)},
                                {QStringLiteral("source"), source},
                                {QStringLiteral("file"), QDir::toNativeSeparators(parser.value(out))}},
                               PrintCli::tr("Wrote the template %1 (%2) to %3.")
                                   .arg(parser.value(name), source, QDir::toNativeSeparators(parser.value(out))));
    }
    return context.succeed({{QStringLiteral("name"), parser.value(name)},
                            {QStringLiteral("source"), source},
                            {QStringLiteral("template"), current->json()}},
                           QString::fromUtf8(current->text()));
}

int runTemplateSet(CliContext& context) {
    QCommandLineParser parser;
    const QCommandLineOption name(QStringLiteral("name"), PrintCli::tr("organ, or a document kind"),
                                  QStringLiteral("NAME"));
    const QCommandLineOption from(QStringLiteral("file"), PrintCli::tr("the adapted template (JSON)"),
                                  QStringLiteral("FILE"));
    parser.addOptions({name, from});
    if (!context.parse(parser, QStringLiteral("document template set --name NAME --file FILE")))
        return ExitUsage;
    if (Status given = WorkflowCli::require(parser, {&name, &from}); !given)
        return context.fail(given.error());
    QFile file(parser.value(from));
    if (!file.open(QIODevice::ReadOnly))
        return context.fail(Error::notFound(
            PrintCli::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(parser.value(from)), file.errorString())));
    const QByteArray json = file.readAll();
    auto session = context.openSession(false);
    if (!session)
        return context.fail(session.error());
    auto version = DocumentService(**session).adaptTemplate(parser.value(name), json);
    if (!version)
        return context.fail(version.error());
    return context.succeed({{QStringLiteral("name"), parser.value(name)}, {QStringLiteral("version"), *version}},
                           PrintCli::tr("Stored version %1 of the template %2 for your organ; documents issued from "
                                        "now on use it.")
                               .arg(*version)
                               .arg(parser.value(name)));
}

template <DocumentKind kind> int runPrint(CliContext& context) {
    return runPrintDocument(context, kind);
}

Command printCommand(DocumentKind kind, CommandFunction run, const char* summary) {
    return {{QStringLiteral("print"), documents::documentKindId(kind)},
            QStringLiteral("print %1 --case ID --out FILE.pdf [--public]").arg(documents::documentKindId(kind)),
            summary,
            run};
}

QList<Command> printCommands() {
    return {
        printCommand(DocumentKind::Notice, &runPrint<DocumentKind::Notice>,
                     QT_TRANSLATE_NOOP("Commands", "print the notice before designation (告知书) as PDF; the first "
                                                   "print issues it with its number, later ones are copies")),
        printCommand(DocumentKind::ObjectionAnswer, &runPrint<DocumentKind::ObjectionAnswer>,
                     QT_TRANSLATE_NOOP("Commands", "print the answer to the party's objection (异议答复书) as PDF")),
        printCommand(DocumentKind::ReExaminationOpinion, &runPrint<DocumentKind::ReExaminationOpinion>,
                     QT_TRANSLATE_NOOP("Commands", "print the re-examination opinion (复核意见书) as PDF (the "
                                                   "re-examining organ)")),
        printCommand(DocumentKind::Decision, &runPrint<DocumentKind::Decision>,
                     QT_TRANSLATE_NOOP("Commands", "print the designation decision (认定决定书) as PDF")),
        printCommand(DocumentKind::RestorationNotice, &runPrint<DocumentKind::RestorationNotice>,
                     QT_TRANSLATE_NOOP("Commands", "print the credit restoration notice (信用修复告知书) served with "
                                                   "the decision as PDF")),
        printCommand(DocumentKind::RestorationDecision, &runPrint<DocumentKind::RestorationDecision>,
                     QT_TRANSLATE_NOOP("Commands", "print the credit restoration decision as PDF")),
        printCommand(DocumentKind::RemovalNotice, &runPrint<DocumentKind::RemovalNotice>,
                     QT_TRANSLATE_NOOP("Commands", "print the notice of removal from the list as PDF")),
        printCommand(DocumentKind::ServiceProof, &runPrint<DocumentKind::ServiceProof>,
                     QT_TRANSLATE_NOOP("Commands", "print the proof of service (送达回证) for the documents issued "
                                                   "last as PDF")),
        {{QStringLiteral("print"), QStringLiteral("batch")},
         QStringLiteral("print batch --due-on DATE --out DIR"),
         QT_TRANSLATE_NOOP("Commands", "print every notice of your organ due for service on DATE into DIR, with "
                                       "progress; each print is audited"),
         runPrintBatch},
        {{QStringLiteral("document"), QStringLiteral("verify")},
         QStringLiteral("document verify --fingerprint F"),
         QT_TRANSLATE_NOOP("Commands", "check a printed document's fingerprint against the audit chain and the "
                                       "stored text"),
         runDocumentVerify},
        {{QStringLiteral("document"), QStringLiteral("template"), QStringLiteral("show")},
         QStringLiteral("document template show --name NAME [--out FILE]"),
         QT_TRANSLATE_NOOP("Commands", "show the document template your organ uses (organ particulars or a "
                                       "document kind)"),
         runTemplateShow},
        {{QStringLiteral("document"), QStringLiteral("template"), QStringLiteral("set")},
         QStringLiteral("document template set --name NAME --file FILE"),
         QT_TRANSLATE_NOOP("Commands", "store an adapted document template for your organ (administrators)"),
         runTemplateSet},
    };
}

const CommandRegistration registration(&printCommands);

// The graphical text engine the print commands start says on a bare server that it has no runtime folder
// (XDG_RUNTIME_DIR) and takes one in /tmp. It needs none for printing; an officer cannot act on the notice.
QtMessageHandler g_previousMessageHandler = nullptr;
void quietRuntimeFolderNotice(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    if (type == QtWarningMsg && message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    if (g_previousMessageHandler)
        g_previousMessageHandler(type, context, message);
    else
        std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
}
const bool g_quietInstalled = [] {
    g_previousMessageHandler = qInstallMessageHandler(quietRuntimeFolderNotice);
    return true;
}();

} // namespace

} // namespace creditcase::cli
