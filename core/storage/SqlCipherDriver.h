#pragma once

#include "Result.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QSqlDriver>
#include <QString>
#include <array>

struct sqlite3;
Q_DECLARE_OPAQUE_POINTER(sqlite3*)
Q_DECLARE_METATYPE(sqlite3*)

namespace creditcase::storage {

class SqlCipherResult;

// A Qt SQL driver over the SQLCipher C API, registered in-process (no plugin to deploy). Every open proves that
// the file is encrypted with the given key; there is no way through this class to create or open a plaintext
// database (design principle 3).
//
//     auto* driver = new SqlCipherDriver;
//     driver->setRawKey(masterKey);                        // 32 random bytes; wiped by open()
//     QSqlDatabase db = QSqlDatabase::addDatabase(driver, connectionName);
//     db.setDatabaseName(path);
//     db.setConnectOptions(QStringLiteral("CREATE_IF_MISSING;WAL"));   // optional
//     if (!db.open()) { driver->lastOpenFailure(); db.lastError(); }
//
// Connect options (separated by ';'): CREATE_IF_MISSING (default: a missing file is refused, never created; a
// created file is 0600, and SQLite gives -wal and -shm the same mode),
// BUSY_TIMEOUT_MS=<n> (default 5000), READ_ONLY, WAL (switch to write-ahead logging and read it back). Unknown
// options are refused, so a typo cannot silently change behaviour.
//
// Facts measured on Debian's SQLCipher 3.4.1 (see tests/unit/SqlCipherDriverTest.cpp):
// - The key is handed to sqlite3_key() as a raw key ("x'<64 hex digits>'" in a wiped buffer, never SQL text),
//   so no PBKDF2 runs on open: under 1 ms, against 30-90 ms when the 32 bytes are taken as a passphrase
//   (64,000 PBKDF2 iterations; tests/bench/storage_bench.cpp prints both).
// - cipher_page_size is not stored in the file; it is set to 4096 on every open (a 4 KiB-page vault opened at
//   the 1 KiB default reports "file is encrypted or is not a database").
// - sqlite3_rekey() does work in WAL mode, but any other connection still open on the file then fails with
//   SQLITE_NOTADB, and a rekey inside an open transaction silently commits it. rekey() therefore refuses inside a
//   transaction and switches WAL -> DELETE first: that switch needs the file alone, so it fails (Busy) when
//   another connection is open, and the DELETE journal makes the page rewrite atomic. WAL is restored afterwards.
// - An ATTACHed database without a KEY clause inherits the main key and salt, but gets the process-wide
//   cipher_default_page_size (1024), not the main database's 4096. exportTo() sets the attached schema's
//   cipher_page_size to 4096 right after ATTACH (no process-wide default is touched) and reads it back.
// - sqlcipher_export() copies schema and rows but not PRAGMA user_version or application_id; exportTo() copies
//   both.
class SqlCipherDriver : public QSqlDriver {
    Q_OBJECT

public:
    static constexpr int kKeySize = 32;
    static constexpr int kPageSize = 4096;
    static constexpr int kDefaultBusyTimeoutMs = 5000;

    enum class OpenFailure {
        None,
        NotFound,            // the file does not exist and CREATE_IF_MISSING was not given
        WrongKeyOrNotAVault, // SQLITE_NOTADB: wrong key, not a vault, or damaged page 1 (indistinguishable)
        NotSqlCipher,        // the library does not encrypt, or the key read a file with a plaintext header
        PlaintextDatabase,   // the key does not read the file, and it starts with the plaintext SQLite header
        Corrupt,             // SQLITE_CORRUPT
        IoError,             // SQLITE_CANTOPEN, SQLITE_IOERR, SQLITE_FULL, SQLITE_PERM, ...
        Busy,                // SQLITE_BUSY, SQLITE_LOCKED
        InvalidRequest,      // no key / key of the wrong size, unknown option, password given, empty path
    };

    static QString driverName() { return QStringLiteral("CREDITCASE_SQLCIPHER"); }
    // Registers driverName() with QSqlDatabase (idempotent). A driver created that way still needs
    // setRawKey() before open(): static_cast<SqlCipherDriver*>(db.driver())->setRawKey(key).
    static void registerDriver();

    explicit SqlCipherDriver(QObject* parent = nullptr);
    ~SqlCipherDriver() override;

