#include "storage/Vault.h"

#include "CliRunner.h"
#include "TempDir.h"
#include "TestVault.h"
#include "audit/AuditLog.h"
#include "crypto/KeySlotFile.h"
#include "storage/BackupFile.h"
#include "storage/VaultHead.h"
#include "storage/VaultSessions.h"
#include "workflow/UserAdministration.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QSqlQuery>
#include <QThread>
#include <catch2/catch.hpp>
#include <memory>
#include <sodium.h>
#include <sys/stat.h>
#include <vector>

using namespace creditcase;
using namespace creditcase::test;
using storage::Vault;

namespace {

const QByteArray kMarker = "PLAINTEXT-MARKER-3f9a1c";

void writeMarker(Vault& vault) {
    Status done = vault.transact([](QSqlDatabase& db) -> Status {
        auto entry = audit::AuditLog::append(db, QStringLiteral("tester"), QStringLiteral("test.marker"),
                                             QString::fromLatin1(kMarker),
                                             {{QStringLiteral("m"), QString::fromLatin1(kMarker)}});
        return entry ? Status{} : Status{entry.error()};
    });
    REQUIRE(done.ok());
}

QStringList filesBeside(const QString& vaultPath) {
    QStringList files;
    const QFileInfo info(vaultPath);
    for (const QFileInfo& entry : info.absoluteDir().entryInfoList(QDir::Files | QDir::Hidden)) {
        files << entry.absoluteFilePath();
    }
    return files;
}

QMap<QString, QByteArray> snapshot(const QString& vaultPath) {
    QMap<QString, QByteArray> hashes;
    for (const QString& file : filesBeside(vaultPath)) {
        hashes.insert(file, sha256OfFile(file));
    }
    return hashes;
}

qint64 auditCount(Vault& vault) {
    QSqlDatabase db = vault.database();
    QSqlQuery query(db);
    REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM audit_log")));
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

} // namespace

TEST_CASE("A new vault is encrypted from its first byte and nothing written through it is readable on disk") {
    TempDir dir;
    auto created = createTestVault(dir.file(QStringLiteral("office.vault")));
    writeMarker(*created.vault);
    REQUIRE(created.vault->backup(dir.file(QStringLiteral("office.backup"))).ok());

    // While open (WAL and SHM exist) and after close, no file beside the vault shows the marker or a SQLite header.
    for (int pass = 0; pass < 2; ++pass) {
        for (const QString& file : filesBeside(created.path)) {
            const QByteArray bytes = readAll(file);
            INFO(file.toStdString());
            CHECK_FALSE(bytes.contains(kMarker));
            CHECK_FALSE(bytes.startsWith(QByteArray("SQLite format 3", 15)));
        }
        created.vault->close();
    }
    CHECK(QFile::exists(Vault::keyFilePath(created.path)));
}

TEST_CASE("The sqlcipher shell without the key cannot read the vault") {
    const QString shell = QStringLiteral("/usr/bin/sqlcipher");
    REQUIRE(QFile::exists(shell)); // setup.sh installs it (package sqlcipher)
    TempDir dir;
    auto created = createTestVault(dir.file(QStringLiteral("v.vault")));
    writeMarker(*created.vault);
    created.vault->close();
    QProcess process;
    process.start(shell, {created.path, QStringLiteral("SELECT count(*) FROM sqlite_master;")});
    process.waitForFinished(10000);
    const QString output = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    CHECK(output.contains(QStringLiteral("not a database")));
}

TEST_CASE("Password, recovery code and wrong credentials") {
    TempDir dir;
    auto created = createTestVault(dir.file(QStringLiteral("v.vault")));
    created.vault->close();

    SECTION("the right password opens it") {
        auto vault = openAs(created.path, QStringLiteral("admin"));
        CHECK(vault->userName() == QStringLiteral("admin"));
        CHECK_FALSE(vault->openedWithRecoveryCode());
    }
    SECTION("a wrong password is refused and every file stays byte-for-byte the same") {
        const auto before = snapshot(created.path);
        auto vault = Vault::open(created.path,
                                 Vault::Credential::withPassword(QStringLiteral("admin"), secret("wrong password!")));
        REQUIRE_FALSE(vault.ok());
        CHECK(vault.error().kind == ErrorKind::AuthenticationFailed);
        CHECK(snapshot(created.path) == before);
    }
    SECTION("an unknown user gets the same answer as a wrong password") {
        auto vault =
            Vault::open(created.path, Vault::Credential::withPassword(QStringLiteral("nobody"), secret(kPassword)));
        REQUIRE_FALSE(vault.ok());
        CHECK(vault.error().kind == ErrorKind::AuthenticationFailed);
    }
    SECTION("the recovery code opens it, even with the key file gone") {
        REQUIRE(QFile::remove(Vault::keyFilePath(created.path)));
        auto code = crypto::RecoveryCode::parse(created.recoveryCode);
        REQUIRE(code.ok());
        auto vault = Vault::open(created.path, Vault::Credential::withRecoveryCode(code.take()));
        REQUIRE(vault.ok());
        CHECK((*vault)->openedWithRecoveryCode());
        CHECK_FALSE((*vault)->keyFileProblem().isEmpty());
    }
}

TEST_CASE("A missing or altered key file refuses passwords, points to the recovery code and writes nothing") {
    TempDir dir;
    auto created = createTestVault(dir.file(QStringLiteral("v.vault")));
    created.vault->close();
    const QString keys = Vault::keyFilePath(created.path);

    SECTION("missing") {
        QFile::remove(keys);
        const auto before = snapshot(created.path);
        auto vault =
            Vault::open(created.path, Vault::Credential::withPassword(QStringLiteral("admin"), secret(kPassword)));
        REQUIRE_FALSE(vault.ok());
        CHECK(vault.error().message.contains(QStringLiteral("recovery code")));
        CHECK(snapshot(created.path) == before);
        CHECK_FALSE(QFile::exists(keys));
    }
    SECTION("tampered") {
        QByteArray bytes = readAll(keys);
        const qsizetype at = bytes.indexOf("\"seal\": \"") + 10; // the key file names no user to edit
        REQUIRE(at >= 10);
        bytes[at] = bytes[at] == 'A' ? 'B' : 'A';
        writeFile(keys, bytes);
        const auto before = snapshot(created.path);
        auto vault =
            Vault::open(created.path, Vault::Credential::withPassword(QStringLiteral("admin"), secret(kPassword)));
        REQUIRE_FALSE(vault.ok());
        CHECK(vault.error().message.contains(QStringLiteral("recovery code")));
        CHECK(snapshot(created.path) == before);
    }
}

TEST_CASE("Files that are not vaults are refused and left unchanged") {
    TempDir dir;
    auto created = createTestVault(dir.file(QStringLiteral("real.vault")));
    created.vault->close();
    const QByteArray keyFile = readAll(Vault::keyFilePath(created.path));

    const auto tryOpen = [&](const QString& path) {
        writeFile(Vault::keyFilePath(path), keyFile);
        const QByteArray before = sha256OfFile(path);
        auto vault = Vault::open(path, Vault::Credential::withPassword(QStringLiteral("admin"), secret(kPassword)));
        REQUIRE_FALSE(vault.ok());
        CHECK(sha256OfFile(path) == before);
        return vault.error();
    };

    SECTION("a plain SQLite database") {
        const QString path = dir.file(QStringLiteral("plain.db"));
        writeFile(path, QByteArray("SQLite format 3\0", 16) + QByteArray(4080, '\0'));
        const Error error = tryOpen(path);
        CHECK(error.message.contains(QStringLiteral("unencrypted")));
    }
    SECTION("random bytes") {
        const QString path = dir.file(QStringLiteral("random.bin"));
        QByteArray noise(8192, '\0');
        for (qsizetype i = 0; i < noise.size(); ++i) {
            noise[i] = static_cast<char>((i * 7919 + 13) % 251);
        }
        writeFile(path, noise);
        const Error error = tryOpen(path);
        CHECK(error.kind == ErrorKind::Corrupt);
    }
    SECTION("a missing file is not created") {
        const QString path = dir.file(QStringLiteral("missing.vault"));
        auto vault = Vault::open(path, Vault::Credential::withPassword(QStringLiteral("admin"), secret(kPassword)));
        REQUIRE_FALSE(vault.ok());
        CHECK(vault.error().kind == ErrorKind::NotFound);
        CHECK_FALSE(QFile::exists(path));
    }
}

TEST_CASE("A damaged vault gives an error naming corruption and the latest backup, never a crash") {
    TempDir dir;
    auto created = createTestVault(dir.file(QStringLiteral("v.vault")));
    for (int i = 0; i < 200; ++i) {
        writeMarker(*created.vault);
    }
    const QString backupPath = dir.file(QStringLiteral("latest.backup"));
    REQUIRE(created.vault->backup(backupPath).ok());
    created.vault->close();

    SECTION("truncated") {
        QByteArray bytes = readAll(created.path);
        writeFile(created.path, bytes.left(bytes.size() / 3));
    }
    SECTION("bit-flipped in the first page") {
        QByteArray bytes = readAll(created.path);
        bytes[100] = static_cast<char>(bytes[100] ^ 0x10);
        writeFile(created.path, bytes);
    }
    SECTION("bit-flipped in a later page") {
        QByteArray bytes = readAll(created.path);
        REQUIRE(bytes.size() > 3 * 4096);
        bytes[2 * 4096 + 500] = static_cast<char>(bytes[2 * 4096 + 500] ^ 0x01);
        writeFile(created.path, bytes);
    }

    auto vault = Vault::open(created.path, Vault::Credential::withPassword(QStringLiteral("admin"), secret(kPassword)));
    Error error;
    if (vault) {
        Status integrity = (*vault)->checkIntegrity();
        REQUIRE_FALSE(integrity.ok());
        error = integrity.error();
    } else {
        error = vault.error();
    }
    INFO(error.message.toStdString());
    CHECK(error.kind == ErrorKind::Corrupt);
    CHECK(error.message.contains(QStringLiteral("damaged")));
    CHECK(error.message.contains(QStringLiteral("latest.backup")));
}

TEST_CASE("Backup carries its key slots, and restore brings the old state back and keeps the replaced vault") {
    TempDir dir;
    auto created = createTestVault(dir.file(QStringLiteral("v.vault")));
    writeMarker(*created.vault);
    const qint64 entriesAtBackup = auditCount(*created.vault);
    const QString backupPath = dir.file(QStringLiteral("monday.backup"));
    REQUIRE(created.vault->backup(backupPath).ok());
    CHECK_FALSE(readAll(backupPath).startsWith("SQLite format 3"));
    CHECK(Vault::latestBackup(created.path)->path == QFileInfo(backupPath).absoluteFilePath());

    // Later: more entries and a new password for admin.
    writeMarker(*created.vault);
    REQUIRE(created.vault
                ->setPassword(QStringLiteral("admin"), secret("a brand new password"),
                              crypto::KdfParams::cheapestForTests())
                .ok());
    created.vault->close();

    SECTION("restore with the password of the backup's day") {
        REQUIRE(Vault::restore(created.path, backupPath,
                               Vault::Credential::withPassword(QStringLiteral("admin"), secret(kPassword)), {})
                    .ok());
        auto vault = openAs(created.path, QStringLiteral("admin"));
        CHECK(auditCount(*vault) == entriesAtBackup);
        QDir folder(dir.path());
        CHECK(folder.entryList({QStringLiteral("v.vault.before-restore-*")}).size() >= 1);
    }
    SECTION("restore with the recovery code, the backup file travelling alone") {
        QFile::rename(backupPath, dir.file(QStringLiteral("usb-stick.backup")));
        auto code = crypto::RecoveryCode::parse(created.recoveryCode);
        REQUIRE(Vault::restore(created.path, dir.file(QStringLiteral("usb-stick.backup")),
                               Vault::Credential::withRecoveryCode(code.take()), {})
                    .ok());
        auto vault = openAs(created.path, QStringLiteral("admin"));
        CHECK(auditCount(*vault) == entriesAtBackup);
    }
    SECTION("a wrong password for the backup changes nothing") {
        const auto before = sha256OfFile(created.path);
        Status restored =
            Vault::restore(created.path, backupPath,
                           Vault::Credential::withPassword(QStringLiteral("admin"), secret("nope nope nope")), {});
        REQUIRE_FALSE(restored.ok());
        CHECK(restored.error().kind == ErrorKind::AuthenticationFailed);
        CHECK(sha256OfFile(created.path) == before);
    }
    SECTION("the authoriser can refuse, and then nothing changes") {
        const auto before = sha256OfFile(created.path);
        Status restored = Vault::restore(created.path, backupPath,
                                         Vault::Credential::withPassword(QStringLiteral("admin"), secret(kPassword)),
                                         [](QSqlDatabase&) -> Status { return Error::refused(QStringLiteral("no")); });
        REQUIRE_FALSE(restored.ok());
        CHECK(sha256OfFile(created.path) == before);
    }
}

TEST_CASE("A failed backup leaves the vault and the previous backup intact") {
    TempDir dir;
    auto created = createTestVault(dir.file(QStringLiteral("v.vault")));
    const QString backupPath = dir.file(QStringLiteral("b.backup"));
    REQUIRE(created.vault->backup(backupPath).ok());
    const QByteArray previous = sha256OfFile(backupPath);

    Status failed = created.vault->backup(dir.file(QStringLiteral("no-such-folder/b.backup")));
    CHECK_FALSE(failed.ok());
    CHECK(sha256OfFile(backupPath) == previous);
    CHECK(created.vault->checkIntegrity().ok());
}

TEST_CASE("Rekey: a new master key, every slot rewrapped, the old key and recovery code no longer open it") {
    TempDir dir;
    auto created = createTestVault(dir.file(QStringLiteral("v.vault")));
    REQUIRE(created.vault
                ->setPassword(QStringLiteral("officer"), secret("officer password 1"),
                              crypto::KdfParams::cheapestForTests())
                .ok());
    writeMarker(*created.vault);
    auto newCode = created.vault->rekey();
    REQUIRE(newCode.ok());
    CHECK(newCode->formatted() != created.recoveryCode);
    created.vault->close();

    CHECK(openAs(created.path, QStringLiteral("admin")));
    CHECK(openAs(created.path, QStringLiteral("officer"), "officer password 1"));
    auto oldCode = crypto::RecoveryCode::parse(created.recoveryCode);
    auto withOld = Vault::open(created.path, Vault::Credential::withRecoveryCode(oldCode.take()));
    CHECK_FALSE(withOld.ok());
    auto withNew = Vault::open(created.path, Vault::Credential::withRecoveryCode(newCode.take()));
    CHECK(withNew.ok());
}

TEST_CASE("Restore and rekey refuse while another process has the vault open, and a crashed holder is recovered") {
    TempDir dir;
    auto created = createTestVault(dir.file(QStringLiteral("v.vault")));
    const QString backupPath = dir.file(QStringLiteral("b.backup"));
    REQUIRE(created.vault->backup(backupPath).ok());
    created.vault->close();

    QProcess holder;
    holder.start(QCoreApplication::applicationFilePath(),
                 {QStringLiteral("--hold"), created.path, QStringLiteral("admin"), QString::fromLatin1(kPassword)});
    REQUIRE(holder.waitForStarted());
    REQUIRE(holder.waitForReadyRead(30000));
    REQUIRE(holder.readLine().trimmed() == "ready");

    auto vault = openAs(created.path, QStringLiteral("admin"));
    auto rekeyed = vault->rekey();
    REQUIRE_FALSE(rekeyed.ok());
    CHECK(rekeyed.error().kind == ErrorKind::InUse);
    CHECK(rekeyed.error().message.contains(QStringLiteral("in use by admin since")));
    vault->close();
    Status restored = Vault::restore(created.path, backupPath,
                                     Vault::Credential::withPassword(QStringLiteral("admin"), secret(kPassword)), {});
    CHECK(restored.error().kind == ErrorKind::InUse);

    holder.kill(); // SIGKILL: its marker stays behind, stale
    holder.waitForFinished();
    storage::VaultSessions sessions(created.path);
    CHECK(sessions.others().isEmpty());
    CHECK(Vault::restore(created.path, backupPath,
                         Vault::Credential::withPassword(QStringLiteral("admin"), secret(kPassword)), {})
              .ok());
}

TEST_CASE("A process killed with SIGKILL in the middle of a write loop loses nothing it committed") {
    TempDir dir;
    auto created = createTestVault(dir.file(QStringLiteral("v.vault")));
    created.vault->close();

    QProcess writer;
    writer.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--crash-writer"), created.path,
                                                           QStringLiteral("admin"), QString::fromLatin1(kPassword)});
    REQUIRE(writer.waitForStarted());
    QList<qint64> committed;
    while (committed.size() < 60 && writer.waitForReadyRead(30000)) {
        while (writer.canReadLine()) {
            committed << writer.readLine().trimmed().toLongLong();
        }
    }
    writer.kill();
    writer.waitForFinished();
    while (writer.canReadLine()) {
        committed << writer.readLine().trimmed().toLongLong();
    }
    REQUIRE(committed.size() >= 60);

    auto vault = openAs(created.path, QStringLiteral("admin"));
    CHECK(vault->checkIntegrity().ok());
    QSqlDatabase db = vault->database();
    CHECK(audit::AuditLog::verify(db).intact);
    QSqlQuery query(db);
    REQUIRE(query.exec(QStringLiteral("SELECT max(seq) FROM audit_log")));
    REQUIRE(query.next());
    CHECK(query.value(0).toLongLong() >= committed.last());
}

