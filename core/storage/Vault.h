#pragma once

#include "Result.h"
#include "crypto/KeySlotFile.h"
#include "crypto/RecoveryCode.h"
#include "crypto/SecretBytes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

namespace creditcase::storage {

class VaultSessions;

// The always-encrypted local database and the files beside it:
//   <vault>            SQLCipher 3 database, raw 256-bit master key, 4 KiB pages, WAL, synchronous=FULL
//   <vault>.keys       key slots: each user's password (Argon2id) unwraps that user's slot key, which
//                      unwraps the master key (core/crypto/KeySlotFile)
//   <vault>.sessions/  who has the vault open (VaultSessions)
//   <vault>.backups.json  where the backups went (paths and times only), so a damaged vault can point
//                      to its latest backup
//   <vault>.head       how many transactions were committed, sealed with a subkey of the master key
//                      (VaultHead); <vault>.head.lock serialises its updates
// Every file CreditCase creates here is readable by its owner only (0600; folders 0700), and none names a
// person in clear. No code of this process ever opens the vault file (or -wal/-shm) other than through
// SQLite: closing such a descriptor would drop SQLite's POSIX locks (field-notes F.1).
// The master key is derived from the recovery code, which therefore opens the vault on its own even when
// the key file is lost. Storage knows no domain: users' roles and organs are kept by core/workflow.
class Vault {
    Q_DECLARE_TR_FUNCTIONS(Vault)

public:
    // Runs inside the creating transaction, so a vault never exists half-initialised.
    using Initialiser = std::function<Status(QSqlDatabase&)>;
    // Asked of a backup before it replaces the vault (e.g. "is this user an administrator there?").
    using Authoriser = std::function<Status(QSqlDatabase&)>;

    struct Created;
    struct BackupRecord {
        QString path;
        QDateTime madeAt;
    };
    // How to open a vault or a backup: a user's password, or the recovery code.
    struct Credential {
        QString userName;             // empty when the recovery code is used
        crypto::SecretBytes password; // wiped when the credential is destroyed
        std::optional<crypto::RecoveryCode> recoveryCode;

        static Credential withPassword(const QString& user, crypto::SecretBytes password);
        static Credential withRecoveryCode(crypto::RecoveryCode code);
        bool usesRecoveryCode() const { return recoveryCode.has_value(); }
    };
    struct OpenOptions {
        /* Opens a vault whose head file is missing although the vault has recorded commits (see open()). Only for
           an administrator who has decided the vault is complete (VaultService::acceptMissingHead); nothing is
           written before that decision, and the head is written again by the next transaction. */
        bool acceptMissingHead = false;
    };

    // "SQLCipher over SQLite X, libsodium Y": the storage and crypto libraries in use, for support requests.
    static QString backendVersions();
    static QString keyFilePath(const QString& vaultPath);
    static QString backupIndexPath(const QString& vaultPath);

    /* Creates a new vault at path for its first user. Fails without leaving any file behind when the
       path is taken, the folder is not writable, or the initialiser fails. */
    static Result<Created> create(const QString& path, const QString& firstUser, const crypto::SecretBytes& password,
                                  const crypto::KdfParams& kdf, const Initialiser& initialise);

    /* Opens with a password or with the recovery code. Never writes to the vault or the key file
       before the key has been proven; a wrong password leaves every file byte-for-byte unchanged. A file
       that is not whole pages, has no readable vault identity, or has fewer commits than its head file
       records is reported as damaged (ErrorKind::Corrupt, naming the latest backup) and left unchanged;
       a key slot that cannot be read is damage too, never a wrong password. A missing head file is accepted only
       for a vault that has never counted a commit (written before head files existed): once the vault has
       counted commits, its head is missing only if it was deleted or not copied with the vault, and then the
       commits it guarded could be missing without a trace (a -wal lost with it), so the vault is not trusted
       (Corrupt) unless options.acceptMissingHead is set. */
    static Result<std::unique_ptr<Vault>> open(const QString& path, const Credential& credential,
                                               const OpenOptions& options);
    static Result<std::unique_ptr<Vault>> open(const QString& path, const Credential& credential);

    ~Vault();
    Vault(const Vault&) = delete;
    Vault& operator=(const Vault&) = delete;

