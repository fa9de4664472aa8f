// init, vault check, vault backup, vault restore, vault rekey.
#include "CliContext.h"
#include "service/VaultService.h"
#include "workflow/UserAdministration.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace creditcase::cli {

namespace {

using service::VaultService;
using workflow::UserAdministration;

// An act that happened but could not be recorded in the audit chain: said on stderr, never dropped.
void warnUnrecorded(CliContext& context, const QString& problem) {
    if (!problem.isEmpty()) {
        context.err << CliContext::tr("Warning: %1").arg(problem) << '\n';
        context.err.flush();
    }
}

QString recoveryCodeNotice(const QString& code) {
    return CliContext::tr("Recovery code (shown only now; write it down and keep it locked away — it opens the "
                          "vault without any password):\n\n    %1\n")
        .arg(code);
}

int runInit(CliContext& context) {
    QCommandLineParser parser;
    const QCommandLineOption admin(QStringLiteral("admin"), CliContext::tr("first administrator's user name"),
                                   QStringLiteral("NAME"));
    const QCommandLineOption organ(QStringLiteral("organ"), CliContext::tr("the administrator's organ"),
                                   QStringLiteral("ORGAN NAME"));
    const QCommandLineOption level(QStringLiteral("organ-level"),
                                   CliContext::tr("county, municipal, provincial or national"),
                                   QStringLiteral("LEVEL"));
    const QCommandLineOption region(QStringLiteral("region"), CliContext::tr("six-digit region code"),
                                    QStringLiteral("CODE"));
    parser.addOptions({admin, organ, level, region});
    const QString synopsis = QStringLiteral(
        "--vault FILE [--password-file P] init --admin NAME --organ \"ORGAN NAME\" --organ-level LEVEL --region CODE");
    if (!context.parse(parser, synopsis)) {
        return ExitUsage;
    }
    if (context.vaultPath.isEmpty()) {
        return context.usage(CliContext::tr("Name the new vault with --vault FILE."));
    }
    for (const auto* option : {&admin, &organ, &level, &region}) {
        if (!parser.isSet(*option)) {
            return context.usage(CliContext::tr("init needs --%1.").arg(option->names().first()) + QLatin1Char('\n') +
                                 CliContext::tr("Usage: creditcase-cli %1").arg(synopsis));
        }
    }
    const auto organLevel = domain::RoleNames::levelFromId(parser.value(level));
    if (!organLevel) {
        return context.usage(CliContext::tr("The organ level must be county, municipal, provincial or national, not "
                                            "\"%1\".")
                                 .arg(parser.value(level)));
    }
    UserAdministration::NewUser administrator{parser.value(admin), domain::Role::Administrator, parser.value(organ),
                                              *organLevel, parser.value(region)};
    if (Status valid = UserAdministration::validate(administrator); !valid) {
        return context.fail(valid.error());
    }
    auto password =
        context.readPassword(CliContext::tr("Password for the new administrator %1:").arg(administrator.name));
    if (!password) {
        return context.fail(password.error());
    }
    auto created = VaultService::create(context.vaultPath, administrator, *password, CliContext::kdfForNewSlots());
    if (!created) {
        return context.fail(created.error());
    }
    const QString code = created->recoveryCode.formatted();
    return context.succeed({{QStringLiteral("recovery_code"), code},
                            {QStringLiteral("vault"), QDir::toNativeSeparators(created->path)},
                            {QStringLiteral("administrator"), administrator.name}},
                           CliContext::tr("Created the vault %1 with administrator %2.\n")
                                   .arg(QDir::toNativeSeparators(created->path), administrator.name) +
                               recoveryCodeNotice(code));
}

int runCheck(CliContext& context) {
    QCommandLineParser parser;
    if (!context.parse(parser, QStringLiteral("--vault FILE vault check"))) {
        return ExitUsage;
    }
    auto session = context.openSession(true);
    if (!session) {
        return context.fail(session.error());
    }
    auto check = VaultService(**session).check();
    if (!check) {
        return context.fail(check.error());
    }
    QJsonObject report{{QStringLiteral("vault"), QDir::toNativeSeparators((*session)->vault().path())}};
    QString text;
    if (!check->keyFileProblem.isEmpty()) {
        report.insert(QStringLiteral("key_file_problem"), check->keyFileProblem);
        text += CliContext::tr("Key file: %1 — an administrator can reset the passwords to write a new one.\n")
                    .arg(check->keyFileProblem);
    }
    const Status& integrity = check->integrity;
    const auto& chain = check->chain;
    report.insert(QStringLiteral("integrity"), integrity.ok() ? QStringLiteral("ok") : integrity.error().message);
    report.insert(QStringLiteral("audit_chain"), chain.intact ? QStringLiteral("ok") : chain.problem);
    report.insert(QStringLiteral("audit_entries"), chain.entries);
    if (integrity && chain.intact) {
        return context.succeed(report, text + CliContext::tr("The vault is intact: integrity check passed, audit chain "
                                                             "of %1 entries unbroken.")
                                                  .arg(chain.entries));
    }
    if (context.json) {
        context.out << QString::fromUtf8(QJsonDocument(report).toJson());
        context.out.flush();
        context.json = false; // the report is printed; the error goes to stderr only
    }
    return context.fail(Error::corrupt(integrity ? chain.problem : integrity.error().message));
}

int runBackup(CliContext& context) {
    QCommandLineParser parser;
    const QCommandLineOption out(QStringLiteral("out"), CliContext::tr("the backup file to write"),
                                 QStringLiteral("FILE"));
    const QCommandLineOption force(QStringLiteral("force"), CliContext::tr("replace the file if it exists"));
    parser.addOptions({out, force});
    if (!context.parse(parser, QStringLiteral("--vault FILE --user NAME vault backup --out FILE [--force]"))) {
        return ExitUsage;
    }
    if (!parser.isSet(out)) {
        return context.usage(CliContext::tr("Say where the backup goes with --out FILE."));
    }
    if (Status free = context.checkOutputFile(parser.value(out), parser.isSet(force)); !free) {
        return context.fail(free.error());
    }
    auto session = context.openSession(false);
    if (!session) {
        return context.fail(session.error());
    }
    auto done = VaultService(**session).backup(parser.value(out));
    if (!done) {
        return context.fail(done.error());
    }
    warnUnrecorded(context, done->auditProblem);
    return context.succeed(
        {{QStringLiteral("backup"), QDir::toNativeSeparators(QFileInfo(parser.value(out)).absoluteFilePath())}},
        CliContext::tr("Backup written to %1 and verified.").arg(QDir::toNativeSeparators(parser.value(out))));
}

int runRestore(CliContext& context) {
    QCommandLineParser parser;
    const QCommandLineOption from(QStringLiteral("from"), CliContext::tr("the backup file to restore"),
                                  QStringLiteral("FILE"));
    parser.addOption(from);
    if (!context.parse(parser,
                       QStringLiteral("--vault FILE (--user NAME | --recovery-file R) vault restore --from FILE"))) {
        return ExitUsage;
    }
    if (!parser.isSet(from) || context.vaultPath.isEmpty()) {
        return context.usage(CliContext::tr("vault restore needs --vault FILE and --from BACKUP."));
    }
    auto credential = context.credential(true);
    if (!credential) {
        return context.fail(credential.error());
    }
    auto done = VaultService::restore(context.vaultPath, parser.value(from), *credential);
    if (!done) {
        return context.fail(done.error());
    }
    warnUnrecorded(context, done->auditProblem);
    return context.succeed(
        {{QStringLiteral("restored_from"), QDir::toNativeSeparators(parser.value(from))}},
        CliContext::tr("The vault %1 was restored from %2. The replaced file was kept beside it.")
            .arg(QDir::toNativeSeparators(context.vaultPath), QDir::toNativeSeparators(parser.value(from))));
}

int runAcceptMissingHead(CliContext& context) {
    QCommandLineParser parser;
    if (!context.parse(parser, QStringLiteral("--vault FILE --user NAME vault accept-missing-head"))) {
        return ExitUsage;
    }
    if (context.vaultPath.isEmpty()) {
        return context.usage(CliContext::tr("Name the vault with --vault FILE."));
    }
    auto credential = context.credential(false);
    if (!credential) {
        return context.fail(credential.error());
    }
    auto accepted = VaultService::acceptMissingHead(context.vaultPath, *credential);
    if (!accepted) {
        return context.fail(accepted.error());
    }
    return context.succeed({{QStringLiteral("accepted_changes"), QString::number(accepted->changes)}},
                           CliContext::tr("The vault was accepted as complete with %1 saved change(s); a new head "
                                          "file guards them from now on. The decision is in the audit log.")
                               .arg(accepted->changes));
}

int runRekey(CliContext& context) {
    QCommandLineParser parser;
    if (!context.parse(parser, QStringLiteral("--vault FILE --user NAME vault rekey"))) {
        return ExitUsage;
    }
    auto session = context.openSession(false);
    if (!session) {
        return context.fail(session.error());
    }
    auto code = VaultService(**session).rekey();
    if (!code) {
        return context.fail(code.error());
    }
    warnUnrecorded(context, code->auditProblem);
    const QString formatted = code->recoveryCode.formatted();
    return context.succeed({{QStringLiteral("recovery_code"), formatted}},
                           CliContext::tr("The vault has a new master key; every password still works, the old "
                                          "recovery code no longer does.\n") +
                               recoveryCodeNotice(formatted));
}

} // namespace