// ---- several processes, crashes, damage the WAL forgives, files beside the vault -------------------------------

namespace {

QProcess* startWriter(const QString& vaultPath, int count, bool die = false) {
    auto* process = new QProcess;
    QStringList arguments{QStringLiteral("--writer"), vaultPath, QStringLiteral("admin"),
                          QString::fromLatin1(kPassword), QString::number(count)};
    if (die) {
        arguments << QStringLiteral("--die");
    }
    process->start(QCoreApplication::applicationFilePath(), arguments);
    return process;
}

// Every seq a writer printed: each was printed only after its commit returned.
QList<qint64> acknowledged(QProcess& process) {
    QList<qint64> seqs;
    for (const QByteArray& line : process.readAllStandardOutput().split('\n')) {
        bool ok = false;
        const qint64 seq = line.trimmed().toLongLong(&ok);
        if (ok) {
            seqs << seq;
        }
    }
    return seqs;
}

QSet<qint64> auditSeqs(Vault& vault) {
    QSet<qint64> seqs;
    QSqlDatabase db = vault.database();
    QSqlQuery query(db);
    REQUIRE(query.exec(QStringLiteral("SELECT seq FROM audit_log")));
    while (query.next()) {
        seqs.insert(query.value(0).toLongLong());
    }
    return seqs;
}

void requireWhole(const QString& path, const QList<qint64>& acknowledgedSeqs) {
    auto vault = Vault::open(path, Vault::Credential::withPassword(QStringLiteral("admin"), secret(kPassword)));
    INFO((vault ? std::string() : vault.error().message.toStdString()));
    REQUIRE(vault.ok());
    const Status integrity = (*vault)->checkIntegrity();
    INFO((integrity ? std::string() : integrity.error().message.toStdString()));
    CHECK(integrity.ok());
    QSqlDatabase db = (*vault)->database();
    CHECK(audit::AuditLog::verify(db).intact);
    const QSet<qint64> present = auditSeqs(**vault);
    int lost = 0;
    for (const qint64 seq : acknowledgedSeqs) {
        lost += present.contains(seq) ? 0 : 1;
    }
    CHECK(lost == 0);
}

int frameCount(const QString& walPath) {
    const qint64 size = QFileInfo(walPath).size();
    return size < 32 ? 0 : int((size - 32) / (24 + 4096));
}

mode_t modeOf(const QString& path) {
    struct stat info {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &info) == 0);
    return info.st_mode & 0777;
}

} // namespace

