#include "storage/SqlCipherDriver.h"

#include "Skip.h"
#include "TempDir.h"

#include <QCryptographicHash>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlRecord>
#include <catch2/catch.hpp>
#include <map>
#include <memory>
#include <sodium.h>
#include <sqlcipher/sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

using creditcase::ErrorKind;
using creditcase::storage::SqlCipherDriver;
using creditcase::test::TempDir;
using OpenFailure = SqlCipherDriver::OpenFailure;

namespace {

const QByteArray kPlaintextHeader("SQLite format 3\0", 16);

QByteArray randomKey() {
    REQUIRE(sodium_init() >= 0);
    QByteArray key(SqlCipherDriver::kKeySize, Qt::Uninitialized);
    randombytes_buf(key.data(), size_t(key.size()));
    return key;
}

// One QSqlDatabase connection over its own driver instance, removed again when the test is done.
class Connection {
public:
    Connection(const QString& path, const QByteArray& key, const QString& options = QString())
        : m_name(QStringLiteral("sqlcipher-test-%1").arg(++s_counter)) {
        m_driver = new SqlCipherDriver;
        if (!key.isNull()) {
            m_driver->setRawKey(key);
        }
        m_db = QSqlDatabase::addDatabase(m_driver, m_name);
        m_db.setDatabaseName(path);
        m_db.setConnectOptions(options);
        m_opened = m_db.open();
    }
    ~Connection() {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    bool opened() const { return m_opened; }
    QSqlDatabase& db() { return m_db; }
    SqlCipherDriver* driver() const { return m_driver; }
    OpenFailure failure() const { return m_driver->lastOpenFailure(); }

    // Runs sql and fails the test if it does not succeed.
    void run(const QString& sql) {
        QSqlQuery query(m_db);
        const bool ok = query.exec(sql);
        INFO(sql.toStdString() << " -> " << query.lastError().text().toStdString() << " / "
                               << query.lastError().databaseText().toStdString());
        REQUIRE(ok);
    }
    bool tryRun(const QString& sql, QSqlError* error = nullptr) {
        QSqlQuery query(m_db);
        const bool ok = query.exec(sql);
        if (error) {
            *error = query.lastError();
        }
        return ok;
    }
    QVariant scalar(const QString& sql) {
        QSqlQuery query(m_db);
        const bool ok = query.exec(sql) && query.next();
        INFO(sql.toStdString() << " -> " << query.lastError().text().toStdString());
        REQUIRE(ok);
        return query.value(0);
    }

private:
    static inline int s_counter = 0;
    QString m_name;
    SqlCipherDriver* m_driver = nullptr;
    QSqlDatabase m_db;
    bool m_opened = false;
};

QByteArray readFile(const QString& path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeFile(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

// SHA-256 of every file in a directory, by name: "unchanged" means same names and same bytes.
std::map<QString, QByteArray> snapshot(const QString& dir) {
    std::map<QString, QByteArray> hashes;
    const QStringList names = QDir(dir).entryList(QDir::Files | QDir::Hidden, QDir::Name);
    for (const QString& name : names) {
        hashes[name] = QCryptographicHash::hash(readFile(QDir(dir).filePath(name)), QCryptographicHash::Sha256);
    }
    return hashes;
}

void createVault(const QString& path, const QByteArray& key, int rows = 50, const QString& options = QString()) {
    Connection vault(path, key, QStringLiteral("CREATE_IF_MISSING") + (options.isEmpty() ? QString() : u';' + options));
    REQUIRE(vault.opened());
    vault.run(QStringLiteral("CREATE TABLE entry(id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, note TEXT)"));
    REQUIRE(vault.db().transaction());
    QSqlQuery insert(vault.db());
    REQUIRE(insert.prepare(QStringLiteral("INSERT INTO entry(code, note) VALUES (?, ?)")));
    for (int i = 0; i < rows; ++i) {
        insert.addBindValue(QStringLiteral("code-%1").arg(i));
        insert.addBindValue(QString(QStringLiteral("note %1 ").arg(i)).repeated(20));
        REQUIRE(insert.exec());
    }
    REQUIRE(vault.db().commit());
}

// A plaintext SQLite file made with the same library, without any key.
void createPlainSqliteFile(const QString& path) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) ==
            SQLITE_OK);
    REQUIRE(sqlite3_exec(db, "CREATE TABLE t(x TEXT); INSERT INTO t VALUES ('plain');", nullptr, nullptr, nullptr) ==
            SQLITE_OK);
    sqlite3_close(db);
    REQUIRE(readFile(path).left(16) == kPlaintextHeader);
}

// What a user sees when opening a damaged file and reading all of it.
struct DamageReport {
    OpenFailure openFailure = OpenFailure::None; // set when the open was refused
    int readError = SQLITE_OK;                   // native code when reading the table failed
    bool integrityOk = true;
};

DamageReport openDamaged(const QString& path, const QByteArray& key) {
    DamageReport report;
    Connection vault(path, key);
    if (!vault.opened()) {
        report.openFailure = vault.failure();
        CHECK(vault.db().lastError().isValid());
        return report;
    }
    QSqlQuery scan(vault.db());
    if (!scan.exec(QStringLiteral("SELECT count(*), sum(length(note)) FROM entry")) || !scan.next()) {
        CHECK(scan.lastError().isValid());
        report.readError = scan.lastError().nativeErrorCode().toInt() & 0xff;
        return report;
    }
    QSqlQuery check(vault.db());
    report.integrityOk = check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next() &&
                         check.value(0).toString() == QLatin1String("ok");
    return report;
}

} // namespace

// ---- encryption on disk -----------------------------------------------------------------------------------------

TEST_CASE("a vault is encrypted from its first byte, in the main file and in the write-ahead log") {
    TempDir dir;
    const QString path = dir.file(QStringLiteral("vault.db"));
    const QByteArray marker = QByteArrayLiteral("PLAINTEXT-MARKER-\xE5\xBC\xA0\xE4\xB8\x89-91350100MA2XYZ");
    {
        Connection vault(path, randomKey(), QStringLiteral("CREATE_IF_MISSING;WAL"));
        REQUIRE(vault.opened());
        CHECK(vault.scalar(QStringLiteral("PRAGMA journal_mode")).toString() == QLatin1String("wal"));
        vault.run(QStringLiteral("CREATE TABLE note(id INTEGER PRIMARY KEY, text TEXT)"));
        QSqlQuery insert(vault.db());
        REQUIRE(insert.prepare(QStringLiteral("INSERT INTO note(text) VALUES (?)")));
        insert.addBindValue(QString::fromUtf8(marker));
        REQUIRE(insert.exec());

        // While open the row sits in the -wal file.
        REQUIRE(QFileInfo::exists(path + QStringLiteral("-wal")));
        for (const QString& file : {path, path + QStringLiteral("-wal")}) {
            const QByteArray bytes = readFile(file);
            REQUIRE(bytes.size() >= 16);
            CHECK(bytes.left(16) != kPlaintextHeader);
            CHECK_FALSE(bytes.contains(marker));
        }
        CHECK(vault.scalar(QStringLiteral("SELECT text FROM note")).toString() == QString::fromUtf8(marker));
    }
    // After closing (checkpoint into the main file) no file on disk holds the marker either.
    const QStringList names = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
    REQUIRE_FALSE(names.isEmpty());
    for (const QString& name : names) {
        const QByteArray bytes = readFile(dir.file(name));
        CHECK(bytes.left(16) != kPlaintextHeader);
        CHECK_FALSE(bytes.contains(marker));
    }
}

