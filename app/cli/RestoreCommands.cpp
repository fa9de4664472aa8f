// restore apply | decide | revoke. Two kinds (Guiding Opinions VI(11)): --case for removal from a list, --record for
// restoration of penalty information (disclosure of that record ends early).
#include "CliContext.h"
#include "WorkflowCli.h"
#include "service/CaseService.h"
#include "workflow/AttachmentStore.h"
#include "workflow/RestorationWorkflow.h"

#include <QJsonObject>

namespace creditcase::cli {

namespace {

using workflow::RestorationWorkflow;

int finish(CliContext& context, const Result<domain::Restoration>& result) {
    if (!result)
        return context.fail(result.error());
    const auto& r = *result;
    QString text = r.recordId ? WorkflowCli::tr("Restoration of penalty information, application %1 for record %2: %3.")
                                    .arg(r.id)
                                    .arg(r.recordId)
                                    .arg(domain::restorationStageName(r.stage))
                              : WorkflowCli::tr("Restoration application %1 for case %2: %3.")
                                    .arg(r.id)
                                    .arg(r.caseId)
                                    .arg(domain::restorationStageName(r.stage));
    if (r.stage == domain::RestorationStage::Applied)
        text +=
            QLatin1Char(' ') + WorkflowCli::tr("Check: %1 Decide by %2.").arg(r.checkReason, WorkflowCli::iso(r.dueOn));
    if (r.decidedLate)
        text += QLatin1Char(' ') + WorkflowCli::tr("Decided after the due date %1.").arg(WorkflowCli::iso(r.dueOn));
    QJsonObject json = WorkflowCli::restorationJson(r);
    json.insert(QStringLiteral("record"), r.recordId);
    json.insert(QStringLiteral("kind"),
                r.recordId ? QStringLiteral("penalty-information") : QStringLiteral("list-removal"));
    return context.succeed(json, text);
}

int runRestoreApply(CliContext& context) {
    QCommandLineParser parser;
    const QCommandLineOption caseId(QStringLiteral("case"), WorkflowCli::tr("the case (removal from a list)"),
                                    QStringLiteral("ID"));
    const QCommandLineOption recordId(QStringLiteral("record"),
                                      WorkflowCli::tr("the credit record (restoration of penalty information)"),
                                      QStringLiteral("ID"));
    const QCommandLineOption on(QStringLiteral("on"), WorkflowCli::tr("date the application was received"),
                                QStringLiteral("DATE"));
    const QCommandLineOption corrected(QStringLiteral("corrected-on"),
                                       WorkflowCli::tr("date the conduct was corrected and obligations performed"),
                                       QStringLiteral("DATE"));
    const QCommandLineOption letter(QStringLiteral("commitment-letter"),
                                    WorkflowCli::tr("scan of the commitment letter"), QStringLiteral("FILE"));
    const QCommandLineOption evidence(QStringLiteral("evidence"), WorkflowCli::tr("supporting paper (repeatable)"),
                                      QStringLiteral("FILE"));
    parser.addOptions({caseId, recordId, on, corrected, letter, evidence});
    if (!context.parse(parser, QStringLiteral("restore apply --case ID|--record ID --on DATE [--corrected-on DATE] "
                                              "[--commitment-letter FILE] [--evidence FILE ...]")))
        return ExitUsage;
    if (parser.isSet(caseId) == parser.isSet(recordId))
        return context.usage(WorkflowCli::tr("Give exactly one of --case (removal from a list) and --record "
                                             "(restoration of penalty information)."));
    const bool forRecord = parser.isSet(recordId);
    RestorationWorkflow::Application application;
    auto id = WorkflowCli::id(parser, forRecord ? recordId : caseId);
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
    if (forRecord) {
        RestorationWorkflow::RecordApplication recordApplication;
        recordApplication.recordId = *id;
        recordApplication.on = application.on;
        recordApplication.correctedOn = application.correctedOn;
        recordApplication.commitmentLetter = application.commitmentLetter;
        recordApplication.evidence = application.evidence;
        return finish(context, service::CaseService(**session).applyForRecordRestoration(recordApplication));
    }
    return finish(context, service::CaseService(**session).applyForRestoration(application));
}

int runRestoreDecide(CliContext& context) {
    QCommandLineParser parser;
    const QCommandLineOption caseId(QStringLiteral("case"), WorkflowCli::tr("the case (removal from a list)"),
                                    QStringLiteral("ID"));
    const QCommandLineOption recordId(QStringLiteral("record"),
                                      WorkflowCli::tr("the credit record (restoration of penalty information)"),
                                      QStringLiteral("ID"));
    const QCommandLineOption on(QStringLiteral("on"), WorkflowCli::tr("date of the decision"), QStringLiteral("DATE"));
    const QCommandLineOption grant(QStringLiteral("grant"), WorkflowCli::tr("grant restoration"));
    const QCommandLineOption refuse(QStringLiteral("refuse"), WorkflowCli::tr("refuse restoration (give --text)"));
    const QCommandLineOption text(QStringLiteral("text"), WorkflowCli::tr("remarks or reasons"), QStringLiteral("T"));
    parser.addOptions({caseId, recordId, on, grant, refuse, text});
    if (!context.parse(parser,
                       QStringLiteral("restore decide --case ID|--record ID --on DATE --grant|--refuse [--text T]")))
        return ExitUsage;
    if (parser.isSet(grant) == parser.isSet(refuse))
        return context.usage(WorkflowCli::tr("Give exactly one of --grant and --refuse."));
    if (parser.isSet(caseId) == parser.isSet(recordId))
        return context.usage(WorkflowCli::tr("Give exactly one of --case (removal from a list) and --record "
                                             "(restoration of penalty information)."));
    const bool forRecord = parser.isSet(recordId);
    auto id = WorkflowCli::id(parser, forRecord ? recordId : caseId);
    if (!id)
        return context.fail(id.error());
    auto date = WorkflowCli::date(parser, on, true);
    if (!date)
        return context.fail(date.error());
    auto session = context.openSession(false);
    if (!session)
        return context.fail(session.error());
    if (forRecord)
        return finish(context, service::CaseService(**session).decideRecordRestoration(*id, *date, parser.isSet(grant),
                                                                                       parser.value(text)));
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
         QStringLiteral("restore apply --case ID|--record ID --on DATE [--corrected-on DATE] "
                        "[--commitment-letter FILE] [--evidence FILE ...]"),
         QT_TRANSLATE_NOOP("Commands", "Record a restoration application with its papers (kept in the vault); free "
                                       "of charge. --case: removal from a list; --record: restoration of penalty "
                                       "information. An application that does not meet the conditions is not "
                                       "accepted (exit 3, nothing stored)."),
         &runRestoreApply},
        {{QStringLiteral("restore"), QStringLiteral("decide")},
         QStringLiteral("restore decide --case ID|--record ID --on DATE --grant|--refuse [--text T]"),
         QT_TRANSLATE_NOOP("Commands", "Grant or refuse. --case: removal from the list, measures lifted; --record: "
                                       "disclosure of that record ends."),
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
