// Fuzz target: the -wal beside a vault holds the last committed transactions until they are checkpointed, and
// after a power cut or a bad disk it is what SQLite replays first. A vault with any -wal beside it must open or be
// refused cleanly, and everything that opens must read without crashing.
//
// The vault is made when the target starts (a fresh master key every time, so no key is stored anywhere): an
// administrator checkpointed into the main file, then three users whose transactions stay in the -wal. The fuzz
// input says how to damage that real -wal, so a short input can reach any frame and the corpus does not depend on
// the key:
//   bytes 0-3   length, little-endian: 0 keeps the -wal's length; n cuts or extends it to (n - 1) modulo
//               (its length + 8,193) bytes (added bytes are zero);
//   then 6-byte records [op][offset: 3 bytes, little-endian][argument: 2 bytes, little-endian], applied in order,
//   offsets taken modulo the length:
//     op % 4 == 0  XOR the byte at offset with the argument's low byte (a flipped bit);
//     op % 4 == 1  zero (argument modulo 4,096) + 1 bytes from offset (a torn or unwritten sector);
//     op % 4 == 2  copy frame (argument modulo frames) over frame (offset modulo frames) (a stale frame);
//     op % 4 == 3  write the argument big-endian at offset (a page number, salt or checksum field set).
// An input of 4 zero bytes is the undamaged -wal. The input's form was chosen so that libFuzzer's preference for
// short inputs does not turn every input into a truncated -wal, as an earlier form (the input XOR-ed onto the -wal
// byte by byte) did.
// For each input the main file, key file and head file are put back, the -wal written, the -shm removed, and the vault
// opened with the administrator's password; then every table is read, the integrity check and the audit chain run.
//
// The SQLCipher library is the system's and is not instrumented, so coverage counts the project's code only; its
// memory comes from a pool (SqlitePool.h) rather than AddressSanitizer's allocator, for speed.
#include "FileStamp.h"
#include "SqlitePool.h"
#include "audit/AuditLog.h"
#include "storage/Vault.h"
#include "storage/VaultHead.h"
#include "workflow/UserAdministration.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QMap>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>

using namespace creditcase;

namespace {

const char kPassword[] = "fuzz-Campaign-password-2026";

QString g_folder;
QString g_vault;
QByteArray g_db;
QByteArray g_wal;
QByteArray g_keys;
QByteArray g_head;         // <vault>.head, the commit count kept outside the vault
qsizetype g_frameSize = 0; // a -wal frame: 24-byte header and one page
constexpr qsizetype kWalHeader = 32;

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

std::uint32_t littleEndian(const std::uint8_t* bytes, int count) {
    std::uint32_t value = 0;
    for (int i = count - 1; i >= 0; --i) {
        value = (value << 8) | bytes[i];
    }
    return value;
}

// The real -wal damaged as the input says (see the top of this file).
QByteArray damagedWal(const std::uint8_t* data, std::size_t size) {
    QByteArray wal = g_wal;
    if (size < 4) {
        return wal;
    }
    const std::uint32_t length = littleEndian(data, 4);
    if (length != 0) {
        const auto cut = static_cast<qsizetype>((length - 1) % static_cast<std::uint32_t>(g_wal.size() + 8193));
        const qsizetype had = wal.size();
        wal.resize(cut);
        if (cut > had) {
            std::memset(wal.data() + had, 0, static_cast<std::size_t>(cut - had));
        }
    }
    if (wal.isEmpty()) {
        return wal;
    }
    char* out = wal.data();
    const auto walSize = static_cast<std::uint32_t>(wal.size());
    const std::uint32_t frames =
        wal.size() > kWalHeader ? static_cast<std::uint32_t>((wal.size() - kWalHeader) / g_frameSize) : 0;
    for (std::size_t at = 4; at + 6 <= size; at += 6) {
        const std::uint8_t op = data[at];
        const std::uint32_t offset = littleEndian(data + at + 1, 3);
        const std::uint32_t argument = littleEndian(data + at + 4, 2);
        switch (op % 4) {
        case 0:
            out[offset % walSize] = static_cast<char>(out[offset % walSize] ^ static_cast<char>(argument & 0xffU));
            break;
        case 1: {
            const std::uint32_t from = offset % walSize;
            const std::uint32_t count = std::min(argument % 4096 + 1, walSize - from);
            std::memset(out + from, 0, count);
            break;
        }
        case 2:
            if (frames > 0) {
                const qsizetype to = kWalHeader + static_cast<qsizetype>(offset % frames) * g_frameSize;
                const qsizetype from = kWalHeader + static_cast<qsizetype>(argument % frames) * g_frameSize;
                std::memmove(out + to, out + from, static_cast<std::size_t>(g_frameSize));
            }
            break;
        default:
            out[offset % walSize] = static_cast<char>(argument >> 8);
            out[(offset + 1) % walSize] = static_cast<char>(argument & 0xffU);
            break;
        }
    }
    return wal;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
    creditcase::fuzz::sqlite_pool::install();
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
    if (g_wal.size() <= kWalHeader) {
        give_up(QStringLiteral("the -wal was checkpointed away"));
    }
    // The page size, big-endian at offset 8 of the -wal header.
    g_frameSize = 24 + static_cast<qsizetype>(
                           (static_cast<std::uint8_t>(g_wal[8]) << 24) | (static_cast<std::uint8_t>(g_wal[9]) << 16) |
                           (static_cast<std::uint8_t>(g_wal[10]) << 8) | static_cast<std::uint8_t>(g_wal[11]));
    if ((g_wal.size() - kWalHeader) % g_frameSize != 0) {
        give_up(QStringLiteral("the -wal is not whole frames"));
    }
    std::fprintf(stderr, "fuzz_wal_vault: vault of %lld bytes, -wal of %lld bytes in %lld frames\n",
                 static_cast<long long>(g_db.size()), static_cast<long long>(g_wal.size()),
                 static_cast<long long>((g_wal.size() - kWalHeader) / g_frameSize));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QByteArray wal = damagedWal(data, size);
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
