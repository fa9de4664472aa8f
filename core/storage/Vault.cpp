#include "Vault.h"

#include "BackupFile.h"
#include "Migrations.h"
#include "PrivateFile.h"
#include "SqlCipherDriver.h"
#include "VaultHead.h"
#include "VaultSessions.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <algorithm>
#include <atomic>
#include <vector>

#ifdef Q_OS_UNIX
#include <sodium.h>
#include <sqlcipher/sqlite3.h>
#include <sys/stat.h>
#endif

namespace creditcase::storage {

using crypto::KeySlotFile;
using crypto::RecoveryCode;
using crypto::SecretBytes;

namespace {

QString newConnectionName() {
    static std::atomic<int> counter{0};
    return QStringLiteral("creditcase-vault-%1").arg(++counter);
}

void removeDatabase(const QString& connectionName) {
    if (!connectionName.isEmpty() && QSqlDatabase::contains(connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(connectionName);
    }
}

void removeVaultFiles(const QString& path) {
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal"),
                                  QStringLiteral(".keys"), QStringLiteral(".head"), QStringLiteral(".head.lock")}) {
        QFile::remove(path + suffix);
    }
}

SqlCipherDriver* driverOf(const QSqlDatabase& db) {
    return dynamic_cast<SqlCipherDriver*>(db.driver());
}

// Empty when the key is absent; an error when the table cannot be read (a damaged file).
Result<QString> readMeta(QSqlDatabase& db, const QString& key) {
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT value FROM vault_meta WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec()) {
        return Error::corrupt(query.lastError().text());
    }
    return query.next() ? query.value(0).toString() : QString();
}

const QString kCommitSeqKey = QStringLiteral("commit_seq");

// The vault's commit counter (0 for a vault written before it existed). Read outside a transaction, this is
// a fresh read of the latest committed state.
Result<quint64> readCommitSeq(QSqlDatabase& db) {
    auto value = readMeta(db, kCommitSeqKey);
    if (!value) {
        return value.error();
    }
    if (value->isEmpty()) {
        return quint64(0);
    }
    bool isNumber = false;
    const quint64 number = value->toULongLong(&isNumber);
    if (!isNumber) {
        return Error::corrupt(QStringLiteral("commit_seq reads '%1'").arg(*value));
    }
    return number;
}

// Inside the caller's write transaction: counts it, so that a transaction lost after its commit can be told
// from one that never happened (VaultHead).
Result<quint64> incrementCommitSeq(QSqlDatabase& db) {
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("UPDATE vault_meta SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) "
                                   "WHERE key = 'commit_seq'"))) {
        return Error::failure(query.lastError().text());
    }
    if (query.numRowsAffected() == 0) {
        query.prepare(QStringLiteral("INSERT INTO vault_meta (key, value) VALUES (?, '1')"));
        query.addBindValue(kCommitSeqKey);
        if (!query.exec()) {
            return Error::failure(query.lastError().text());
        }
    }
    return readCommitSeq(db);
}

// Replaces user's slot key row (inside the caller's transaction); the key bytes are wiped after binding.
Status storeSlotKey(QSqlDatabase& db, const QString& user, const SecretBytes& slotKey) {
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM vault_slot_keys WHERE user_name = ?"));
    query.addBindValue(user);
    if (!query.exec()) {
        return Error::failure(query.lastError().text());
    }
    query.prepare(QStringLiteral("INSERT INTO vault_slot_keys (user_name, slot_key) VALUES (?, ?)"));
    query.addBindValue(user);
    QByteArray bytes = slotKey.toByteArrayUnsafe();
    query.addBindValue(bytes);
    const bool inserted = query.exec();
    crypto::wipe(bytes);
    return inserted ? Status{} : Status{Error::failure(query.lastError().text())};
}

std::atomic<int> s_pageCacheKiB{Vault::kDefaultPageCacheKiB};

Status setConnectionPragmas(QSqlDatabase& db) {
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(s_pageCacheKiB.load()))) {
        return Error::failure(Vault::tr("The vault's page cache could not be sized."));
    }
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !query.next() ||
        query.value(0).toString().compare(QStringLiteral("wal"), Qt::CaseInsensitive) != 0) {
        return Error::failure(Vault::tr("The vault could not be switched to write-ahead logging."));
    }
    if (!query.exec(QStringLiteral("PRAGMA synchronous = FULL")) || !query.exec(QStringLiteral("PRAGMA synchronous")) ||
        !query.next() || query.value(0).toInt() != 2) {
        return Error::failure(Vault::tr("The vault could not be set to synchronous writes."));
    }
    if (!query.exec(QStringLiteral("PRAGMA foreign_keys = ON")) || !query.exec(QStringLiteral("PRAGMA foreign_keys")) ||
        !query.next() || query.value(0).toInt() != 1) {
        return Error::failure(Vault::tr("Foreign key checks could not be enabled on the vault."));
    }
    return {};
}

} // namespace

void Vault::setPageCacheKiB(int kib) {
    constexpr int sqliteDefaultKiB = 2000;
    s_pageCacheKiB = std::max(kib, sqliteDefaultKiB);
}

int Vault::pageCacheKiB() {
    return s_pageCacheKiB;
}

QString Vault::backendVersions() {
    return QStringLiteral("SQLCipher over SQLite %1, libsodium %2")
        .arg(QString::fromLatin1(sqlite3_libversion()), QString::fromLatin1(sodium_version_string()));
}

