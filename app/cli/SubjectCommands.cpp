// subject add, record add.
#include "CliContext.h"
#include "WorkflowCli.h"
#include "domain/BasisDocument.h"
#include "domain/Severity.h"
#include "domain/Subject.h"
#include "service/CaseService.h"
#include "workflow/AttachmentStore.h"
#include "workflow/CreditRecordRegister.h"
#include "workflow/SubjectRegister.h"

#include <QJsonObject>

namespace creditcase::cli {

namespace {

int runSubjectAdd(CliContext& context) {
    QCommandLineParser parser;
    const QCommandLineOption kind(QStringLiteral("kind"), WorkflowCli::tr("enterprise, organisation or individual"),
                                  QStringLiteral("KIND"));
    const QCommandLineOption name(QStringLiteral("name"), WorkflowCli::tr("registered name, or name on the ID card"),
                                  QStringLiteral("NAME"));
    const QCommandLineOption identifier(
        QStringLiteral("id"), WorkflowCli::tr("Unified Social Credit Code, or resident ID number for an individual"),
        QStringLiteral("IDENTIFIER"));
    const QCommandLineOption address(QStringLiteral("address"), WorkflowCli::tr("address"), QStringLiteral("A"));
    const QCommandLineOption legalRep(QStringLiteral("legal-rep"), WorkflowCli::tr("legal representative"),
                                      QStringLiteral("NAME"));
    parser.addOptions({kind, name, identifier, address, legalRep});
    const QString synopsis = QStringLiteral("subject add --kind enterprise|organisation|individual --name NAME "
                                            "--id IDENTIFIER [--address A] [--legal-rep NAME]");
    if (!context.parse(parser, synopsis))
        return ExitUsage;
    if (Status given = WorkflowCli::require(parser, {&kind, &name, &identifier}); !given)
        return context.fail(given.error());
    const auto subjectKind = domain::subjectKindFromId(parser.value(kind));
    if (!subjectKind)
        return context.usage(WorkflowCli::tr("--kind must be enterprise, organisation or individual, not \"%1\".")
                                 .arg(parser.value(kind)));
    auto session = context.openSession(false);
    if (!session)
        return context.fail(session.error());
    auto added = service::CaseService(**session).addSubject(
        {*subjectKind, parser.value(name), parser.value(identifier), parser.value(address), parser.value(legalRep)});
    if (!added)
        return context.fail(added.error());
    return context.succeed(
        {{QStringLiteral("id"), added->id},
         {QStringLiteral("kind"), domain::subjectKindId(added->kind)},
         {QStringLiteral("name"), added->name},
         {QStringLiteral("identifier"), added->identifier},
         {QStringLiteral("identifier_kind"), added->identifierKind}},
        WorkflowCli::tr("Subject %1 recorded: %2 (%3).").arg(added->id).arg(added->name, added->identifier));
}

int runRecordAdd(CliContext& context) {
    QCommandLineParser parser;
    const QCommandLineOption subject(QStringLiteral("subject"), WorkflowCli::tr("the subject"), QStringLiteral("ID"));
    const QCommandLineOption item(QStringLiteral("item"), WorkflowCli::tr("catalogue item id"),
                                  QStringLiteral("CATALOG_ITEM"));
    const QCommandLineOption basisKind(QStringLiteral("basis-kind"),
                                       WorkflowCli::tr("judicial-ruling, arbitral-award, administrative-penalty, "
                                                       "administrative-ruling or other-legal"),
                                       QStringLiteral("KIND"));
    const QCommandLineOption basisNumber(QStringLiteral("basis-number"), WorkflowCli::tr("document number (文号)"),
                                         QStringLiteral("NO"));
    const QCommandLineOption basisOrgan(QStringLiteral("basis-organ"), WorkflowCli::tr("organ that issued it"),
                                        QStringLiteral("ORGAN"));
    const QCommandLineOption basisDate(QStringLiteral("basis-date"), WorkflowCli::tr("date of the document"),
                                       QStringLiteral("DATE"));
    const QCommandLineOption effectiveOn(QStringLiteral("effective-on"), WorkflowCli::tr("date it took legal effect"),
                                         QStringLiteral("DATE"));
    const QCommandLineOption conductOn(QStringLiteral("conduct-on"),
                                       WorkflowCli::tr("day of the conduct as the basis document states it (a "
                                                       "list's age bar is read on it)"),
                                       QStringLiteral("DATE"));
    const QCommandLineOption severity(QStringLiteral("severity"), WorkflowCli::tr("minor, general or serious"),
                                      QStringLiteral("SEVERITY"));
    const QCommandLineOption facts(QStringLiteral("facts"), WorkflowCli::tr("the facts found"), QStringLiteral("TEXT"));
    const QCommandLineOption sector(QStringLiteral("sector"),
                                    WorkflowCli::tr("sector for disclosure rules, e.g. market-regulation"),
                                    QStringLiteral("SECTOR"));
    const QCommandLineOption provision(QStringLiteral("statutory-provision"),
                                       WorkflowCli::tr("for other-legal: the provision that makes it a basis"),
                                       QStringLiteral("TEXT"));
    const QCommandLineOption scan(QStringLiteral("scan"), WorkflowCli::tr("scan of the basis document (repeatable)"),
                                  QStringLiteral("FILE"));
    parser.addOptions({subject, item, basisKind, basisNumber, basisOrgan, basisDate, effectiveOn, conductOn, severity,
                       facts, sector, provision, scan});
    const QString synopsis = QStringLiteral(
        "record add --subject ID --item CATALOG_ITEM --basis-kind KIND --basis-number NO --basis-organ "
        "ORGAN --basis-date DATE --effective-on DATE [--conduct-on DATE] --severity minor|general|serious "
        "[--facts TEXT] [--sector S] [--statutory-provision TEXT] [--scan FILE ...]");
    if (!context.parse(parser, synopsis))
        return ExitUsage;
    if (Status given = WorkflowCli::require(
            parser, {&subject, &item, &basisKind, &basisNumber, &basisOrgan, &basisDate, &effectiveOn, &severity});
        !given)
        return context.fail(given.error());
    workflow::CreditRecordRegister::NewRecord record;
    auto subjectId = WorkflowCli::id(parser, subject);
    if (!subjectId)
        return context.fail(subjectId.error());
    record.subjectId = *subjectId;
    const auto kind = domain::basisKindFromCliName(parser.value(basisKind));
    if (!kind)
        return context.usage(
            WorkflowCli::tr("--basis-kind must be judicial-ruling, arbitral-award, "
                            "administrative-penalty, administrative-ruling or other-legal, not \"%1\".")
                .arg(parser.value(basisKind)));
    record.basisKind = *kind;
    const auto level = domain::severityFromId(parser.value(severity));
    if (!level)
        return context.usage(
            WorkflowCli::tr("--severity must be minor, general or serious, not \"%1\".").arg(parser.value(severity)));
    record.severity = *level;
    auto issued = WorkflowCli::date(parser, basisDate, true);
    if (!issued)
        return context.fail(issued.error());
    auto effective = WorkflowCli::date(parser, effectiveOn, true);
    if (!effective)
        return context.fail(effective.error());
    record.basisDate = *issued;
    record.effectiveOn = *effective;
    if (parser.isSet(conductOn)) {
        auto conduct = WorkflowCli::date(parser, conductOn, true);
        if (!conduct)
            return context.fail(conduct.error());
        record.conductOn = *conduct;
    }
    record.catalogItem = parser.value(item);
    record.basisNumber = parser.value(basisNumber);
    record.basisOrgan = parser.value(basisOrgan);
    record.facts = parser.value(facts);
    record.sector = parser.value(sector);
    record.statutoryProvision = parser.value(provision);
    for (const QString& path : parser.values(scan)) {
        auto file = workflow::AttachmentStore::readFile(path);
        if (!file)
            return context.fail(file.error());
        record.scans << file.take();
    }
    auto session = context.openSession(false);
    if (!session)
        return context.fail(session.error());
    auto added = service::CaseService(**session).addRecord(record);
    if (!added)
        return context.fail(added.error());
    const auto& r = added->record;
    return context.succeed(
        {{QStringLiteral("id"), r.id},
         {QStringLiteral("subject"), r.subjectId},
         {QStringLiteral("basis"), added->basis.id},
         {QStringLiteral("catalog_item"), r.catalogItem},
         {QStringLiteral("catalog_edition"), r.catalogEdition},
         {QStringLiteral("severity"), domain::severityId(r.severity)},
         {QStringLiteral("conduct_on"), WorkflowCli::iso(r.conductOn)},
         {QStringLiteral("disclosure_regime"), r.disclosureRegime},
         {QStringLiteral("disclosed"), r.disclosed},
         {QStringLiteral("disclosure_min_until"), WorkflowCli::iso(r.disclosureMinUntil)},
         {QStringLiteral("disclosure_max_until"), WorkflowCli::iso(r.disclosureMaxUntil)}},
        WorkflowCli::tr("Record %1 made for subject %2 (%3). Disclosure under %4 until %5.")
            .arg(r.id)
            .arg(r.subjectId)
            .arg(r.catalogItem, r.disclosureRegime,
                 r.disclosed ? WorkflowCli::iso(r.disclosureMaxUntil) : WorkflowCli::tr("(not disclosed)")));
}

QList<Command> commands() {
    return {
        {{QStringLiteral("subject"), QStringLiteral("add")},
         QStringLiteral("subject add --kind enterprise|organisation|individual --name NAME --id IDENTIFIER "
                        "[--address A] [--legal-rep NAME]"),
         QT_TRANSLATE_NOOP("Commands", "Record a subject (identifier validated; one subject per identifier)."),
         &runSubjectAdd},
        {{QStringLiteral("record"), QStringLiteral("add")},
         QStringLiteral("record add --subject ID --item CATALOG_ITEM --basis-kind KIND --basis-number NO "
                        "--basis-organ ORGAN --basis-date DATE --effective-on DATE [--conduct-on DATE] "
                        "--severity minor|general|serious [--facts TEXT] [--sector S] [--scan FILE ...]"),
         QT_TRANSLATE_NOOP("Commands", "Record public credit information on a legally effective basis document."),
         &runRecordAdd},
    };
}

const CommandRegistration registration(&commands);

} // namespace

} // namespace creditcase::cli
