#include "VaultSessions.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSysInfo>

#include <cerrno>
#include <csignal>
#include <sys/types.h>

namespace creditcase::storage {

namespace {

bool processAlive(qint64 pid)
{
    if (pid <= 0) {
        return false;
    }
    if (::kill(static_cast<pid_t>(pid), 0) == 0) {
        return true;
    }
    return errno == EPERM; // exists, but belongs to someone else
}

} // namespace

VaultSessions::VaultSessions(const QString& vaultPath)
    : m_directory(directoryFor(vaultPath))
{
}

VaultSessions::~VaultSessions()
{
    release();
}

QString VaultSessions::directoryFor(const QString& vaultPath)
{
    return QFileInfo(vaultPath).absoluteFilePath() + QStringLiteral(".sessions");
}

Status VaultSessions::enter(const QString& userName)
{
    release();
    if (!QDir().mkpath(m_directory)) {
        return Error::failure(tr("Cannot create the folder %1 that records who has the vault open.").arg(m_directory));
    }
    const QString host = QSysInfo::machineHostName();
    const qint64 pid = QCoreApplication::applicationPid();
    const QString file = QDir(m_directory).filePath(QStringLiteral("%1-%2.json").arg(host).arg(pid));
    QJsonObject marker{{QStringLiteral("user"), userName},
                       {QStringLiteral("host"), host},
                       {QStringLiteral("pid"), pid},
                       {QStringLiteral("since"), QDateTime::currentDateTime().toString(Qt::ISODate)}};
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(marker).toJson(QJsonDocument::Compact)) < 0 || !out.flush() ||
        !out.commit()) {
        return Error::failure(tr("Cannot record that the vault is open (%1): %2").arg(file, out.errorString()));
    }
    m_ownFile = file;
    return {};
}

void VaultSessions::release()
{
    if (!m_ownFile.isEmpty()) {
        // The folder stays: removing it could race with another process registering itself.
        QFile::remove(m_ownFile);
        m_ownFile.clear();
    }
}

QList<VaultSessions::Marker> VaultSessions::others() const
{
    QList<Marker> result;
    const QDir dir(m_directory);
    if (!dir.exists()) {
        return result;
    }
    const QString thisHost = QSysInfo::machineHostName();
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        const QString path = dir.filePath(name);
        if (path == m_ownFile) {
            continue;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            continue;
        }
        const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        Marker marker{json.value(QStringLiteral("user")).toString(), json.value(QStringLiteral("host")).toString(),
                      json.value(QStringLiteral("pid")).toInteger(),
                      QDateTime::fromString(json.value(QStringLiteral("since")).toString(), Qt::ISODate), path};
        const bool unreadable = marker.pid == 0 || marker.host.isEmpty();
        const bool crashed = marker.host == thisHost && !processAlive(marker.pid);
        if (unreadable || crashed) {
            QFile::remove(path); // a stale marker left by a crash: recover silently
            continue;
        }
        result.append(marker);
    }
    return result;
}

Status VaultSessions::requireExclusive() const
{
    const auto live = others();
    if (live.isEmpty()) {
        return {};
    }
    const Marker& first = live.first();
    return Error::inUse(tr("The vault is in use by %1 since %2 (process %3 on %4). Ask them to close CreditCase, "
                           "then try again.")
                            .arg(first.userName, first.since.toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                            .arg(first.pid)
                            .arg(first.host));
}

} // namespace creditcase::storage
