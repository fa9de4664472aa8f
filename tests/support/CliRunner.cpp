#include "CliRunner.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>

namespace creditcase::test {

CliOutcome runCli(const QStringList& arguments, const QByteArray& standardInput, const QProcessEnvironment& extra)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CREDITCASE_KDF_PROFILE"), QStringLiteral("test"));
    env.insert(QStringLiteral("CREDITCASE_LANG"), QStringLiteral("en"));
    env.insert(extra);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(CREDITCASE_CLI_PATH), arguments);
    if (!process.waitForStarted(10000)) {
        return {-1, {}, QStringLiteral("could not start ") + QStringLiteral(CREDITCASE_CLI_PATH)};
    }
    process.write(standardInput);
    process.closeWriteChannel();
    process.waitForFinished(120000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

QString writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(content);
    }
    return path;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray sha256OfFile(const QString& path)
{
    return QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256).toHex();
}

} // namespace creditcase::test