    // The vault's 32-byte raw master key, used by the next open() and wiped by it (success or failure) and by
    // the destructor. A key of another size makes open() fail with InvalidRequest.
    void setRawKey(const QByteArray& key32);
    OpenFailure lastOpenFailure() const { return m_lastOpenFailure; }

    // Re-encrypts every page under newKey32 (sqlite3_rekey, never PRAGMA rekey). Refused inside a transaction,
    // while a statement of this connection is still reading, or while another connection has the file open
    // (InUse). The page rewrite runs as one rollback-journal transaction, so an interrupted rekey rolls back to
    // the old key. If sqlite3_rekey() itself fails, close the connection and open it again with the old key. A
    // failure to switch back to WAL afterwards is reported although the key was changed (the message says so).
    Status rekey(const QByteArray& newKey32);

    // Writes a fresh encrypted copy (same key, 4096-byte pages, user_version and application_id included) to
    // newFilePath, which must not exist yet: it is created exclusively, nothing is overwritten, and a partial
    // copy is removed on failure. The path is bound as a parameter. Refused on a READ_ONLY connection and inside
    // a transaction. The copy starts with the same 16-byte salt as the vault (SQLCipher copies it with the key).
    // The caller makes the copy atomic if it needs to (write to a temporary name, then rename).
    Status exportTo(const QString& newFilePath);

    sqlite3* nativeHandle() const { return m_db; }

    // QSqlDriver
    bool hasFeature(DriverFeature feature) const override;
    bool open(const QString& db, const QString& user, const QString& password, const QString& host, int port,
              const QString& connectOptions) override;
    void close() override;
    QSqlResult* createResult() const override;
    bool beginTransaction() override;
    bool commitTransaction() override;
    bool rollbackTransaction() override;
    QStringList tables(QSql::TableType type) const override;
    QSqlRecord record(const QString& tableName) const override;
    QSqlIndex primaryIndex(const QString& tableName) const override;
    QString escapeIdentifier(const QString& identifier, IdentifierType type) const override;
    QString formatValue(const QSqlField& field, bool trimStrings = false) const override;
    QVariant handle() const override;

protected:
    // Keys the fresh handle before any other statement: sqlite3_key() with the raw key, then
    // PRAGMA cipher_page_size = 4096. Returns OpenFailure::None on success.
    virtual OpenFailure applyKey(sqlite3* db, QString* error);
    // Proves the open is encrypted: PRAGMA cipher_version returns a row, the key reads sqlite_master, the
    // page size reads back as 4096, and the file does not start with the plaintext SQLite header (read through
    // SQLite's own file handle: a second descriptor closed by this process would drop SQLite's POSIX locks,
    // field-notes F.1).
    virtual OpenFailure proveEncryption(sqlite3* db, QString* error);
    // SELECT count(*) FROM sqlite_master, with the failure mapped; usable by subclasses' proofs.
    static OpenFailure checkReadable(sqlite3* db, QString* error);
    // PRAGMA schema_version: reads page 1 only (proves the key, takes the shared lock), no schema parse.
    static OpenFailure holdSharedLock(sqlite3* db, QString* error);
    QString databasePath() const { return m_path; }

private:
    friend class SqlCipherResult;

    struct Options {
        bool createIfMissing = false;
        bool readOnly = false;
        bool wal = false;
        bool lockOnly = false; // a read-only guard: proves the key on page 1 and holds the shared lock, nothing more
        int busyTimeoutMs = kDefaultBusyTimeoutMs;
    };

    bool parseOptions(const QString& text, Options* options, QString* error) const;
    bool failOpen(OpenFailure failure, const QString& message, const QString& nativeText, int nativeCode);
    QString messageFor(OpenFailure failure) const;
    bool execTransactionStatement(const char* sql, const QString& failureMessage);
    Status setJournalMode(const char* mode);
    void wipeKey();
    void registerResult(SqlCipherResult* result) const;
    void unregisterResult(SqlCipherResult* result) const;
    static int authorize(void* self, int action, const char* arg1, const char* arg2, const char* schema,
                         const char* trigger);

    sqlite3* m_db = nullptr;
    QString m_path;
    Options m_options;
    OpenFailure m_lastOpenFailure = OpenFailure::None;
    std::array<unsigned char, kKeySize> m_key{};
    bool m_hasKey = false;
    bool m_keySizeWrong = false;
    int m_internalDepth = 0; // > 0 while the driver itself runs ATTACH / cipher pragmas
    mutable QList<SqlCipherResult*> m_results;
};

} // namespace creditcase::storage
