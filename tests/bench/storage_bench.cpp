// What encryption costs the vault: the same SqlCipherDriver with and without keying, 4 KiB pages, WAL and
// synchronous=FULL as the Vault uses them. Prints a table; never fails because a machine is slow.
//
//     storage_bench [--rows N] [--lookups N] [--runs N]

#include "TempDir.h"
#include "storage/SqlCipherDriver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <sodium.h>
#include <sqlcipher/sqlite3.h>
#include <vector>

using creditcase::storage::SqlCipherDriver;

namespace {

// Bench only, and defined nowhere else: the production driver without its key and its proof, so the figures
// compare the same code with and without encryption. Production code has no way to reach a plaintext database.
class PlaintextBenchDriver : public SqlCipherDriver {
protected:
    OpenFailure applyKey(sqlite3*, QString*) override { return OpenFailure::None; }
    OpenFailure proveEncryption(sqlite3* db, QString* error) override { return checkReadable(db, error); }
};

// Bench only: the 32 key bytes handed to sqlite3_key() as they are, which SQLCipher takes for a passphrase and
// runs through PBKDF2 (64,000 iterations on 3.4.1) on every open. Shows what the raw-key form saves.
class PassphraseBenchDriver : public SqlCipherDriver {
public:
    explicit PassphraseBenchDriver(const QByteArray& key)
        : m_passphrase(key) {
        setRawKey(key);
    }

protected:
    OpenFailure applyKey(sqlite3* db, QString* error) override {
        if (sqlite3_key(db, m_passphrase.constData(), int(m_passphrase.size())) != SQLITE_OK ||
            sqlite3_exec(db, "PRAGMA cipher_page_size = 4096", nullptr, nullptr, nullptr) != SQLITE_OK) {
            *error = QString::fromUtf8(sqlite3_errmsg(db));
            return OpenFailure::NotSqlCipher;
        }
        return OpenFailure::None;
    }

private:
    QByteArray m_passphrase;
};

enum class Variant { Plain, Encrypted, Passphrase };

struct Settings {
    int rows = 100000;
    int lookups = 10000;
    int runs = 3;
    int opens = 20;
};

struct Figures {
    double openMs = 0;
    double insertSeconds = 0;
    double lookupMicros = 0;
    double scanMs = 0;
    double fileMiB = 0;
};

[[noreturn]] void die(const QString& what, const QSqlError& error) {
    std::fprintf(stderr, "storage_bench: %s: %s (%s)\n", qPrintable(what), qPrintable(error.text()),
                 qPrintable(error.databaseText()));
    std::exit(1);
}

// One connection over a fresh driver of the given variant.
class BenchConnection {
public:
    BenchConnection(Variant variant, const QString& path, const QByteArray& key, const QString& options)
        : m_name(QStringLiteral("bench-%1").arg(++s_counter)) {
        SqlCipherDriver* driver = nullptr;
        switch (variant) {
        case Variant::Plain:
            driver = new PlaintextBenchDriver;
            driver->setRawKey(key); // required by open(), unused by the plaintext hooks
            break;
        case Variant::Encrypted:
            driver = new SqlCipherDriver;
            driver->setRawKey(key);
            break;
        case Variant::Passphrase:
            driver = new PassphraseBenchDriver(key);
            break;
        }
        m_db = QSqlDatabase::addDatabase(driver, m_name);
        m_db.setDatabaseName(path);
        m_db.setConnectOptions(options);
    }
    ~BenchConnection() {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    BenchConnection(const BenchConnection&) = delete;
    BenchConnection& operator=(const BenchConnection&) = delete;

    void open() {
        if (!m_db.open()) {
            die(QStringLiteral("open"), m_db.lastError());
        }
    }
    QSqlDatabase& db() { return m_db; }
    void run(const QString& sql) {
        QSqlQuery query(m_db);
        if (!query.exec(sql)) {
            die(sql, query.lastError());
        }
    }

private:
    static inline int s_counter = 0;
    QString m_name;
    QSqlDatabase m_db;
};

const QString kOptions = QStringLiteral("WAL");

double fillVault(Variant variant, const QString& path, const QByteArray& key, int rows) {
    BenchConnection connection(variant, path, key, QStringLiteral("CREATE_IF_MISSING;") + kOptions);
    connection.open();
    connection.run(QStringLiteral("PRAGMA synchronous = FULL"));
    connection.run(QStringLiteral("CREATE TABLE record(id INTEGER PRIMARY KEY, subject_code TEXT NOT NULL, "
                                  "subject_name TEXT NOT NULL, amount REAL, recorded_on TEXT, note TEXT)"));
    connection.run(QStringLiteral("CREATE INDEX record_subject ON record(subject_code)"));

    QRandomGenerator random(20240229);
    QElapsedTimer timer;
    timer.start();
    if (!connection.db().transaction()) {
        die(QStringLiteral("begin"), connection.db().lastError());
    }
    QSqlQuery insert(connection.db());
    if (!insert.prepare(QStringLiteral("INSERT INTO record(subject_code, subject_name, amount, recorded_on, note) "
                                       "VALUES (?, ?, ?, ?, ?)"))) {
        die(QStringLiteral("prepare insert"), insert.lastError());
    }
    for (int i = 0; i < rows; ++i) {
        // A random 200-character note: incompressible text, like real case notes after encryption.
        QByteArray note(100, Qt::Uninitialized);
        random.fillRange(reinterpret_cast<quint32*>(note.data()), note.size() / 4);
        insert.addBindValue(QStringLiteral("91350100MA%1").arg(random.bounded(100000000), 8, 10, QLatin1Char('0')));
        insert.addBindValue(QStringLiteral("Subject %1").arg(i));
        insert.addBindValue(random.bounded(1000000.0));
        insert.addBindValue(QStringLiteral("2024-%1-%2")
                                .arg(1 + i % 12, 2, 10, QLatin1Char('0'))
                                .arg(1 + i % 28, 2, 10, QLatin1Char('0')));
        insert.addBindValue(QString::fromLatin1(note.toHex()));
        if (!insert.exec()) {
            die(QStringLiteral("insert"), insert.lastError());
        }
    }
    if (!connection.db().commit()) {
        die(QStringLiteral("commit"), connection.db().lastError());
    }
    return double(timer.nsecsElapsed()) / 1e9;
}

double measureOpen(Variant variant, const QString& path, const QByteArray& key, int opens) {
    std::vector<double> times;
    for (int i = 0; i < opens; ++i) {
        BenchConnection connection(variant, path, key, kOptions);
        QElapsedTimer timer;
        timer.start();
        connection.open();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

Figures measure(Variant variant, const QString& path, const QByteArray& key, const Settings& settings) {
    Figures figures;
    figures.insertSeconds = fillVault(variant, path, key, settings.rows);
    figures.fileMiB = double(QFileInfo(path).size()) / (1024.0 * 1024.0);
    figures.openMs = measureOpen(variant, path, key, settings.opens);

    BenchConnection connection(variant, path, key, kOptions);
    connection.open();
    QSqlQuery lookup(connection.db());
    lookup.setForwardOnly(true);
    if (!lookup.prepare(
            QStringLiteral("SELECT subject_code, subject_name, amount, recorded_on, note FROM record WHERE id = ?"))) {
        die(QStringLiteral("prepare lookup"), lookup.lastError());
    }
    QRandomGenerator random(7);
    qsizetype checksum = 0;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < settings.lookups; ++i) {
        lookup.addBindValue(qlonglong(1 + random.bounded(settings.rows)));
        if (!lookup.exec() || !lookup.next()) {
            die(QStringLiteral("lookup"), lookup.lastError());
        }
        checksum += lookup.value(4).toString().size();
    }
    figures.lookupMicros = double(timer.nsecsElapsed()) / 1e3 / settings.lookups;
    if (checksum != qsizetype(settings.lookups) * 200) {
        std::fprintf(stderr, "storage_bench: lookups returned unexpected rows\n");
        std::exit(1);
    }

    QSqlQuery scan(connection.db());
    timer.restart();
    if (!scan.exec(QStringLiteral("SELECT count(*), sum(amount), sum(length(note)) FROM record")) || !scan.next()) {
        die(QStringLiteral("scan"), scan.lastError());
    }
    figures.scanMs = double(timer.nsecsElapsed()) / 1e6;
    return figures;
}

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

Figures medianOf(const std::vector<Figures>& runs) {
    auto pick = [&](double Figures::*field) {
        std::vector<double> values;
        for (const Figures& run : runs) {
            values.push_back(run.*field);
        }
        return median(values);
    };
    return {pick(&Figures::openMs), pick(&Figures::insertSeconds), pick(&Figures::lookupMicros), pick(&Figures::scanMs),
            pick(&Figures::fileMiB)};
}

Settings parseArguments(const QStringList& arguments) {
    Settings settings;
    for (int i = 1; i + 1 < arguments.size(); i += 2) {
        const int value = arguments.at(i + 1).toInt();
        if (value <= 0) {
            continue;
        }
        if (arguments.at(i) == QLatin1String("--rows")) {
            settings.rows = value;
        } else if (arguments.at(i) == QLatin1String("--lookups")) {
            settings.lookups = value;
        } else if (arguments.at(i) == QLatin1String("--runs")) {
            settings.runs = value;
        }
    }
    return settings;
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    if (sodium_init() < 0) {
        std::fprintf(stderr, "storage_bench: libsodium could not be initialised\n");
        return 1;
    }
    const Settings settings = parseArguments(QCoreApplication::arguments());
    QByteArray key(SqlCipherDriver::kKeySize, Qt::Uninitialized);
    randombytes_buf(key.data(), size_t(key.size()));

    std::vector<Figures> plainRuns;
    std::vector<Figures> encryptedRuns;
    double passphraseOpenMs = 0;
    for (int run = 0; run < settings.runs; ++run) {
        creditcase::test::TempDir dir;
        plainRuns.push_back(measure(Variant::Plain, dir.file(QStringLiteral("plain.db")), key, settings));
        encryptedRuns.push_back(measure(Variant::Encrypted, dir.file(QStringLiteral("vault.db")), key, settings));
        if (run == 0) {
            creditcase::test::TempDir passphraseDir;
            const QString path = passphraseDir.file(QStringLiteral("passphrase.db"));
            {
                BenchConnection create(Variant::Passphrase, path, key, QStringLiteral("CREATE_IF_MISSING;WAL"));
                create.open();
                create.run(QStringLiteral("CREATE TABLE t(x)"));
            }
            passphraseOpenMs = measureOpen(Variant::Passphrase, path, key, 5);
        }
    }
    const Figures plain = medianOf(plainRuns);
    const Figures encrypted = medianOf(encryptedRuns);

    std::printf("CreditCase storage benchmark: SqlCipherDriver, SQLCipher %s (SQLite %s)\n", "3.4.1",
                sqlite3_libversion());
    std::printf("4096-byte pages, WAL, synchronous=FULL; %d rows (6 columns, 200-char note, 1 index), %d random "
                "primary-key lookups; median of %d runs\n\n",
                settings.rows, settings.lookups, settings.runs);
    std::printf("%-46s %12s %12s %10s\n", "measure", "plaintext", "encrypted", "enc/plain");
    std::printf("%-46s %12s %12s %10s\n", "----------------------------------------------", "------------",
                "------------", "----------");
    auto line = [](const char* label, double plainValue, double encryptedValue, const char* format) {
        char plainText[32];
        char encryptedText[32];
        std::snprintf(plainText, sizeof plainText, format, plainValue);
        std::snprintf(encryptedText, sizeof encryptedText, format, encryptedValue);
        std::printf("%-46s %12s %12s %9.2fx\n", label, plainText, encryptedText,
                    plainValue > 0 ? encryptedValue / plainValue : 0.0);
    };
    line("open + key + proof (ms, median of 20)", plain.openMs, encrypted.openMs, "%.3f");
    line("insert, 1 transaction (s)", plain.insertSeconds, encrypted.insertSeconds, "%.3f");
    line("insert throughput (rows/s)", settings.rows / plain.insertSeconds, settings.rows / encrypted.insertSeconds,
         "%.0f");
    line("point lookup by primary key (us per lookup)", plain.lookupMicros, encrypted.lookupMicros, "%.2f");
    line("full scan + aggregate (ms)", plain.scanMs, encrypted.scanMs, "%.1f");
    line("file size (MiB)", plain.fileMiB, encrypted.fileMiB, "%.1f");
    std::printf("\nFor comparison, not used: open when the 32 key bytes go to sqlite3_key() as a passphrase "
                "(PBKDF2, 64,000 iterations): %.1f ms\n",
                passphraseOpenMs);
    return 0;
}