TEST_CASE("Four processes writing at once lose no acknowledged write and leave the vault intact [F.1]") {
    // Four lanes of short-lived writers, as four officers running one command after another: each process opens
    // the vault, commits a few writes, prints each one after its commit, and closes. Opening and closing all the
    // time is what exposed lost POSIX locks: a closing process that thinks it is alone checkpoints and deletes
    // the -wal under the others.
    constexpr int lanes = 4;
    constexpr int processesPerLane = 10;
    constexpr int writesPerProcess = 5;
    for (int round = 0; round < 3; ++round) {
        TempDir dir;
        auto created = createTestVault(dir.file(QStringLiteral("v.vault")));
        created.vault->close();

        std::vector<std::unique_ptr<QProcess>> running(lanes);
        std::vector<int> started(lanes, 0);
        QList<qint64> all;
        int failures = 0;
        QString lastError;
        for (bool busy = true; busy;) {
            busy = false;
            for (int lane = 0; lane < lanes; ++lane) {
                auto& process = running[size_t(lane)];
                if (process && !process->waitForFinished(5)) {
                    busy = true;
                    continue;
                }
                if (process) {
                    all << acknowledged(*process);
                    if (process->exitStatus() != QProcess::NormalExit || process->exitCode() != 0) {
                        ++failures;
                        lastError = QString::fromLocal8Bit(process->readAllStandardError());
                    }
                    process.reset();
                }
                if (started[size_t(lane)] < processesPerLane) {
                    ++started[size_t(lane)];
                    process.reset(startWriter(created.path, writesPerProcess));
                    busy = true;
                }
            }
        }
        INFO("round " << round << ": " << lastError.toStdString());
        CHECK(failures == 0);
        CHECK(all.size() == lanes * processesPerLane * writesPerProcess);
        requireWhole(created.path, all);
    }
}

