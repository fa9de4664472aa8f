#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// Shared by the stress and damage campaigns: run creditcase-cli as a separate process, the way an officer or
// a script would, and tell a clean exit from a crash (killed by a signal) and a hang (no exit in time).
namespace creditcase::stress {

struct CliRun {
    enum class Ending { Exited, Crashed, Hung, NotStarted };
    Ending ending = Ending::NotStarted;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    qint64 millis = 0;

    bool ok() const { return ending == Ending::Exited && exitCode == 0; }
    // The JSON object printed with --json (empty when the output was not JSON).
    QJsonObject json() const;
    // "exit 0", "exit 4", "signal", "hang", "not started".
    QString describe() const;
};

// The CLI to drive: the --cli option, else $CREDITCASE_CLI, else the one built beside the test programs.
QString cliPath(const QString& override);

// English messages and the cheapest Argon2id parameters for new slots, as the test suite uses.
CliRun runCli(const QString& cli, const QStringList& arguments, const QByteArray& standardInput, int timeoutMs);

bool writeBytes(const QString& path, const QByteArray& bytes);
QByteArray readBytes(const QString& path);

// "--name value" from argv, or fallback.
QString option(const QStringList& args, const QString& name, const QString& fallback);
bool hasFlag(const QStringList& args, const QString& name);

} // namespace creditcase::stress