TEST_CASE("every open reads back the cipher and connection settings") {
    TempDir dir;
    const QString path = dir.file(QStringLiteral("vault.db"));
    const QByteArray key = randomKey();
    createVault(path, key);

    Connection vault(path, key, QStringLiteral("BUSY_TIMEOUT_MS=1234"));
    REQUIRE(vault.opened());
    CHECK(vault.failure() == OpenFailure::None);
    CHECK_FALSE(vault.scalar(QStringLiteral("PRAGMA cipher_version")).toString().isEmpty());
    CHECK(vault.scalar(QStringLiteral("PRAGMA cipher_page_size")).toInt() == SqlCipherDriver::kPageSize);
    CHECK(vault.scalar(QStringLiteral("PRAGMA page_size")).toInt() == SqlCipherDriver::kPageSize);
    CHECK(vault.scalar(QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
    CHECK(vault.scalar(QStringLiteral("PRAGMA busy_timeout")).toInt() == 1234);
    CHECK(vault.scalar(QStringLiteral("PRAGMA journal_mode")).toString() == QLatin1String("delete"));

    Connection defaults(path, key);
    REQUIRE(defaults.opened());
    CHECK(defaults.scalar(QStringLiteral("PRAGMA busy_timeout")).toInt() == SqlCipherDriver::kDefaultBusyTimeoutMs);
}

// ---- refusals ---------------------------------------------------------------------------------------------------

TEST_CASE("a missing vault file is refused and not created") {
    TempDir dir;
    const QString path = dir.file(QStringLiteral("missing.db"));
    Connection vault(path, randomKey());
    CHECK_FALSE(vault.opened());
    CHECK(vault.failure() == OpenFailure::NotFound);
    CHECK(vault.db().lastError().type() == QSqlError::ConnectionError);
    CHECK(vault.db().lastError().text().contains(QStringLiteral("missing.db")));
    CHECK_FALSE(QFileInfo::exists(path));
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

TEST_CASE("the wrong key is refused and the vault stays byte for byte unchanged") {
    TempDir dir;
    const QString path = dir.file(QStringLiteral("vault.db"));
    const QByteArray key = randomKey();
    createVault(path, key, 50, QStringLiteral("WAL"));
    const auto before = snapshot(dir.path());

    {
        Connection wrong(path, randomKey());
        CHECK_FALSE(wrong.opened());
        CHECK(wrong.failure() == OpenFailure::WrongKeyOrNotAVault);
        const QSqlError error = wrong.db().lastError();
        CHECK(error.type() == QSqlError::ConnectionError);
        CHECK(error.nativeErrorCode() == QString::number(SQLITE_NOTADB));
        // Both possibilities are named: SQLCipher cannot tell a wrong key from a foreign or damaged file.
        CHECK(error.text().contains(QStringLiteral("key is wrong")));
        CHECK(error.text().contains(QStringLiteral("not a CreditCase vault")));
    }
    CHECK(snapshot(dir.path()) == before);

    Connection right(path, key);
    REQUIRE(right.opened());
    CHECK(right.scalar(QStringLiteral("SELECT count(*) FROM entry")).toInt() == 50);
}

TEST_CASE("a plaintext SQLite file is refused and left unchanged") {
    TempDir dir;
    const QString path = dir.file(QStringLiteral("plain.db"));

    SECTION("a real plaintext database") {
        createPlainSqliteFile(path);
    }
    SECTION("the plaintext header followed by garbage") {
        QByteArray bytes = kPlaintextHeader;
        bytes.append(QByteArray(8192 - 16, '\x5a'));
        writeFile(path, bytes);
    }
    const auto before = snapshot(dir.path());
    Connection vault(path, randomKey());
    CHECK_FALSE(vault.opened());
    CHECK(vault.failure() == OpenFailure::PlaintextDatabase);
    CHECK(vault.db().lastError().text().contains(QStringLiteral("unencrypted")));
    CHECK(snapshot(dir.path()) == before);
}

TEST_CASE("a file of random bytes is refused and left unchanged") {
    TempDir dir;
    const QString path = dir.file(QStringLiteral("random.db"));
    QByteArray bytes(3 * SqlCipherDriver::kPageSize, Qt::Uninitialized);
    randombytes_buf(bytes.data(), size_t(bytes.size()));
    writeFile(path, bytes);
    const auto before = snapshot(dir.path());

    Connection vault(path, randomKey());
    CHECK_FALSE(vault.opened());
    CHECK(vault.failure() == OpenFailure::WrongKeyOrNotAVault);
    CHECK(snapshot(dir.path()) == before);
}

TEST_CASE("truncated and bit-flipped vaults report an error, never a crash") {
    TempDir dir;
    const QString original = dir.file(QStringLiteral("vault.db"));
    const QByteArray key = randomKey();
    createVault(original, key, 400);
    const QByteArray bytes = readFile(original);
    const int page = SqlCipherDriver::kPageSize;
    REQUIRE(bytes.size() > 8 * page);

    SECTION("truncated") {
        // Measured: SQLite compares the file with the page count in page 1 and refuses at open.
        for (qsizetype length :
             {qsizetype(100), qsizetype(page - 1), qsizetype(page + 100), bytes.size() / 2, bytes.size() - page}) {
            INFO("truncated to " << length << " bytes");
            const QString path = dir.file(QStringLiteral("truncated-%1.db").arg(length));
            writeFile(path, bytes.left(length));
            const DamageReport report = openDamaged(path, key);
            CHECK(
                (report.openFailure == OpenFailure::Corrupt || report.openFailure == OpenFailure::WrongKeyOrNotAVault));
        }
    }
    SECTION("one bit flipped in page 1: refused at open") {
        for (qsizetype offset : {qsizetype(20), qsizetype(page / 2)}) {
            INFO("bit flipped at offset " << offset);
            QByteArray damaged = bytes;
            damaged[offset] = char(damaged[offset] ^ 0x10);
            const QString path = dir.file(QStringLiteral("flipped-%1.db").arg(offset));
            writeFile(path, damaged);
            CHECK(openDamaged(path, key).openFailure == OpenFailure::WrongKeyOrNotAVault);
        }
    }
    SECTION("one bit flipped in a data page: the page's HMAC fails when it is read") {
        for (qsizetype offset : {qsizetype(3 * page + 1000), bytes.size() - 50}) {
            INFO("bit flipped at offset " << offset);
            QByteArray damaged = bytes;
            damaged[offset] = char(damaged[offset] ^ 0x10);
            const QString path = dir.file(QStringLiteral("flipped-%1.db").arg(offset));
            writeFile(path, damaged);
            const DamageReport report = openDamaged(path, key);
            CHECK(report.openFailure == OpenFailure::None);
            CHECK(report.readError == SQLITE_CORRUPT);
        }
    }
}

TEST_CASE("a request without a proper key or with unknown options is refused") {
    TempDir dir;
    const QString path = dir.file(QStringLiteral("vault.db"));

    SECTION("no key") {
        Connection vault(path, QByteArray(), QStringLiteral("CREATE_IF_MISSING"));
        CHECK_FALSE(vault.opened());
        CHECK(vault.failure() == OpenFailure::InvalidRequest);
    }
    SECTION("a key of the wrong size") {
        Connection vault(path, QByteArray(16, 'k'), QStringLiteral("CREATE_IF_MISSING"));
        CHECK_FALSE(vault.opened());
        CHECK(vault.failure() == OpenFailure::InvalidRequest);
        CHECK(vault.db().lastError().text().contains(QStringLiteral("32")));
    }
    SECTION("an unknown option") {
        Connection vault(path, randomKey(), QStringLiteral("CREATE_IF_MISING"));
        CHECK_FALSE(vault.opened());
        CHECK(vault.failure() == OpenFailure::InvalidRequest);
        CHECK(vault.db().lastError().text().contains(QStringLiteral("CREATE_IF_MISING")));
    }
    SECTION("a malformed busy timeout") {
        Connection vault(path, randomKey(), QStringLiteral("CREATE_IF_MISSING;BUSY_TIMEOUT_MS=soon"));
        CHECK_FALSE(vault.opened());
        CHECK(vault.failure() == OpenFailure::InvalidRequest);
    }
    SECTION("the key passed as a password") {
        auto* driver = new SqlCipherDriver;
        driver->setRawKey(randomKey());
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(driver, QStringLiteral("password-as-key"));
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("CREATE_IF_MISSING"));
            CHECK_FALSE(db.open(QString(), QStringLiteral("secret")));
            CHECK(driver->lastOpenFailure() == OpenFailure::InvalidRequest);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("password-as-key"));
    }
    CHECK_FALSE(QFileInfo::exists(path));
}

TEST_CASE("the driver's copy of the key is wiped by open, whether it succeeded or not") {
    TempDir dir;
    const QString path = dir.file(QStringLiteral("vault.db"));
    const QByteArray key = randomKey();
    createVault(path, key);

    Connection vault(path, key);
    REQUIRE(vault.opened());
    vault.db().close();
    // Re-opening needs the key again: the driver no longer has it.
    CHECK_FALSE(vault.db().open());
    CHECK(vault.failure() == OpenFailure::InvalidRequest);

    Connection wrong(path, randomKey());
    REQUIRE_FALSE(wrong.opened());
    CHECK(wrong.failure() == OpenFailure::WrongKeyOrNotAVault);
    CHECK_FALSE(wrong.db().open());
    CHECK(wrong.failure() == OpenFailure::InvalidRequest);
}

TEST_CASE("READ_ONLY opens for reading and refuses writes") {
    TempDir dir;
    const QString path = dir.file(QStringLiteral("vault.db"));
    const QByteArray key = randomKey();
    createVault(path, key, 5);
    const auto before = snapshot(dir.path());

    Connection vault(path, key, QStringLiteral("READ_ONLY"));
    REQUIRE(vault.opened());
    CHECK(vault.scalar(QStringLiteral("SELECT count(*) FROM entry")).toInt() == 5);
    QSqlError error;
    CHECK_FALSE(vault.tryRun(QStringLiteral("DELETE FROM entry"), &error));
    CHECK((error.nativeErrorCode().toInt() & 0xff) == SQLITE_READONLY);
    CHECK(vault.db().transaction());
    CHECK(vault.db().rollback());
    vault.db().close();
    CHECK(snapshot(dir.path()) == before);
}

TEST_CASE("a LOCK_ONLY guard proves the key and keeps the last writer from checkpointing the -wal away") {
    TempDir dir;
    const QString path = dir.file(QStringLiteral("vault.db"));
    const QString wal = path + QStringLiteral("-wal");
    const QByteArray key = randomKey();
    createVault(path, key, 5, QStringLiteral("WAL"));

    SECTION("it needs READ_ONLY") {
        Connection guard(path, key, QStringLiteral("LOCK_ONLY"));
        CHECK_FALSE(guard.opened());
        CHECK(guard.failure() == OpenFailure::InvalidRequest);
        CHECK(guard.db().lastError().text().contains(QStringLiteral("READ_ONLY")));
    }
    SECTION("the wrong key is refused") {
        Connection guard(path, randomKey(), QStringLiteral("READ_ONLY;LOCK_ONLY"));
        CHECK_FALSE(guard.opened());
        CHECK(guard.failure() == OpenFailure::WrongKeyOrNotAVault);
    }
    SECTION("while it is open, closing the writer leaves the -wal as it was") {
        auto writer = std::make_unique<Connection>(path, key, QStringLiteral("WAL"));
        REQUIRE(writer->opened());
        writer->run(QStringLiteral("INSERT INTO entry(code, note) VALUES ('after', 'in the -wal only')"));
        const QByteArray walBefore = readFile(wal);
        REQUIRE(walBefore.size() > 32);
        const QByteArray mainBefore = readFile(path);
        {
            Connection guard(path, key, QStringLiteral("READ_ONLY;LOCK_ONLY"));
            REQUIRE(guard.opened());
            writer.reset(); // the last writer closes: without the guard it would checkpoint and delete the -wal
            REQUIRE(QFileInfo::exists(wal));
            CHECK(readFile(wal) == walBefore);
            CHECK(readFile(path) == mainBefore);
        }
        // Without a guard the same close does checkpoint: the check above could fail.
        Connection reader(path, key, QStringLiteral("WAL"));
        REQUIRE(reader.opened());
        CHECK(reader.scalar(QStringLiteral("SELECT count(*) FROM entry")).toInt() == 6);
        reader.db().close();
        CHECK_FALSE(QFileInfo::exists(wal));
        CHECK(readFile(path) != mainBefore);
    }
}

TEST_CASE("SQL from the application cannot change keys, cipher settings or attach files") {
    TempDir dir;
    const QString path = dir.file(QStringLiteral("vault.db"));
    const QByteArray key = randomKey();
    createVault(path, key, 5);
    {
        Connection vault(path, key);
        REQUIRE(vault.opened());
        const QString attached = dir.file(QStringLiteral("plain-copy.db"));
        for (const QString& sql :
             {QStringLiteral("PRAGMA key = 'x'"), QStringLiteral("PRAGMA rekey = ''"),
              QStringLiteral("PRAGMA hexrekey = '00'"), QStringLiteral("PRAGMA cipher_page_size = 1024"),
              QStringLiteral("PRAGMA kdf_iter = 1"),
              QStringLiteral("ATTACH DATABASE '%1' AS copy KEY ''").arg(attached),
              QStringLiteral("SELECT sqlcipher_export('main')")}) {
            INFO(sql.toStdString());
            QSqlError error;
            CHECK_FALSE(vault.tryRun(sql, &error));
            // SQLITE_AUTH, or SQLITE_ERROR "not authorized to use function" for sqlcipher_export().
            CHECK((error.nativeErrorCode() == QString::number(SQLITE_AUTH) ||
                   error.nativeErrorCode() == QString::number(SQLITE_ERROR)));
            CHECK(error.text().contains(QStringLiteral("not allowed")));
        }
        CHECK_FALSE(QFileInfo::exists(attached));
        // Reading the settings stays allowed.
        CHECK(vault.scalar(QStringLiteral("PRAGMA cipher_page_size")).toInt() == SqlCipherDriver::kPageSize);
    }
    Connection again(path, key);
    REQUIRE(again.opened());
    CHECK(again.scalar(QStringLiteral("SELECT count(*) FROM entry")).toInt() == 5);
}

// ---- QSqlDriver behaviour -------------------------------------------------------------------------------------------

TEST_CASE("the driver registers in-process and can be created by name") {
    SqlCipherDriver::registerDriver();
    SqlCipherDriver::registerDriver(); // idempotent
    CHECK(QSqlDatabase::isDriverAvailable(SqlCipherDriver::driverName()));
    CHECK(QSqlDatabase::drivers().count(SqlCipherDriver::driverName()) == 1);

    TempDir dir;
    const QString name = QStringLiteral("by-name");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(SqlCipherDriver::driverName(), name);
        REQUIRE(db.isValid());
        auto* driver = qobject_cast<SqlCipherDriver*>(db.driver());
        REQUIRE(driver);
        driver->setRawKey(randomKey());
        db.setDatabaseName(dir.file(QStringLiteral("vault.db")));
        db.setConnectOptions(QStringLiteral("CREATE_IF_MISSING"));
        REQUIRE(db.open());
        QSqlQuery query(db);
        CHECK(query.exec(QStringLiteral("CREATE TABLE t(x)")));
    }
    QSqlDatabase::removeDatabase(name);
}

