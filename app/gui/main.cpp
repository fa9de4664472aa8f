// creditcase: the desktop application. Thin on purpose: process hardening, settings identity,
// translation, command line, then the unlock dialog (or a scripted unlock) and the main window.

#include "MainWindow.h"
#include "SessionGateway.h"
#include "Translator.h"
#include "UiSettings.h"
#include "UnlockDialog.h"
#include "VaultGateway.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>
#include <memory>

#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#include <sys/resource.h>
#endif
#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace {

// A crash must not write the vault key or personal data to a core file, and other processes of the same
// user must not read our memory through ptrace (KeePassXC Bootstrap::disableCoreDumps).
void disableCoreDumps() {
#ifdef Q_OS_LINUX
    struct rlimit limit = {0, 0};
    setrlimit(RLIMIT_CORE, &limit);
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#endif
}

// The first line of standard input; when that is a terminal, typed without echo after a prompt.
QString readPasswordFromStdin(const QString& prompt) {
#ifdef Q_OS_UNIX
    termios saved{};
    const bool terminal = isatty(STDIN_FILENO) == 1 && tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        QTextStream(stderr) << prompt << Qt::flush;
        termios silent = saved;
        silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    }
#else
    Q_UNUSED(prompt);
#endif
    QTextStream in(stdin);
    QString password = in.readLine();
#ifdef Q_OS_UNIX
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        QTextStream(stderr) << QLatin1Char('\n') << Qt::flush;
    }
#endif
    return password;
}

int exitCodeFor(creditcase::ErrorKind kind) {
    switch (kind) {
    case creditcase::ErrorKind::Usage:
        return 2;
    case creditcase::ErrorKind::Refused:
        return 3;
    case creditcase::ErrorKind::AuthenticationFailed:
        return 4;
    case creditcase::ErrorKind::Failure:
    case creditcase::ErrorKind::Corrupt:
    case creditcase::ErrorKind::InUse:
    case creditcase::ErrorKind::NotFound:
        break;
    }
    return 1;
}

class GuiMain {
    Q_DECLARE_TR_FUNCTIONS(GuiMain)

public:
    static int run(QApplication& app);
};

int GuiMain::run(QApplication& app) {
    using namespace creditcase::ui;

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Case management for public credit information."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption vaultOption(QStringLiteral("vault"), tr("Open the vault FILE."), tr("FILE"));
    const QCommandLineOption userOption(QStringLiteral("user"), tr("Sign in as NAME."), tr("NAME"));
    const QCommandLineOption passwordStdinOption(
        QStringLiteral("pw-stdin"),
        tr("Read the password from the first line of standard input and unlock without asking (needs --vault "
           "and --user)."));
    const QCommandLineOption lockAfterOption(
        QStringLiteral("lock-after-minutes"),
        tr("Lock after N minutes without input in this session (0 = never), instead of the preference."), tr("N"));
    parser.addOption(vaultOption);
    parser.addOption(userOption);
    parser.addOption(passwordStdinOption);
    parser.addOption(lockAfterOption);
    parser.process(app);

    QTextStream err(stderr);
    int lockAfterMinutes = -1;
    if (parser.isSet(lockAfterOption)) {
        bool ok = false;
        lockAfterMinutes = parser.value(lockAfterOption).toInt(&ok);
        if (!ok || lockAfterMinutes < 0 || lockAfterMinutes > UiSettings::kMaximumLockAfterMinutes) {
            err << tr("--lock-after-minutes needs a whole number from 0 to %1.")
                       .arg(UiSettings::kMaximumLockAfterMinutes)
                << Qt::endl;
            return 2;
        }
    }

    std::unique_ptr<VaultGateway> gateway = makeVaultGateway();

    if (parser.isSet(passwordStdinOption)) {
        if (!parser.isSet(vaultOption) || !parser.isSet(userOption)) {
            err << tr("--pw-stdin needs --vault FILE and --user NAME.") << Qt::endl;
            return 2;
        }
        QString password = readPasswordFromStdin(tr("Password for %1: ").arg(parser.value(userOption)));
        const creditcase::Status status =
            gateway->unlock(parser.value(vaultOption), parser.value(userOption), password);
        VaultGateway::wipe(password);
        if (!status.ok()) {
            err << tr("Could not unlock %1: %2").arg(parser.value(vaultOption), status.error().message) << Qt::endl;
            return exitCodeFor(status.error().kind);
        }
    } else {
        UnlockDialog unlock(*gateway);
        if (parser.isSet(vaultOption)) {
            unlock.setVaultPath(parser.value(vaultOption));
        }
        if (parser.isSet(userOption)) {
            unlock.setUserName(parser.value(userOption));
        }
        if (unlock.exec() != QDialog::Accepted) {
            return 0;
        }
    }

    MainWindow window(*gateway);
    if (lockAfterMinutes >= 0) {
        window.setLockAfterMinutes(lockAfterMinutes);
    }
    window.show();
    const int code = QApplication::exec();
    gateway->lock();
    return code;
}

} // namespace

std::unique_ptr<creditcase::ui::VaultGateway> creditcase::ui::makeVaultGateway() {
    return std::make_unique<creditcase::ui::SessionGateway>();
}

int main(int argc, char* argv[]) {
    disableCoreDumps();

    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CreditCase"));
    QCoreApplication::setApplicationName(QStringLiteral("CreditCase"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CREDITCASE_VERSION));

    creditcase::ui::Translator::install(
        creditcase::ui::Translator::chooseLanguage(creditcase::ui::UiSettings().language(), QLocale::system()));

    return GuiMain::run(app);
}
