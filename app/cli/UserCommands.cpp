// user add, user list, user disable, password change, password reset.
#include "CliContext.h"
#include "service/UserService.h"

#include <QJsonArray>
#include <QJsonObject>
#include <sodium.h>

namespace creditcase::cli {

namespace {

using domain::RoleNames;
using service::UserService;

QJsonObject toJson(const domain::User& user) {
    QJsonObject object{{QStringLiteral("id"), user.id},
                       {QStringLiteral("name"), user.name},
                       {QStringLiteral("role"), RoleNames::id(user.role)},
                       {QStringLiteral("organ"), user.organ.name},
                       {QStringLiteral("organ_level"), RoleNames::id(user.organ.level)},
                       {QStringLiteral("region"), user.organ.regionCode},
                       {QStringLiteral("active"), user.isActive()},
                       {QStringLiteral("must_change_password"), user.mustChangePassword}};
    return object;
}

// A one-time password an administrator hands over; letters and digits that cannot be confused.
crypto::SecretBytes generatedPassword() {
    static const char alphabet[] = "23456789abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ";
    constexpr std::size_t length = 14;
    crypto::SecretBytes password(length);
    for (std::size_t i = 0; i < length; ++i) {
        password.data()[i] = static_cast<unsigned char>(alphabet[randombytes_uniform(sizeof alphabet - 1)]);
    }
    return password;
}

QString unsafeText(const crypto::SecretBytes& secret) {
    return QString::fromUtf8(reinterpret_cast<const char*>(secret.data()), static_cast<qsizetype>(secret.size()));
}

// The new password for someone: from FILE if given, otherwise generated (and then printed once).
Result<crypto::SecretBytes> newPasswordFor(CliContext& context, const QCommandLineParser& parser,
                                           const QCommandLineOption& fileOption, bool& generated) {
    generated = false;
    if (parser.isSet(fileOption)) {
        return context.readSecretFromFile(parser.value(fileOption), CliContext::tr("new password"));
    }
    generated = true;
    return generatedPassword();
}

int runUserAdd(CliContext& context) {
    QCommandLineParser parser;
    const QCommandLineOption role(QStringLiteral("role"),
                                  CliContext::tr("administrator, officer, supervisor or auditor"),
                                  QStringLiteral("ROLE"));
    const QCommandLineOption organ(QStringLiteral("organ"), CliContext::tr("the user's organ"),
                                   QStringLiteral("ORGAN NAME"));
    const QCommandLineOption level(QStringLiteral("organ-level"),
                                   CliContext::tr("county, municipal, provincial or national"),
                                   QStringLiteral("LEVEL"));
    const QCommandLineOption region(QStringLiteral("region"), CliContext::tr("six-digit region code"),
                                    QStringLiteral("CODE"));
    const QCommandLineOption initial(QStringLiteral("initial-password-file"),
                                     CliContext::tr("the new user's first password (otherwise one is generated)"),
                                     QStringLiteral("FILE"));
    parser.addOptions({role, organ, level, region, initial});
    parser.addPositionalArgument(QStringLiteral("NAME"), CliContext::tr("the new user's name"));
    const QString synopsis = QStringLiteral(
        "user add NAME --role R --organ \"ORGAN NAME\" --organ-level LEVEL --region CODE [--initial-password-file F]");
    if (!context.parse(parser, synopsis, {QStringLiteral("NAME")})) {
        return ExitUsage;
    }
    for (const auto* option : {&role, &organ, &level, &region}) {
        if (!parser.isSet(*option)) {
            return context.usage(CliContext::tr("user add needs --%1.").arg(option->names().first()));
        }
    }
    const auto userRole = RoleNames::fromId(parser.value(role));
    if (!userRole) {
        return context.usage(
            CliContext::tr("The role must be administrator, officer, supervisor or auditor, not \"%1\".")
                .arg(parser.value(role)));
    }
    const auto organLevel = RoleNames::levelFromId(parser.value(level));
    if (!organLevel) {
        return context.usage(CliContext::tr("The organ level must be county, municipal, provincial or national, not "
                                            "\"%1\".")
                                 .arg(parser.value(level)));
    }
    auto session = context.openSession(false);
    if (!session) {
        return context.fail(session.error());
    }
    bool generated = false;
    auto password = newPasswordFor(context, parser, initial, generated);
    if (!password) {
        return context.fail(password.error());
    }
    auto added = UserService(**session).add(
        {parser.positionalArguments().first(), *userRole, parser.value(organ), *organLevel, parser.value(region)},
        *password, CliContext::kdfForNewSlots());
    if (!added) {
        return context.fail(added.error());
    }
    QJsonObject json = toJson(*added);
    QString text =
        CliContext::tr("Added %1 (%2, %3).").arg(added->name, RoleNames::displayName(added->role), added->organ.name);
    if (generated) {
        json.insert(QStringLiteral("initial_password"), unsafeText(*password));
        text += QLatin1Char('\n') + CliContext::tr("Initial password (hand it over in person; the user should change "
                                                   "it with \"password change\"): %1")
                                        .arg(unsafeText(*password));
    }
    return context.succeed(json, text);
}

int runUserList(CliContext& context) {
    QCommandLineParser parser;
    if (!context.parse(parser, QStringLiteral("user list"))) {
        return ExitUsage;
    }
    auto session = context.openSession(false);
    if (!session) {
        return context.fail(session.error());
    }
    auto list = UserService(**session).users();
    if (!list) {
        return context.fail(list.error());
    }
    QJsonArray array;
    QString text;
    for (const auto& user : *list) {
        array.append(toJson(user));
        //: One line of "user list": name, role, organ (level, region code), and "disabled" where it applies.
        text += CliContext::tr("%1\t%2\t%3 (%4, %5)%6")
                    .arg(user.name, RoleNames::displayName(user.role), user.organ.name,
                         RoleNames::displayName(user.organ.level), user.organ.regionCode,
                         user.isActive() ? QStringLiteral("\t") + CliContext::tr("active")
                                         : QStringLiteral("\t") + CliContext::tr("disabled")) +
                QLatin1Char('\n');
    }
    return context.succeed({{QStringLiteral("users"), array}}, text);
}

int runUserDisable(CliContext& context) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("NAME"), CliContext::tr("the user to disable"));
    if (!context.parse(parser, QStringLiteral("user disable NAME"), {QStringLiteral("NAME")})) {
        return ExitUsage;
    }
    auto session = context.openSession(false);
    if (!session) {
        return context.fail(session.error());
    }
    const QString name = parser.positionalArguments().first();
    if (Status done = UserService(**session).disable(name); !done) {
        return context.fail(done.error());
    }
    return context.succeed({{QStringLiteral("disabled"), name}},
                           CliContext::tr("%1 is disabled; that password no longer opens the vault.").arg(name));
}