QString Vault::backupHint(const QString& vaultPath) {
    const auto latest = Vault::latestBackup(vaultPath);
    if (!latest) {
        return Vault::tr("No backup of this vault is recorded on this computer.");
    }
    return Vault::tr("The latest backup is %1, made %2. An administrator can restore it with \"creditcase-cli vault "
                     "restore --from %1\".")
        .arg(QDir::toNativeSeparators(latest->path), latest->madeAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}

namespace {

// Committed transactions are missing: the head file recorded more commits than the vault now holds (typically
// a damaged -wal whose recovery stopped early, field-notes F.3).
Error missingCommits(const QString& path, quint64 recorded, quint64 found) {
    return Error::corrupt(Vault::tr("The vault %1 is damaged: %2 saved change(s) are missing. The vault ends at "
                                    "change %3, but change %4 had been saved. Do not keep working in it. %5")
                              .arg(QDir::toNativeSeparators(path))
                              .arg(recorded - found)
                              .arg(found)
                              .arg(recorded)
                              .arg(Vault::backupHint(path)));
}

// The head file is gone although the vault has counted commits: it was deleted, or the vault was copied without
// it. Whatever the -wal lost with it cannot be detected any more, so the vault is not trusted until an
// administrator decides it is complete.
Error missingHead(const QString& path, quint64 found) {
    const QString nativePath = QDir::toNativeSeparators(path);
    return Error::corrupt(
        Vault::tr("The vault %1 cannot be trusted: its head file %2 is missing, so changes saved in it could be "
                  "missing without a trace (the vault holds %3 saved change(s)). If the vault was copied or moved, "
                  "put %2 back beside it. %4 If you are sure that nothing is missing, an administrator can accept "
                  "the vault as it is with \"creditcase-cli --vault %1 --user NAME vault accept-missing-head\"; "
                  "that decision is recorded in the audit log.")
            .arg(nativePath, QDir::toNativeSeparators(VaultHead::pathFor(path)))
            .arg(found)
            .arg(Vault::backupHint(path)));
}

} // namespace

// ---- Credential --------------------------------------------------------------------------------------

Vault::Credential Vault::Credential::withPassword(const QString& user, SecretBytes password) {
    Credential credential;
    credential.userName = user;
    credential.password = std::move(password);
    return credential;
}

Vault::Credential Vault::Credential::withRecoveryCode(RecoveryCode code) {
    Credential credential;
    credential.recoveryCode.emplace(std::move(code));
    return credential;
}

// ---- paths -------------------------------------------------------------------------------------------

QString Vault::keyFilePath(const QString& vaultPath) {
    return vaultPath + QStringLiteral(".keys");
}

QString Vault::backupIndexPath(const QString& vaultPath) {
    return vaultPath + QStringLiteral(".backups.json");
}

std::optional<Vault::BackupRecord> Vault::latestBackup(const QString& vaultPath) {
    QFile file(backupIndexPath(vaultPath));
    if (!file.open(QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    const QJsonArray entries = QJsonDocument::fromJson(file.readAll()).array();
    std::optional<BackupRecord> latest;
    for (const auto& entry : entries) {
        const QJsonObject object = entry.toObject();
        BackupRecord record{object.value(QStringLiteral("path")).toString(),
                            QDateTime::fromString(object.value(QStringLiteral("made_at")).toString(), Qt::ISODate)};
        if (!QFileInfo::exists(record.path)) {
            continue;
        }
        if (!latest || record.madeAt >= latest->madeAt) {
            latest = record;
        }
    }
    return latest;
}

// ---- opening -----------------------------------------------------------------------------------------

Error Vault::openFailure(const QString& path, const QString& connectionName) {
    QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    const auto* driver = driverOf(db);
    const QString detail = db.lastError().text();
    switch (driver ? driver->lastOpenFailure() : SqlCipherDriver::OpenFailure::IoError) {
    case SqlCipherDriver::OpenFailure::NotFound:
        return Error::notFound(tr("The vault file %1 does not exist.").arg(QDir::toNativeSeparators(path)));
    case SqlCipherDriver::OpenFailure::Busy:
        return Error::inUse(tr("The vault %1 is busy: another program holds it locked. Try again in a moment.")
                                .arg(QDir::toNativeSeparators(path)));
    case SqlCipherDriver::OpenFailure::PlaintextDatabase:
        return Error::corrupt(tr("%1 is an unencrypted SQLite database, not a CreditCase vault. CreditCase never "
                                 "opens unencrypted databases; the file was not changed.")
                                  .arg(QDir::toNativeSeparators(path)));
    case SqlCipherDriver::OpenFailure::NotSqlCipher:
        return Error::failure(tr("The database library in use does not encrypt; CreditCase refuses to continue."));
    case SqlCipherDriver::OpenFailure::InvalidRequest:
    case SqlCipherDriver::OpenFailure::IoError:
        return Error::failure(tr("The vault %1 cannot be read: %2").arg(QDir::toNativeSeparators(path), detail));
    case SqlCipherDriver::OpenFailure::WrongKeyOrNotAVault:
    case SqlCipherDriver::OpenFailure::Corrupt:
    case SqlCipherDriver::OpenFailure::None:
        break;
    }
    return Error::corrupt(tr("The vault %1 is damaged or is not a CreditCase vault: the key from the key file does "
                             "not open it. %2")
                              .arg(QDir::toNativeSeparators(path), Vault::backupHint(path)));
}

Result<QString> Vault::openConnection(const QString& path, const SecretBytes& masterKey, bool createIfMissing,
                                      bool applyPragmas, bool readOnly, bool lockOnly) {
    const QString name = newConnectionName();
    auto* driver = new SqlCipherDriver;
    QByteArray key = masterKey.toByteArrayUnsafe();
    driver->setRawKey(key);
    crypto::wipe(key);
    QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
    db.setDatabaseName(path);
    db.setConnectOptions(createIfMissing ? QStringLiteral("CREATE_IF_MISSING;BUSY_TIMEOUT_MS=10000")
                         : lockOnly      ? QStringLiteral("READ_ONLY;LOCK_ONLY;BUSY_TIMEOUT_MS=10000")
                         : readOnly      ? QStringLiteral("READ_ONLY;BUSY_TIMEOUT_MS=10000")
                                         : QStringLiteral("BUSY_TIMEOUT_MS=10000"));
    if (!db.open()) {
        Error error = openFailure(path, name);
        db = QSqlDatabase();
        removeDatabase(name);
        return error;
    }
    if (!applyPragmas) {
        return name;
    }
    if (Status pragmas = setConnectionPragmas(db); !pragmas) {
        db = QSqlDatabase();
        removeDatabase(name);
        return pragmas.error();
    }
    return name;
}

Result<Vault::Created> Vault::create(const QString& path, const QString& firstUser, const SecretBytes& password,
                                     const crypto::KdfParams& kdf, const Initialiser& initialise) {
    const QString nativePath = QDir::toNativeSeparators(path);
    if (QFileInfo::exists(path) || QFileInfo::exists(keyFilePath(path))) {
        return Error::refused(
            tr("%1 already exists. Choose another file name: CreditCase never overwrites a vault.").arg(nativePath));
    }
    if (!QFileInfo(QFileInfo(path).absolutePath()).isWritable()) {
        return Error::failure(tr("The folder of %1 does not exist or is not writable.").arg(nativePath));
    }
    if (firstUser.trimmed().isEmpty()) {
        return Error::usage(tr("A vault needs a first user name."));
    }

    RecoveryCode code = RecoveryCode::generate();
    auto vault = std::unique_ptr<Vault>(new Vault);
    vault->m_path = QFileInfo(path).absoluteFilePath();
    vault->m_userName = firstUser;
    vault->m_masterKey = code.masterKey();
    vault->m_vaultId = KeySlotFile::newVaultId();

    const auto fail = [&vault](const Error& error) -> Result<Created> {
        vault->close();
        removeVaultFiles(vault->m_path);
        return error;
    };

    auto connection = openConnection(vault->m_path, vault->m_masterKey, true);
    if (!connection) {
        removeVaultFiles(vault->m_path);
        return connection.error();
    }
    vault->m_connectionName = *connection;
    QSqlDatabase db = vault->database();
    if (Status migrated = Migrations::migrate(db); !migrated) {
        return fail(migrated.error());
    }

    SecretBytes slotKey = SecretBytes::random(32);
    Status initialised = vault->transact([&](QSqlDatabase& tx) -> Status {
        QSqlQuery query(tx);
        query.prepare(QStringLiteral("INSERT INTO vault_meta (key, value) VALUES (?, ?)"));
        const QList<QPair<QString, QString>> meta{
            {QStringLiteral("vault_id"), vault->m_vaultId},
            {QStringLiteral("created_at"), QDateTime::currentDateTime().toString(Qt::ISODate)},
            {QStringLiteral("created_by_version"), QStringLiteral(CREDITCASE_VERSION)}};
        for (const auto& [key, value] : meta) {
            query.addBindValue(key);
            query.addBindValue(value);
            if (!query.exec()) {
                return Error::failure(query.lastError().text());
            }
        }
        if (Status stored = storeSlotKey(tx, firstUser, slotKey); !stored) {
            return stored;
        }
        return initialise ? initialise(tx) : Status{};
    });
    if (!initialised) {
        return fail(initialised.error());
    }
    {
        // The database file itself then holds the whole first state: a vault file is never shorter than a page.
        QSqlQuery checkpoint(db);
        checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(FULL)"));
    }

    KeySlotFile keys = KeySlotFile::create(vault->m_vaultId);
    if (Status slot = keys.setSlot(firstUser, password, slotKey, vault->m_masterKey, kdf); !slot) {
        return fail(slot.error());
    }
    keys.seal(vault->m_masterKey);
    if (Status saved = keys.save(keyFilePath(vault->m_path)); !saved) {
        return fail(saved.error());
    }
    vault->m_sessions = std::make_unique<VaultSessions>(vault->m_path, &vault->m_masterKey);
    if (Status entered = vault->m_sessions->enter(firstUser); !entered) {
        return fail(entered.error());
    }
    return Created{std::move(vault), std::move(code)};
}

Result<std::unique_ptr<Vault>> Vault::open(const QString& path, const Credential& credential) {
    return open(path, credential, OpenOptions{});
}

Result<std::unique_ptr<Vault>> Vault::open(const QString& path, const Credential& credential,
                                           const OpenOptions& options) {
    const QString nativePath = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists()) {
        return Error::notFound(tr("The vault file %1 does not exist.").arg(nativePath));
    }
    if (!info.isFile() || !info.isReadable()) {
        return Error::failure(tr("%1 is not a readable file.").arg(nativePath));
    }
    // Nothing is written to a file before it is proven to be a healthy vault. A vault file is whole pages (the
    // creation ends with a checkpoint), so a shorter or ragged file is damage, refused before SQLite opens it.
    // The size comes from stat(): opening the file here would drop the POSIX locks of any other connection this
    // process holds on it (field-notes F.1).
    if (info.size() < SqlCipherDriver::kPageSize || info.size() % SqlCipherDriver::kPageSize != 0) {
        return Error::corrupt(tr("The vault %1 is damaged: its size (%2 bytes) is not a whole number of %3-byte "
                                 "pages. The file was not changed. %4")
                                  .arg(nativePath)
                                  .arg(info.size())
                                  .arg(SqlCipherDriver::kPageSize)
                                  .arg(Vault::backupHint(path)));
    }

    auto vault = std::unique_ptr<Vault>(new Vault);
    vault->m_path = info.absoluteFilePath();

    auto keys = KeySlotFile::load(keyFilePath(vault->m_path));
    if (credential.usesRecoveryCode()) {
        vault->m_viaRecoveryCode = true;
        vault->m_userName = tr("recovery code");
        vault->m_masterKey = credential.recoveryCode->masterKey();
        if (!keys) {
            vault->m_keyFileProblem = keys.error().message;
        } else if (Status sealed = keys->verifySeal(vault->m_masterKey); !sealed) {
            vault->m_keyFileProblem = sealed.error().message;
        }
    } else {
        if (!keys) {
            const Error& problem = keys.error();
            return Error{problem.kind == ErrorKind::NotFound ? ErrorKind::NotFound : ErrorKind::Corrupt,
                         tr("The key file of this vault (%1) cannot be used: %2 Passwords cannot open the vault "
                            "without it. Open the vault with its recovery code; an administrator can then reset "
                            "the passwords, which writes a new key file.")
                             .arg(QDir::toNativeSeparators(keyFilePath(vault->m_path)), problem.message),
                         {}};
        }
        auto slotKey = keys->unwrapSlotKey(credential.userName, credential.password);
        if (!slotKey) {
            return slotKey.error();
        }
        auto masterKey = keys->unwrapMasterKey(credential.userName, *slotKey);
        if (!masterKey) {
            return masterKey.error();
        }
        if (Status sealed = keys->verifySeal(*masterKey); !sealed) {
            return Error::corrupt(tr("The key file of this vault was altered (%1). Open the vault with its recovery "
                                     "code; an administrator can then reset the passwords.")
                                      .arg(sealed.error().message));
        }
        vault->m_userName = credential.userName;
        vault->m_masterKey = masterKey.take();
        vault->m_slotKeyToConfirm = slotKey.take();
    }

    // The head first, the vault's counter afterwards: a commit made in between cannot then look missing.
    const VaultHead::Snapshot head = VaultHead::snapshot(vault->m_path);

    // No journal mode switch and no migration before the file is proven to be ours (vault_meta with an id).
    vault->m_walExistedAtOpen = QFileInfo::exists(vault->m_path + QStringLiteral("-wal"));
    auto connection = openConnection(vault->m_path, vault->m_masterKey, false, false);
    if (!connection) {
        Error error = connection.error();
        // A recovery code that opens the key file's seal is the right code: the vault that still will not open is
        // damaged. Only without that proof can a wrong code and a damaged file not be told apart.
        const bool codeProven = keys && vault->m_keyFileProblem.isEmpty();
        if (credential.usesRecoveryCode() && error.kind == ErrorKind::Corrupt && !codeProven) {
            error = Error::authentication(tr("The recovery code does not open %1. Check the code, or the file is "
                                             "damaged. %2")
                                              .arg(nativePath, Vault::backupHint(path)));
        }
        return error;
    }
    vault->m_connectionName = *connection;
    QSqlDatabase db = vault->database();
    const auto fail = [&vault, &db](const Error& error) -> Result<std::unique_ptr<Vault>> {
        db = QSqlDatabase(); // let go of the connection before closing it
        vault->m_damaged = vault->m_damaged || error.kind == ErrorKind::Corrupt;
        vault->close();
        return error;
    };
    auto vaultId = readMeta(db, QStringLiteral("vault_id"));
    if (!vaultId || vaultId->isEmpty()) {
        return fail(Error::corrupt(
            tr("The vault %1 is damaged: its identity cannot be read (%2). The file was not "
               "changed. %3")
                .arg(nativePath, vaultId ? tr("missing") : vaultId.error().message, Vault::backupHint(path))));
    }
    vault->m_vaultId = *vaultId;
    // Missing commits are looked for before anything is written (journal mode, migrations).
    auto recorded = VaultHead::verify(head, vault->m_path, vault->m_masterKey);
    if (!recorded) {
        return fail(Error::corrupt(tr("The vault %1 cannot be trusted: %2 %3")
                                       .arg(nativePath, recorded.error().message, Vault::backupHint(path))));
    }
    auto commitSeq = readCommitSeq(db);
    if (!commitSeq) {
        return fail(Error::corrupt(tr("The vault %1 is damaged: its commit counter cannot be read (%2). %3")
                                       .arg(nativePath, commitSeq.error().message, Vault::backupHint(path))));
    }
    if (*recorded && **recorded > *commitSeq) {
        return fail(missingCommits(path, **recorded, *commitSeq));
    }
    if (!*recorded && *commitSeq > 0) {
        if (!options.acceptMissingHead) {
            return fail(missingHead(path, *commitSeq));
        }
        vault->m_missingHeadAccepted = *commitSeq;
    }
    if (Status pragmas = setConnectionPragmas(db); !pragmas) {
        return fail(pragmas.error());
    }
    if (Status migrated = Migrations::migrate(db); !migrated) {
        return fail(migrated.error());
    }
    if (!credential.usesRecoveryCode()) {
        // A key file copied before the user was disabled still unwraps the master key; the vault itself says
        // which slot keys are current. Only a successful read that does not match is a wrong password: a read
        // that fails is a damaged vault.
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT slot_key FROM vault_slot_keys WHERE user_name = ?"));
        query.addBindValue(credential.userName);
        if (!query.exec()) {
            return fail(Error::corrupt(tr("The vault %1 is damaged: its key slots cannot be read (%2). %3")
                                           .arg(nativePath, query.lastError().text(), Vault::backupHint(path))));
        }
        QByteArray stored = query.next() ? query.value(0).toByteArray() : QByteArray();
        if (!query.isActive() || query.lastError().isValid()) {
            crypto::wipe(stored);
            return fail(Error::corrupt(tr("The vault %1 is damaged: its key slots cannot be read (%2). %3")
                                           .arg(nativePath, query.lastError().text(), Vault::backupHint(path))));
        }
        const SecretBytes current = SecretBytes::copyOf(stored.constData(), static_cast<std::size_t>(stored.size()));
        crypto::wipe(stored);
        const bool confirmed = current.equals(vault->m_slotKeyToConfirm);
        vault->m_slotKeyToConfirm = SecretBytes();
        if (!confirmed) {
            return fail(Error::authentication(tr("Wrong user name or password, or the account has been disabled.")));
        }
    }
    if (keys && keys->vaultId() != vault->m_vaultId) {
        if (!credential.usesRecoveryCode()) {
            return fail(Error::corrupt(tr("The key file beside %1 belongs to another vault. Open the vault with its "
                                          "recovery code.")
                                           .arg(nativePath)));
        }
        vault->m_keyFileProblem = tr("the key file belongs to another vault");
    }
    if ((!*recorded && !vault->m_missingHeadAccepted) || (*recorded && **recorded < *commitSeq)) {
        // No head yet (an older vault) or one left behind by a process that stopped between its commit and
        // the head update: record what the vault holds now. An accepted missing head is written by the
        // transaction that records the acceptance.
        if (Status advanced = VaultHead::advance(vault->m_path, vault->m_masterKey, *commitSeq); !advanced) {
            return fail(advanced.error());
        }
    }
    // Vaults created before CreditCase kept them private: the vault, and thus -wal and -shm, are the owner's only.
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        PrivateFile::restrictToOwner(vault->m_path + suffix);
    }
    vault->m_sessions = std::make_unique<VaultSessions>(vault->m_path, &vault->m_masterKey);
    if (Status entered = vault->m_sessions->enter(vault->m_userName); !entered) {
        return fail(entered.error());
    }
    db = QSqlDatabase();
    // A key file written before format 2 names every user in clear. Its seal has just been proven, so it is
    // rewritten now rather than at the next change of a slot. A failure keeps the old file (nothing is lost) and
    // is said, but does not keep the user out.
    if (keys && vault->m_keyFileProblem.isEmpty() && keys->version() == KeySlotFile::namedFormatVersion) {
        if (Status rewritten = vault->saveKeyFile([](KeySlotFile&) -> Status { return {}; }); !rewritten) {
            vault->m_keyFileNotice = tr("The key file still names its users in clear and could not be rewritten "
                                        "without them: %1")
                                         .arg(rewritten.error().message);
        }
    }
    return vault;
}

Vault::~Vault() {
    close();
}

void Vault::close() {
    /* The last connection to close checkpoints the -wal into the vault and deletes it. On a damaged vault that
       would write to a file not proven healthy and destroy the evidence (the frames after a bad one). A read-only
       connection can never checkpoint, and while it holds its shared lock the closing connection cannot take the
       exclusive lock a checkpoint needs: so a read-only guard is opened first and closed last. */
    QString guard;
    if (m_damaged && m_walExistedAtOpen && !m_connectionName.isEmpty()) {
        // LOCK_ONLY: opening reads page 1, which takes the shared lock, and does not parse the schema again.
        auto opened = openConnection(m_path, m_masterKey, false, false, true, true);
        if (opened) {
            guard = *opened;
        }
    }
    removeDatabase(m_connectionName);
    m_connectionName.clear();
    removeDatabase(guard);
    m_masterKey = SecretBytes();
    if (m_sessions) {
        m_sessions->release();
        m_sessions.reset();
    }
}

Vault::Reader Vault::reader() const {
    Reader reader;
    if (m_connectionName.isEmpty() || m_masterKey.isEmpty()) {
        return reader;
    }
    reader.m_path = m_path;
    reader.m_key = std::make_shared<const SecretBytes>(
        SecretBytes::copyOf(reinterpret_cast<const char*>(m_masterKey.data()), m_masterKey.size()));
    return reader;
}

Result<QString> Vault::Reader::open() const {
    if (!m_key) {
        return Error::failure(tr("The vault is locked."));
    }
    return openConnection(m_path, *m_key, false, false, true);
}

void Vault::closeReader(const QString& connectionName) {
    removeDatabase(connectionName);
}

Vault::Writer Vault::writer() const {
    Writer writer;
    if (m_connectionName.isEmpty() || m_masterKey.isEmpty()) {
        return writer;
    }
    writer.m_path = m_path;
    writer.m_vaultId = m_vaultId;
    writer.m_userName = m_userName;
    writer.m_viaRecoveryCode = m_viaRecoveryCode;
    writer.m_key = std::make_shared<const SecretBytes>(
        SecretBytes::copyOf(reinterpret_cast<const char*>(m_masterKey.data()), m_masterKey.size()));
    return writer;
}

Result<std::unique_ptr<Vault>> Vault::Writer::open() const {
    if (!m_key) {
        return Error::failure(tr("The vault is locked."));
    }
    // The vault was proven (identity, head, migrations) when the session opened it; this connection only joins it.
    auto connection = openConnection(m_path, *m_key, false);
    if (!connection) {
        return connection.error();
    }
    auto vault = std::unique_ptr<Vault>(new Vault);
    vault->m_path = m_path;
    vault->m_connectionName = *connection;
    vault->m_vaultId = m_vaultId;
    vault->m_userName = m_userName;
    vault->m_viaRecoveryCode = m_viaRecoveryCode;
    vault->m_workerConnection = true;
    vault->m_masterKey = SecretBytes::copyOf(reinterpret_cast<const char*>(m_key->data()), m_key->size());
    return vault;
}

QSqlDatabase Vault::database() const {
    return QSqlDatabase::database(m_connectionName, false);
}

Status Vault::transact(const std::function<Status(QSqlDatabase&)>& work) {
    QSqlDatabase db = database();
    if (!db.isOpen()) {
        return Error::failure(tr("The vault is locked."));
    }
    struct Depth {
        int& depth;
        explicit Depth(int& d)
            : depth(d) {
            ++depth;
        }
        ~Depth() { --depth; }
    };
    if (m_transactionDepth > 0) {
        // Nested: a savepoint inside the outer transaction, so that failing work undoes only itself (a batch goes on
        // with its next item); the outer transaction still commits or rolls back everything, this work included.
        const QString savepoint = QStringLiteral("nested_%1").arg(m_transactionDepth);
        QSqlQuery statement(db);
        if (!statement.exec(QStringLiteral("SAVEPOINT %1").arg(savepoint))) {
            return Error::failure(tr("The change could not be started: %1").arg(statement.lastError().text()));
        }
        Depth nested(m_transactionDepth);
        Status result = work(db);
        if (!result) {
            // Undo this work, then leave the savepoint; the outer work sees the failure.
            (void)statement.exec(QStringLiteral("ROLLBACK TO %1").arg(savepoint));
        }
        if (!statement.exec(QStringLiteral("RELEASE %1").arg(savepoint)) && result) {
            return Error::failure(tr("The change could not be saved: %1").arg(statement.lastError().text()));
        }
        return result;
    }
    // The driver's busy timeout already waits; these retries cover a lock that outlives it.
    constexpr int attempts = 5;
    for (int attempt = 1;; ++attempt) {
        if (db.transaction()) {
            break;
        }
        if (attempt == attempts) {
            return Error::inUse(tr("The vault stayed busy: another program kept it locked for writing (%1).")
                                    .arg(db.lastError().text()));
        }
        QThread::msleep(static_cast<unsigned long>(100 * attempt));
    }
    Depth nested(m_transactionDepth);
    Status result = work(db);
    Result<quint64> commitSeq = quint64(0);
    if (result) {
        commitSeq = incrementCommitSeq(db);
        if (!commitSeq) {
            result = commitSeq.error();
        }
    }
    if (!result) {
        db.rollback();
        return result;
    }
    if (!db.commit()) {
        const QString why = db.lastError().text();
        db.rollback();
        return Error::failure(tr("The change could not be saved and was rolled back: %1").arg(why));
    }
    // The commit is durable (synchronous=FULL) before the head records it, so the head never runs ahead of the
    // vault. A head that cannot be written only weakens later damage detection; the change itself is saved.
    if (Status advanced = VaultHead::advance(m_path, m_masterKey, *commitSeq); !advanced) {
        qWarning("%s", qUtf8Printable(advanced.error().message));
    }
    return {};
}

// ---- key slots ---------------------------------------------------------------------------------------

namespace {

using SlotKeys = std::vector<std::pair<QString, SecretBytes>>;

// Every slot key the vault holds, by user name: what lets it prove a slot without anyone's password.
Result<SlotKeys> readSlotKeys(QSqlDatabase& db) {
    SlotKeys slotKeys;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT user_name, slot_key FROM vault_slot_keys"))) {
        return Error::failure(query.lastError().text());
    }
    while (query.next()) {
        QByteArray bytes = query.value(1).toByteArray();
        slotKeys.emplace_back(query.value(0).toString(),
                              SecretBytes::copyOf(bytes.constData(), static_cast<std::size_t>(bytes.size())));
        crypto::wipe(bytes);
    }
    return slotKeys;
}

// Whether the user's slot opens this vault's master key with the slot key the vault holds for them.
bool slotIsProven(const KeySlotFile& keys, const QString& user, const SecretBytes& slotKey,
                  const SecretBytes& masterKey) {
    if (!keys.hasUser(user)) {
        return false;
    }
    auto key = keys.unwrapMasterKey(user, slotKey);
    return key && key->equals(masterKey);
}

// Keeps the slots the vault can vouch for and drops the rest; returns how many were dropped. Users of the
// vault whose slot was there but could not be proven are added to *unproven.
int keepProvenSlots(KeySlotFile& keys, const SlotKeys& slotKeys, const SecretBytes& masterKey, const QString& vaultId,
                    QStringList* unproven) {
    if (keys.vaultId() != vaultId) {
        const int dropped = keys.slotCount();
        keys = KeySlotFile::create(vaultId);
        return dropped;
    }
    QStringList proven;
    for (const auto& [user, slotKey] : slotKeys) {
        if (slotIsProven(keys, user, slotKey, masterKey)) {
            proven << user;
        } else if (keys.hasUser(user)) {
            *unproven << user;
        }
    }
    return keys.keepOnly(proven);
}

// Serialises the read-modify-write of the key file between processes. The lock file holds no secret,
// but like every file beside the vault it is the owner's only.
bool lockKeyFile(QLockFile& lock, const QString& keyFile) {
    lock.setStaleLockTime(30000);
    QDeadlineTimer deadline(10000);
    for (;;) {
#ifdef Q_OS_UNIX
        // Created owner-only from its first byte: the umask is narrowed for this one attempt, never while
        // waiting (another thread creating a file in that instant would merely get a more private one).
        const mode_t previousUmask = ::umask(077);
        const bool locked = lock.tryLock(0);
        ::umask(previousUmask);
#else
        const bool locked = lock.tryLock(0);
#endif
        if (locked) {
            QFile::setPermissions(keyFile + QStringLiteral(".lock"), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            return true;
        }
        if (lock.error() != QLockFile::LockFailedError || deadline.hasExpired()) {
            return false;
        }
        QThread::msleep(20);
    }
}

} // namespace

struct Vault::KeyFileRewrite {
    KeySlotFile keys;
    QString problem;     // why the file on disk could not be kept as it was; empty when it could
    QByteArray original; // its bytes then, so they can be kept beside it
    bool unparseable = false;
    int droppedSlots = 0; // slots left out because the vault cannot prove them
    QStringList unproven; // users of the vault among them (a new slot written now makes up for one)
};

/* Reads the key file that a write is about to replace, under the key-file lock. Never hands back fewer
   slots than it could read and prove:
   - missing: an empty file (there is nothing to lose);
   - sealed with this vault's key: as it is;
   - altered seal: every slot the vault can prove (its slot key opens the slot's master key), the rest left
     out and counted;
   - unparseable or another vault's: refused (Refused, the file untouched) unless the vault was opened with
     the recovery code, which salvages every well-formed slot and keeps those it can prove;
   - unreadable or of a newer format: refused, always. */
Result<Vault::KeyFileRewrite> Vault::readKeyFileForRewrite(QSqlDatabase& db) {
    const QString path = keyFilePath(m_path);
    const QString nativePath = QDir::toNativeSeparators(path);
    KeyFileRewrite rewrite;
    if (!QFileInfo::exists(path)) {
        rewrite.keys = KeySlotFile::create(m_vaultId);
        return rewrite;
    }
    auto loaded = KeySlotFile::load(path);
    if (loaded && loaded->vaultId() == m_vaultId && loaded->verifySeal(m_masterKey)) {
        rewrite.keys = loaded.take();
        return rewrite;
    }
    if (!loaded && loaded.error().kind != ErrorKind::Corrupt) {
        // Unreadable, or written by a newer version: replacing it would destroy slots nobody has read.
        return Error{loaded.error().kind,
                     tr("%1 The key file was left as it is and nothing was changed.").arg(loaded.error().message),
                     {}};
    }
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return Error::failure(tr("The key file %1 cannot be read (%2). It was left as it is and nothing was "
                                     "changed.")
                                      .arg(nativePath, file.errorString()));
        }
        rewrite.original = file.readAll();
    }
    if (loaded && loaded->vaultId() == m_vaultId) {
        rewrite.problem = tr("its seal does not match the vault");
        rewrite.keys = loaded.take();
    } else {
        rewrite.problem = loaded ? tr("it belongs to another vault") : tr("it was damaged");
        if (!m_viaRecoveryCode) {
            return Error::refused(
                tr("The key file %1 cannot be used (%2), so writing it now would lose the key slots of the other "
                   "users. Nothing was changed. Open the vault with its recovery code and set the password again: "
                   "CreditCase then keeps every key slot it can still prove, keeps a copy of the old key file and "
                   "names the users who need a new password.")
                    .arg(nativePath, loaded ? rewrite.problem : loaded.error().message));
        }
        if (loaded) {
            rewrite.keys = loaded.take(); // another vault's slots: none can be proven, all are counted below
        } else {
            rewrite.unparseable = true;
            int skipped = 0;
            auto salvaged = KeySlotFile::salvage(rewrite.original, &skipped);
            if (!salvaged && salvaged.error().kind != ErrorKind::Corrupt) {
                return Error{
                    salvaged.error().kind,
                    tr("%1 The key file was left as it is and nothing was changed.").arg(salvaged.error().message),
                    {}};
            }
            rewrite.keys = salvaged ? salvaged.take() : KeySlotFile::create(m_vaultId);
            rewrite.droppedSlots += skipped;
        }
    }
    auto slotKeys = readSlotKeys(db);
    if (!slotKeys) {
        return slotKeys.error();
    }
    rewrite.droppedSlots += keepProvenSlots(rewrite.keys, *slotKeys, m_masterKey, m_vaultId, &rewrite.unproven);
    return rewrite;
}

