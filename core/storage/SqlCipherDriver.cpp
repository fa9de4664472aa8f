#include "storage/SqlCipherDriver.h"

#include "storage/SqlCipherResult.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlRecord>
#include <QStringList>
#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <fcntl.h>
#include <sodium.h>
#include <sqlcipher/sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

namespace creditcase::storage {

namespace {

// The first 16 bytes of every plaintext SQLite file, NUL included.
constexpr char kPlaintextHeader[] = "SQLite format 3";
static_assert(sizeof(kPlaintextHeader) == 16);

// SQLCipher's raw-key form: x'<64 hex digits>'. sqlite3_key() then uses the bytes as the AES key directly and
// runs no PBKDF2 (the slow KDF lives in the key slot, DESIGN.md). Kept on the stack and wiped after use.
using RawKeyText = std::array<char, 2 + 2 * SqlCipherDriver::kKeySize + 1 + 1>;

void formatRawKey(const unsigned char* key, RawKeyText* text) {
    (*text)[0] = 'x';
    (*text)[1] = '\'';
    sodium_bin2hex(text->data() + 2, 2 * SqlCipherDriver::kKeySize + 1, key, SqlCipherDriver::kKeySize);
    (*text)[2 + 2 * SqlCipherDriver::kKeySize] = '\'';
    (*text)[text->size() - 1] = '\0';
}

constexpr int rawKeyTextLength() {
    return int(std::tuple_size_v<RawKeyText>) - 1;
}

// A statement the driver runs for itself; finalized on every path.
class Statement {
public:
    Statement(sqlite3* db, const char* sql) { m_rc = sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr); }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    bool prepared() const { return m_rc == SQLITE_OK && m_stmt; }
    int prepareCode() const { return m_rc; }
    int step() { return sqlite3_step(m_stmt); }
    sqlite3_stmt* get() const { return m_stmt; }
    QString text(int column) const {
        const auto* bytes = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
        return bytes ? QString::fromUtf8(bytes, sqlite3_column_bytes(m_stmt, column)) : QString();
    }
    qint64 integer(int column) const { return sqlite3_column_int64(m_stmt, column); }
    bool isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }

private:
    sqlite3_stmt* m_stmt = nullptr;
    int m_rc = SQLITE_OK;
};

// Runs sql and returns its first column of its first row as text in *value (null if there is no row).
int queryText(sqlite3* db, const char* sql, QString* value) {
    Statement statement(db, sql);
    if (!statement.prepared()) {
        return statement.prepareCode() == SQLITE_OK ? SQLITE_MISUSE : statement.prepareCode();
    }
    const int rc = statement.step();
    if (rc == SQLITE_ROW) {
        *value = statement.text(0);
        return SQLITE_OK;
    }
    *value = QString();
    return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

QString nativeMessage(sqlite3* db, int rc) {
    return db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(rc));
}

SqlCipherDriver::OpenFailure failureForCode(int rc) {
    using OpenFailure = SqlCipherDriver::OpenFailure;
    switch (rc & 0xff) {
    case SQLITE_NOTADB:
        return OpenFailure::WrongKeyOrNotAVault;
    case SQLITE_CORRUPT:
        return OpenFailure::Corrupt;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return OpenFailure::Busy;
    default: // SQLITE_CANTOPEN, SQLITE_IOERR, SQLITE_FULL, SQLITE_PERM, SQLITE_READONLY, SQLITE_NOMEM, ...
        return OpenFailure::IoError;
    }
}

// Reads the first bytes of the main database file through SQLite's own file handle (the VFS layer sits below
// SQLCipher's codec, so these are the raw bytes on disk). Never open the file a second time to do this: on
// Linux, closing *any* descriptor of a file drops every POSIX lock this process holds on it, so SQLite would go
// on without its locks and another process could checkpoint and delete -wal/-shm under it (field-notes F.1,
// SQLite "How To Corrupt An SQLite Database File" 2.2). Returns false when the bytes cannot be read.
bool readRawHeader(sqlite3* db, char* buffer, int size) {
    sqlite3_file* file = nullptr;
    if (sqlite3_file_control(db, "main", SQLITE_FCNTL_FILE_POINTER, &file) != SQLITE_OK || !file || !file->pMethods ||
        !file->pMethods->xRead) {
        return false;
    }
    std::fill(buffer, buffer + size, '\0');
    const int rc = file->pMethods->xRead(file, buffer, size, 0);
    return rc == SQLITE_OK;
}

bool fileHasPlaintextHeader(sqlite3* db) {
    char head[sizeof(kPlaintextHeader)];
    return readRawHeader(db, head, int(sizeof(head))) && std::equal(head, head + sizeof(head), kPlaintextHeader);
}

// Creates an empty file readable and writable by its owner only (0600, whatever the umask); false when it
// exists already or cannot be created. Used before SQLite opens the file, never while it holds it.
bool createPrivateFile(const QString& path) {
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0) {
        return false;
    }
    const int saved = errno;
    ::fchmod(fd, S_IRUSR | S_IWUSR);
    ::close(fd);
    errno = saved;
    return true;
}

