#include "StressCli.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>

namespace creditcase::stress {

QJsonObject CliRun::json() const {
    return QJsonDocument::fromJson(out).object();
}

QString CliRun::describe() const {
    switch (ending) {
    case Ending::Exited:
        return QStringLiteral("exit %1").arg(exitCode);
    case Ending::Crashed:
        return QStringLiteral("signal");
    case Ending::Hung:
        return QStringLiteral("hang");
    case Ending::NotStarted:
        break;
    }
    return QStringLiteral("not started");
}

QString cliPath(const QString& override) {
    if (!override.isEmpty()) {
        return override;
    }
    const QString fromEnvironment = qEnvironmentVariable("CREDITCASE_CLI");
    return fromEnvironment.isEmpty() ? QStringLiteral(CREDITCASE_CLI_PATH) : fromEnvironment;
}

CliRun runCli(const QString& cli, const QStringList& arguments, const QByteArray& standardInput, int timeoutMs) {
    CliRun run;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CREDITCASE_KDF_PROFILE"), QStringLiteral("test"));
    env.insert(QStringLiteral("CREDITCASE_LANG"), QStringLiteral("en"));
    process.setProcessEnvironment(env);
    QElapsedTimer clock;
    clock.start();
    process.start(cli, arguments);
    if (!process.waitForStarted(30000)) {
        run.err = process.errorString().toUtf8();
        return run;
    }
    process.write(standardInput);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(10000);
        run.ending = CliRun::Ending::Hung;
    } else if (process.exitStatus() == QProcess::CrashExit) {
        run.ending = CliRun::Ending::Crashed;
    } else {
        run.ending = CliRun::Ending::Exited;
        run.exitCode = process.exitCode();
    }
    run.millis = clock.elapsed();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

bool writeBytes(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

QByteArray readBytes(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString option(const QStringList& args, const QString& name, const QString& fallback) {
    const qsizetype at = args.indexOf(name);
    return at >= 0 && at + 1 < args.size() ? args.at(at + 1) : fallback;
}

bool hasFlag(const QStringList& args, const QString& name) {
    return args.contains(name);
}

} // namespace creditcase::stress