/* Writes the (sealed) key file of a rewrite. A replaced file that lost slots, or could not be parsed, is
   first kept beside the vault as <vault>.keys.replaced-<time> (owner only); if that copy cannot be made,
   nothing is written. Sets keyFileNotice() to what the administrator must know. */
Status Vault::writeKeyFile(KeyFileRewrite& rewrite, QSqlDatabase& db) {
    const QString path = keyFilePath(m_path);
    m_keyFileNotice.clear();
    QString copyPath;
    if (!rewrite.problem.isEmpty() && (rewrite.droppedSlots > 0 || rewrite.unparseable)) {
        const QString stem = path + QStringLiteral(".replaced-") +
                             QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        copyPath = stem;
        for (int n = 2; QFileInfo::exists(copyPath); ++n) {
            copyPath = stem + QStringLiteral("-%1").arg(n);
        }
        if (Status kept = PrivateFile::writeAtomically(copyPath, rewrite.original); !kept) {
            return Error::failure(tr("The damaged key file could not be kept as %1 (%2), so it was not replaced. "
                                     "Nothing was changed.")
                                      .arg(QDir::toNativeSeparators(copyPath), kept.error().message));
        }
    }
    if (Status saved = rewrite.keys.save(path); !saved) {
        if (!copyPath.isEmpty()) {
            QFile::remove(copyPath);
        }
        return saved;
    }
    if (rewrite.problem.isEmpty()) {
        return {};
    }
    QStringList withoutSlot;
    if (auto slotKeys = readSlotKeys(db)) {
        for (const auto& [user, slotKey] : *slotKeys) {
            if (!rewrite.keys.hasUser(user)) {
                withoutSlot << user;
            }
        }
    }
    withoutSlot.sort();
    // A slot replaced by this very write (the password being reset) is not lost.
    int leftOut = rewrite.droppedSlots;
    for (const QString& user : std::as_const(rewrite.unproven)) {
        if (rewrite.keys.hasUser(user)) {
            --leftOut;
        }
    }
    QString notice = tr("The key file had to be rebuilt (%1). ").arg(rewrite.problem) +
                     tr("%n key slot(s) that the vault could not prove were left out. ", nullptr, leftOut);
    notice += withoutSlot.isEmpty() ? tr("Every user who had a password still has it.")
                                    : tr("These users cannot sign in until their password is reset: %1.")
                                          .arg(withoutSlot.join(QStringLiteral(", ")));
    if (!copyPath.isEmpty()) {
        notice += QLatin1Char(' ') + tr("The old key file was kept as %1; delete it once everyone can sign in.")
                                         .arg(QDir::toNativeSeparators(copyPath));
    }
    m_keyFileNotice = notice;
    return {};
}

