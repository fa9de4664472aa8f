// stress_concurrency: P creditcase-cli processes add users to one vault for D seconds while some of them are
// killed with SIGKILL at random moments and restarted; then every write the CLI acknowledged (exit 0) must be
// in the vault, the key file must hold a slot for it, and the vault must pass its integrity and audit checks.
//
//   stress_concurrency [--processes 8] [--seconds 120] [--rounds 1] [--kill-every-ms 1500] [--seed N]
//                      [--cli PATH] [--keep DIR]
//
// Not a CTest test: it runs for minutes. A write counts as acknowledged only when its process exited 0, which
// the CLI does only after the transaction committed; a killed write is never acknowledged (it may or may not
// be present afterwards, both are fine).
#include "StressCli.h"
#include "crypto/KeySlotFile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTimer>
#include <cstdio>
#include <memory>
#include <vector>

using namespace creditcase::stress;

namespace {

const char* const kPassword = "stress-Campaign-password-2026";
const char* const kOrgan = "Stress County Market Regulation Bureau";

struct Options {
    int processes = 8;
    int seconds = 120;
    int rounds = 1;
    int killEveryMs = 1500; // mean time between two SIGKILLs; 0 = never kill
    quint32 seed = 0;
    QString cli;
    QString keep;
};

struct RoundFigures {
    int started = 0;
    int acknowledged = 0;
    int killed = 0;
    int crashed = 0;                // ended by a signal we did not send
    QMap<int, int> failedByExit;    // non-zero exit codes (not acknowledged)
    QMap<int, QString> sampleError; // one message per exit code
    int present = 0;                // acknowledged users found by `user list`
    int lost = 0;                   // acknowledged but missing
    int presentUnacknowledged = 0;  // killed writes that had committed
    int slotsMissing = 0;           // acknowledged users without a key slot
    int loginsFailed = 0;           // sample of acknowledged users whose password did not open the vault
    int loginsTried = 0;
    QString integrity; // from `vault check`
    QString auditChain;
    int auditEntries = 0;
    bool vaultOpened = false;
    QStringList lostNames;
    QString keyFileProblem;
};

// One writer slot: runs `user add` after `user add` until the time is up.
struct Writer {
    std::unique_ptr<QProcess> process;
    QString name;
    bool killedByUs = false;
};

class Round : public QObject {
public:
    Round(const Options& options, const QString& dir, QRandomGenerator& random)
        : m_options(options)
        , m_dir(dir)
        , m_random(random)
        , m_vault(dir + QStringLiteral("/stress.vault"))
        , m_passwordFile(dir + QStringLiteral("/password.txt")) {}

    bool create(QString& problem) {
        writeBytes(m_passwordFile, QByteArray(kPassword) + '\n');
        const CliRun init =
            runCli(m_options.cli,
                   {QStringLiteral("--vault"), m_vault, QStringLiteral("--json"), QStringLiteral("init"),
                    QStringLiteral("--admin"), QStringLiteral("admin"), QStringLiteral("--organ"),
                    QString::fromUtf8(kOrgan), QStringLiteral("--organ-level"), QStringLiteral("county"),
                    QStringLiteral("--region"), QStringLiteral("110105")},
                   QByteArray(kPassword) + '\n', 120000);
        if (!init.ok()) {
            problem = QStringLiteral("init failed (%1): %2").arg(init.describe(), QString::fromUtf8(init.err));
            return false;
        }
        writeBytes(m_dir + QStringLiteral("/recovery.txt"),
                   init.json().value(QStringLiteral("recovery_code")).toString().toUtf8() + '\n');
        return true;
    }

    RoundFigures run() {
        m_environment = QProcessEnvironment::systemEnvironment();
        m_environment.insert(QStringLiteral("CREDITCASE_KDF_PROFILE"), QStringLiteral("test"));
        m_environment.insert(QStringLiteral("CREDITCASE_LANG"), QStringLiteral("en"));
        m_writers.resize(static_cast<std::size_t>(m_options.processes));
        m_clock.start();
        for (std::size_t i = 0; i < m_writers.size(); ++i) {
            startWrite(i);
        }
        scheduleKill();
        m_loop.exec();
        verify();
        return m_figures;
    }

private:
    bool timeIsUp() const { return m_clock.elapsed() >= qint64{m_options.seconds} * 1000; }

