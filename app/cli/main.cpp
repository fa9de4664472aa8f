// creditcase-cli: the headless entry point. Global options may stand anywhere; the command words pick the
// command, which parses the rest. Exit codes: 0 success, 1 other failure, 2 usage error, 3 refused by a
// rule or a permission, 4 authentication failed.
#include "CliContext.h"
#include "storage/Vault.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QStringDecoder>
#include <QTranslator>
#include <sys/prctl.h>
#include <sys/resource.h>

using namespace creditcase::cli;

namespace {

void installTranslations(QCoreApplication& app) {
    QString language = qEnvironmentVariable("CREDITCASE_LANG");
    if (language.isEmpty()) {
        language = QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
    }
    auto* translator = new QTranslator(&app);
    if (translator->load(QStringLiteral(":/i18n/creditcase_%1.qm").arg(language))) {
        QCoreApplication::installTranslator(translator);
    }
}

void hardenProcess() {
    // No core dumps: they would hold keys and personal data in plain text.
    const rlimit none{0, 0};
    setrlimit(RLIMIT_CORE, &none);
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
}

// The arguments as text, decoded strictly: an argument that is not valid UTF-8 would otherwise become U+FFFD
// replacement characters and be stored as such (a user name, a subject's name, a file name that then names
// another file). Returns the position (1-based) of the first argument that is not valid UTF-8, or 0.
int decodeArguments(int argc, char* argv[], QStringList& decoded) {
    for (int i = 1; i < argc; ++i) {
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QByteArrayView bytes(argv[i]);
        QString text = utf8.decode(bytes);
        if (utf8.hasError()) {
            return i;
        }
        decoded << text;
    }
    return 0;
}

// Shows bytes that are not valid UTF-8 so the user can find them: ASCII as it is, everything else as \xNN.
QString escapedBytes(const QByteArray& bytes) {
    QString shown;
    for (const char byte : bytes) {
        const auto value = static_cast<unsigned char>(byte);
        if (value >= 0x20 && value < 0x7f) {
            shown += QLatin1Char(byte);
        } else {
            shown += QStringLiteral("\\x%1").arg(value, 2, 16, QLatin1Char('0'));
        }
    }
    return shown;
}

// The print commands lay out pages with Qt's text engine, which needs a QGuiApplication (fonts), though no display:
// they get one on the offscreen platform. Every other command keeps the plain QCoreApplication.
std::unique_ptr<QCoreApplication> makeApplication(int& argc, char* argv[]) {
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "print") == 0) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
            return std::make_unique<QGuiApplication>(argc, argv);
        }
    }
    return std::make_unique<QCoreApplication>(argc, argv);
}

// The command table is fixed once the program has started (every registration is a static object).
const QList<Command>& allCommands() {
    static const QList<Command> commands = registeredCommands();
    return commands;
}

void printHelp(CliContext& context) {
    context.out << QCoreApplication::translate("Commands", "Usage: creditcase-cli [global options] COMMAND [options]")
                << "\n\n"
                << QCoreApplication::translate("Commands", "Global options:") << '\n'
                << QCoreApplication::translate("Commands", "  --vault FILE            the vault to work on") << '\n'
                << QCoreApplication::translate("Commands", "  --user NAME             who you are") << '\n'
                << QCoreApplication::translate("Commands",
                                               "  --password-file FILE    read the password from FILE (otherwise "
                                               "from standard input; never as an argument)")
                << '\n'
                << QCoreApplication::translate("Commands",
                                               "  --recovery-file FILE    open with the recovery code instead (vault "
                                               "check, vault restore, password reset)")
                << '\n'
                << QCoreApplication::translate("Commands", "  --json                  machine-readable output")
                << "\n\n"
                << QCoreApplication::translate("Commands", "Commands:") << '\n';
    for (const Command& command : allCommands()) {
        context.out << "  " << command.synopsis << "\n      "
                    << QCoreApplication::translate("Commands", command.summary) << '\n';
    }
    context.out << '\n'
                << QCoreApplication::translate("Commands",
                                               "Exit codes: 0 success, 1 failure, 2 usage error, 3 refused by a rule "
                                               "or permission, 4 authentication failed.")
                << '\n';
    context.out.flush();
}

} // namespace

