#pragma once

#include "Result.h"
#include "crypto/KdfParams.h"
#include "crypto/SecretBytes.h"
#include "service/Session.h"
#include "storage/Vault.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>
#include <memory>

namespace creditcase::cli {

// Exit codes of creditcase-cli (the command-line contract in README.md).
enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitUsage = 2, ExitRefused = 3, ExitAuthentication = 4 };

int exitCodeFor(const Error& error);

// The global options and the channels every command uses. Passwords come from --password-file or
// standard input, never from an argument; they are wiped after use.
class CliContext {
    Q_DECLARE_TR_FUNCTIONS(CliContext)

public:
    QString vaultPath;
    QString userName;
    QString passwordFile;
    QString recoveryFile;
    bool json = false;
    QStringList commandWords; // e.g. {"vault", "backup"}
    QStringList arguments;    // what follows the command words

    // Parses the command's own options from `arguments` and checks that exactly the named positional arguments
    // were given (none by default): an unknown option, a missing argument or an unexpected extra one (named in the
    // message) prints a usage error (exit 2) and returns false, before anything is read or written. Every command
    // parses through here, so no command acts on a command line it did not fully understand.
    bool parse(QCommandLineParser& parser, const QString& synopsis, const QStringList& positionals = {});

    // Prints a result: JSON object with --json, otherwise the given human-readable text.
    int succeed(const QJsonObject& json, const QString& text);
    // Prints an error (JSON on stdout with --json, always a message on stderr) and returns its exit code.
    int fail(const Error& error);
    int usage(const QString& message);

    // Refuses (usage error, exit 2) to write a user-named file that already exists unless --force was given;
    // checked before the password is read, so nothing is opened or written.
    Status checkOutputFile(const QString& path, bool force) const;
    // Dates of reports and exports ("as of", "up to") cannot lie after today (the injected clock).
    static Status checkNotAfterToday(const QDate& date, const QString& option);

    // One line of secret text from a file or standard input (prompting without echo on a terminal).
    Result<crypto::SecretBytes> readSecretFromFile(const QString& path, const QString& what);
    Result<crypto::SecretBytes> readPassword(const QString& prompt);
    Result<crypto::SecretBytes> readSecretLineFromStdin(const QString& prompt);

    // Opens --vault with --user/password or --recovery-file; checks the user is active.
    Result<std::unique_ptr<storage::Vault>> openVault(bool recoveryCodeAllowed);
    Result<storage::Vault::Credential> credential(bool recoveryCodeAllowed);
    // The same, as the session the core services work with.
    Result<std::unique_ptr<service::Session>> openSession(bool recoveryCodeAllowed);

    // Argon2id parameters for new key slots: interactive. In test builds only (CREDITCASE_TEST_HOOKS),
    // CREDITCASE_KDF_PROFILE=test selects the cheapest parameters for test suites (they are stored per slot, so a
    // later rekey or reset upgrades them); a shipped build never reads the variable.
    static crypto::KdfParams kdfForNewSlots();

    QTextStream out{stdout};
    QTextStream err{stderr};
};

using CommandFunction = int (*)(CliContext&);

struct Command {
    QStringList words;
    QString synopsis;
    const char* summary; // translatable (QT_TRANSLATE_NOOP("Commands", ...))
    CommandFunction run;
};

// Each command file registers its commands with a static CommandRegistration, so adding a command group
// touches no shared file:   static const CommandRegistration registration(&myCommands);
using CommandProvider = QList<Command> (*)();
struct CommandRegistration {
    explicit CommandRegistration(CommandProvider provider);
};
QList<Command> registeredCommands();

} // namespace creditcase::cli