TEST_CASE("Writers killed with SIGKILL at random points lose no acknowledged write") {
    TempDir dir;
    auto created = createTestVault(dir.file(QStringLiteral("v.vault")));
    created.vault->close();
    QList<qint64> all;
    for (int round = 0; round < 3; ++round) {
        QProcess first;
        QProcess second;
        for (QProcess* writer : {&first, &second}) {
            writer->start(QCoreApplication::applicationFilePath(),
                          {QStringLiteral("--crash-writer"), created.path, QStringLiteral("admin"),
                           QString::fromLatin1(kPassword)});
            REQUIRE(writer->waitForStarted());
        }
        // Each is killed after a random number of its own acknowledged writes, in the middle of the next one.
        for (QProcess* writer : {&first, &second}) {
            const int target = 5 + int(randombytes_uniform(25));
            QList<qint64> seen;
            while (seen.size() < target && writer->waitForReadyRead(30000)) {
                while (writer->canReadLine()) {
                    seen << writer->readLine().trimmed().toLongLong();
                }
            }
            QThread::usleep(randombytes_uniform(20000));
            writer->kill();
            writer->waitForFinished();
            for (const QByteArray& line : writer->readAllStandardOutput().split('\n')) {
                if (!line.trimmed().isEmpty()) {
                    seen << line.trimmed().toLongLong();
                }
            }
            CHECK(seen.size() >= target);
            all << seen;
        }
        INFO("round " << round);
        requireWhole(created.path, all);
    }
}