Status Vault::saveKeyFile(const std::function<Status(KeySlotFile&)>& change) {
    // Two processes may change slots at once: serialise the read-modify-write of the key file.
    QLockFile lock(keyFilePath(m_path) + QStringLiteral(".lock"));
    if (!lockKeyFile(lock, keyFilePath(m_path))) {
        return Error::inUse(tr("Another program is changing the key file of this vault. Try again in a moment."));
    }
    QSqlDatabase db = database();
    auto rewrite = readKeyFileForRewrite(db);
    if (!rewrite) {
        return rewrite.error();
    }
    if (Status changed = change(rewrite->keys); !changed) {
        return changed;
    }
    rewrite->keys.seal(m_masterKey);
    return writeKeyFile(*rewrite, db);
}

Result<QStringList> Vault::usersWithoutUsableSlot(const QStringList& users) const {
    auto keys = KeySlotFile::load(keyFilePath(m_path));
    if (!keys || keys->vaultId() != m_vaultId || !keys->verifySeal(m_masterKey)) {
        return users;
    }
    QSqlDatabase db = database();
    auto slotKeys = readSlotKeys(db);
    if (!slotKeys) {
        return slotKeys.error();
    }
    QHash<QString, const SecretBytes*> byUser;
    for (const auto& [user, slotKey] : *slotKeys) {
        byUser.insert(user, &slotKey);
    }
    QStringList without;
    for (const QString& user : users) {
        const SecretBytes* slotKey = byUser.value(user, nullptr);
        if (!slotKey || !slotIsProven(*keys, user, *slotKey, m_masterKey)) {
            without << user;
        }
    }
    return without;
}