int runPasswordChange(CliContext& context) {
    QCommandLineParser parser;
    const QCommandLineOption newFile(QStringLiteral("new-password-file"),
                                     CliContext::tr("the new password (otherwise the next line of standard input)"),
                                     QStringLiteral("FILE"));
    parser.addOption(newFile);
    if (!context.parse(parser, QStringLiteral("--user NAME password change [--new-password-file F]"))) {
        return ExitUsage;
    }
    auto session = context.openSession(false);
    if (!session) {
        return context.fail(session.error());
    }
    auto password = parser.isSet(newFile)
                        ? context.readSecretFromFile(parser.value(newFile), CliContext::tr("new password"))
                        : context.readSecretLineFromStdin(CliContext::tr("New password:"));
    if (!password) {
        return context.fail(password.error());
    }
    if (Status done = UserService(**session).changeOwnPassword(*password, CliContext::kdfForNewSlots()); !done) {
        return context.fail(done.error());
    }
    return context.succeed({{QStringLiteral("changed"), context.userName}},
                           CliContext::tr("The password of %1 was changed.").arg(context.userName));
}

int runPasswordReset(CliContext& context) {
    QCommandLineParser parser;
    const QCommandLineOption newFile(QStringLiteral("new-password-file"),
                                     CliContext::tr("the new password (otherwise one is generated)"),
                                     QStringLiteral("FILE"));
    parser.addOption(newFile);
    parser.addPositionalArgument(QStringLiteral("USER"), CliContext::tr("whose password to reset"));
    const QString synopsis =
        QStringLiteral("(--user ADMIN | --recovery-file R) password reset USER [--new-password-file F]");
    if (!context.parse(parser, synopsis, {QStringLiteral("USER")})) {
        return ExitUsage;
    }
    auto session = context.openSession(true);
    if (!session) {
        return context.fail(session.error());
    }
    bool generated = false;
    auto password = newPasswordFor(context, parser, newFile, generated);
    if (!password) {
        return context.fail(password.error());
    }
    const QString name = parser.positionalArguments().first();
    auto reset = UserService(**session).resetPassword(name, *password, CliContext::kdfForNewSlots());
    if (!reset) {
        return context.fail(reset.error());
    }
    QJsonObject json{{QStringLiteral("reset"), name}};
    QString text = CliContext::tr("The password of %1 was reset; they should change it at their next login.").arg(name);
    // After a damaged key file the administrator must learn who else still cannot sign in.
    if (!reset->keyFileNotice.isEmpty()) {
        json.insert(QStringLiteral("key_file_notice"), reset->keyFileNotice);
        text += QLatin1Char('\n') + reset->keyFileNotice;
    }
    if (!reset->usersWithoutKeySlot.isEmpty()) {
        json.insert(QStringLiteral("users_without_key_slot"), QJsonArray::fromStringList(reset->usersWithoutKeySlot));
        if (reset->keyFileNotice.isEmpty()) { // the notice already names them
            text += QLatin1Char('\n') + CliContext::tr("These users cannot sign in with a password until theirs is "
                                                       "reset too: %1")
                                            .arg(reset->usersWithoutKeySlot.join(QStringLiteral(", ")));
        }
    }
    if (generated) {
        json.insert(QStringLiteral("new_password"), unsafeText(*password));
        text += QLatin1Char('\n') + CliContext::tr("New password: %1").arg(unsafeText(*password));
    }
    return context.succeed(json, text);
}

} // namespace