    /* SQLite's page cache per vault connection, in KiB (PRAGMA cache_size = -KiB), applied when a vault is opened.
       SQLCipher decrypts and HMAC-checks every page it reads that is not in this cache, so it is sized for the hot
       indexes of an office's case list (field notes F.5, F.6); memory is only taken as pages are read. Default
       kDefaultPageCacheKiB; values below SQLite's own default (2,000 KiB) are raised to it. */
    static constexpr int kDefaultPageCacheKiB = 131072;
    static void setPageCacheKiB(int kib);
    static int pageCacheKiB();

    QSqlDatabase database() const;
    QString path() const { return m_path; }
    QString vaultId() const { return m_vaultId; }
    QString userName() const { return m_userName; }
    bool openedWithRecoveryCode() const { return m_viaRecoveryCode; }
    // Set when the vault was opened with the recovery code although its key file is missing or damaged.
    QString keyFileProblem() const { return m_keyFileProblem; }
    // Set when opened with acceptMissingHead over a vault whose head was missing: the commits it then holds.
    std::optional<quint64> missingHeadAccepted() const { return m_missingHeadAccepted; }

    /* Runs work in one write transaction (BEGIN IMMEDIATE), retrying while another process holds the
       write lock. Work that fails is rolled back completely; nothing of it remains. Nested calls run inside the
       outer transaction under a savepoint: nested work that fails is undone alone (ROLLBACK TO) and the outer
       work decides whether to go on; nothing is saved before the outer transaction commits, and an outer
       rollback undoes the nested work too. Each transaction increments the vault's commit counter; once the
       commit returned, the head file is moved forward to it. */
    Status transact(const std::function<Status(QSqlDatabase&)>& work);

    // ---- key slots: all of them need the vault unlocked -------------------------------------------
    bool hasSlot(const QString& user) const;
    /* Gives user a new slot (new slot key, fresh salt) for password; replaces an existing slot, which
       is how both "change my password" and an administrator's reset work. */
    Status setPassword(const QString& user, const crypto::SecretBytes& password, const crypto::KdfParams& kdf);
    /* Removes user's slot: that password no longer opens the vault (used when a user is disabled). */
    Status removeSlot(const QString& user);
    /* Of `users`, those who cannot sign in with a password now: no slot in the key file, no slot key in the
       vault, or a slot the vault's slot key does not open; all of them when the key file is missing,
       unreadable, altered or belongs to another vault. */
    Result<QStringList> usersWithoutUsableSlot(const QStringList& users) const;
    /* What the last write of the key file had to repair, for the administrator: which slots were left out
       because the vault could not prove them, who must be given a new password, where the replaced file
       was kept. Empty when the file was simply updated.
       Every key-file write (setPassword, removeSlot, rekey) keeps the slots it cannot read: an unreadable
       or foreign key file is refused (nothing written) except in a recovery-code session, which keeps
       every slot it can still prove; a file with an altered seal keeps every slot the vault can prove. */
    QString keyFileNotice() const { return m_keyFileNotice; }

    // ---- maintenance --------------------------------------------------------------------------------
    // Missing commits (head file ahead of the vault's counter), PRAGMA integrity_check and foreign_key_check;
    // each problem is one line of the error message.
    Status checkIntegrity();
    /* Writes a backup to outPath atomically (QSaveFile) after proving it reopens with the key; on any
       failure (disk full included) the vault and any earlier file at outPath are untouched. */
    Status backup(const QString& outPath);
    /* New random master key from a new recovery code; PRAGMA rekey; every slot rewrapped. Needs the vault
       alone. Returns the new recovery code, which must be shown to the user. */
    Result<crypto::RecoveryCode> rekey();

    /* Replaces the vault at vaultPath with the backup, after proving that credential opens the backup and
       authorise accepts it. Needs the vault alone (no other process may have it open). The replaced vault
       is kept beside it as <vault>.before-restore-<time>, so nothing is lost. */
    static Status restore(const QString& vaultPath, const QString& backupPath, const Credential& credential,
                          const Authoriser& authorise);

    static std::optional<BackupRecord> latestBackup(const QString& vaultPath);
    // What to say after "damaged": the latest backup recorded for this vault and how to restore it, or that
    // none is recorded on this computer.
    static QString backupHint(const QString& vaultPath);