    void startWrite(std::size_t slot) {
        Writer& writer = m_writers[slot];
        writer.name = QStringLiteral("w%1-%2").arg(slot).arg(m_nextName++);
        writer.killedByUs = false;
        writer.process = std::make_unique<QProcess>();
        QProcess* process = writer.process.get();
        process->setProcessEnvironment(m_environment);
        process->setStandardOutputFile(QProcess::nullDevice());
        QObject::connect(process, &QProcess::finished, this,
                         [this, slot](int exitCode, QProcess::ExitStatus status) { finished(slot, exitCode, status); });
        process->start(m_options.cli,
                       {QStringLiteral("--vault"), m_vault, QStringLiteral("--user"), QStringLiteral("admin"),
                        QStringLiteral("--password-file"), m_passwordFile, QStringLiteral("user"),
                        QStringLiteral("add"), writer.name, QStringLiteral("--role"), QStringLiteral("officer"),
                        QStringLiteral("--organ"), QString::fromUtf8(kOrgan), QStringLiteral("--organ-level"),
                        QStringLiteral("county"), QStringLiteral("--region"), QStringLiteral("110105"),
                        QStringLiteral("--initial-password-file"), m_passwordFile});
        m_written.insert(writer.name);
        ++m_figures.started;
        ++m_running;
    }

    void finished(std::size_t slot, int exitCode, QProcess::ExitStatus status) {
        Writer& writer = m_writers[slot];
        if (status == QProcess::CrashExit) {
            ++(writer.killedByUs ? m_figures.killed : m_figures.crashed);
        } else if (exitCode == 0) {
            ++m_figures.acknowledged;
            m_acknowledged.insert(writer.name);
        } else {
            ++m_figures.failedByExit[exitCode];
            if (!m_figures.sampleError.contains(exitCode)) {
                m_figures.sampleError.insert(exitCode,
                                             QString::fromUtf8(writer.process->readAllStandardError()).trimmed());
            }
        }
        writer.process.release()->deleteLater();
        --m_running;
        if (!timeIsUp()) {
            startWrite(slot);
        } else if (m_running == 0) {
            m_loop.quit();
        }
    }

    void scheduleKill() {
        if (m_options.killEveryMs <= 0) {
            return;
        }
        const int wait = m_options.killEveryMs / 2 + static_cast<int>(m_random.bounded(m_options.killEveryMs + 1));
        QTimer::singleShot(wait, this, [this] {
            if (timeIsUp()) {
                return;
            }
            std::vector<std::size_t> running;
            for (std::size_t i = 0; i < m_writers.size(); ++i) {
                if (m_writers[i].process && m_writers[i].process->state() == QProcess::Running) {
                    running.push_back(i);
                }
            }
            if (!running.empty()) {
                Writer& victim = m_writers[running[m_random.bounded(static_cast<quint32>(running.size()))]];
                victim.killedByUs = true;
                victim.process->kill(); // SIGKILL
            }
            scheduleKill();
        });
    }