bool Vault::hasSlot(const QString& user) const {
    auto keys = KeySlotFile::load(keyFilePath(m_path));
    return keys && keys->hasUser(user);
}

Status Vault::setPassword(const QString& user, const SecretBytes& password, const crypto::KdfParams& kdf) {
    SecretBytes slotKey = SecretBytes::random(32);
    return transact([&](QSqlDatabase& db) -> Status {
        if (Status stored = storeSlotKey(db, user, slotKey); !stored) {
            return stored;
        }
        // The key file is written last, inside the transaction: if it fails, the slot key row rolls back.
        return saveKeyFile([&](KeySlotFile& keys) { return keys.setSlot(user, password, slotKey, m_masterKey, kdf); });
    });
}

Status Vault::removeSlot(const QString& user) {
    return transact([&](QSqlDatabase& db) -> Status {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("DELETE FROM vault_slot_keys WHERE user_name = ?"));
        query.addBindValue(user);
        if (!query.exec()) {
            return Error::failure(query.lastError().text());
        }
        return saveKeyFile([&](KeySlotFile& keys) -> Status {
            if (!keys.hasUser(user)) {
                return {};
            }
            return keys.removeSlot(user);
        });
    });
}

// ---- maintenance -------------------------------------------------------------------------------------

Status Vault::checkIntegrity() {
    QSqlDatabase db = database();
    if (!db.isOpen()) {
        return Error::failure(tr("The vault is locked."));
    }
    // The head first, then a fresh read of the counter (outside any transaction): missing commits are damage
    // that PRAGMA integrity_check cannot see, because SQLite's WAL recovery drops them silently (field-notes F.3).
    if (m_transactionDepth == 0) {
        const VaultHead::Snapshot head = VaultHead::snapshot(m_path);
        auto recorded = VaultHead::verify(head, m_path, m_masterKey);
        if (!recorded) {
            return Error::corrupt(
                tr("The vault cannot be trusted: %1 %2").arg(recorded.error().message, Vault::backupHint(m_path)));
        }
        auto commitSeq = readCommitSeq(db);
        if (!commitSeq) {
            return Error::corrupt(tr("The vault is damaged: its commit counter cannot be read (%1). %2")
                                      .arg(commitSeq.error().message, Vault::backupHint(m_path)));
        }
        if (*recorded && **recorded > *commitSeq) {
            m_damaged = true;
            return missingCommits(m_path, **recorded, *commitSeq);
        }
        if (!*recorded && *commitSeq > 0 && !m_missingHeadAccepted) {
            m_damaged = true;
            return missingHead(m_path, *commitSeq);
        }
        if (!*recorded) {
            if (Status advanced = VaultHead::advance(m_path, m_masterKey, *commitSeq); !advanced) {
                return advanced;
            }
        }
    }
    QSqlQuery query(db);
    QStringList problems;
    if (!query.exec(QStringLiteral("PRAGMA integrity_check"))) {
        return Error::corrupt(tr("The vault is damaged: the integrity check could not run (%1). %2")
                                  .arg(query.lastError().text(), Vault::backupHint(m_path)));
    }
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != QStringLiteral("ok")) {
            problems << line;
        }
    }
    if (query.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        while (query.next()) {
            problems << tr("table %1 row %2 refers to a missing row of %3")
                            .arg(query.value(0).toString(), query.value(1).toString(), query.value(2).toString());
        }
    }
    if (!problems.isEmpty()) {
        m_damaged = true;
        return Error::corrupt(
            tr("The vault is damaged:\n%1\n%2").arg(problems.join(QLatin1Char('\n')), Vault::backupHint(m_path)));
    }
    return {};
}