namespace {

QList<Command> vaultCommands() {
    return {
        {{QStringLiteral("init")},
         QStringLiteral("init --admin NAME --organ \"ORGAN NAME\" --organ-level LEVEL --region CODE"),
         QT_TRANSLATE_NOOP("Commands", "create a new vault and its first administrator; prints the recovery code"),
         runInit},
        {{QStringLiteral("vault"), QStringLiteral("check")},
         QStringLiteral("vault check"),
         QT_TRANSLATE_NOOP("Commands", "integrity check of the database and of the audit chain"),
         runCheck},
        {{QStringLiteral("vault"), QStringLiteral("backup")},
         QStringLiteral("vault backup --out FILE [--force]"),
         QT_TRANSLATE_NOOP("Commands", "write a verified, encrypted backup that carries its own key slots"),
         runBackup},
        {{QStringLiteral("vault"), QStringLiteral("restore")},
         QStringLiteral("vault restore --from FILE"),
         QT_TRANSLATE_NOOP("Commands", "replace the vault with a backup (keeps the replaced file beside it)"),
         runRestore},
        {{QStringLiteral("vault"), QStringLiteral("accept-missing-head")},
         QStringLiteral("vault accept-missing-head"),
         QT_TRANSLATE_NOOP("Commands", "administrators: accept as complete a vault whose head file is missing "
                                       "(recorded in the audit log)"),
         runAcceptMissingHead},
        {{QStringLiteral("vault"), QStringLiteral("rekey")},
         QStringLiteral("vault rekey"),
         QT_TRANSLATE_NOOP("Commands", "new master key and recovery code; every key slot rewrapped"),
         runRekey},
    };
}

const CommandRegistration registration(&vaultCommands);

} // namespace

} // namespace creditcase::cli