TEST_CASE("A bit flip in an early committed WAL frame is reported as damage, never as intact [F.3]") {
    TempDir dir;
    auto created = createTestVault(dir.file(QStringLiteral("v.vault")));
    const QString backupPath = dir.file(QStringLiteral("latest.backup"));
    REQUIRE(created.vault->backup(backupPath).ok());
    created.vault->close();

    // A writer commits 13 transactions and exits without closing: they live only in the -wal.
    std::unique_ptr<QProcess> writer(startWriter(created.path, 13, true));
    REQUIRE(writer->waitForFinished(60000));
    REQUIRE(acknowledged(*writer).size() == 13);
    const QString wal = created.path + QStringLiteral("-wal");
    REQUIRE(frameCount(wal) >= 13);

    QByteArray bytes = readAll(wal);
    const qsizetype frame = 2; // the third frame: an early transaction, committed and acknowledged
    const qsizetype at = 32 + frame * (24 + 4096) + 24 + 1000;
    bytes[at] = static_cast<char>(bytes[at] ^ 0x04);
    writeFile(wal, bytes);

    auto vault = Vault::open(created.path, Vault::Credential::withPassword(QStringLiteral("admin"), secret(kPassword)));
    Error error;
    if (vault) {
        const Status integrity = (*vault)->checkIntegrity();
        REQUIRE_FALSE(integrity.ok());
        error = integrity.error();
    } else {
        error = vault.error();
    }
    INFO(error.message.toStdString());
    CHECK(error.kind == ErrorKind::Corrupt);
    CHECK(error.message.contains(QStringLiteral("damaged")));
    CHECK(error.message.contains(QStringLiteral("missing")));
    CHECK(error.message.contains(QStringLiteral("latest.backup")));
}

