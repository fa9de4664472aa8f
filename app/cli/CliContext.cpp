#include "CliContext.h"

#include "Clock.h"
#include "crypto/RecoveryCode.h"
#include "workflow/UserAdministration.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace creditcase::cli {

namespace {
QList<CommandProvider>& providers() {
    static QList<CommandProvider> list;
    return list;
}
} // namespace

CommandRegistration::CommandRegistration(CommandProvider provider) {
    providers().append(provider);
}

QList<Command> registeredCommands() {
    QList<Command> commands;
    for (CommandProvider provider : providers()) {
        commands += provider();
    }
    std::stable_sort(commands.begin(), commands.end(),
                     [](const Command& a, const Command& b) { return a.words.join(u' ') < b.words.join(u' '); });
    return commands;
}

int exitCodeFor(const Error& error) {
    switch (error.kind) {
    case ErrorKind::Usage:
        return ExitUsage;
    case ErrorKind::Refused:
        return ExitRefused;
    case ErrorKind::AuthenticationFailed:
        return ExitAuthentication;
    case ErrorKind::Failure:
    case ErrorKind::Corrupt:
    case ErrorKind::InUse:
    case ErrorKind::NotFound:
        break;
    }
    return ExitFailure;
}

namespace {

QString kindId(ErrorKind kind) {
    switch (kind) {
    case ErrorKind::Usage:
        return QStringLiteral("usage");
    case ErrorKind::Refused:
        return QStringLiteral("refused");
    case ErrorKind::AuthenticationFailed:
        return QStringLiteral("authentication-failed");
    case ErrorKind::Corrupt:
        return QStringLiteral("corrupt");
    case ErrorKind::InUse:
        return QStringLiteral("in-use");
    case ErrorKind::NotFound:
        return QStringLiteral("not-found");
    case ErrorKind::Failure:
        break;
    }
    return QStringLiteral("failure");
}

// Reads one line into secret memory without passing through QString.
crypto::SecretBytes takeLine(QByteArray& raw) {
    qsizetype end = raw.indexOf('\n');
    if (end < 0) {
        end = raw.size();
    }
    qsizetype length = end;
    if (length > 0 && raw.at(length - 1) == '\r') {
        --length;
    }
    crypto::SecretBytes secret = crypto::SecretBytes::copyOf(raw.constData(), static_cast<std::size_t>(length));
    crypto::wipe(raw);
    return secret;
}

} // namespace

bool CliContext::parse(QCommandLineParser& parser, const QString& synopsis, const QStringList& positionals) {
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    const QString usageLine = tr("Usage: creditcase-cli %1").arg(synopsis);
    if (!parser.parse(QStringList{QStringLiteral("creditcase-cli")} + arguments)) {
        usage(parser.errorText() + QLatin1Char('\n') + usageLine);
        return false;
    }
    const QStringList given = parser.positionalArguments();
    const QString command = commandWords.join(QLatin1Char(' '));
    if (given.size() > positionals.size()) {
        const QString extra = given.at(positionals.size());
        usage(
            (positionals.isEmpty()
                 ? tr("Unexpected argument \"%1\": \"%2\" takes no arguments besides its options.").arg(extra, command)
                 : tr("Unexpected argument \"%1\": \"%2\" takes only %3.")
                       .arg(extra, command, positionals.join(QLatin1Char(' ')))) +
            QLatin1Char('\n') + usageLine);
        return false;
    }
    if (given.size() < positionals.size()) {
        usage(tr("Missing %1 for \"%2\".").arg(positionals.mid(given.size()).join(QLatin1Char(' ')), command) +
              QLatin1Char('\n') + usageLine);
        return false;
    }
    return true;
}

Status CliContext::checkOutputFile(const QString& path, bool force) const {
    const QFileInfo target(path);
    if (target.exists() || target.isSymLink()) {
        if (target.isDir()) {
            return Error::usage(tr("%1 is a folder; name a file to write.").arg(QDir::toNativeSeparators(path)));
        }
        if (!force) {
            return Error::usage(tr("The file %1 already exists and was left unchanged. Choose another name, or add "
                                   "--force to replace it.")
                                    .arg(QDir::toNativeSeparators(path)));
        }
    }
    return {};
}

Status CliContext::checkNotAfterToday(const QDate& date, const QString& option) {
    const QDate today = Clock::today();
    if (date.isValid() && date > today) {
        return Error::refused(tr("--%1 %2 is after today (%3): a report or export cannot be made as of a day that "
                                 "has not come yet.")
                                  .arg(option, date.toString(Qt::ISODate), today.toString(Qt::ISODate)));
    }
    return {};
}

int CliContext::succeed(const QJsonObject& object, const QString& text) {
    if (json) {
        out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    } else if (!text.isEmpty()) {
        out << text;
        if (!text.endsWith(QLatin1Char('\n'))) {
            out << '\n';
        }
    }
    out.flush();
    return ExitOk;
}