TEST_CASE("handle() and nativeHandle() give the sqlite3 connection") {
    TempDir dir;
    Connection vault(dir.file(QStringLiteral("vault.db")), randomKey(), QStringLiteral("CREATE_IF_MISSING"));
    REQUIRE(vault.opened());
    const QVariant handle = vault.driver()->handle();
    CHECK(qstrcmp(handle.typeName(), "sqlite3*") == 0);
    REQUIRE(vault.driver()->nativeHandle() != nullptr);
    CHECK(*static_cast<sqlite3* const*>(handle.constData()) == vault.driver()->nativeHandle());
    vault.db().close();
    CHECK(vault.driver()->nativeHandle() == nullptr);
}

TEST_CASE("hasFeature answers what the driver really does") {
    SqlCipherDriver driver;
    for (auto feature : {QSqlDriver::Transactions, QSqlDriver::BLOB, QSqlDriver::Unicode, QSqlDriver::PreparedQueries,
                         QSqlDriver::NamedPlaceholders, QSqlDriver::PositionalPlaceholders, QSqlDriver::LastInsertId,
                         QSqlDriver::FinishQuery, QSqlDriver::LowPrecisionNumbers}) {
        CHECK(driver.hasFeature(feature));
    }
    for (auto feature : {QSqlDriver::QuerySize, QSqlDriver::BatchOperations, QSqlDriver::EventNotifications,
                         QSqlDriver::MultipleResultSets, QSqlDriver::CancelQuery}) {
        CHECK_FALSE(driver.hasFeature(feature));
    }
}

