// restore apply | decide | revoke.
#include "CliContext.h"
#include "WorkflowCli.h"
#include "service/CaseService.h"
#include "workflow/AttachmentStore.h"
#include "workflow/RestorationWorkflow.h"

namespace creditcase::cli {

namespace {

using workflow::RestorationWorkflow;

int finish(CliContext& context, const Result<domain::Restoration>& result) {
    if (!result)
        return context.fail(result.error());
    const auto& r = *result;
    QString text = WorkflowCli::tr("Restoration application %1 for case %2: %3.")
                       .arg(r.id)
                       .arg(r.caseId)
                       .arg(domain::restorationStageName(r.stage));
    if (r.stage == domain::RestorationStage::Applied)
        text +=
            QLatin1Char(' ') + WorkflowCli::tr("Check: %1 Decide by %2.").arg(r.checkReason, WorkflowCli::iso(r.dueOn));
    if (r.decidedLate)
        text += QLatin1Char(' ') + WorkflowCli::tr("Decided after the due date %1.").arg(WorkflowCli::iso(r.dueOn));
    return context.succeed(WorkflowCli::restorationJson(r), text);
}

int runRestoreApply(CliContext& context) {
    QCommandLineParser parser;
    const QCommandLineOption caseId(QStringLiteral("case"), WorkflowCli::tr("the case"), QStringLiteral("ID"));
    const QCommandLineOption on(QStringLiteral("on"), WorkflowCli::tr("date the application was received"),
                                QStringLiteral("DATE"));
    const QCommandLineOption corrected(QStringLiteral("corrected-on"),
                                       WorkflowCli::tr("date the conduct was corrected and obligations performed"),
                                       QStringLiteral("DATE"));
    const QCommandLineOption letter(QStringLiteral("commitment-letter"),
                                    WorkflowCli::tr("scan of the commitment letter"), QStringLiteral("FILE"));
    const QCommandLineOption evidence(QStringLiteral("evidence"), WorkflowCli::tr("supporting paper (repeatable)"),
                                      QStringLiteral("FILE"));
    parser.addOptions({caseId, on, corrected, letter, evidence});
    if (!context.parse(parser, QStringLiteral("restore apply --case ID --on DATE [--corrected-on DATE] "
                                              "[--commitment-letter FILE] [--evidence FILE ...]")))
        return ExitUsage;
    RestorationWorkflow::Application application;
    auto id = WorkflowCli::id(parser, caseId);
    if (!id)
        return context.fail(id.error());
    application.caseId = *id;
    auto date = WorkflowCli::date(parser, on, true);
    if (!date)
        return context.fail(date.error());
    application.on = *date;
    auto correctedOn = WorkflowCli::date(parser, corrected, false);
    if (!correctedOn)
        return context.fail(correctedOn.error());
    application.correctedOn = *correctedOn;
    if (parser.isSet(letter)) {
        auto file = workflow::AttachmentStore::readFile(parser.value(letter));
        if (!file)
            return context.fail(file.error());
        application.commitmentLetter = file.take();
    }
    for (const QString& path : parser.values(evidence)) {
        auto file = workflow::AttachmentStore::readFile(path);
        if (!file)
            return context.fail(file.error());
        application.evidence << file.take();
    }
    auto session = context.openSession(false);
    if (!session)
        return context.fail(session.error());
    return finish(context, service::CaseService(**session).applyForRestoration(application));
}

int runRestoreDecide(CliContext& context) {
    QCommandLineParser parser;
    const QCommandLineOption caseId(QStringLiteral("case"), WorkflowCli::tr("the case"), QStringLiteral("ID"));
    const QCommandLineOption on(QStringLiteral("on"), WorkflowCli::tr("date of the decision"), QStringLiteral("DATE"));
    const QCommandLineOption grant(QStringLiteral("grant"), WorkflowCli::tr("grant restoration"));
    const QCommandLineOption refuse(QStringLiteral("refuse"), WorkflowCli::tr("refuse restoration (give --text)"));
    const QCommandLineOption text(QStringLiteral("text"), WorkflowCli::tr("remarks or reasons"), QStringLiteral("T"));
    parser.addOptions({caseId, on, grant, refuse, text});
    if (!context.parse(parser, QStringLiteral("restore decide --case ID --on DATE --grant|--refuse [--text T]")))
        return ExitUsage;
    if (parser.isSet(grant) == parser.isSet(refuse))
        return context.usage(WorkflowCli::tr("Give exactly one of --grant and --refuse."));
    auto id = WorkflowCli::id(parser, caseId);
    if (!id)
        return context.fail(id.error());
    auto date = WorkflowCli::date(parser, on, true);
    if (!date)
        return context.fail(date.error());
    auto session = context.openSession(false);
    if (!session)
        return context.fail(session.error());
    return finish(context, service::CaseService(**session).decideRestoration(*id, *date, parser.isSet(grant),
                                                                             parser.value(text)));
}

int runRestoreRevoke(CliContext& context) {
    QCommandLineParser parser;
    const QCommandLineOption caseId(QStringLiteral("case"), WorkflowCli::tr("the case"), QStringLiteral("ID"));
    const QCommandLineOption on(QStringLiteral("on"), WorkflowCli::tr("date of the revocation"),
                                QStringLiteral("DATE"));
    const QCommandLineOption text(QStringLiteral("text"), WorkflowCli::tr("reasons: which materials were false"),
                                  QStringLiteral("T"));
    parser.addOptions({caseId, on, text});
    if (!context.parse(parser, QStringLiteral("restore revoke --case ID --on DATE --text T")))
        return ExitUsage;
    auto id = WorkflowCli::id(parser, caseId);
    if (!id)
        return context.fail(id.error());
    auto date = WorkflowCli::date(parser, on, true);
    if (!date)
        return context.fail(date.error());
    auto session = context.openSession(false);
    if (!session)
        return context.fail(session.error());
    return finish(context, service::CaseService(**session).revokeRestoration(*id, *date, parser.value(text)));
}

QList<Command> commands() {
    return {
        {{QStringLiteral("restore"), QStringLiteral("apply")},
         QStringLiteral("restore apply --case ID --on DATE [--corrected-on DATE] [--commitment-letter FILE] "
                        "[--evidence FILE ...]"),
         QT_TRANSLATE_NOOP("Commands", "Record a restoration application with its papers (kept in the vault); free "
                                       "of charge."),
         &runRestoreApply},
        {{QStringLiteral("restore"), QStringLiteral("decide")},
         QStringLiteral("restore decide --case ID --on DATE --grant|--refuse [--text T]"),
         QT_TRANSLATE_NOOP("Commands", "Grant (removal, disclosure and sharing stopped, measures lifted) or refuse."),
         &runRestoreDecide},
        {{QStringLiteral("restore"), QStringLiteral("revoke")},
         QStringLiteral("restore revoke --case ID --on DATE --text T"),
         QT_TRANSLATE_NOOP("Commands", "Revoke a restoration obtained with false materials; the listing returns."),
         &runRestoreRevoke},
    };
}

const CommandRegistration registration(&commands);

} // namespace

} // namespace creditcase::cli