TEST_CASE("Finding WAL damage writes nothing: the vault and its -wal stay as they were, for repair [F.3]") {
    TempDir dir;
    auto created = createTestVault(dir.file(QStringLiteral("v.vault")));
    created.vault->close();
    std::unique_ptr<QProcess> writer(startWriter(created.path, 13, true));
    REQUIRE(writer->waitForFinished(60000));
    REQUIRE(acknowledged(*writer).size() == 13);
    const QString wal = created.path + QStringLiteral("-wal");
    QByteArray bytes = readAll(wal);
    const qsizetype at = 32 + 2 * (24 + 4096) + 24 + 1000;
    bytes[at] = static_cast<char>(bytes[at] ^ 0x04);
    writeFile(wal, bytes);
    const QByteArray vaultBefore = readAll(created.path);

    for (int attempt = 0; attempt < 2; ++attempt) { // a second look finds the same damage: nothing was "repaired"
        INFO("attempt " << attempt);
        auto vault =
            Vault::open(created.path, Vault::Credential::withPassword(QStringLiteral("admin"), secret(kPassword)));
        REQUIRE_FALSE(vault.ok());
        CHECK(vault.error().kind == ErrorKind::Corrupt);
        CHECK(readAll(created.path) == vaultBefore);
        REQUIRE(QFile::exists(wal));
        CHECK(readAll(wal) == bytes);
    }
}

TEST_CASE("A damaged key-slot or user page is reported as damage, not as a wrong password") {
    TempDir dir;
    auto created = createTestVault(dir.file(QStringLiteral("v.vault")));
    QString table;
    SECTION("vault_slot_keys") {
        table = QStringLiteral("vault_slot_keys");
    }
    SECTION("users") {
        table = QStringLiteral("users");
    }
    int rootPage = 0;
    {
        QSqlDatabase db = created.vault->database();
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = ?"));
        query.addBindValue(table);
        REQUIRE(query.exec());
        REQUIRE(query.next());
        rootPage = query.value(0).toInt();
    }
    created.vault->close();
    REQUIRE(rootPage > 1);

    QByteArray bytes = readAll(created.path);
    const qsizetype at = qsizetype(rootPage - 1) * 4096 + 2000;
    REQUIRE(bytes.size() > at);
    bytes[at] = static_cast<char>(bytes[at] ^ 0x01);
    writeFile(created.path, bytes);
    const QByteArray before = sha256OfFile(created.path);

    auto vault = Vault::open(created.path, Vault::Credential::withPassword(QStringLiteral("admin"), secret(kPassword)));
    Error error;
    if (vault) {
        // The users are the workflow's: the session check after opening reads them.
        workflow::UserAdministration users(**vault);
        const Status active = users.requireActiveSession();
        REQUIRE_FALSE(active.ok());
        error = active.error();
        (*vault)->close();
    } else {
        error = vault.error();
    }
    INFO(error.message.toStdString());
    CHECK(error.kind == ErrorKind::Corrupt);
    CHECK(error.message.contains(QStringLiteral("damaged")));
    CHECK(sha256OfFile(created.path) == before);
}

TEST_CASE("Files too short or ragged to be a vault are refused and left byte-for-byte untouched") {
    TempDir dir;
    auto created = createTestVault(dir.file(QStringLiteral("real.vault")));
    for (int i = 0; i < 30; ++i) {
        writeMarker(*created.vault);
    }
    created.vault->close();
    const QByteArray whole = readAll(created.path);
    const QByteArray keyFile = readAll(Vault::keyFilePath(created.path));

    QByteArray content;
    SECTION("0 bytes") {
        content = QByteArray();
    }
    SECTION("1 byte") {
        content = QByteArray(1, '\x01');
    }
    SECTION("100 bytes") {
        content = whole.left(100);
    }
    SECTION("truncated to half") {
        content = whole.left(whole.size() / 2);
    }
    SECTION("one page and a bit") {
        content = whole.left(4096 + 512);
    }

    const QString path = dir.file(QStringLiteral("short.vault"));
    writeFile(path, content);
    writeFile(Vault::keyFilePath(path), keyFile);
    const QStringList filesBefore = filesBeside(path);
    auto vault = Vault::open(path, Vault::Credential::withPassword(QStringLiteral("admin"), secret(kPassword)));
    if (vault) {
        // Only possible for a half that ends on a page boundary with every page it needs: then the check says so.
        const Status integrity = (*vault)->checkIntegrity();
        CHECK_FALSE(integrity.ok());
        (*vault)->close();
    } else {
        INFO(vault.error().message.toStdString());
        CHECK(vault.error().kind == ErrorKind::Corrupt);
        CHECK(filesBeside(path) == filesBefore);
    }
    CHECK(readAll(path) == content);
}