TEST_CASE("positional, named and repeated named placeholders bind the right values") {
    TempDir dir;
    Connection vault(dir.file(QStringLiteral("vault.db")), randomKey(), QStringLiteral("CREATE_IF_MISSING"));
    REQUIRE(vault.opened());
    vault.run(QStringLiteral("CREATE TABLE p(a INTEGER, b TEXT, c TEXT)"));

    QSqlQuery query(vault.db());
    REQUIRE(query.prepare(QStringLiteral("INSERT INTO p(a, b, c) VALUES (?, ?, ?)")));
    query.addBindValue(1);
    query.addBindValue(QStringLiteral("one"));
    query.addBindValue(QStringLiteral("uno"));
    REQUIRE(query.exec());
    query.bindValue(0, 2);
    query.bindValue(1, QStringLiteral("two"));
    query.bindValue(2, QStringLiteral("dos"));
    REQUIRE(query.exec());

    REQUIRE(query.prepare(QStringLiteral("INSERT INTO p(c, a, b) VALUES (:c, :a, :b)")));
    query.bindValue(QStringLiteral(":a"), 3);
    query.bindValue(QStringLiteral(":b"), QStringLiteral("three"));
    query.bindValue(QStringLiteral(":c"), QStringLiteral("tres"));
    REQUIRE(query.exec());

    REQUIRE(query.prepare(QStringLiteral("INSERT INTO p(a, b, c) VALUES (:n, :word, :word || '!')")));
    query.bindValue(QStringLiteral(":n"), 4);
    query.bindValue(QStringLiteral(":word"), QStringLiteral("four"));
    INFO(query.lastError().text().toStdString());
    REQUIRE(query.exec());

    REQUIRE(query.prepare(QStringLiteral("SELECT a, b, c FROM p WHERE a >= :low AND a <= :high ORDER BY a")));
    query.bindValue(QStringLiteral(":low"), 1);
    query.bindValue(QStringLiteral(":high"), 4);
    REQUIRE(query.exec());
    QStringList rows;
    while (query.next()) {
        rows << QStringLiteral("%1 %2 %3")
                    .arg(query.value(0).toString(), query.value(1).toString(), query.value(2).toString());
    }
    CHECK(rows == QStringList{QStringLiteral("1 one uno"), QStringLiteral("2 two dos"), QStringLiteral("3 three tres"),
                              QStringLiteral("4 four four!")});

    SECTION("a missing value is an error, not a silent NULL") {
        QSqlQuery incomplete(vault.db());
        REQUIRE(incomplete.prepare(QStringLiteral("INSERT INTO p(a, b) VALUES (?, ?)")));
        incomplete.addBindValue(5);
        CHECK_FALSE(incomplete.exec());
        CHECK(incomplete.lastError().isValid());
        CHECK(vault.scalar(QStringLiteral("SELECT count(*) FROM p")).toInt() == 4);
    }
}