    void verify() {
        const QStringList asAdmin{
            QStringLiteral("--vault"),         m_vault,        QStringLiteral("--user"), QStringLiteral("admin"),
            QStringLiteral("--password-file"), m_passwordFile, QStringLiteral("--json")};
        const CliRun check = runCli(m_options.cli,
                                    {QStringLiteral("--vault"), m_vault, QStringLiteral("--recovery-file"),
                                     m_dir + QStringLiteral("/recovery.txt"), QStringLiteral("--json"),
                                     QStringLiteral("vault"), QStringLiteral("check")},
                                    {}, 600000);
        const QJsonObject report = check.json();
        m_figures.integrity = report.value(QStringLiteral("integrity")).toString(check.describe());
        m_figures.auditChain = report.value(QStringLiteral("audit_chain")).toString(check.describe());
        m_figures.auditEntries = report.value(QStringLiteral("audit_entries")).toInt();

        const CliRun list =
            runCli(m_options.cli, asAdmin + QStringList{QStringLiteral("user"), QStringLiteral("list")}, {}, 600000);
        m_figures.vaultOpened = list.ok();
        QSet<QString> present;
        for (const QJsonValue& user : list.json().value(QStringLiteral("users")).toArray()) {
            present.insert(user.toObject().value(QStringLiteral("name")).toString());
        }
        // Slots are filed under a salted digest of the user name, so ask the key file about each name.
        const auto keyFile = creditcase::crypto::KeySlotFile::load(m_vault + QStringLiteral(".keys"));
        if (!keyFile) {
            m_figures.keyFileProblem = keyFile.error().message;
        }
        QStringList acknowledged = m_acknowledged.values();
        acknowledged.sort();
        for (const QString& name : acknowledged) {
            if (present.contains(name)) {
                ++m_figures.present;
            } else {
                ++m_figures.lost;
                m_figures.lostNames << name;
            }
            if (!keyFile || !keyFile->hasUser(name)) {
                ++m_figures.slotsMissing;
            }
        }
        for (const QString& name : std::as_const(m_written)) {
            if (present.contains(name) && !m_acknowledged.contains(name)) {
                ++m_figures.presentUnacknowledged;
            }
        }
        // A sample of acknowledged users must be able to open the vault with their password (slot usable).
        for (qsizetype i = 0; i < acknowledged.size() && m_figures.loginsTried < 10;
             i += qMax<qsizetype>(1, acknowledged.size() / 10)) {
            ++m_figures.loginsTried;
            const CliRun login = runCli(m_options.cli,
                                        {QStringLiteral("--vault"), m_vault, QStringLiteral("--user"),
                                         acknowledged.at(i), QStringLiteral("--password-file"), m_passwordFile,
                                         QStringLiteral("audit"), QStringLiteral("verify")},
                                        {}, 600000);
            // A new officer may still be asked to change the password, but the vault must open: exit 4 means the
            // password no longer opens the slot.
            if (login.ending != CliRun::Ending::Exited || login.exitCode == 4 || login.exitCode == 1) {
                ++m_figures.loginsFailed;
            }
        }
    }