TEST_CASE("Every file beside the vault is its owner's only, whatever the umask, and names nobody in clear") {
    const mode_t previous = ::umask(022);
    TempDir dir;
    const QString person = QStringLiteral("zhangwei-officer");
    auto created = createTestVault(dir.file(QStringLiteral("v.vault")), person);
    ::umask(previous);
    writeMarker(*created.vault);
    ::umask(022);
    REQUIRE(created.vault->backup(dir.file(QStringLiteral("v.backup"))).ok());
    ::umask(previous);

    QStringList checked;
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral(".head"),
                                  QStringLiteral(".head.lock"), QStringLiteral(".backups.json")}) {
        const QString file = created.path + suffix;
        INFO(file.toStdString());
        REQUIRE(QFile::exists(file));
        CHECK(modeOf(file) == 0600);
        checked << file;
    }
    CHECK(modeOf(dir.file(QStringLiteral("v.backup"))) == 0600);
    const QString sessions = storage::VaultSessions::directoryFor(created.path);
    CHECK(modeOf(sessions) == 0700);
    const QStringList markers = QDir(sessions).entryList(QDir::Files);
    REQUIRE(markers.size() == 1);
    const QString marker = QDir(sessions).filePath(markers.first());
    CHECK(modeOf(marker) == 0600);
    checked << marker;

    // The session marker, the head and the backup index hold no name in clear (the vault itself is encrypted).
    for (const QString& file : checked) {
        INFO(file.toStdString());
        CHECK_FALSE(readAll(file).contains(person.toUtf8()));
        CHECK_FALSE(file.contains(person));
    }

    // A process that has not unlocked the vault cannot read who is in; one that has, can.
    storage::VaultSessions outsider(created.path);
    const Status locked = outsider.requireExclusive();
    REQUIRE_FALSE(locked.ok());
    CHECK(locked.error().message.contains(QStringLiteral("in use by another user since")));
    CHECK_FALSE(locked.error().message.contains(person));
}

TEST_CASE("The head file: written on first open, sealed, and a damaged one is reported") {
    TempDir dir;
    auto created = createTestVault(dir.file(QStringLiteral("v.vault")));
    writeMarker(*created.vault);
    created.vault->close();
    const QString head = storage::VaultHead::pathFor(created.path);
    REQUIRE(QFile::exists(head));

    SECTION("a missing head of a vault that never counted a commit (an older vault) is written fresh") {
        {
            auto vault = openAs(created.path, QStringLiteral("admin"));
            QSqlQuery query(vault->database());
            REQUIRE(query.exec(QStringLiteral("DELETE FROM vault_meta WHERE key = 'commit_seq'")));
        }
        REQUIRE(QFile::remove(head));
        auto vault = openAs(created.path, QStringLiteral("admin"));
        CHECK(QFile::exists(head));
        CHECK(vault->checkIntegrity().ok());
    }
    SECTION("a missing head of a vault that has counted commits is not trusted until it is accepted") {
        REQUIRE(QFile::remove(head));
        const QByteArray before = sha256OfFile(created.path);
        auto refused =
            Vault::open(created.path, Vault::Credential::withPassword(QStringLiteral("admin"), secret(kPassword)));
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().kind == ErrorKind::Corrupt);
        CHECK(refused.error().message.contains(QDir::toNativeSeparators(head)));
        CHECK_FALSE(QFile::exists(head));
        CHECK(sha256OfFile(created.path) == before);

        Vault::OpenOptions options;
        options.acceptMissingHead = true;
        auto accepted = Vault::open(
            created.path, Vault::Credential::withPassword(QStringLiteral("admin"), secret(kPassword)), options);
        REQUIRE(accepted.ok());
        REQUIRE((*accepted)->missingHeadAccepted().has_value());
        CHECK(*(*accepted)->missingHeadAccepted() > 0);
        CHECK_FALSE(QFile::exists(head)); // nothing is written before the decision is recorded
        writeMarker(**accepted);
        CHECK(QFile::exists(head));
        (*accepted)->close();
        auto vault = openAs(created.path, QStringLiteral("admin"));
        CHECK(vault->checkIntegrity().ok());
    }
    SECTION("a head deleted while the vault is open is damage for the integrity check") {
        auto vault = openAs(created.path, QStringLiteral("admin"));
        REQUIRE(QFile::remove(head));
        const Status checked = vault->checkIntegrity();
        REQUIRE_FALSE(checked.ok());
        CHECK(checked.error().kind == ErrorKind::Corrupt);
    }
    SECTION("a head sealed with another key is damage of that file") {
        const auto otherKey = crypto::SecretBytes::random(32);
        writeFile(head, storage::VaultHead::encode(1, otherKey));
        const QByteArray before = sha256OfFile(created.path);
        auto vault =
            Vault::open(created.path, Vault::Credential::withPassword(QStringLiteral("admin"), secret(kPassword)));
        REQUIRE_FALSE(vault.ok());
        CHECK(vault.error().kind == ErrorKind::Corrupt);
        CHECK(vault.error().message.contains(QDir::toNativeSeparators(head)));
        CHECK(sha256OfFile(created.path) == before);
    }
    SECTION("a head that records more commits than the vault holds is damage") {
        QByteArray bytes = readAll(head);
        const qsizetype at = bytes.indexOf("commit_seq=");
        REQUIRE(at >= 0);
        bytes.insert(at + 11, '9'); // the MAC no longer matches either
        writeFile(head, bytes);
        auto vault =
            Vault::open(created.path, Vault::Credential::withPassword(QStringLiteral("admin"), secret(kPassword)));
        REQUIRE_FALSE(vault.ok());
        CHECK(vault.error().kind == ErrorKind::Corrupt);
    }
}