TEST_CASE("values round-trip with their types, including NULL and BLOB") {
    TempDir dir;
    Connection vault(dir.file(QStringLiteral("vault.db")), randomKey(), QStringLiteral("CREATE_IF_MISSING"));
    REQUIRE(vault.opened());
    vault.run(QStringLiteral("CREATE TABLE v(i INTEGER, r REAL, t TEXT, b BLOB, d DATE)"));

    const qlonglong big = (qlonglong(1) << 40) + 7;
    const QString chinese = QStringLiteral("失信被执行人 – 张三");
    const QByteArray blob("\x00\x01\xff\x00zz", 6);

    QSqlQuery insert(vault.db());
    REQUIRE(insert.prepare(QStringLiteral("INSERT INTO v(rowid, i, r, t, b, d) VALUES (?, ?, ?, ?, ?, ?)")));
    auto add = [&](int rowid, const QVariant& i, const QVariant& r, const QVariant& t, const QVariant& b,
                   const QVariant& d) {
        insert.addBindValue(rowid);
        insert.addBindValue(i);
        insert.addBindValue(r);
        insert.addBindValue(t);
        insert.addBindValue(b);
        insert.addBindValue(d);
        INFO(insert.lastError().text().toStdString());
        REQUIRE(insert.exec());
    };
    add(1, big, 2.5, chinese, blob, QDate(2024, 2, 29));
    add(2, QVariant(), QVariant(), QVariant(), QVariant(), QVariant());
    add(3, QVariant(QMetaType::fromType<int>()), QVariant(QMetaType::fromType<double>()), QString(), QByteArray(),
        QDate());
    add(4, true, 0.0, QStringLiteral(""), QByteArray(""), QStringLiteral("x"));

    QSqlQuery select(vault.db());
    REQUIRE(select.exec(QStringLiteral("SELECT i, r, t, b, d, NULL FROM v ORDER BY rowid")));

    REQUIRE(select.next());
    CHECK(select.value(0).typeId() == QMetaType::LongLong);
    CHECK(select.value(0).toLongLong() == big);
    CHECK(select.value(1).typeId() == QMetaType::Double);
    CHECK(select.value(1).toDouble() == 2.5);
    CHECK(select.value(2).typeId() == QMetaType::QString);
    CHECK(select.value(2).toString() == chinese);
    CHECK(select.value(3).typeId() == QMetaType::QByteArray);
    CHECK(select.value(3).toByteArray() == blob);
    CHECK(select.value(4).toString() == QLatin1String("2024-02-29"));

    for (int row = 2; row <= 3; ++row) {
        INFO("row " << row);
        REQUIRE(select.next());
        for (int column = 0; column < 6; ++column) {
            CHECK(select.isNull(column));
            CHECK(select.value(column).isNull());
        }
        // A NULL carries its column's declared type; an expression without one gives an invalid QVariant.
        CHECK(select.value(0).typeId() == QMetaType::LongLong);
        CHECK(select.value(1).typeId() == QMetaType::Double);
        CHECK(select.value(2).typeId() == QMetaType::QString);
        CHECK(select.value(3).typeId() == QMetaType::QByteArray);
        CHECK_FALSE(select.value(5).isValid());
    }

    REQUIRE(select.next());
    CHECK(select.value(0).toLongLong() == 1); // bool binds as 1
    CHECK(select.value(1).typeId() == QMetaType::Double);
    CHECK_FALSE(select.isNull(2));
    CHECK(select.value(2).toString().isEmpty());
    CHECK_FALSE(select.value(2).toString().isNull());
    CHECK_FALSE(select.isNull(3)); // an empty blob is not NULL
    CHECK(select.value(3).typeId() == QMetaType::QByteArray);
    CHECK(select.value(3).toByteArray().isEmpty());
    CHECK_FALSE(select.value(3).toByteArray().isNull());
    CHECK_FALSE(select.next());

    CHECK(vault.scalar(QStringLiteral("SELECT typeof(b) FROM v WHERE rowid = 4")).toString() == QLatin1String("blob"));
    CHECK(vault.scalar(QStringLiteral("SELECT typeof(b) FROM v WHERE rowid = 3")).toString() == QLatin1String("null"));
}

TEST_CASE("transactions commit and roll back") {
    TempDir dir;
    const QString path = dir.file(QStringLiteral("vault.db"));
    const QByteArray key = randomKey();
    createVault(path, key, 3);
    {
        Connection vault(path, key);
        REQUIRE(vault.opened());
        REQUIRE(vault.db().transaction());
        vault.run(QStringLiteral("INSERT INTO entry(code) VALUES ('kept')"));
        REQUIRE(vault.db().commit());

        REQUIRE(vault.db().transaction());
        vault.run(QStringLiteral("INSERT INTO entry(code) VALUES ('dropped')"));
        CHECK_FALSE(vault.driver()->beginTransaction()); // no nesting
        CHECK(vault.driver()->lastError().type() == QSqlError::TransactionError);
        REQUIRE(vault.db().rollback());
        CHECK_FALSE(vault.db().commit()); // nothing left to commit
    }
    Connection reopened(path, key);
    REQUIRE(reopened.opened());
    CHECK(reopened.scalar(QStringLiteral("SELECT count(*) FROM entry WHERE code = 'kept'")).toInt() == 1);
    CHECK(reopened.scalar(QStringLiteral("SELECT count(*) FROM entry WHERE code = 'dropped'")).toInt() == 0);
}

TEST_CASE("lastInsertId and numRowsAffected report what the statement did") {
    TempDir dir;
    Connection vault(dir.file(QStringLiteral("vault.db")), randomKey(), QStringLiteral("CREATE_IF_MISSING"));
    REQUIRE(vault.opened());
    vault.run(QStringLiteral("CREATE TABLE t(id INTEGER PRIMARY KEY, x TEXT)"));

    QSqlQuery query(vault.db());
    REQUIRE(query.exec(QStringLiteral("INSERT INTO t(id, x) VALUES (41, 'a')")));
    CHECK(query.lastInsertId().toLongLong() == 41);
    CHECK(query.numRowsAffected() == 1);
    REQUIRE(query.exec(QStringLiteral("INSERT INTO t(x) VALUES ('b')")));
    CHECK(query.lastInsertId().toLongLong() == 42);
    REQUIRE(query.exec(QStringLiteral("INSERT INTO t(x) VALUES ('c')")));

    REQUIRE(query.exec(QStringLiteral("UPDATE t SET x = 'z' WHERE id >= 42")));
    CHECK(query.numRowsAffected() == 2);
    CHECK_FALSE(query.lastInsertId().isValid());
    REQUIRE(query.exec(QStringLiteral("DELETE FROM t WHERE id = 999")));
    CHECK(query.numRowsAffected() == 0);
    REQUIRE(query.exec(QStringLiteral("SELECT * FROM t")));
    CHECK(query.numRowsAffected() == -1);
    CHECK(query.size() == -1);
}

TEST_CASE("random-access and forward-only fetching") {
    TempDir dir;
    Connection vault(dir.file(QStringLiteral("vault.db")), randomKey(), QStringLiteral("CREATE_IF_MISSING"));
    REQUIRE(vault.opened());
    vault.run(QStringLiteral("CREATE TABLE n(v INTEGER)"));
    vault.run(QStringLiteral("INSERT INTO n(v) VALUES (0),(1),(2),(3),(4),(5),(6),(7),(8),(9)"));
    const QString sql = QStringLiteral("SELECT v FROM n ORDER BY v");

    SECTION("random access") {
        QSqlQuery query(vault.db());
        query.setForwardOnly(false);
        REQUIRE(query.exec(sql));
        REQUIRE(query.last());
        CHECK(query.at() == 9);
        CHECK(query.value(0).toInt() == 9);
        REQUIRE(query.previous());
        CHECK(query.value(0).toInt() == 8);
        REQUIRE(query.seek(3));
        CHECK(query.value(0).toInt() == 3);
        REQUIRE(query.seek(2, true));
        CHECK(query.value(0).toInt() == 5);
        REQUIRE(query.first());
        CHECK(query.value(0).toInt() == 0);
        CHECK_FALSE(query.previous());
        CHECK(query.at() == QSql::BeforeFirstRow);
        REQUIRE(query.next());
        CHECK(query.value(0).toInt() == 0);
        CHECK_FALSE(query.seek(20));
        CHECK(query.at() == QSql::AfterLastRow);
        REQUIRE(query.previous());
        CHECK(query.value(0).toInt() == 9);
        CHECK(query.record().count() == 1);
        CHECK(query.record().fieldName(0) == QLatin1String("v"));
    }
    SECTION("forward only") {
        QSqlQuery query(vault.db());
        query.setForwardOnly(true);
        REQUIRE(query.exec(sql));
        int expected = 0;
        while (query.next()) {
            CHECK(query.value(0).toInt() == expected++);
        }
        CHECK(expected == 10);

        REQUIRE(query.exec(sql));
        REQUIRE(query.seek(4));
        CHECK(query.value(0).toInt() == 4);
        CHECK_FALSE(query.seek(2)); // never backwards
        REQUIRE(query.last());
        CHECK(query.value(0).toInt() == 9);
        CHECK(query.at() == 9);
    }
    SECTION("an empty result") {
        QSqlQuery query(vault.db());
        REQUIRE(query.exec(QStringLiteral("SELECT v FROM n WHERE v > 100")));
        CHECK(query.isSelect());
        CHECK_FALSE(query.next());
        CHECK_FALSE(query.last());
        CHECK_FALSE(query.lastError().isValid());
    }
}

