#pragma once

#include "Result.h"
#include "crypto/SecretBytes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <optional>

namespace creditcase::storage {

// <vault>.head: how far the vault has been committed, recorded outside the database and its -wal.
//
// Every write transaction (Vault::transact) increments the counter vault_meta 'commit_seq' inside the vault;
// after the commit returns, the process moves the head file forward to that number. SQLite's WAL recovery stops
// silently at the first frame whose checksum fails and treats everything after it as never committed
// (field-notes F.3), so damage to committed frames loses transactions without any error. Reading the head file
// first and the vault's counter afterwards tells them apart: a counter below the head means committed
// transactions are missing. The head only ever moves forward (read, take the maximum, write under an exclusive
// lock, several processes at once), is replaced atomically (fsync, rename), is sealed with a MAC keyed from the
// master key (a forged or damaged head is itself reported as damage), holds only a number and is 0600.
class VaultHead {
    Q_DECLARE_TR_FUNCTIONS(VaultHead)

public:
    VaultHead() = delete;

    static QString pathFor(const QString& vaultPath);
    static QString lockPathFor(const QString& vaultPath);

    // The head file's raw bytes, read before the vault so that no commit made in between can look missing.
    // std::nullopt when there is no head file (an older vault, or a fresh one before its first commit).
    struct Snapshot {
        bool present = false;
        QByteArray bytes;
    };
    static Snapshot snapshot(const QString& vaultPath);

    /* The commit number a snapshot records, once the master key is proven. std::nullopt when the snapshot
       holds no file. Corrupt when the file is damaged or was not written with this master key. */
    static Result<std::optional<quint64>> verify(const Snapshot& snapshot, const QString& vaultPath,
                                                 const crypto::SecretBytes& masterKey);

    /* Moves the head forward to commitSeq unless it already records as much; never backwards. An existing head
       that is unreadable or sealed with another key is replaced. Fails only when the file cannot be written. */
    static Status advance(const QString& vaultPath, const crypto::SecretBytes& masterKey, quint64 commitSeq);

    /* Writes commitSeq whatever the head said before: after a rekey (new seal) and after a restore (the restored
       vault's own counter). */
    static Status reset(const QString& vaultPath, const crypto::SecretBytes& masterKey, quint64 commitSeq);

    // The encoded file content for commitSeq (exposed for tests that forge or damage a head).
    static QByteArray encode(quint64 commitSeq, const crypto::SecretBytes& masterKey);
};

} // namespace creditcase::storage
