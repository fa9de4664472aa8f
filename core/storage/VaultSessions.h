#pragma once

#include "Result.h"
#include "crypto/SecretBytes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace creditcase::storage {

// "Who has this vault open": one small marker file per process in <vault>.sessions/ (0700; markers 0600). A
// marker holds a process id, the time it was opened, a hash of the host name (to recognise markers of this
// computer) and, sealed with a subkey of the master key (XChaCha20-Poly1305), the user name and host name:
// nothing beside the vault names a person in clear, and only a process that has unlocked the vault can read
// who is in. Operations that need the vault alone (restore, rekey) refuse while another live process has a
// marker. A marker left by a crashed process (same host, process gone) is removed automatically the next time
// anyone looks.
class VaultSessions {
    Q_DECLARE_TR_FUNCTIONS(VaultSessions)

public:
    struct Marker {
        QString userName; // empty when this process cannot unseal it (no key, or another vault's key)
        QString host;     // likewise
        qint64 pid = 0;
        QDateTime since;
        QString file;
    };

    // masterKey: the unlocked vault's master key (copied into a derived subkey), or nullptr for a process that
    // has not unlocked the vault; such a process can still tell that someone is in, not who.
    explicit VaultSessions(const QString& vaultPath, const crypto::SecretBytes* masterKey = nullptr);
    ~VaultSessions();
    VaultSessions(const VaultSessions&) = delete;
    VaultSessions& operator=(const VaultSessions&) = delete;

    static QString directoryFor(const QString& vaultPath);

    // Registers this process as a user of the vault; removed again by release() or the destructor. Needs the
    // master key (the name is sealed with it).
    Status enter(const QString& userName);
    void release();

    // Live markers of other processes; stale ones are deleted on the way.
    QList<Marker> others() const;

    // Ok when no other live process has the vault open, otherwise InUse naming who (when this process can
    // read it) and since when.
    Status requireExclusive() const;

private:
    QString m_directory;
    QString m_ownFile;
    crypto::SecretBytes m_markerKey;
};

} // namespace creditcase::storage