TEST_CASE("tables, record and primaryIndex describe the schema") {
    TempDir dir;
    Connection vault(dir.file(QStringLiteral("vault.db")), randomKey(), QStringLiteral("CREATE_IF_MISSING"));
    REQUIRE(vault.opened());
    vault.run(QStringLiteral("CREATE TABLE subject(id INTEGER PRIMARY KEY, name TEXT NOT NULL, score REAL DEFAULT "
                             "1.5, photo BLOB)"));
    vault.run(QStringLiteral("CREATE TABLE link(a INTEGER, b TEXT, PRIMARY KEY (b, a))"));
    vault.run(QStringLiteral("CREATE VIEW named AS SELECT name FROM subject"));

    CHECK(vault.db().tables(QSql::Tables) == QStringList{QStringLiteral("link"), QStringLiteral("subject")});
    CHECK(vault.db().tables(QSql::Views) == QStringList{QStringLiteral("named")});
    CHECK(vault.db().tables(QSql::SystemTables).contains(QStringLiteral("sqlite_master")));
    CHECK(vault.db().tables(QSql::AllTables).size() == 4);

    const QSqlRecord record = vault.db().record(QStringLiteral("subject"));
    REQUIRE(record.count() == 4);
    CHECK(record.fieldName(1) == QLatin1String("name"));
    CHECK(record.field(0).metaType().id() == QMetaType::LongLong);
    CHECK(record.field(0).isAutoValue());
    CHECK(record.field(1).metaType().id() == QMetaType::QString);
    CHECK(record.field(1).requiredStatus() == QSqlField::Required);
    CHECK(record.field(2).metaType().id() == QMetaType::Double);
    CHECK(record.field(2).defaultValue().toString() == QLatin1String("1.5"));
    CHECK(record.field(3).metaType().id() == QMetaType::QByteArray);

    const QSqlIndex key = vault.db().primaryIndex(QStringLiteral("link"));
    REQUIRE(key.count() == 2);
    CHECK(key.fieldName(0) == QLatin1String("b"));
    CHECK(key.fieldName(1) == QLatin1String("a"));
    CHECK(vault.db().primaryIndex(QStringLiteral("subject")).fieldName(0) == QLatin1String("id"));
}

TEST_CASE("escapeIdentifier and formatValue produce SQL that SQLite reads back") {
    TempDir dir;
    Connection vault(dir.file(QStringLiteral("vault.db")), randomKey(), QStringLiteral("CREATE_IF_MISSING"));
    REQUIRE(vault.opened());
    const QSqlDriver* driver = vault.driver();

    const QString table = driver->escapeIdentifier(QStringLiteral("odd \"name\""), QSqlDriver::TableName);
    CHECK(table == QLatin1String("\"odd \"\"name\"\"\""));
    CHECK(driver->escapeIdentifier(table, QSqlDriver::TableName) == table); // already escaped
    CHECK(driver->escapeIdentifier(QStringLiteral("main.t"), QSqlDriver::TableName) == QLatin1String("\"main\".\"t\""));
    vault.run(QStringLiteral("CREATE TABLE %1(t TEXT, b BLOB, n, f REAL, flag INTEGER)").arg(table));

    QSqlField text(QStringLiteral("t"), QMetaType::fromType<QString>());
    text.setValue(QStringLiteral("it's 张三"));
    QSqlField blob(QStringLiteral("b"), QMetaType::fromType<QByteArray>());
    blob.setValue(QByteArray("\x00\x7f\xff", 3));
    QSqlField null(QStringLiteral("n"), QMetaType::fromType<QString>());
    QSqlField real(QStringLiteral("f"), QMetaType::fromType<double>());
    real.setValue(0.1);
    QSqlField flag(QStringLiteral("flag"), QMetaType::fromType<bool>());
    flag.setValue(true);

    CHECK(driver->formatValue(blob) == QLatin1String("X'007fff'"));
    CHECK(driver->formatValue(null) == QLatin1String("NULL"));
    CHECK(driver->formatValue(flag) == QLatin1String("1"));
    vault.run(QStringLiteral("INSERT INTO %1 VALUES (%2, %3, %4, %5, %6)")
                  .arg(table, driver->formatValue(text), driver->formatValue(blob), driver->formatValue(null),
                       driver->formatValue(real), driver->formatValue(flag)));

    QSqlQuery query(vault.db());
    REQUIRE(query.exec(QStringLiteral("SELECT t, b, n, f, flag FROM %1").arg(table)));
    REQUIRE(query.next());
    CHECK(query.value(0).toString() == QStringLiteral("it's 张三"));
    CHECK(query.value(1).toByteArray() == QByteArray("\x00\x7f\xff", 3));
    CHECK(query.isNull(2));
    CHECK(query.value(3).toDouble() == 0.1);
    CHECK(query.value(4).toLongLong() == 1);
}

TEST_CASE("statement errors are reported, one statement at a time, without the bound values") {
    TempDir dir;
    const QString path = dir.file(QStringLiteral("vault.db"));
    const QByteArray key = randomKey();
    createVault(path, key, 1);
    Connection vault(path, key);
    REQUIRE(vault.opened());

    QSqlError error;
    CHECK_FALSE(vault.tryRun(QStringLiteral("CREATE TABLE a(x); CREATE TABLE b(x)"), &error));
    CHECK(error.type() == QSqlError::StatementError);
    CHECK_FALSE(vault.db().tables().contains(QStringLiteral("a")));
    CHECK(vault.tryRun(QStringLiteral("CREATE TABLE c(x); -- a trailing comment is fine")));

    CHECK_FALSE(vault.tryRun(QStringLiteral("SELEKT 1"), &error));
    CHECK(error.nativeErrorCode() == QString::number(SQLITE_ERROR));

    QSqlQuery duplicate(vault.db());
    REQUIRE(duplicate.prepare(QStringLiteral("INSERT INTO entry(code, note) VALUES (?, ?)")));
    duplicate.addBindValue(QStringLiteral("code-0"));
    duplicate.addBindValue(QStringLiteral("SECRET-PERSONAL-DATA"));
    CHECK_FALSE(duplicate.exec());
    CHECK((duplicate.lastError().nativeErrorCode().toInt() & 0xff) == SQLITE_CONSTRAINT);
    CHECK_FALSE(duplicate.lastError().text().contains(QStringLiteral("SECRET")));
}

