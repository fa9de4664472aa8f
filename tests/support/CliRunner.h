#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace creditcase::test {

struct CliOutcome {
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the real creditcase-cli binary, as a user or a script would: English messages, the cheapest
// Argon2id parameters for new slots (CREDITCASE_KDF_PROFILE=test), input on standard input.
CliOutcome runCli(const QStringList& arguments, const QByteArray& standardInput = {},
                  const QProcessEnvironment& extra = {});

// Writes text to a file in dir (for --password-file, --recovery-file); returns the path.
QString writeFile(const QString& path, const QByteArray& content);

QByteArray readAll(const QString& path);
QByteArray sha256OfFile(const QString& path);

} // namespace creditcase::test
