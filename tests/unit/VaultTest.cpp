#include "CliRunner.h"
#include "TempDir.h"
#include "TestVault.h"

#include "audit/AuditLog.h"
#include "crypto/KeySlotFile.h"
#include "storage/BackupFile.h"
#include "storage/Vault.h"
#include "storage/VaultSessions.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace creditcase;
using namespace creditcase::test;
using storage::Vault;

namespace {

const QByteArray kMarker = "PLAINTEXT-MARKER-3f9a1c";

void writeMarker(Vault& vault)
{
    Status done = vault.transact([](QSqlDatabase& db) -> Status {
        auto entry = audit::AuditLog::append(db, QStringLiteral("tester"), QStringLiteral("test.marker"),
                                             QString::fromLatin1(kMarker), {{QStringLiteral("m"), QString::fromLatin1(kMarker)}});
        return entry ? Status{} : Status{entry.error()};
    });
    REQUIRE(done.ok());
}

QStringList filesBeside(const QString& vaultPath)
{
    QStringList files;
    const QFileInfo info(vaultPath);
    for (const QFileInfo& entry : info.absoluteDir().entryInfoList(QDir::Files | QDir::Hidden)) {
        files << entry.absoluteFilePath();
    }
    return files;
}

QMap<QString, QByteArray> snapshot(const QString& vaultPath)
{
    QMap<QString, QByteArray> hashes;
    for (const QString& file : filesBeside(vaultPath)) {
        hashes.insert(file, sha256OfFile(file));
    }
    return hashes;
}

qint64 auditCount(Vault& vault)
{
    QSqlDatabase db = vault.database();
    QSqlQuery query(db);
    REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM audit_log")));
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

} // namespace

TEST_CASE("A new vault is encrypted from its first byte and nothing written through it is readable on disk")
{
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

TEST_CASE("The sqlcipher shell without the key cannot read the vault")
{
    const QString shell = QStringLiteral("/usr/bin/sqlcipher");
    if (!QFile::exists(shell)) {
        WARN("sqlcipher shell not installed; skipped");
        return;
    }
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

TEST_CASE("Password, recovery code and wrong credentials")
{
    TempDir dir;
    auto created = createTestVault(dir.file(QStringLiteral("v.vault")));
    created.vault->close();

    SECTION("the right password opens it")
    {
        auto vault = openAs(created.path, QStringLiteral("admin"));
        CHECK(vault->userName() == QStringLiteral("admin"));
        CHECK_FALSE(vault->openedWithRecoveryCode());
    }
    SECTION("a wrong password is refused and every file stays byte-for-byte the same")
    {
        const auto before = snapshot(created.path);
        auto vault = Vault::open(created.path, Vault::Credential::withPassword(QStringLiteral("admin"),
                                                                              secret("wrong password!")));
        REQUIRE_FALSE(vault.ok());
        CHECK(vault.error().kind == ErrorKind::AuthenticationFailed);
        CHECK(snapshot(created.path) == before);
    }
    SECTION("an unknown user gets the same answer as a wrong password")
    {
        auto vault = Vault::open(created.path, Vault::Credential::withPassword(QStringLiteral("nobody"),
                                                                              secret(kPassword)));
        REQUIRE_FALSE(vault.ok());
        CHECK(vault.error().kind == ErrorKind::AuthenticationFailed);
    }
    SECTION("the recovery code opens it, even with the key file gone")
    {
        REQUIRE(QFile::remove(Vault::keyFilePath(created.path)));
        auto code = crypto::RecoveryCode::parse(created.recoveryCode);
        REQUIRE(code.ok());
        auto vault = Vault::open(created.path, Vault::Credential::withRecoveryCode(code.take()));
        REQUIRE(vault.ok());
        CHECK((*vault)->openedWithRecoveryCode());
        CHECK_FALSE((*vault)->keyFileProblem().isEmpty());
    }
}

TEST_CASE("A missing or altered key file refuses passwords, points to the recovery code and writes nothing")
{
    TempDir dir;
    auto created = createTestVault(dir.file(QStringLiteral("v.vault")));
    created.vault->close();
    const QString keys = Vault::keyFilePath(created.path);

    SECTION("missing")
    {
        QFile::remove(keys);
        const auto before = snapshot(created.path);
        auto vault = Vault::open(created.path, Vault::Credential::withPassword(QStringLiteral("admin"), secret(kPassword)));
        REQUIRE_FALSE(vault.ok());
        CHECK(vault.error().message.contains(QStringLiteral("recovery code")));
        CHECK(snapshot(created.path) == before);
        CHECK_FALSE(QFile::exists(keys));
    }
    SECTION("tampered")
    {
        QByteArray bytes = readAll(keys);
        const qsizetype at = bytes.indexOf("\"seal\": \"") + 10; // the key file names no user to edit
        REQUIRE(at >= 10);
        bytes[at] = bytes[at] == 'A' ? 'B' : 'A';
        writeFile(keys, bytes);
        const auto before = snapshot(created.path);
        auto vault = Vault::open(created.path, Vault::Credential::withPassword(QStringLiteral("admin"), secret(kPassword)));
        REQUIRE_FALSE(vault.ok());
        CHECK(vault.error().message.contains(QStringLiteral("recovery code")));
        CHECK(snapshot(created.path) == before);
    }
}

TEST_CASE("Files that are not vaults are refused and left unchanged")
{
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

    SECTION("a plain SQLite database")
    {
        const QString path = dir.file(QStringLiteral("plain.db"));
        writeFile(path, QByteArray("SQLite format 3\0", 16) + QByteArray(4080, '\0'));
        const Error error = tryOpen(path);
        CHECK(error.message.contains(QStringLiteral("unencrypted")));
    }
    SECTION("random bytes")
    {
        const QString path = dir.file(QStringLiteral("random.bin"));
        QByteArray noise(8192, '\0');
        for (qsizetype i = 0; i < noise.size(); ++i) {
            noise[i] = static_cast<char>((i * 7919 + 13) % 251);
        }
        writeFile(path, noise);
        const Error error = tryOpen(path);
        CHECK(error.kind == ErrorKind::Corrupt);
    }
    SECTION("a missing file is not created")
    {
        const QString path = dir.file(QStringLiteral("missing.vault"));
        auto vault = Vault::open(path, Vault::Credential::withPassword(QStringLiteral("admin"), secret(kPassword)));
        REQUIRE_FALSE(vault.ok());
        CHECK(vault.error().kind == ErrorKind::NotFound);
        CHECK_FALSE(QFile::exists(path));
    }
}

TEST_CASE("A damaged vault gives an error naming corruption and the latest backup, never a crash")
{
    TempDir dir;
    auto created = createTestVault(dir.file(QStringLiteral("v.vault")));
    for (int i = 0; i < 200; ++i) {
        writeMarker(*created.vault);
    }
    const QString backupPath = dir.file(QStringLiteral("latest.backup"));
    REQUIRE(created.vault->backup(backupPath).ok());
    created.vault->close();

    SECTION("truncated")
    {
        QByteArray bytes = readAll(created.path);
        writeFile(created.path, bytes.left(bytes.size() / 3));
    }
    SECTION("bit-flipped in the first page")
    {
        QByteArray bytes = readAll(created.path);
        bytes[100] = static_cast<char>(bytes[100] ^ 0x10);
        writeFile(created.path, bytes);
    }
    SECTION("bit-flipped in a later page")
    {
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

TEST_CASE("Backup carries its key slots; restore brings the old state back and keeps the replaced vault")
{
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
    REQUIRE(created.vault->setPassword(QStringLiteral("admin"), secret("a brand new password"),
                                       crypto::KdfParams::cheapestForTests())
                .ok());
    created.vault->close();

    SECTION("restore with the password of the backup's day")
    {
        REQUIRE(Vault::restore(created.path, backupPath,
                               Vault::Credential::withPassword(QStringLiteral("admin"), secret(kPassword)), {})
                    .ok());
        auto vault = openAs(created.path, QStringLiteral("admin"));
        CHECK(auditCount(*vault) == entriesAtBackup);
        QDir folder(dir.path());
        CHECK(folder.entryList({QStringLiteral("v.vault.before-restore-*")}).size() >= 1);
    }
    SECTION("restore with the recovery code, the backup file travelling alone")
    {
        QFile::rename(backupPath, dir.file(QStringLiteral("usb-stick.backup")));
        auto code = crypto::RecoveryCode::parse(created.recoveryCode);
        REQUIRE(Vault::restore(created.path, dir.file(QStringLiteral("usb-stick.backup")),
                               Vault::Credential::withRecoveryCode(code.take()), {})
                    .ok());
        auto vault = openAs(created.path, QStringLiteral("admin"));
        CHECK(auditCount(*vault) == entriesAtBackup);
    }
    SECTION("a wrong password for the backup changes nothing")
    {
        const auto before = sha256OfFile(created.path);
        Status restored = Vault::restore(created.path, backupPath,
                                         Vault::Credential::withPassword(QStringLiteral("admin"), secret("nope nope nope")),
                                         {});
        REQUIRE_FALSE(restored.ok());
        CHECK(restored.error().kind == ErrorKind::AuthenticationFailed);
        CHECK(sha256OfFile(created.path) == before);
    }
    SECTION("the authoriser can refuse, and then nothing changes")
    {
        const auto before = sha256OfFile(created.path);
        Status restored = Vault::restore(created.path, backupPath,
                                         Vault::Credential::withPassword(QStringLiteral("admin"), secret(kPassword)),
                                         [](QSqlDatabase&) -> Status { return Error::refused(QStringLiteral("no")); });
        REQUIRE_FALSE(restored.ok());
        CHECK(sha256OfFile(created.path) == before);
    }
}

TEST_CASE("A failed backup leaves the vault and the previous backup intact")
{
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

TEST_CASE("Rekey: a new master key, every slot rewrapped, the old key and recovery code no longer open it")
{
    TempDir dir;
    auto created = createTestVault(dir.file(QStringLiteral("v.vault")));
    REQUIRE(created.vault->setPassword(QStringLiteral("officer"), secret("officer password 1"),
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

TEST_CASE("Restore and rekey refuse while another process has the vault open; a crashed holder is recovered")
{
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
    Status restored =
        Vault::restore(created.path, backupPath, Vault::Credential::withPassword(QStringLiteral("admin"), secret(kPassword)), {});
    CHECK(restored.error().kind == ErrorKind::InUse);

    holder.kill(); // SIGKILL: its marker stays behind, stale
    holder.waitForFinished();
    storage::VaultSessions sessions(created.path);
    CHECK(sessions.others().isEmpty());
    CHECK(Vault::restore(created.path, backupPath,
                         Vault::Credential::withPassword(QStringLiteral("admin"), secret(kPassword)), {})
              .ok());
}

TEST_CASE("A process killed with SIGKILL in the middle of a write loop loses nothing it committed")
{
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
