// Fuzz target: the -wal beside a vault holds the last committed transactions until they are checkpointed, and
// after a power cut or a bad disk it is what SQLite replays first. A vault with any -wal beside it must open or be
// refused cleanly, and everything that opens must read without crashing.
//
// The vault is made when the target starts (a fresh master key every time, so no key is stored anywhere): an
// administrator checkpointed into the main file, then three users whose transactions stay in the -wal. The fuzz
// input is the -wal to put beside it, written as its difference from that real -wal: byte i of the -wal is
// input[i] XOR wal[i] (input bytes past the real -wal's end are taken as they are). So an input of zeros of the
// right length is the undamaged -wal, every mutation is a damaged one, and the corpus does not depend on the key.
// For each input the main file, key file and head file are put back, the -wal written, the -shm removed, and the vault
// opened with the administrator's password; then every table is read, the integrity check and the audit chain run.
//
// The SQLCipher library is the system's and is not instrumented, so coverage counts the project's code only.
#include "audit/AuditLog.h"
#include "storage/Vault.h"
#include "storage/VaultHead.h"
#include "workflow/UserAdministration.h"

#include "FileStamp.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QMap>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <algorithm>
#include <memory>

using namespace creditcase;

namespace {

const char kPassword[] = "fuzz-Campaign-password-2026";

QString g_folder;
QString g_vault;
QByteArray g_db;
QByteArray g_wal;
QByteArray g_keys;
QByteArray g_head; // <vault>.head, the commit count kept outside the vault

crypto::SecretBytes password() {
    return crypto::SecretBytes::copyOf(kPassword, std::strlen(kPassword));
}

QByteArray readFile(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size()) {
        std::fprintf(stderr, "fuzz_wal_vault: cannot write %s\n", qPrintable(path));
        std::abort();
    }
}

using creditcase::fuzz::FileStamp;
QMap<QString, FileStamp> g_stamps;

// The file as it was when the target started, written only if something changed it since.
void putBack(const QString& path, const QByteArray& bytes) {
    FileStamp now;
    const auto recorded = g_stamps.constFind(path);
    if (recorded != g_stamps.cend() && FileStamp::of(path, &now) && now == *recorded) {
        return;
    }
    QFile::remove(path);
    writeFile(path, bytes);
    if (!QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner) || !FileStamp::of(path, &now)) {
        std::fprintf(stderr, "fuzz_wal_vault: cannot put back %s\n", qPrintable(path));
        std::abort();
    }
    g_stamps.insert(path, now);
}

void removeFolder() {
    if (!g_folder.isEmpty()) {
        QDir(g_folder).removeRecursively();
    }
}

[[noreturn]] void give_up(const QString& why) {
    std::fprintf(stderr, "fuzz_wal_vault: %s\n", qPrintable(why));
    std::abort();
}

void addUsers(storage::Vault& vault, const QString& prefix, int count) {
    workflow::UserAdministration users(vault);
    for (int i = 1; i <= count; ++i) {
        auto added = users.addUser({QStringLiteral("%1-%2").arg(prefix).arg(i), domain::Role::Officer,
                                    QStringLiteral("Fuzz County Market Regulation Bureau"), domain::OrganLevel::County,
                                    QStringLiteral("110105")},
                                   password(), crypto::KdfParams::cheapestForTests());
        if (!added) {
            give_up(added.error().message);
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
    static QCoreApplication app(*argc, *argv);
    // In memory when possible: every input rewrites the vault.
    QByteArray folder = QDir(QStringLiteral("/dev/shm")).exists() ? QByteArray("/dev/shm/creditcase-fuzz-wal-XXXXXX")
                                                                  : QByteArray("/tmp/creditcase-fuzz-wal-XXXXXX");
    if (!mkdtemp(folder.data())) {
        give_up(QStringLiteral("cannot make a temporary folder"));
    }
    g_folder = QString::fromLocal8Bit(folder);
    std::atexit(removeFolder);
    g_vault = g_folder + QStringLiteral("/fuzz.vault");

    const workflow::UserAdministration::NewUser administrator{QStringLiteral("admin"), domain::Role::Administrator,
                                                              QStringLiteral("Fuzz County Market Regulation Bureau"),
                                                              domain::OrganLevel::County, QStringLiteral("110105")};
    auto created =
        storage::Vault::create(g_vault, QStringLiteral("admin"), password(), crypto::KdfParams::cheapestForTests(),
                               workflow::UserAdministration::firstAdministrator(administrator));
    if (!created) {
        give_up(created.error().message);
    }
    created->vault->close();
    auto opened =
        storage::Vault::open(g_vault, storage::Vault::Credential::withPassword(QStringLiteral("admin"), password()));
    if (!opened) {
        give_up(opened.error().message);
    }
    addUsers(**opened, QStringLiteral("user"), 3);
    // As after a power cut: committed, in the -wal, not checkpointed.
    g_db = readFile(g_vault);
    g_wal = readFile(g_vault + QStringLiteral("-wal"));
    g_keys = readFile(storage::Vault::keyFilePath(g_vault));
    g_head = readFile(storage::VaultHead::pathFor(g_vault));
    (*opened)->close();
    if (g_wal.isEmpty()) {
        give_up(QStringLiteral("the -wal was checkpointed away"));
    }
    std::fprintf(stderr,
                 "fuzz_wal_vault: vault of %lld bytes, -wal of %lld bytes (an input of that many zero bytes "
                 "is the undamaged -wal)\n",
                 static_cast<long long>(g_db.size()), static_cast<long long>(g_wal.size()));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    QByteArray wal(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    {
        char* out = wal.data();
        const char* real = g_wal.constData();
        const qsizetype common = std::min(wal.size(), g_wal.size());
        for (qsizetype i = 0; i < common; ++i) {
            out[i] = static_cast<char>(out[i] ^ real[i]);
        }
    }
    putBack(g_vault, g_db);
    putBack(storage::Vault::keyFilePath(g_vault), g_keys);
    putBack(storage::VaultHead::pathFor(g_vault), g_head);
    writeFile(g_vault + QStringLiteral("-wal"), wal);
    QFile::remove(g_vault + QStringLiteral("-shm"));

    auto vault =
        storage::Vault::open(g_vault, storage::Vault::Credential::withPassword(QStringLiteral("admin"), password()));
    static const bool verbose = qEnvironmentVariableIsSet("CREDITCASE_FUZZ_VERBOSE");
    if (!vault) {
        if (verbose) {
            std::fprintf(stderr, "refused: %s\n", qPrintable(vault.error().message));
        }
        return 0;
    }
    {
        QSqlDatabase db = (*vault)->database();
        QSqlQuery tables(db);
        QStringList names;
        if (tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"))) {
            while (tables.next()) {
                names << tables.value(0).toString();
            }
        }
        for (const QString& table : names) {
            QSqlQuery rows(db);
            if (!rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table))) {
                continue;
            }
            while (rows.next()) {
                const int columns = rows.record().count();
                for (int c = 0; c < columns; ++c) {
                    (void)rows.value(c).toString();
                }
            }
        }
        (void)(*vault)->checkIntegrity();
        (void)audit::AuditLog::verify(db);
        const auto users = workflow::UserAdministration(**vault).listUsers();
        if (verbose) {
            std::fprintf(stderr, "opened: %lld users\n", users ? static_cast<long long>(users->size()) : -1LL);
        }
    }
    (*vault)->close();
    return 0;
}