    // Closes the connection and wipes the key; the object can only be destroyed afterwards.
    void close();

    /* Read-only connections for another thread (a list model's worker, field notes F.6). A Reader holds the path
       and its own copy of the master key, so the worker never touches this object, and locking the vault does not
       pull the key away from a query that is running; the copy is wiped when the last Reader goes. open() opens
       the same file read-only (SQLITE_OPEN_READONLY, no CREATE_IF_MISSING, no journal switch) in the calling
       thread and returns the connection's name; closeReader() closes it, in that same thread. */
    class Reader {
    public:
        Result<QString> open() const;
        bool isValid() const { return m_key != nullptr; }

    private:
        friend class Vault;
        QString m_path;
        std::shared_ptr<const crypto::SecretBytes> m_key;
    };
    // Only while the vault is open (an invalid Reader otherwise).
    Reader reader() const;
    static void closeReader(const QString& connectionName);

    /* A write-capable connection for long work on another thread (backup, rule import, batch printing), so that the
       window's thread stays free. A Writer holds what opening needs (path, identity, login, its own copy of the
       master key) and open() makes, in the calling thread, a Vault of its own over the same file: its own
       QSqlDatabase connection (own name, same key and SQLCipher settings, WAL, synchronous=FULL, foreign keys, the
       busy timeout), its own transactions and commit counting (VaultHead), no migration and no session marker (the
       vault this Writer came from is the process's session). SQLite's WAL lets one writer at a time in, exactly as
       with several processes on one vault; no descriptor of the vault file is opened outside SQLite (field-notes
       F.1). The Vault it returns must be destroyed (or close()d) in the thread that opened it, which closes the
       connection; locking the vault it came from does not pull the key away from work that is running. Such a
       vault refuses rekey(), which needs the vault alone. */
    class Writer {
    public:
        Result<std::unique_ptr<Vault>> open() const;
        bool isValid() const { return m_key != nullptr; }

    private:
        friend class Vault;
        QString m_path;
        QString m_vaultId;
        QString m_userName;
        bool m_viaRecoveryCode = false;
        std::shared_ptr<const crypto::SecretBytes> m_key;
    };
    // Only while the vault is open (an invalid Writer otherwise).
    Writer writer() const;
    // True for a vault opened by Writer::open().
    bool isWorkerConnection() const { return m_workerConnection; }

private:
    Vault() = default;

    struct KeyFileRewrite;
    Status saveKeyFile(const std::function<Status(crypto::KeySlotFile&)>& change);
    Result<KeyFileRewrite> readKeyFileForRewrite(QSqlDatabase& db);
    Status writeKeyFile(KeyFileRewrite& rewrite, QSqlDatabase& db);
    // applyPragmas: WAL, synchronous=FULL, foreign keys. Off until the file is proven to be a vault, because
    // switching the journal mode writes to the file. lockOnly (with readOnly): a guard that only holds the shared lock.
    static Result<QString> openConnection(const QString& path, const crypto::SecretBytes& masterKey,
                                          bool createIfMissing, bool applyPragmas = true, bool readOnly = false,
                                          bool lockOnly = false);
    static Error openFailure(const QString& path, const QString& connectionName);

    QString m_path;
    QString m_connectionName;
    QString m_vaultId;
    QString m_userName;
    QString m_keyFileProblem;
    std::optional<quint64> m_missingHeadAccepted;
    QString m_keyFileNotice;
    bool m_viaRecoveryCode = false;
    bool m_damaged = false;          // damage was found: closing must not checkpoint the -wal into the vault
    bool m_walExistedAtOpen = false; // a -wal of earlier work was there when this vault was opened
    bool m_workerConnection = false; // opened by Writer::open(), for one worker thread
    int m_transactionDepth = 0;
    crypto::SecretBytes m_masterKey;
    crypto::SecretBytes m_slotKeyToConfirm;
    std::unique_ptr<VaultSessions> m_sessions;
};

struct Vault::Created {
    std::unique_ptr<Vault> vault;
    crypto::RecoveryCode recoveryCode;
};

} // namespace creditcase::storage