TEST_CASE("closing the connection under a live query is safe") {
    TempDir dir;
    const QString path = dir.file(QStringLiteral("vault.db"));
    const QByteArray key = randomKey();
    createVault(path, key, 10);
    Connection vault(path, key);
    REQUIRE(vault.opened());
    QSqlQuery query(vault.db());
    query.setForwardOnly(true);
    REQUIRE(query.exec(QStringLiteral("SELECT id FROM entry")));
    REQUIRE(query.next());
    vault.db().close();
    CHECK_FALSE(query.next());
    CHECK_FALSE(query.exec(QStringLiteral("SELECT 1")));
}

// ---- rekey, export ------------------------------------------------------------------------------------------------

TEST_CASE("rekey: the new key opens the vault, the old key no longer does") {
    TempDir dir;
    const QString path = dir.file(QStringLiteral("vault.db"));
    const QByteArray oldKey = randomKey();
    const QByteArray newKey = randomKey();
    createVault(path, oldKey, 200, QStringLiteral("WAL"));
    {
        Connection vault(path, oldKey, QStringLiteral("WAL"));
        REQUIRE(vault.opened());
        vault.run(QStringLiteral("INSERT INTO entry(code) VALUES ('uncheckpointed')")); // still in the -wal
        const auto status = vault.driver()->rekey(newKey);
        INFO(status.error().message.toStdString());
        REQUIRE(status.ok());
        // WAL is back, and the connection keeps working under the new key.
        CHECK(vault.scalar(QStringLiteral("PRAGMA journal_mode")).toString() == QLatin1String("wal"));
        vault.run(QStringLiteral("INSERT INTO entry(code) VALUES ('after rekey')"));
        CHECK(vault.scalar(QStringLiteral("SELECT count(*) FROM entry")).toInt() == 202);
    }
    {
        Connection old(path, oldKey);
        CHECK_FALSE(old.opened());
        CHECK(old.failure() == OpenFailure::WrongKeyOrNotAVault);
    }
    Connection renewed(path, newKey);
    REQUIRE(renewed.opened());
    CHECK(renewed.scalar(QStringLiteral("SELECT count(*) FROM entry")).toInt() == 202);
    CHECK(renewed.scalar(QStringLiteral("PRAGMA integrity_check")).toString() == QLatin1String("ok"));
}

TEST_CASE("rekey is refused when it could lose work or strand another connection") {
    TempDir dir;
    const QString path = dir.file(QStringLiteral("vault.db"));
    const QByteArray key = randomKey();
    createVault(path, key, 20, QStringLiteral("WAL"));
    {
        Connection vault(path, key, QStringLiteral("WAL;BUSY_TIMEOUT_MS=0"));
        REQUIRE(vault.opened());

        CHECK(vault.driver()->rekey(QByteArray(31, 'k')).error().kind == ErrorKind::Usage);

        // Inside a transaction 3.4.1 would silently commit it.
        REQUIRE(vault.db().transaction());
        vault.run(QStringLiteral("INSERT INTO entry(code) VALUES ('pending')"));
        auto status = vault.driver()->rekey(randomKey());
        CHECK(status.error().kind == ErrorKind::InUse);
        REQUIRE(vault.db().rollback());
        CHECK(vault.scalar(QStringLiteral("SELECT count(*) FROM entry WHERE code = 'pending'")).toInt() == 0);

        // A query still being read.
        QSqlQuery reading(vault.db());
        reading.setForwardOnly(true);
        REQUIRE(reading.exec(QStringLiteral("SELECT id FROM entry")));
        REQUIRE(reading.next());
        CHECK(vault.driver()->rekey(randomKey()).error().kind == ErrorKind::InUse);
        reading.finish();

        // Another connection on the same file would be left unable to read anything.
        {
            Connection other(path, key, QStringLiteral("WAL"));
            REQUIRE(other.opened());
            status = vault.driver()->rekey(randomKey());
            CHECK(status.error().kind == ErrorKind::InUse);
            CHECK(other.scalar(QStringLiteral("SELECT count(*) FROM entry")).toInt() == 20);
        }
        CHECK(vault.scalar(QStringLiteral("PRAGMA journal_mode")).toString() == QLatin1String("wal"));
    }
    Connection unchanged(path, key);
    REQUIRE(unchanged.opened());

    Connection readOnly(path, key, QStringLiteral("READ_ONLY"));
    REQUIRE(readOnly.opened());
    CHECK(readOnly.driver()->rekey(randomKey()).error().kind == ErrorKind::Usage);
}