int main(int argc, char* argv[]) {
    hardenProcess();
    const std::unique_ptr<QCoreApplication> application = makeApplication(argc, argv);
    QCoreApplication& app = *application;
    QCoreApplication::setOrganizationName(QStringLiteral("CreditCase"));
    QCoreApplication::setApplicationName(QStringLiteral("creditcase-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CREDITCASE_VERSION));
    installTranslations(app);
    // The page cache per vault connection, in MiB (default: storage::Vault::kDefaultPageCacheKiB).
    bool isNumber = false;
    const int cacheMiB = qEnvironmentVariableIntValue("CREDITCASE_PAGE_CACHE_MIB", &isNumber);
    if (isNumber && cacheMiB > 0 && cacheMiB <= 1024 * 1024) {
        creditcase::storage::Vault::setPageCacheKiB(cacheMiB * 1024);
    }

    CliContext context;
    QStringList words;
    QStringList args;
    if (const int bad = decodeArguments(argc, argv, args); bad > 0) {
        return context.usage(QCoreApplication::translate("Commands", "Argument %1 (\"%2\") is not valid UTF-8 text. "
                                                                     "Names and other text must be given in UTF-8; "
                                                                     "nothing was done.")
                                 .arg(bad)
                                 .arg(escapedBytes(QByteArray(argv[bad]))));
    }
    bool help = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& arg = args.at(i);
        const auto takeValue = [&](QString& target) {
            if (i + 1 >= args.size()) {
                return false;
            }
            target = args.at(++i);
            return true;
        };
        bool ok = true;
        if (arg == QStringLiteral("--vault")) {
            ok = takeValue(context.vaultPath);
        } else if (arg == QStringLiteral("--user")) {
            ok = takeValue(context.userName);
        } else if (arg == QStringLiteral("--password-file")) {
            ok = takeValue(context.passwordFile);
        } else if (arg == QStringLiteral("--recovery-file")) {
            ok = takeValue(context.recoveryFile);
        } else if (arg == QStringLiteral("--json")) {
            context.json = true;
        } else if (arg == QStringLiteral("--password") || arg.startsWith(QStringLiteral("--password="))) {
            return context.usage(QCoreApplication::translate(
                "Commands", "Passwords are never given as arguments (other users can see them). Use "
                            "--password-file FILE or standard input."));
        } else if (arg == QStringLiteral("--help") || arg == QStringLiteral("-h")) {
            help = true;
        } else if (arg == QStringLiteral("--version")) {
            context.out << "creditcase-cli " << CREDITCASE_VERSION;
#ifdef CREDITCASE_TEST_HOOKS
            // Test builds only: say so, so that such a program is never mistaken for a release.
            context.out << " (test build: CREDITCASE_TODAY and CREDITCASE_KDF_PROFILE are honoured)";
#endif
            context.out << '\n';
            return ExitOk;
        } else {
            words << arg;
        }
        if (!ok) {
            return context.usage(QCoreApplication::translate("Commands", "The option %1 needs a value.").arg(arg));
        }
    }
    if (help || words.isEmpty()) {
        printHelp(context);
        return words.isEmpty() && !help ? ExitUsage : ExitOk;
    }

    // The longest registered command whose words start the argument list.
    const QList<Command>& commands = allCommands();
    const Command* chosen = nullptr;
    for (const Command& command : commands) {
        if (words.mid(0, command.words.size()) == command.words &&
            (!chosen || command.words.size() > chosen->words.size())) {
            chosen = &command;
        }
    }
    if (!chosen) {
        return context.usage(
            QCoreApplication::translate("Commands", "Unknown command \"%1\". Run creditcase-cli --help for the list.")
                .arg(words.join(QLatin1Char(' '))));
    }
    context.commandWords = chosen->words;
    context.arguments = words.mid(chosen->words.size());
    return chosen->run(context);
}