const char* const kExportSchema = "creditcase_export";

} // namespace

// ---- registration, key ---------------------------------------------------------------------------------------

void SqlCipherDriver::registerDriver() {
    if (!QSqlDatabase::drivers().contains(driverName())) {
        QSqlDatabase::registerSqlDriver(driverName(), new QSqlDriverCreator<SqlCipherDriver>);
    }
}

SqlCipherDriver::SqlCipherDriver(QObject* parent)
    : QSqlDriver(parent) {
    setNumericalPrecisionPolicy(QSql::LowPrecisionDouble);
}

SqlCipherDriver::~SqlCipherDriver() {
    close();
    wipeKey();
}

void SqlCipherDriver::setRawKey(const QByteArray& key32) {
    wipeKey();
    if (key32.size() != kKeySize) {
        m_keySizeWrong = true;
        return;
    }
    std::copy(key32.cbegin(), key32.cend(), reinterpret_cast<char*>(m_key.data()));
    m_hasKey = true;
}

void SqlCipherDriver::wipeKey() {
    sodium_memzero(m_key.data(), m_key.size());
    m_hasKey = false;
    m_keySizeWrong = false;
}

// ---- open / close ----------------------------------------------------------------------------------------------

bool SqlCipherDriver::parseOptions(const QString& text, Options* options, QString* error) const {
    const QStringList parts = text.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString& rawPart : parts) {
        const QString part = rawPart.trimmed();
        if (part.isEmpty()) {
            continue;
        }
        if (part == QLatin1String("CREATE_IF_MISSING")) {
            options->createIfMissing = true;
        } else if (part == QLatin1String("READ_ONLY")) {
            options->readOnly = true;
        } else if (part == QLatin1String("WAL")) {
            options->wal = true;
        } else if (part == QLatin1String("LOCK_ONLY")) {
            options->lockOnly = true;
        } else if (part.startsWith(QLatin1String("BUSY_TIMEOUT_MS="))) {
            bool ok = false;
            const int value = part.mid(int(qstrlen("BUSY_TIMEOUT_MS="))).trimmed().toInt(&ok);
            if (!ok || value < 0) {
                *error = tr("The connection option \"%1\" needs a whole number of milliseconds (0 or more).").arg(part);
                return false;
            }
            options->busyTimeoutMs = value;
        } else {
            *error = tr("The connection option \"%1\" is not known. Known options: CREATE_IF_MISSING, "
                        "BUSY_TIMEOUT_MS=<milliseconds>, READ_ONLY, WAL, LOCK_ONLY.")
                         .arg(part);
            return false;
        }
    }
    if (options->readOnly && options->createIfMissing) {
        *error = tr("The connection options READ_ONLY and CREATE_IF_MISSING cannot be combined: a vault opened "
                    "read-only cannot be created.");
        return false;
    }
    if (options->lockOnly && !options->readOnly) {
        *error = tr("The connection option LOCK_ONLY needs READ_ONLY: it is for a connection that only holds the "
                    "vault's shared lock.");
        return false;
    }
    return true;
}

QString SqlCipherDriver::messageFor(OpenFailure failure) const {
    const QString path = QDir::toNativeSeparators(m_path);
    switch (failure) {
    case OpenFailure::None:
        return QString();
    case OpenFailure::NotFound:
        return tr("The vault file \"%1\" does not exist. Check the file name and folder, or create a new vault.")
            .arg(path);
    case OpenFailure::WrongKeyOrNotAVault:
        return tr("The vault \"%1\" could not be unlocked. Either the key is wrong (for example another user's "
                  "vault was chosen), or the file is not a CreditCase vault or is damaged; the program cannot "
                  "tell these apart. Check that this is the right file; if it is, restore it from a backup.")
            .arg(path);
    case OpenFailure::NotSqlCipher:
        return tr("CreditCase refused to open \"%1\" because it would not be encrypted: either the installed "
                  "database library (SQLCipher) cannot encrypt, or the file is a plain, unencrypted database. "
                  "Reinstall CreditCase, and open only vaults created by CreditCase.")
            .arg(path);
    case OpenFailure::PlaintextDatabase:
        return tr("\"%1\" is an unencrypted SQLite database, not a CreditCase vault. CreditCase never opens "
                  "unencrypted databases; the file was not changed.")
            .arg(path);
    case OpenFailure::Corrupt:
        return tr("The vault file \"%1\" is damaged. Restore it from a backup.").arg(path);
    case OpenFailure::IoError:
        return tr("The vault file \"%1\" could not be read or written. Check that the disk or network drive is "
                  "available and not full, and that you may use this file.")
            .arg(path);
    case OpenFailure::Busy:
        return tr("The vault \"%1\" is in use by another program or another CreditCase window. Close it there "
                  "and try again.")
            .arg(path);
    case OpenFailure::InvalidRequest:
        return tr("The vault \"%1\" was not opened because the request was incomplete.").arg(path);
    }
    return QString();
}