    const Options& m_options;
    QString m_dir;
    QRandomGenerator& m_random;
    QString m_vault;
    QString m_passwordFile;
    QProcessEnvironment m_environment;
    std::vector<Writer> m_writers;
    QElapsedTimer m_clock;
    QEventLoop m_loop;
    int m_nextName = 0;
    int m_running = 0;
    QSet<QString> m_written;
    QSet<QString> m_acknowledged;
    RoundFigures m_figures;
};

QString exitSummary(const RoundFigures& figures) {
    QStringList parts;
    for (auto it = figures.failedByExit.cbegin(); it != figures.failedByExit.cend(); ++it) {
        parts << QStringLiteral("exit %1: %2").arg(it.key()).arg(it.value());
    }
    return parts.isEmpty() ? QStringLiteral("-") : parts.join(QStringLiteral(", "));
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (hasFlag(args, QStringLiteral("--help"))) {
        std::printf("usage: stress_concurrency [--processes 8] [--seconds 120] [--rounds 1] [--kill-every-ms 1500] "
                    "[--seed N] [--cli PATH] [--keep DIR]\n");
        return 0;
    }
    Options options;
    options.processes = option(args, QStringLiteral("--processes"), QStringLiteral("8")).toInt();
    options.seconds = option(args, QStringLiteral("--seconds"), QStringLiteral("120")).toInt();
    options.rounds = option(args, QStringLiteral("--rounds"), QStringLiteral("1")).toInt();
    options.killEveryMs = option(args, QStringLiteral("--kill-every-ms"), QStringLiteral("1500")).toInt();
    options.seed = option(args, QStringLiteral("--seed"), QString::number(QDateTime::currentSecsSinceEpoch())).toUInt();
    options.cli = cliPath(option(args, QStringLiteral("--cli"), {}));
    options.keep = option(args, QStringLiteral("--keep"), {});
    if (options.processes < 1 || options.seconds < 1 || options.rounds < 1) {
        std::fprintf(stderr, "processes, seconds and rounds must be at least 1\n");
        return 2;
    }
    QRandomGenerator random(options.seed);
    std::printf("stress_concurrency: %d processes x %d s x %d round(s), SIGKILL every ~%d ms, seed %u\ncli: %s\n\n",
                options.processes, options.seconds, options.rounds, options.killEveryMs, options.seed,
                qPrintable(options.cli));
    std::printf("%-5s %7s %6s %6s %7s %7s %5s %7s %7s %6s %-10s %-10s %7s  %s\n", "round", "started", "acked", "killed",
                "present", "unacked", "lost", "noslot", "logins", "crash", "integrity", "audit", "entries",
                "failed (not acknowledged)");
    RoundFigures total;
    int damagedVaults = 0;
    int loginsFailed = 0;
    for (int round = 1; round <= options.rounds; ++round) {
        QTemporaryDir temporary;
        QString dir = temporary.path();
        if (!options.keep.isEmpty()) {
            dir = QDir(options.keep).filePath(QStringLiteral("round-%1").arg(round));
            QDir().mkpath(dir);
        }
        Round work(options, dir, random);
        QString problem;
        if (!work.create(problem)) {
            std::fprintf(stderr, "%s\n", qPrintable(problem));
            return 1;
        }
        const RoundFigures f = work.run();
        const bool damaged =
            !f.vaultOpened || f.integrity != QStringLiteral("ok") || f.auditChain != QStringLiteral("ok");
        damagedVaults += damaged ? 1 : 0;
        loginsFailed += f.loginsFailed;
        std::printf("%-5d %7d %6d %6d %7d %7d %5d %7d %3d/%-3d %6d %-10s %-10s %7d  %s\n", round, f.started,
                    f.acknowledged, f.killed, f.present, f.presentUnacknowledged, f.lost, f.slotsMissing,
                    f.loginsTried - f.loginsFailed, f.loginsTried, f.crashed, qPrintable(f.integrity.left(10)),
                    qPrintable(f.auditChain.left(10)), f.auditEntries, qPrintable(exitSummary(f)));
        if (!f.lostNames.isEmpty()) {
            std::printf("      lost: %s\n", qPrintable(f.lostNames.join(QLatin1Char(' '))));
        }
        if (!f.keyFileProblem.isEmpty()) {
            std::printf("      key file: %s\n", qPrintable(f.keyFileProblem));
        }
        if (damaged) {
            std::printf("      vault check: integrity %s / audit chain %s\n", qPrintable(f.integrity),
                        qPrintable(f.auditChain));
        }
        for (auto it = f.sampleError.cbegin(); it != f.sampleError.cend(); ++it) {
            std::printf("      exit %d e.g.: %s\n", it.key(), qPrintable(it.value().left(300)));
        }
        std::fflush(stdout);
        total.started += f.started;
        total.acknowledged += f.acknowledged;
        total.killed += f.killed;
        total.crashed += f.crashed;
        total.present += f.present;
        total.presentUnacknowledged += f.presentUnacknowledged;
        total.lost += f.lost;
        total.slotsMissing += f.slotsMissing;
        for (auto it = f.failedByExit.cbegin(); it != f.failedByExit.cend(); ++it) {
            total.failedByExit[it.key()] += it.value();
        }
    }
    std::printf("\nTOTAL: %d writes started, %d acknowledged, %d killed by SIGKILL, %d crashed on their own; "
                "%d acknowledged present, %d acknowledged LOST, %d without key slot, %d failed logins in sample; "
                "%d of %d vaults damaged (open, integrity or audit chain); not acknowledged: %s\n",
                total.started, total.acknowledged, total.killed, total.crashed, total.present, total.lost,
                total.slotsMissing, loginsFailed, damagedVaults, options.rounds, qPrintable(exitSummary(total)));
    const bool clean =
        total.lost == 0 && total.slotsMissing == 0 && damagedVaults == 0 && total.crashed == 0 && loginsFailed == 0;
    std::printf("%s\n", clean ? "RESULT: no acknowledged write lost, no vault damaged"
                              : "RESULT: FAILED (see the figures above)");
    return clean ? 0 : 1;
}