Status Vault::backup(const QString& outPath) {
    const QString target = QFileInfo(outPath).absoluteFilePath();
    const QString nativeTarget = QDir::toNativeSeparators(target);
    if (target == m_path || target == keyFilePath(m_path)) {
        return Error::usage(tr("A backup cannot overwrite the vault itself."));
    }
    QDir targetDir = QFileInfo(target).absoluteDir();
    if (!targetDir.exists()) {
        return Error::failure(tr("The folder for the backup %1 does not exist.").arg(nativeTarget));
    }
    QSqlDatabase db = database();
    auto* driver = driverOf(db);
    if (!driver) {
        return Error::failure(tr("The vault is locked."));
    }
    auto version = Migrations::currentVersion(db);
    if (!version) {
        return version.error();
    }

    // sqlcipher_export writes a fresh encrypted copy (same key, 4 KiB pages) next to the target.
    const QString exported = targetDir.filePath(
        QStringLiteral(".%1.export-%2").arg(QFileInfo(target).fileName()).arg(QCoreApplication::applicationPid()));
    const auto cleanUp = [&exported] {
        for (const QString& suffix :
             {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
            QFile::remove(exported + suffix);
        }
    };
    cleanUp();
    if (Status written = driver->exportTo(exported); !written) {
        cleanUp();
        return Error::failure(tr("The backup %1 could not be written: %2. The vault is unchanged.")
                                  .arg(nativeTarget, written.error().message));
    }

    // Prove the copy before it becomes the backup: it must open with the key and pass the integrity check.
    {
        auto check = openConnection(exported, m_masterKey, false);
        if (!check) {
            cleanUp();
            return Error::failure(tr("The backup copy did not reopen (%1); nothing was written to %2.")
                                      .arg(check.error().message, nativeTarget));
        }
        QString integrity;
        {
            QSqlDatabase copy = QSqlDatabase::database(*check, false);
            QSqlQuery query(copy);
            if (query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next()) {
                integrity = query.value(0).toString();
            }
            query.exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
        }
        removeDatabase(*check);
        if (integrity != QStringLiteral("ok")) {
            cleanUp();
            return Error::failure(
                tr("The backup copy failed its integrity check; nothing was written to %1.").arg(nativeTarget));
        }
    }

    BackupFile backupFile;
    backupFile.vaultId = m_vaultId;
    backupFile.createdAt = QDateTime::currentDateTime();
    backupFile.schemaVersion = *version;
    {
        QFile keys(keyFilePath(m_path));
        if (keys.open(QIODevice::ReadOnly)) {
            backupFile.keySlotFile = keys.readAll();
        }
        QFile copy(exported);
        if (!copy.open(QIODevice::ReadOnly)) {
            cleanUp();
            return Error::failure(tr("The backup copy could not be read back: %1").arg(copy.errorString()));
        }
        backupFile.database = copy.readAll();
    }

    // Written to a temporary file (0600), flushed to disk and renamed over the target.
    if (Status written = PrivateFile::writeAtomically(target, backupFile.serialize()); !written) {
        cleanUp();
        return Error::failure(tr("The backup %1 could not be written (%2). Any earlier file there is intact, and "
                                 "so is the vault. Is the disk full?")
                                  .arg(nativeTarget, written.error().message));
    }
    cleanUp();

    // Remember where it went so that a damaged vault can point to it.
    QJsonArray index;
    {
        QFile indexFile(backupIndexPath(m_path));
        if (indexFile.open(QIODevice::ReadOnly)) {
            index = QJsonDocument::fromJson(indexFile.readAll()).array();
        }
    }
    index.append(QJsonObject{{QStringLiteral("path"), target},
                             {QStringLiteral("made_at"), backupFile.createdAt.toString(Qt::ISODate)}});
    if (Status indexed = PrivateFile::writeAtomically(backupIndexPath(m_path), QJsonDocument(index).toJson());
        !indexed) {
        qWarning("%s", qUtf8Printable(indexed.error().message));
    }
    return {};
}

Result<RecoveryCode> Vault::rekey() {
    if (m_workerConnection) {
        return Error::refused(tr("The vault can only be rekeyed from the window that opened it, not by work running "
                                 "in the background."));
    }
    if (Status alone = m_sessions ? m_sessions->requireExclusive() : Status{}; !alone) {
        return alone.error();
    }
    QSqlDatabase db = database();
    auto* driver = driverOf(db);
    if (!driver) {
        return Error::failure(tr("The vault is locked."));
    }
    // Read every slot key first: they are what lets us rewrap the slots without anyone's password.
    auto slotKeys = readSlotKeys(db);
    if (!slotKeys) {
        return slotKeys.error();
    }

    RecoveryCode code = RecoveryCode::generate();
    SecretBytes newMasterKey = code.masterKey();

    QLockFile lock(keyFilePath(m_path) + QStringLiteral(".lock"));
    if (!lockKeyFile(lock, keyFilePath(m_path))) {
        return Error::inUse(tr("Another program is changing the key file of this vault. Try again in a moment."));
    }
    // The same rule as every key-file write: no slot that could be read and proven is lost.
    auto rewrite = readKeyFileForRewrite(db);
    if (!rewrite) {
        return rewrite.error();
    }
    KeySlotFile& next = rewrite->keys;
    // Only slots whose slot key the vault holds survive: they are the ones the vault can vouch for. A slot
    // that slot key does not open cannot be moved to the new key; it is left out and reported.
    QStringList moved;
    for (const auto& [user, slotKey] : *slotKeys) {
        if (!next.hasUser(user)) {
            continue;
        }
        if (next.rewrapMasterKey(user, slotKey, newMasterKey)) {
            moved << user;
        } else {
            rewrite->unproven << user;
        }
    }
    if (const int dropped = next.keepOnly(moved); dropped > 0) {
        rewrite->droppedSlots += dropped;
        if (rewrite->problem.isEmpty()) {
            rewrite->problem = tr("some key slots did not match the vault's records");
            QFile file(keyFilePath(m_path));
            if (file.open(QIODevice::ReadOnly)) {
                rewrite->original = file.readAll();
            }
        }
    }
    next.seal(newMasterKey);

    // Rekey the database, then write the key file. If the key file cannot be written, turn the
    // database back to the old key, so the old slots keep working.
    QByteArray newKey = newMasterKey.toByteArrayUnsafe();
    Status rekeyed = driver->rekey(newKey);
    crypto::wipe(newKey);
    if (!rekeyed) {
        return Error::failure(tr("The vault could not be rekeyed: %1. It still opens with the old key and "
                                 "passwords.")
                                  .arg(rekeyed.error().message));
    }
    if (Status saved = writeKeyFile(*rewrite, db); !saved) {
        QByteArray oldKey = m_masterKey.toByteArrayUnsafe();
        (void)driver->rekey(oldKey);
        crypto::wipe(oldKey);
        return Error::failure(tr("The new key file could not be written (%1); the vault was turned back to its "
                                 "old key.")
                                  .arg(saved.error().message));
    }
    // The head is sealed with a subkey of the master key: seal it again, at the vault's current counter.
    auto commitSeq = readCommitSeq(db);
    if (!commitSeq) {
        return commitSeq.error();
    }
    if (Status resealed = VaultHead::reset(m_path, newMasterKey, *commitSeq); !resealed) {
        qWarning("%s", qUtf8Printable(resealed.error().message));
    }
    m_masterKey = std::move(newMasterKey);
    // So is this process's session marker: write it again under the new key.
    m_sessions = std::make_unique<VaultSessions>(m_path, &m_masterKey);
    if (Status entered = m_sessions->enter(m_userName); !entered) {
        qWarning("%s", qUtf8Printable(entered.error().message));
    }
    return code;
}

Status Vault::restore(const QString& vaultPath, const QString& backupPath, const Credential& credential,
                      const Authoriser& authorise) {
    const QString target = QFileInfo(vaultPath).absoluteFilePath();
    VaultSessions sessions(target);
    if (Status alone = sessions.requireExclusive(); !alone) {
        return alone;
    }
    auto backup = BackupFile::read(backupPath);
    if (!backup) {
        return backup.error();
    }

    // Unwrap the key of the backup's own day.
    SecretBytes masterKey;
    if (credential.usesRecoveryCode()) {
        masterKey = credential.recoveryCode->masterKey();
    } else {
        auto keys = KeySlotFile::fromBytes(backup->keySlotFile);
        if (!keys) {
            return Error::corrupt(tr("The key slots inside the backup are damaged; restore it with the recovery "
                                     "code."));
        }
        auto slotKey = keys->unwrapSlotKey(credential.userName, credential.password);
        if (!slotKey) {
            return slotKey.error();
        }
        auto key = keys->unwrapMasterKey(credential.userName, *slotKey);
        if (!key) {
            return key.error();
        }
        masterKey = key.take();
    }

    const QString staged = target + QStringLiteral(".restoring");
    const auto cleanUp = [&staged] {
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            QFile::remove(staged + suffix);
        }
    };
    cleanUp();
    if (Status unpacked = PrivateFile::writeAtomically(staged, backup->database); !unpacked) {
        return Error::failure(tr("The backup could not be unpacked next to the vault (%1). Nothing was changed.")
                                  .arg(unpacked.error().message));
    }
    quint64 restoredCommitSeq = 0;
    {
        auto connection = openConnection(staged, masterKey, false);
        if (!connection) {
            cleanUp();
            if (credential.usesRecoveryCode()) {
                return Error::authentication(tr("The recovery code does not open this backup. Nothing was changed."));
            }
            return Error::corrupt(tr("The backup is damaged: %1 Nothing was changed.").arg(connection.error().message));
        }
        Status verdict;
        {
            QSqlDatabase db = QSqlDatabase::database(*connection, false);
            QSqlQuery query(db);
            if (!query.exec(QStringLiteral("PRAGMA integrity_check")) || !query.next() ||
                query.value(0).toString() != QStringLiteral("ok")) {
                verdict = Error::corrupt(tr("The backup failed its integrity check. Nothing was changed."));
            } else if (auto commitSeq = readCommitSeq(db); !commitSeq) {
                verdict =
                    Error::corrupt(tr("The backup is damaged: %1 Nothing was changed.").arg(commitSeq.error().message));
            } else {
                restoredCommitSeq = *commitSeq;
                if (authorise) {
                    verdict = authorise(db);
                }
            }
            query.exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
        }
        removeDatabase(*connection);
        if (!verdict) {
            cleanUp();
            return verdict;
        }
    }

    // Keep the replaced vault (and its key file) beside it: restoring must not lose anything either.
    if (QFileInfo::exists(target)) {
        const QString aside = target + QStringLiteral(".before-restore-") +
                              QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                                      QStringLiteral(".keys"), QStringLiteral(".head")}) {
            if (QFileInfo::exists(target + suffix) && !QFile::rename(target + suffix, aside + suffix)) {
                cleanUp();
                return Error::failure(tr("The current vault could not be moved aside to %1. Nothing was changed.")
                                          .arg(QDir::toNativeSeparators(aside)));
            }
        }
    }
    if (!QFile::rename(staged, target)) {
        return Error::failure(
            tr("The restored vault could not be moved into place; it is at %1.").arg(QDir::toNativeSeparators(staged)));
    }
    // The head now records the restored vault's own counter: its later commits count from there.
    if (Status head = VaultHead::reset(target, masterKey, restoredCommitSeq); !head) {
        return Error::failure(tr("The vault was restored, but %1").arg(head.error().message));
    }
    if (!backup->keySlotFile.isEmpty()) {
        // Owner only, like every key file; an earlier key file was moved aside above, never overwritten.
        if (Status written = PrivateFile::writeAtomically(keyFilePath(target), backup->keySlotFile); !written) {
            return Error::failure(tr("The vault was restored but its key file could not be written; open it with the "
                                     "recovery code."));
        }
    }
    return {};
}

} // namespace creditcase::storage