TEST_CASE("exportTo writes a fresh encrypted copy that opens with the same key") {
    TempDir dir;
    const QString path = dir.file(QStringLiteral("vault.db"));
    const QString copy = dir.file(QStringLiteral("backup.db"));
    const QByteArray key = randomKey();
    const QByteArray marker = QByteArrayLiteral("EXPORT-MARKER-0123456789");
    createVault(path, key, 300, QStringLiteral("WAL"));
    {
        Connection vault(path, key, QStringLiteral("WAL"));
        REQUIRE(vault.opened());
        vault.run(QStringLiteral("PRAGMA user_version = 7"));
        vault.run(QStringLiteral("PRAGMA application_id = 20240229"));
        vault.run(QStringLiteral("CREATE INDEX entry_note ON entry(note)"));
        vault.run(QStringLiteral("INSERT INTO entry(code, note) VALUES ('marker', '%1')").arg(QLatin1String(marker)));

        const auto status = vault.driver()->exportTo(copy);
        INFO(status.error().message.toStdString());
        REQUIRE(status.ok());
        // The vault keeps working, with nothing left attached.
        vault.run(QStringLiteral("INSERT INTO entry(code) VALUES ('after export')"));
        QSqlQuery databases(vault.db());
        REQUIRE(databases.exec(QStringLiteral("PRAGMA database_list")));
        QStringList schemas;
        while (databases.next()) {
            schemas << databases.value(1).toString();
        }
        CHECK(schemas == QStringList{QStringLiteral("main")});
    }
    CHECK_FALSE(QFileInfo::exists(copy + QStringLiteral("-wal")));
    CHECK_FALSE(QFileInfo::exists(copy + QStringLiteral("-journal")));
    const QByteArray bytes = readFile(copy);
    CHECK(bytes.left(16) != kPlaintextHeader);
    CHECK_FALSE(bytes.contains(marker));
    CHECK(bytes.size() % SqlCipherDriver::kPageSize == 0);

    Connection restored(copy, key);
    REQUIRE(restored.opened());
    CHECK(restored.scalar(QStringLiteral("SELECT count(*) FROM entry")).toInt() == 301);
    CHECK(restored.scalar(QStringLiteral("SELECT note FROM entry WHERE code = 'marker'")).toString() ==
          QLatin1String(marker));
    CHECK(restored.scalar(QStringLiteral("PRAGMA user_version")).toInt() == 7);
    CHECK(restored.scalar(QStringLiteral("PRAGMA application_id")).toInt() == 20240229);
    CHECK(restored.scalar(QStringLiteral("PRAGMA integrity_check")).toString() == QLatin1String("ok"));
    CHECK(restored.db().tables().contains(QStringLiteral("entry")));
    CHECK(restored.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'entry_note'")).toInt() == 1);

    Connection wrongKey(copy, randomKey());
    CHECK_FALSE(wrongKey.opened());
}

TEST_CASE("exportTo refuses to overwrite, to write into a missing folder, or to run inside a transaction") {
    TempDir dir;
    const QString path = dir.file(QStringLiteral("vault.db"));
    const QByteArray key = randomKey();
    createVault(path, key, 5);
    Connection vault(path, key);
    REQUIRE(vault.opened());

    const QString existing = dir.file(QStringLiteral("existing.db"));
    writeFile(existing, QByteArrayLiteral("keep me"));
    auto status = vault.driver()->exportTo(existing);
    CHECK(status.error().kind == ErrorKind::Usage);
    CHECK(readFile(existing) == QByteArrayLiteral("keep me"));

    status = vault.driver()->exportTo(dir.file(QStringLiteral("no-such-folder/backup.db")));
    CHECK(status.error().kind == ErrorKind::NotFound);

    const QString target = dir.file(QStringLiteral("backup.db"));
    REQUIRE(vault.db().transaction());
    status = vault.driver()->exportTo(target);
    CHECK(status.error().kind == ErrorKind::InUse);
    REQUIRE(vault.db().rollback());
    CHECK_FALSE(QFileInfo::exists(target));

    Connection readOnly(path, key, QStringLiteral("READ_ONLY"));
    REQUIRE(readOnly.opened());
    CHECK(readOnly.driver()->exportTo(target).error().kind == ErrorKind::Usage);
    CHECK_FALSE(QFileInfo::exists(target));
}

// ---- two connections ----------------------------------------------------------------------------------------------

TEST_CASE("two connections writing alternately in transactions lose no update") {
    TempDir dir;
    const QString path = dir.file(QStringLiteral("vault.db"));
    const QByteArray key = randomKey();
    {
        Connection setup(path, key, QStringLiteral("CREATE_IF_MISSING;WAL"));
        REQUIRE(setup.opened());
        setup.run(QStringLiteral("CREATE TABLE counter(id INTEGER PRIMARY KEY, value INTEGER NOT NULL)"));
        setup.run(QStringLiteral("INSERT INTO counter VALUES (1, 0)"));
    }
    Connection first(path, key, QStringLiteral("WAL;BUSY_TIMEOUT_MS=0"));
    Connection second(path, key, QStringLiteral("WAL;BUSY_TIMEOUT_MS=0"));
    REQUIRE(first.opened());
    REQUIRE(second.opened());

    auto increment = [](Connection& connection) {
        REQUIRE(connection.db().transaction());
        QSqlQuery read(connection.db());
        REQUIRE(read.exec(QStringLiteral("SELECT value FROM counter WHERE id = 1")));
        REQUIRE(read.next());
        const qlonglong value = read.value(0).toLongLong();
        QSqlQuery write(connection.db());
        REQUIRE(write.prepare(QStringLiteral("UPDATE counter SET value = ? WHERE id = 1")));
        write.addBindValue(value + 1);
        REQUIRE(write.exec());
        REQUIRE(connection.db().commit());
    };
    for (int round = 0; round < 50; ++round) {
        increment(round % 2 == 0 ? first : second);
        increment(round % 2 == 0 ? second : first);
    }
    CHECK(first.scalar(QStringLiteral("SELECT value FROM counter")).toInt() == 100);
    CHECK(second.scalar(QStringLiteral("SELECT value FROM counter")).toInt() == 100);

    // BEGIN IMMEDIATE takes the write lock at once: the second writer is told so at begin, not at commit.
    REQUIRE(first.db().transaction());
    CHECK_FALSE(second.db().transaction());
    CHECK(second.db().lastError().nativeErrorCode() == QString::number(SQLITE_BUSY));
    CHECK(second.db().lastError().text().contains(QStringLiteral("busy")));
    REQUIRE(first.db().commit());
    REQUIRE(second.db().transaction());
    REQUIRE(second.db().commit());
}

namespace {

// POSIX locks this process holds on the file's inode, as /proc/locks lists them.
int ownLocksOn(const QString& path) {
    struct stat info {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &info) == 0);
    QFile locks(QStringLiteral("/proc/locks"));
    REQUIRE(locks.open(QIODevice::ReadOnly));
    const QByteArray pid = QByteArray::number(qint64(::getpid()));
    const QByteArray inode = ':' + QByteArray::number(qulonglong(info.st_ino));
    int count = 0;
    for (const QByteArray& line : locks.readAll().split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        // "1: POSIX  ADVISORY  READ 1234 08:01:5678 128 128"; blocked requests start with "->".
        if (fields.size() >= 6 && fields.at(1) == "POSIX" && fields.at(4) == pid && fields.at(5).endsWith(inode)) {
            ++count;
        }
    }
    return count;
}

} // namespace

TEST_CASE("opening a second connection keeps the POSIX locks SQLite holds for the first [F.1]") {
    if (!QFile::exists(QStringLiteral("/proc/locks"))) {
        creditcase::test::skipTest(QStringLiteral("/proc/locks is not available; the lock check needs Linux"));
        return;
    }
    TempDir dir;
    const QString path = dir.file(QStringLiteral("locked.db"));
    const QByteArray key = randomKey();
    createVault(path, key, 20, QStringLiteral("WAL"));

    Connection first(path, key, QStringLiteral("WAL"));
    REQUIRE(first.opened());
    CHECK(first.scalar(QStringLiteral("SELECT count(*) FROM entry")).toInt() == 20);
    // In WAL mode a connection holds a shared lock on the database file for as long as it is open.
    const int held = ownLocksOn(path);
    REQUIRE(held > 0);
    {
        // The second open proves the file is encrypted; it must not open and close the file behind SQLite's back,
        // which on Linux drops every lock of the process on it.
        Connection second(path, key, QStringLiteral("WAL"));
        REQUIRE(second.opened());
        CHECK(ownLocksOn(path) >= held);
    }
    CHECK(ownLocksOn(path) >= held);
    CHECK(first.scalar(QStringLiteral("SELECT count(*) FROM entry")).toInt() == 20);
}

TEST_CASE("a database the driver creates is readable by its owner only, whatever the umask") {
    TempDir dir;
    const QString path = dir.file(QStringLiteral("private.db"));
    const mode_t previous = ::umask(022);
    {
        Connection vault(path, randomKey(), QStringLiteral("CREATE_IF_MISSING;WAL"));
        REQUIRE(vault.opened());
        vault.run(QStringLiteral("CREATE TABLE entry(id INTEGER PRIMARY KEY)"));
        for (const QString& file : {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
            struct stat info {};
            INFO(file.toStdString());
            REQUIRE(::stat(QFile::encodeName(file).constData(), &info) == 0);
            CHECK((info.st_mode & 0777) == 0600);
        }
    }
    ::umask(previous);
}
