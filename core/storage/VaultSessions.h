#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace creditcase::storage {

// "Who has this vault open": one small marker file per process in <vault>.sessions/, holding the user
// name, host, process id and the time it was opened (no personal data of any subject). Operations that
// need the vault alone (restore, rekey) refuse while another live process has a marker. A marker left by
// a crashed process (same host, process gone) is removed automatically the next time anyone looks.
class VaultSessions {
    Q_DECLARE_TR_FUNCTIONS(VaultSessions)

public:
    struct Marker {
        QString userName;
        QString host;
        qint64 pid = 0;
        QDateTime since;
        QString file;
    };

    explicit VaultSessions(const QString& vaultPath);
    ~VaultSessions();
    VaultSessions(const VaultSessions&) = delete;
    VaultSessions& operator=(const VaultSessions&) = delete;

    static QString directoryFor(const QString& vaultPath);

    // Registers this process as a user of the vault; removed again by release() or the destructor.
    Status enter(const QString& userName);
    void release();

    // Live markers of other processes; stale ones are deleted on the way.
    QList<Marker> others() const;

    // Ok when no other live process has the vault open, otherwise InUse naming who and since when.
    Status requireExclusive() const;

private:
    QString m_directory;
    QString m_ownFile;
};

} // namespace creditcase::storage