namespace {

QList<Command> userCommands() {
    return {
        {{QStringLiteral("user"), QStringLiteral("add")},
         QStringLiteral("user add NAME --role R --organ \"ORGAN NAME\" --organ-level LEVEL --region CODE"),
         QT_TRANSLATE_NOOP("Commands", "add a user (administrators only); prints a one-time password unless "
                                       "--initial-password-file is given"),
         runUserAdd},
        {{QStringLiteral("user"), QStringLiteral("list")},
         QStringLiteral("user list"),
         QT_TRANSLATE_NOOP("Commands", "list users with role and organ"),
         runUserList},
        {{QStringLiteral("user"), QStringLiteral("disable")},
         QStringLiteral("user disable NAME"),
         QT_TRANSLATE_NOOP("Commands", "disable a user and remove their key slot (administrators only)"),
         runUserDisable},
        {{QStringLiteral("password"), QStringLiteral("change")},
         QStringLiteral("password change [--new-password-file F]"),
         QT_TRANSLATE_NOOP("Commands", "change your own password"),
         runPasswordChange},
        {{QStringLiteral("password"), QStringLiteral("reset")},
         QStringLiteral("password reset USER [--new-password-file F]"),
         QT_TRANSLATE_NOOP("Commands", "set a new password for a user (administrator or recovery code)"),
         runPasswordReset},
    };
}

const CommandRegistration registration(&userCommands);

} // namespace

} // namespace creditcase::cli