bool SqlCipherDriver::failOpen(OpenFailure failure, const QString& message, const QString& nativeText, int nativeCode) {
    m_lastOpenFailure = failure;
    setOpenError(true);
    setLastError(QSqlError(message, nativeText, QSqlError::ConnectionError,
                           nativeCode != 0 ? QString::number(nativeCode) : QString()));
    return false;
}

bool SqlCipherDriver::open(const QString& db, const QString& user, const QString& password, const QString& host,
                           int port, const QString& connectOptions) {
    Q_UNUSED(user)
    Q_UNUSED(host)
    Q_UNUSED(port)

    if (isOpen()) {
        close();
    }
    // Whatever happens below, the driver's copy of the key does not outlive this call.
    const auto wipe = qScopeGuard([this] { wipeKey(); });
    m_lastOpenFailure = OpenFailure::None;
    m_path = db;

    if (!password.isEmpty()) {
        return failOpen(OpenFailure::InvalidRequest,
                        tr("The vault key must be handed to the driver with setRawKey(), never as a connection "
                           "password."),
                        QString(), 0);
    }
    if (!m_hasKey) {
        return failOpen(OpenFailure::InvalidRequest,
                        m_keySizeWrong
                            ? tr("The vault key has the wrong size: it must be exactly %1 bytes.").arg(kKeySize)
                            : tr("No vault key was given, so the vault cannot be opened."),
                        QString(), 0);
    }
    Options options;
    QString optionError;
    if (!parseOptions(connectOptions, &options, &optionError)) {
        return failOpen(OpenFailure::InvalidRequest, optionError, QString(), 0);
    }
    if (db.isEmpty() || db == QLatin1String(":memory:")) {
        return failOpen(OpenFailure::InvalidRequest, tr("A vault needs a file name; none was given."), QString(), 0);
    }
    // SQLite would create a missing file on open; a vault that silently turns up empty looks like lost data.
    const QFileInfo info(db);
    if (!info.exists() && !options.createIfMissing) {
        return failOpen(OpenFailure::NotFound, messageFor(OpenFailure::NotFound), QString(), SQLITE_CANTOPEN);
    }
    if (info.exists() && !info.isFile()) {
        return failOpen(OpenFailure::IoError, messageFor(OpenFailure::IoError), QStringLiteral("not a regular file"),
                        SQLITE_CANTOPEN);
    }

    // A new vault is readable by its owner only, whatever the umask: SQLite would create it 0644, and it gives
    // -wal and -shm the mode of the database file, so creating the empty file ourselves covers all three.
    const bool existed = info.exists();
    if (!existed && !createPrivateFile(db)) {
        return failOpen(OpenFailure::IoError, messageFor(OpenFailure::IoError),
                        QStringLiteral("the file could not be created"), SQLITE_CANTOPEN);
    }

    // Whether a -wal from earlier work is there: only such a one holds anything a checkpoint could write.
    const bool walExisted = QFileInfo::exists(db + QLatin1String("-wal"));
    const int flags = options.readOnly ? SQLITE_OPEN_READONLY
                                       : (SQLITE_OPEN_READWRITE | (options.createIfMissing ? SQLITE_OPEN_CREATE : 0));
    sqlite3* handle = nullptr;
    int rc = sqlite3_open_v2(db.toUtf8().constData(), &handle, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString native = nativeMessage(handle, rc);
        sqlite3_close(handle);
        if (!existed) {
            QFile::remove(db);
        }
        const OpenFailure failure = existed ? failureForCode(rc) : OpenFailure::NotFound;
        return failOpen(failure, messageFor(failure), native, rc);
    }
    sqlite3_extended_result_codes(handle, 1);
    sqlite3_busy_timeout(handle, options.busyTimeoutMs);

    auto refuse = [&](OpenFailure failure, const QString& detail) {
        const int code = sqlite3_extended_errcode(handle);
        const QString native = detail.isEmpty() ? nativeMessage(handle, code) : detail;
        // Closing the last connection checkpoints the -wal into the file and deletes it: on a file that failed its
        // proof that writes to a damaged vault and destroys the evidence. A read-only connection cannot
        // checkpoint, and while it holds its shared lock the closing one cannot take the exclusive lock a
        // checkpoint needs; so it is opened before and closed after.
        sqlite3* guard = nullptr;
        if (existed && walExisted &&
            sqlite3_open_v2(db.toUtf8().constData(), &guard, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
            QString ignored;
            if (applyKey(guard, &ignored) == OpenFailure::None) {
                holdSharedLock(guard, &ignored);
            }
        }
        sqlite3_close(handle);
        if (guard) {
            sqlite3_close(guard);
        }
        // A refused open leaves nothing behind: not even the empty file SQLite created for CREATE_IF_MISSING.
        if (!existed && QFileInfo(db).size() == 0) {
            QFile::remove(db);
        }
        return failOpen(failure, messageFor(failure), native, code);
    };

    QString detail;
    OpenFailure failure = applyKey(handle, &detail);
    if (failure == OpenFailure::None) {
        failure = options.lockOnly ? holdSharedLock(handle, &detail) : proveEncryption(handle, &detail);
    }
    if (failure == OpenFailure::None && !options.lockOnly) {
        failure = checkReadable(handle, &detail);
    }
    if (failure == OpenFailure::WrongKeyOrNotAVault && fileHasPlaintextHeader(handle)) {
        failure = OpenFailure::PlaintextDatabase;
        detail = QStringLiteral("the file starts with the plaintext SQLite header");
    }
    if (failure != OpenFailure::None) {
        return refuse(failure, detail);
    }

    rc = sqlite3_exec(handle, "PRAGMA foreign_keys = ON", nullptr, nullptr, nullptr);
    QString value;
    if (rc == SQLITE_OK) {
        rc = queryText(handle, "PRAGMA foreign_keys", &value);
    }
    if (rc != SQLITE_OK || value != QLatin1String("1")) {
        return refuse(rc != SQLITE_OK ? failureForCode(rc) : OpenFailure::IoError,
                      rc != SQLITE_OK ? QString()
                                      : QStringLiteral("PRAGMA foreign_keys reads back as '%1'").arg(value));
    }
    if (options.wal) {
        rc = queryText(handle, "PRAGMA journal_mode = WAL", &value);
        if (rc != SQLITE_OK || value != QLatin1String("wal")) {
            return refuse(rc != SQLITE_OK ? failureForCode(rc) : OpenFailure::IoError,
                          rc != SQLITE_OK ? QString()
                                          : QStringLiteral("PRAGMA journal_mode = WAL reads back as '%1'").arg(value));
        }
    }

    // From here on, SQL written by the application cannot touch keys, cipher settings or attached files.
    sqlite3_set_authorizer(handle, &SqlCipherDriver::authorize, this);
    m_db = handle;
    m_options = options;
    setOpen(true);
    setOpenError(false);
    setLastError(QSqlError());
    return true;
}

SqlCipherDriver::OpenFailure SqlCipherDriver::applyKey(sqlite3* db, QString* error) {
    RawKeyText text;
    formatRawKey(m_key.data(), &text);
    const int rc = sqlite3_key(db, text.data(), rawKeyTextLength());
    sodium_memzero(text.data(), text.size());
    if (rc != SQLITE_OK) {
        *error = QStringLiteral("sqlite3_key failed: %1").arg(nativeMessage(db, rc));
        return OpenFailure::NotSqlCipher;
    }
    // SQLCipher 3 does not store the page size in the file: it must be set again on every open.
    const QByteArray pageSize = QByteArrayLiteral("PRAGMA cipher_page_size = ") + QByteArray::number(kPageSize);
    if (sqlite3_exec(db, pageSize.constData(), nullptr, nullptr, nullptr) != SQLITE_OK) {
        *error = nativeMessage(db, SQLITE_ERROR);
        return OpenFailure::NotSqlCipher;
    }
    return OpenFailure::None;
}

SqlCipherDriver::OpenFailure SqlCipherDriver::proveEncryption(sqlite3* db, QString* error) {
    QString value;
    int rc = queryText(db, "PRAGMA cipher_version", &value);
    if (rc != SQLITE_OK || value.isEmpty()) {
        *error = QStringLiteral("PRAGMA cipher_version returned no row: the library is not SQLCipher");
        return OpenFailure::NotSqlCipher;
    }
    const OpenFailure readable = checkReadable(db, error);
    if (readable != OpenFailure::None) {
        return readable;
    }
    rc = queryText(db, "PRAGMA cipher_page_size", &value);
    if (rc != SQLITE_OK || value != QString::number(kPageSize)) {
        *error = QStringLiteral("PRAGMA cipher_page_size reads back as '%1', expected %2").arg(value).arg(kPageSize);
        return OpenFailure::NotSqlCipher;
    }
    // Belt and braces: a file that starts with the plaintext header is never a vault.
    if (fileHasPlaintextHeader(db)) {
        *error = QStringLiteral("the file starts with the plaintext SQLite header");
        return OpenFailure::NotSqlCipher;
    }
    return OpenFailure::None;
}

// Reads page 1, which proves the key (its HMAC) and, in WAL mode, leaves the connection holding the shared lock on
// the vault file for as long as it stays open; while it does, no other connection can checkpoint the -wal. Unlike a
// query it does not parse the schema, so a guard costs one page read rather than a second schema load.
SqlCipherDriver::OpenFailure SqlCipherDriver::holdSharedLock(sqlite3* db, QString* error) {
    QString value;
    const int rc = queryText(db, "PRAGMA schema_version", &value);
    if (rc == SQLITE_OK && !value.isEmpty()) {
        return OpenFailure::None;
    }
    *error = rc == SQLITE_OK ? QStringLiteral("PRAGMA schema_version returned no row") : nativeMessage(db, rc);
    return rc == SQLITE_OK ? OpenFailure::WrongKeyOrNotAVault : failureForCode(rc);
}

SqlCipherDriver::OpenFailure SqlCipherDriver::checkReadable(sqlite3* db, QString* error) {
    Statement statement(db, "SELECT count(*) FROM sqlite_master");
    int rc = statement.prepareCode();
    if (rc == SQLITE_OK) {
        rc = statement.step();
        if (rc == SQLITE_ROW) {
            return OpenFailure::None;
        }
    }
    *error = nativeMessage(db, rc);
    return failureForCode(rc);
}

void SqlCipherDriver::close() {
    for (SqlCipherResult* result : std::as_const(m_results)) {
        result->finalizeStatement();
    }
    if (m_db) {
        sqlite3_set_authorizer(m_db, nullptr, nullptr);
        // close_v2 never fails with SQLITE_BUSY; every statement of ours was finalized just above.
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
    setOpen(false);
    setOpenError(false);
}

QSqlResult* SqlCipherDriver::createResult() const {
    return new SqlCipherResult(this);
}

void SqlCipherDriver::registerResult(SqlCipherResult* result) const {
    m_results.append(result);
}

void SqlCipherDriver::unregisterResult(SqlCipherResult* result) const {
    m_results.removeAll(result);
}

int SqlCipherDriver::authorize(void* self, int action, const char* arg1, const char* arg2, const char* schema,
                               const char* trigger) {
    Q_UNUSED(schema)
    Q_UNUSED(trigger)
    if (static_cast<SqlCipherDriver*>(self)->m_internalDepth > 0) {
        return SQLITE_OK;
    }
    switch (action) {
    case SQLITE_ATTACH:
    case SQLITE_DETACH:
        // ATTACH ... KEY '' would give a plaintext file; backups go through exportTo().
        return SQLITE_DENY;
    case SQLITE_FUNCTION:
        return arg2 && qstricmp(arg2, "sqlcipher_export") == 0 ? SQLITE_DENY : SQLITE_OK;
    case SQLITE_PRAGMA: {
        if (!arg1) {
            return SQLITE_OK;
        }
        const QByteArray name = QByteArray(arg1).toLower();
        if (name == "key" || name == "rekey" || name == "hexkey" || name == "hexrekey" || name == "cipher_migrate") {
            return SQLITE_DENY;
        }
        const bool cipherSetting = name.startsWith("cipher") || name.endsWith("kdf_iter") || name == "rekey_cipher";
        // Reading a cipher setting is fine; changing one is the driver's business only.
        return cipherSetting && arg2 ? SQLITE_DENY : SQLITE_OK;
    }
    default:
        return SQLITE_OK;
    }
}

// ---- features, transactions -------------------------------------------------------------------------------------

bool SqlCipherDriver::hasFeature(DriverFeature feature) const {
    switch (feature) {
    case Transactions:
    case BLOB:
    case Unicode:
    case PreparedQueries:
    case NamedPlaceholders:
    case PositionalPlaceholders:
    case LastInsertId:
    case SimpleLocking: // a writer blocks other writers (and, outside WAL, readers at commit)
    case FinishQuery:
    case LowPrecisionNumbers:
        return true;
    case QuerySize:       // SQLite cannot count rows before stepping through them
    case BatchOperations: // QSqlQuery::execBatch() still works, emulated row by row
    case EventNotifications:
    case MultipleResultSets:
    case CancelQuery:
        return false;
    }
    return false;
}

bool SqlCipherDriver::execTransactionStatement(const char* sql, const QString& failureMessage) {
    if (!m_db) {
        setLastError(QSqlError(tr("The vault is not open."), QString(), QSqlError::TransactionError));
        return false;
    }
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr);
    if (rc == SQLITE_OK) {
        return true;
    }
    const QString message =
        (rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED
            ? tr("The vault is busy: another program or CreditCase window is writing to it. Try again in a moment.")
            : failureMessage;
    setLastError(QSqlError(message, nativeMessage(m_db, rc), QSqlError::TransactionError, QString::number(rc)));
    return false;
}

bool SqlCipherDriver::beginTransaction() {
    // IMMEDIATE takes the write lock now: two writers never both hold a read lock and then wait for each other to
    // upgrade it. A read-only connection cannot take that lock and only needs a consistent snapshot.
    return execTransactionStatement(m_options.readOnly ? "BEGIN DEFERRED" : "BEGIN IMMEDIATE",
                                    tr("A transaction could not be started on the vault."));
}

bool SqlCipherDriver::commitTransaction() {
    return execTransactionStatement("COMMIT", tr("The changes could not be saved to the vault; nothing of this "
                                                 "transaction was saved yet. Try again or undo the changes."));
}

bool SqlCipherDriver::rollbackTransaction() {
    return execTransactionStatement("ROLLBACK", tr("The changes could not be undone in the vault."));
}

// ---- schema ---------------------------------------------------------------------------------------------------

QStringList SqlCipherDriver::tables(QSql::TableType type) const {
    QStringList names;
    if (!m_db) {
        return names;
    }
    const bool wantSystem = type & QSql::SystemTables;
    if (wantSystem) {
        names << QStringLiteral("sqlite_master");
    }
    Statement statement(m_db, "SELECT name, type FROM sqlite_master WHERE type IN ('table', 'view') ORDER BY name");
    while (statement.prepared() && statement.step() == SQLITE_ROW) {
        const QString name = statement.text(0);
        const bool isView = statement.text(1) == QLatin1String("view");
        const bool isSystem = name.startsWith(QLatin1String("sqlite_"));
        if ((isSystem && wantSystem) || (!isSystem && isView && (type & QSql::Views)) ||
            (!isSystem && !isView && (type & QSql::Tables))) {
            names << name;
        }
    }
    return names;
}

namespace {

struct ColumnInfo {
    QString name;
    QString declaredType;
    bool notNull = false;
    QVariant defaultValue;
    int primaryKeyPosition = 0;
};

QList<ColumnInfo> tableColumns(sqlite3* db, const QString& pragmaSql) {
    QList<ColumnInfo> columns;
    const QByteArray sql = pragmaSql.toUtf8();
    Statement statement(db, sql.constData());
    while (statement.prepared() && statement.step() == SQLITE_ROW) {
        ColumnInfo column;
        column.name = statement.text(1);
        column.declaredType = statement.text(2);
        column.notNull = statement.integer(3) != 0;
        if (!statement.isNull(4)) {
            column.defaultValue = statement.text(4);
        }
        column.primaryKeyPosition = int(statement.integer(5));
        columns.append(column);
    }
    return columns;
}

} // namespace

QSqlRecord SqlCipherDriver::record(const QString& tableName) const {
    QSqlRecord result;
    if (!m_db || tableName.isEmpty()) {
        return result;
    }
    const QString table = isIdentifierEscaped(tableName, TableName) ? stripDelimiters(tableName, TableName) : tableName;
    const QList<ColumnInfo> columns =
        tableColumns(m_db, QStringLiteral("PRAGMA table_info(%1)").arg(escapeIdentifier(table, FieldName)));
    const auto keyColumns =
        std::count_if(columns.cbegin(), columns.cend(), [](const ColumnInfo& c) { return c.primaryKeyPosition > 0; });
    for (const ColumnInfo& column : columns) {
        QSqlField field(column.name, SqlCipherResult::declaredMetaType(column.declaredType.toUtf8().constData()),
                        table);
        field.setRequiredStatus(column.notNull ? QSqlField::Required : QSqlField::Optional);
        field.setDefaultValue(column.defaultValue);
        // Only INTEGER PRIMARY KEY is an alias of the rowid and gets its value automatically.
        field.setAutoValue(keyColumns == 1 && column.primaryKeyPosition == 1 &&
                           column.declaredType.compare(QLatin1String("INTEGER"), Qt::CaseInsensitive) == 0);
        result.append(field);
    }
    return result;
}

QSqlIndex SqlCipherDriver::primaryIndex(const QString& tableName) const {
    QSqlIndex index(tableName);
    if (!m_db || tableName.isEmpty()) {
        return index;
    }
    const QString table = isIdentifierEscaped(tableName, TableName) ? stripDelimiters(tableName, TableName) : tableName;
    QList<ColumnInfo> columns =
        tableColumns(m_db, QStringLiteral("PRAGMA table_info(%1)").arg(escapeIdentifier(table, FieldName)));
    columns.removeIf([](const ColumnInfo& c) { return c.primaryKeyPosition == 0; });
    std::sort(columns.begin(), columns.end(),
              [](const ColumnInfo& a, const ColumnInfo& b) { return a.primaryKeyPosition < b.primaryKeyPosition; });
    for (const ColumnInfo& column : std::as_const(columns)) {
        index.append(
            QSqlField(column.name, SqlCipherResult::declaredMetaType(column.declaredType.toUtf8().constData()), table));
    }
    if (!columns.isEmpty()) {
        index.setName(table);
    }
    return index;
}

QString SqlCipherDriver::escapeIdentifier(const QString& identifier, IdentifierType type) const {
    if (identifier.isEmpty() || isIdentifierEscaped(identifier, type)) {
        return identifier;
    }
    QString escaped = identifier;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    escaped = QLatin1Char('"') + escaped + QLatin1Char('"');
    if (type == TableName) {
        // "schema.table" becomes "schema"."table", as with Qt's own SQLite driver.
        escaped.replace(QLatin1Char('.'), QLatin1String("\".\""));
    }
    return escaped;
}

QString SqlCipherDriver::formatValue(const QSqlField& field, bool trimStrings) const {
    if (field.isNull()) {
        return QStringLiteral("NULL");
    }
    const QVariant value = field.value();
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    case QMetaType::QByteArray:
        return QStringLiteral("X'%1'").arg(QString::fromLatin1(value.toByteArray().toHex()));
    case QMetaType::Double:
    case QMetaType::Float: {
        const double number = value.toDouble();
        if (!std::isfinite(number)) {
            return QStringLiteral("NULL");
        }
        return QString::number(number, 'g', QLocale::FloatingPointShortest);
    }
    case QMetaType::QDateTime:
        return QLatin1Char('\'') + value.toDateTime().toString(Qt::ISODateWithMs) + QLatin1Char('\'');
    case QMetaType::QDate:
        return QLatin1Char('\'') + value.toDate().toString(Qt::ISODate) + QLatin1Char('\'');
    case QMetaType::QTime:
        return QLatin1Char('\'') + value.toTime().toString(Qt::ISODateWithMs) + QLatin1Char('\'');
    default:
        return QSqlDriver::formatValue(field, trimStrings);
    }
}

QVariant SqlCipherDriver::handle() const {
    return QVariant(QMetaType::fromType<sqlite3*>(), &m_db);
}

// ---- rekey, export ------------------------------------------------------------------------------------------------

Status SqlCipherDriver::setJournalMode(const char* mode) {
    const QByteArray sql = QByteArrayLiteral("PRAGMA journal_mode = ") + mode;
    QString value;
    const int rc = queryText(m_db, sql.constData(), &value);
    if (rc == SQLITE_OK && value.compare(QLatin1String(mode), Qt::CaseInsensitive) == 0) {
        return {};
    }
    if ((rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED) {
        return Error::inUse(tr("Another CreditCase window or program has the vault open. Close it there, then try "
                               "again."));
    }
    return Error::failure(tr("The vault's journal mode could not be changed to %1 (%2).")
                              .arg(QLatin1String(mode), rc != SQLITE_OK ? nativeMessage(m_db, rc) : value));
}

Status SqlCipherDriver::rekey(const QByteArray& newKey32) {
    if (!m_db) {
        return Error::usage(tr("The vault is not open, so its key cannot be changed."));
    }
    if (newKey32.size() != kKeySize) {
        return Error::usage(tr("The new vault key has the wrong size: it must be exactly %1 bytes.").arg(kKeySize));
    }
    if (m_options.readOnly) {
        return Error::usage(tr("The vault was opened read-only, so its key cannot be changed."));
    }
    // Measured on 3.4.1: sqlite3_rekey() inside a transaction silently commits that transaction.
    if (!sqlite3_get_autocommit(m_db)) {
        return Error::inUse(tr("Finish the current transaction before changing the vault key."));
    }
    for (const SqlCipherResult* result : std::as_const(m_results)) {
        if (result->isStepping()) {
            return Error::inUse(tr("A query on the vault is still being read. Finish it before changing the key."));
        }
    }

    QString mode;
    int rc = queryText(m_db, "PRAGMA journal_mode", &mode);
    if (rc != SQLITE_OK) {
        return Error::failure(tr("The vault's journal mode could not be read (%1).").arg(nativeMessage(m_db, rc)));
    }
    // Leaving WAL needs the file alone: that refuses the rekey while another connection is open (which the rekey
    // would otherwise leave unable to read anything), and the rollback journal makes the page rewrite atomic.
    const bool wasWal = mode == QLatin1String("wal");
    if (wasWal) {
        Status left = setJournalMode("DELETE");
        if (!left) {
            return left;
        }
    }

    std::array<unsigned char, kKeySize> keyBytes;
    std::copy(newKey32.cbegin(), newKey32.cend(), reinterpret_cast<char*>(keyBytes.data()));
    RawKeyText text;
    formatRawKey(keyBytes.data(), &text);
    sodium_memzero(keyBytes.data(), keyBytes.size());
    ++m_internalDepth;
    rc = sqlite3_rekey(m_db, text.data(), rawKeyTextLength());
    --m_internalDepth;
    sodium_memzero(text.data(), text.size());

    Status result;
    QString detail;
    if (rc != SQLITE_OK) {
        result = Error::failure(tr("The vault key could not be changed (%1). Close the vault and open it again with "
                                   "the old key.")
                                    .arg(nativeMessage(m_db, rc)));
    } else if (checkReadable(m_db, &detail) != OpenFailure::None) {
        result = Error::failure(
            tr("The vault key was changed, but the vault could not be read afterwards (%1). Restore a backup.")
                .arg(detail));
    }
    if (wasWal) {
        Status back = setJournalMode("WAL");
        if (!back && result) {
            result = Error::failure(tr("The vault key was changed, but the vault could not switch back to "
                                       "write-ahead logging: %1")
                                        .arg(back.error().message));
        }
    }
    return result;
}

Status SqlCipherDriver::exportTo(const QString& newFilePath) {
    if (!m_db) {
        return Error::usage(tr("The vault is not open, so it cannot be copied."));
    }
    if (newFilePath.isEmpty()) {
        return Error::usage(tr("No file name was given for the vault copy."));
    }
    if (m_options.readOnly) {
        return Error::usage(tr("The vault was opened read-only; open it normally to copy it."));
    }
    if (!sqlite3_get_autocommit(m_db)) {
        return Error::inUse(tr("Finish the current transaction before copying the vault."));
    }
    const QString shown = QDir::toNativeSeparators(newFilePath);
    const QFileInfo target(newFilePath);
    if (target.exists() || QFileInfo::exists(newFilePath + QLatin1String("-journal")) ||
        QFileInfo::exists(newFilePath + QLatin1String("-wal"))) {
        return Error::usage(
            tr("The file \"%1\" already exists. CreditCase does not overwrite files; choose a new file name.")
                .arg(shown));
    }
    if (!target.absoluteDir().exists()) {
        return Error::notFound(
            tr("The folder \"%1\" does not exist.").arg(QDir::toNativeSeparators(target.absoluteDir().path())));
    }

    // Create the file ourselves, exclusively: this never overwrites (O_EXCL), and ATTACH may then open it even
    // though the vault connection was opened without SQLITE_OPEN_CREATE (which ATTACH inherits). SQLite treats
    // an empty file as an empty database.
    {
        if (!createPrivateFile(newFilePath)) {
            QFile fresh(newFilePath);
            return fresh.exists() ? Error::usage(tr("The file \"%1\" already exists. CreditCase does not overwrite "
                                                    "files; choose a new file name.")
                                                     .arg(shown))
                                  : Error::failure(tr("The vault copy \"%1\" could not be created: %2")
                                                       .arg(shown, QString::fromLocal8Bit(std::strerror(errno))));
        }
    }

    ++m_internalDepth;
    bool attached = false;
    bool done = false;
    const auto cleanUp = qScopeGuard([&] {
        if (attached) {
            const QByteArray detach = QByteArrayLiteral("DETACH DATABASE ") + kExportSchema;
            sqlite3_exec(m_db, detach.constData(), nullptr, nullptr, nullptr);
        }
        --m_internalDepth;
        if (!done) {
            QFile::remove(newFilePath);
            QFile::remove(newFilePath + QLatin1String("-journal"));
        }
    });
    auto fail = [&](const QString& step, int rc) -> Status {
        return Error::failure(tr("The vault could not be copied to \"%1\" (%2: %3). Nothing was written there.")
                                  .arg(shown, step, nativeMessage(m_db, rc)));
    };

    {
        // ATTACH without KEY: the copy inherits the vault's key. The path is bound, never spliced into SQL.
        const QByteArray sql = QByteArrayLiteral("ATTACH DATABASE ?1 AS ") + kExportSchema;
        Statement attach(m_db, sql.constData());
        if (!attach.prepared()) {
            return fail(QStringLiteral("ATTACH"), attach.prepareCode());
        }
        const QByteArray path = newFilePath.toUtf8();
        sqlite3_bind_text(attach.get(), 1, path.constData(), int(path.size()), SQLITE_TRANSIENT);
        const int rc = attach.step();
        if (rc != SQLITE_DONE) {
            return fail(QStringLiteral("ATTACH"), rc);
        }
        attached = true;
    }
    // The attached file would otherwise get the process-wide default page size (1024), not 4096.
    const QByteArray schema(kExportSchema);
    const QByteArray pageSize =
        QByteArrayLiteral("PRAGMA ") + schema + ".cipher_page_size = " + QByteArray::number(kPageSize);
    int rc = sqlite3_exec(m_db, pageSize.constData(), nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        return fail(QStringLiteral("cipher_page_size"), rc);
    }
    QString value;
    rc = queryText(m_db, (QByteArrayLiteral("PRAGMA ") + schema + ".cipher_page_size").constData(), &value);
    if (rc != SQLITE_OK || value != QString::number(kPageSize)) {
        return Error::failure(tr("The vault copy \"%1\" would not get %2-byte pages (it reads back as %3).")
                                  .arg(shown)
                                  .arg(kPageSize)
                                  .arg(value));
    }
    rc = queryText(m_db, (QByteArrayLiteral("SELECT sqlcipher_export('") + schema + "')").constData(), &value);
    if (rc != SQLITE_OK) {
        return fail(QStringLiteral("sqlcipher_export"), rc);
    }
    // sqlcipher_export() on 3.4.1 leaves these two at 0; the schema version lives in user_version.
    for (const char* header : {"user_version", "application_id"}) {
        rc = queryText(m_db, (QByteArrayLiteral("PRAGMA main.") + header).constData(), &value);
        bool isNumber = false;
        const qint64 number = value.toLongLong(&isNumber);
        if (rc != SQLITE_OK || !isNumber) {
            return fail(QString::fromLatin1(header), rc);
        }
        const QByteArray copy =
            QByteArrayLiteral("PRAGMA ") + schema + '.' + header + " = " + QByteArray::number(number);
        rc = sqlite3_exec(m_db, copy.constData(), nullptr, nullptr, nullptr);
        if (rc != SQLITE_OK) {
            return fail(QString::fromLatin1(header), rc);
        }
    }
    // The copy must hold the same schema as the vault.
    QString copied;
    QString original;
    rc = queryText(m_db, (QByteArrayLiteral("SELECT count(*) FROM ") + schema + ".sqlite_master").constData(), &copied);
    if (rc == SQLITE_OK) {
        rc = queryText(m_db, "SELECT count(*) FROM main.sqlite_master", &original);
    }
    if (rc != SQLITE_OK || copied != original) {
        return fail(QStringLiteral("verify"), rc);
    }
    const QByteArray detach = QByteArrayLiteral("DETACH DATABASE ") + schema;
    rc = sqlite3_exec(m_db, detach.constData(), nullptr, nullptr, nullptr);
    attached = false;
    if (rc != SQLITE_OK) {
        return fail(QStringLiteral("DETACH"), rc);
    }
    done = true;
    return {};
}

} // namespace creditcase::storage