int CliContext::fail(const Error& error) {
    if (json) {
        QJsonObject object{{QStringLiteral("kind"), kindId(error.kind)}, {QStringLiteral("message"), error.message}};
        if (!error.citations.isEmpty()) {
            object.insert(QStringLiteral("citations"), QJsonArray::fromStringList(error.citations));
        }
        out << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("error"), object}}).toJson());
        out.flush();
    }
    err << tr("Error: %1").arg(error.message) << '\n';
    for (const QString& citation : error.citations) {
        err << tr("  Basis: %1").arg(citation) << '\n';
    }
    err.flush();
    return exitCodeFor(error);
}

int CliContext::usage(const QString& message) {
    return fail(Error::usage(message));
}

Result<crypto::SecretBytes> CliContext::readSecretFromFile(const QString& path, const QString& what) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::usage(tr("Cannot read the %1 file %2: %3").arg(what, path, file.errorString()));
    }
    QByteArray raw = file.read(4096);
    crypto::SecretBytes secret = takeLine(raw);
    if (secret.isEmpty()) {
        return Error::usage(tr("The %1 file %2 is empty.").arg(what, path));
    }
    return secret;
}

Result<crypto::SecretBytes> CliContext::readSecretLineFromStdin(const QString& prompt) {
    const bool terminal = ::isatty(STDIN_FILENO) == 1;
    termios saved{};
    if (terminal) {
        err << prompt << ' ';
        err.flush();
        tcgetattr(STDIN_FILENO, &saved);
        termios silent = saved;
        silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    }
    QByteArray raw;
    raw.reserve(4096);
    for (int c = std::getchar(); c != EOF && c != '\n' && raw.size() < 4096; c = std::getchar()) {
        raw.append(static_cast<char>(c));
    }
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        err << '\n';
        err.flush();
    }
    crypto::SecretBytes secret = takeLine(raw);
    if (secret.isEmpty()) {
        return Error::usage(tr("No password was given: use --password-file FILE or write it to standard input."));
    }
    return secret;
}

Result<crypto::SecretBytes> CliContext::readPassword(const QString& prompt) {
    if (!passwordFile.isEmpty()) {
        return readSecretFromFile(passwordFile, tr("password"));
    }
    return readSecretLineFromStdin(prompt);
}

Result<storage::Vault::Credential> CliContext::credential(bool recoveryCodeAllowed) {
    if (!recoveryFile.isEmpty()) {
        if (!recoveryCodeAllowed) {
            return Error::usage(tr("The recovery code opens the vault only for \"vault check\", \"vault restore\" "
                                   "and \"password reset\". Use --user and a password for this command."));
        }
        if (!userName.isEmpty() || !passwordFile.isEmpty()) {
            return Error::usage(tr("Give either --recovery-file or --user with a password, not both."));
        }
        QFile file(recoveryFile);
        if (!file.open(QIODevice::ReadOnly)) {
            return Error::usage(tr("Cannot read the recovery code file %1: %2").arg(recoveryFile, file.errorString()));
        }
        QString text = QString::fromUtf8(file.read(1024));
        auto code = crypto::RecoveryCode::parse(text.trimmed());
        crypto::wipe(text);
        if (!code) {
            return Error::authentication(code.error().message);
        }
        return storage::Vault::Credential::withRecoveryCode(code.take());
    }
    if (userName.isEmpty()) {
        return Error::usage(tr("Say who you are with --user NAME (or use --recovery-file FILE where allowed)."));
    }
    auto password = readPassword(tr("Password for %1:").arg(userName));
    if (!password) {
        return password.error();
    }
    return storage::Vault::Credential::withPassword(userName, password.take());
}

Result<std::unique_ptr<storage::Vault>> CliContext::openVault(bool recoveryCodeAllowed) {
    if (vaultPath.isEmpty()) {
        return Error::usage(tr("Name the vault with --vault FILE."));
    }
    auto cred = credential(recoveryCodeAllowed);
    if (!cred) {
        return cred.error();
    }
    auto vault = storage::Vault::open(vaultPath, *cred);
    if (!vault) {
        return vault.error();
    }
    workflow::UserAdministration users(**vault);
    if (Status active = users.requireActiveSession(); !active) {
        return active.error();
    }
    return vault;
}

Result<std::unique_ptr<service::Session>> CliContext::openSession(bool recoveryCodeAllowed) {
    if (vaultPath.isEmpty()) {
        return Error::usage(tr("Name the vault with --vault FILE."));
    }
    auto cred = credential(recoveryCodeAllowed);
    if (!cred) {
        return cred.error();
    }
    return service::Session::unlock(vaultPath, *cred);
}

crypto::KdfParams CliContext::kdfForNewSlots() {
#ifdef CREDITCASE_TEST_HOOKS
    if (qEnvironmentVariable("CREDITCASE_KDF_PROFILE") == QStringLiteral("test")) {
        return crypto::KdfParams::cheapestForTests();
    }
#endif
    return crypto::KdfParams::interactive();
}

} // namespace creditcase::cli