TEST_CASE("A vault an older CreditCase left readable by others is made its owner's only when opened") {
    TempDir dir;
    auto created = createTestVault(dir.file(QStringLiteral("v.vault")));
    created.vault->close();
    REQUIRE(::chmod(QFile::encodeName(created.path).constData(), 0644) == 0);
    const QByteArray before = sha256OfFile(created.path);
    auto vault = openAs(created.path, QStringLiteral("admin"));
    CHECK(modeOf(created.path) == 0600);
    CHECK(modeOf(created.path + QStringLiteral("-wal")) == 0600);
    vault->close();
    CHECK(sha256OfFile(created.path) == before);
}

TEST_CASE("The vault's connection has a page cache sized for the work, as set") {
    TempDir dir;
    auto created = createTestVault(dir.file(QStringLiteral("v.vault")));
    const auto cacheSize = [](Vault& vault) {
        QSqlDatabase db = vault.database();
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral("PRAGMA cache_size")));
        REQUIRE(query.next());
        return query.value(0).toLongLong();
    };
    // Negative: KiB, not pages. SQLite's own default would read -2000.
    CHECK(cacheSize(*created.vault) == -qint64(Vault::kDefaultPageCacheKiB));
    created.vault->close();
    struct Restore {
        ~Restore() { Vault::setPageCacheKiB(Vault::kDefaultPageCacheKiB); }
    } restore;
    Vault::setPageCacheKiB(32768);
    CHECK(Vault::pageCacheKiB() == 32768);
    CHECK(cacheSize(*openAs(created.path, QStringLiteral("admin"))) == -32768);
    Vault::setPageCacheKiB(16); // never below SQLite's default
    CHECK(Vault::pageCacheKiB() == 2000);
}

TEST_CASE("Nested work that fails is undone alone, the outer transaction saves the rest or nothing") {
    TempDir dir;
    TestVault created = createTestVault(dir.file(QStringLiteral("nested.vault")));
    Vault& vault = *created.vault;
    const auto organs = [&vault](const QString& name) {
        QSqlQuery query(vault.database());
        query.prepare(QStringLiteral("SELECT count(*) FROM organs WHERE name = ?"));
        query.addBindValue(name);
        return query.exec() && query.next() ? query.value(0).toLongLong() : -1;
    };
    const auto addOrgan = [](QSqlDatabase& db, const QString& name) -> Status {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("INSERT INTO organs (name, level, region_code) VALUES (?, 'county', '110105')"));
        query.addBindValue(name);
        return query.exec() ? Status{} : Status{Error::failure(QStringLiteral("insert failed"))};
    };
    Status outer = vault.transact([&](QSqlDatabase& db) -> Status {
        if (Status kept = addOrgan(db, QStringLiteral("kept")); !kept)
            return kept;
        Status inner = vault.transact([&](QSqlDatabase& nested) -> Status {
            if (Status added = addOrgan(nested, QStringLiteral("undone")); !added)
                return added;
            return Error::failure(QStringLiteral("the nested work fails after writing"));
        });
        CHECK_FALSE(inner.ok());
        return vault.transact([&](QSqlDatabase& nested) { return addOrgan(nested, QStringLiteral("nested-kept")); });
    });
    REQUIRE(outer.ok());
    CHECK(organs(QStringLiteral("kept")) == 1);
    CHECK(organs(QStringLiteral("undone")) == 0);
    CHECK(organs(QStringLiteral("nested-kept")) == 1);

    // An outer rollback takes the nested work with it.
    Status failed = vault.transact([&](QSqlDatabase&) -> Status {
        REQUIRE(vault.transact([&](QSqlDatabase& nested) { return addOrgan(nested, QStringLiteral("rolled")); }).ok());
        return Error::failure(QStringLiteral("the outer work fails"));
    });
    CHECK_FALSE(failed.ok());
    CHECK(organs(QStringLiteral("rolled")) == 0);
    CHECK(vault.checkIntegrity().ok());
}
