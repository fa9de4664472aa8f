// damage_campaign: makes N damaged copies of a small vault whose last transactions are still in its -wal (as
// after a power cut: committed, not yet checkpointed) and asks creditcase-cli what it makes of each copy.
//
//   damage_campaign [--copies 1000] [--seed N] [--jobs 2] [--timeout-ms 60000] [--cli PATH] [--keep DIR]
//                   [--list]
//
// Every copy gets one kind of damage in one region: truncations, single and multiple bit flips, zeroed runs, in
// the vault's first page, the pages of the slot-key table, the other pages, the -wal header, its first, middle
// and last committed frames, an uncommitted torn tail after the last commit, the -shm, the key file; and
// deleted or emptied files. For each copy the CLI runs, each with a timeout:
//   1. vault check (recovery code)      2. audit verify (password)
//   3. user list (password)             4. audit log (password)
// and the copy is classified:
//   crash            a command was ended by a signal
//   hang             a command did not finish in time
//   wrong-password   a command answered exit 4 (authentication failed): damage must never look like that
//   detected         a command refused with another error (exit 1): the user is told the vault is damaged
//   intact-complete  every command succeeded and every committed transaction is there
//   silent-loss      every command succeeded but a committed user or audit entry is missing or different
// "Complete" means every transaction that had committed before the damage: torn uncommitted frames and the -shm
// (an index SQLite rebuilds) carry no committed data, so losing them is no loss.
#include "StressCli.h"
#include "TestVault.h"
#include "audit/AuditLog.h"
#include "storage/VaultHead.h"
#include "workflow/UserAdministration.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QMap>
#include <QMutex>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <algorithm>
#include <atomic>
#include <cstdio>
#include <map>
#include <optional>
#include <vector>

using namespace creditcase;
using namespace creditcase::stress;

namespace {

constexpr int kPageSize = 4096;
constexpr int kWalHeader = 32;
constexpr int kFrameHeader = 24;
constexpr int kFrameSize = kFrameHeader + kPageSize;

// ---- the undamaged vault ------------------------------------------------------------------------------------

struct ExpectedEntry {
    QString actor;
    QString event;
    QString object;
};

struct Pristine {
    QByteArray db;
    QByteArray dbCheckpointed; // the same content with the -wal checkpointed into the main file, no -wal
    QByteArray wal;
    QByteArray walWithTornTail; // wal plus one valid but uncommitted frame
    QByteArray shm;
    QByteArray keys;
    QByteArray head; // <vault>.head: the commit count recorded outside the vault (empty if this version has none)
    QString recoveryCode;
    QStringList users;
    std::map<qint64, ExpectedEntry> audit; // seq -> entry, every committed entry
    QList<int> slotKeyPages;               // 1-based page numbers in the main file
    QMap<int, QString> pageOwner;          // page -> table or index (from dbstat when available)
    int committedFrames = 0;               // frames up to and including the last commit frame
    QList<int> commitFrames;               // 0-based frame indices that end a transaction
};

quint32 bigEndian32(const QByteArray& bytes, qsizetype at) {
    const auto byte = [&](qsizetype i) { return static_cast<quint32>(static_cast<unsigned char>(bytes.at(at + i))); };
    return (byte(0) << 24) | (byte(1) << 16) | (byte(2) << 8) | byte(3);
}

quint32 littleEndian32(const QByteArray& bytes, qsizetype at) {
    const auto byte = [&](qsizetype i) { return static_cast<quint32>(static_cast<unsigned char>(bytes.at(at + i))); };
    return (byte(3) << 24) | (byte(2) << 16) | (byte(1) << 8) | byte(0);
}

void putBigEndian32(QByteArray& bytes, qsizetype at, quint32 value) {
    for (int i = 0; i < 4; ++i) {
        bytes[at + i] = static_cast<char>((value >> (24 - 8 * i)) & 0xffu);
    }
}

// SQLite's WAL checksum (walChecksumBytes): pairs of 32-bit words, in the byte order the magic number names.
void walChecksum(const QByteArray& bytes, qsizetype from, qsizetype length, bool bigEndianWords, quint32& s1,
                 quint32& s2) {
    for (qsizetype i = from; i < from + length; i += 8) {
        const quint32 x0 = bigEndianWords ? bigEndian32(bytes, i) : littleEndian32(bytes, i);
        const quint32 x1 = bigEndianWords ? bigEndian32(bytes, i + 4) : littleEndian32(bytes, i + 4);
        s1 += x0 + s2;
        s2 += x1 + s1;
    }
}

// Walks the WAL as SQLite's recovery does; records the commit frames and appends a torn-tail frame: a copy of
// the last committed frame's page, slightly changed, with a valid checksum but no commit mark, which is what a
// transaction cut off before its commit frame leaves behind.
bool analyseWal(Pristine& p, QString& problem) {
    const QByteArray& wal = p.wal;
    if (wal.size() < kWalHeader + kFrameSize) {
        problem = QStringLiteral("the -wal holds no frame (%1 bytes)").arg(wal.size());
        return false;
    }
    const quint32 magic = bigEndian32(wal, 0);
    if ((magic & 0xfffffffeu) != 0x377f0682u || bigEndian32(wal, 8) != kPageSize) {
        problem = QStringLiteral("unexpected -wal header");
        return false;
    }
    const bool bigEndianWords = (magic & 1u) != 0;
    quint32 s1 = 0;
    quint32 s2 = 0;
    walChecksum(wal, 0, 24, bigEndianWords, s1, s2);
    const quint32 salt1 = bigEndian32(wal, 16);
    const quint32 salt2 = bigEndian32(wal, 20);
    int frame = 0;
    for (qsizetype at = kWalHeader; at + kFrameSize <= wal.size(); at += kFrameSize, ++frame) {
        if (bigEndian32(wal, at + 8) != salt1 || bigEndian32(wal, at + 12) != salt2) {
            break;
        }
        walChecksum(wal, at, 8, bigEndianWords, s1, s2);
        walChecksum(wal, at + kFrameHeader, kPageSize, bigEndianWords, s1, s2);
        if (bigEndian32(wal, at + 16) != s1 || bigEndian32(wal, at + 20) != s2) {
            break;
        }
        if (bigEndian32(wal, at + 4) != 0) {
            p.commitFrames << frame;
        }
    }
    if (p.commitFrames.isEmpty()) {
        problem = QStringLiteral("no committed frame in the -wal");
        return false;
    }
    p.committedFrames = p.commitFrames.last() + 1;
    p.wal.truncate(kWalHeader + qsizetype{p.committedFrames} * kFrameSize); // nothing stale after the last commit

    // Recompute the running checksum up to the last commit, then append the uncommitted frame.
    s1 = 0;
    s2 = 0;
    walChecksum(p.wal, 0, 24, bigEndianWords, s1, s2);
    for (int i = 0; i < p.committedFrames; ++i) {
        const qsizetype at = kWalHeader + qsizetype{i} * kFrameSize;
        walChecksum(p.wal, at, 8, bigEndianWords, s1, s2);
        walChecksum(p.wal, at + kFrameHeader, kPageSize, bigEndianWords, s1, s2);
    }
    QByteArray tail = p.wal.mid(kWalHeader + qsizetype{p.committedFrames - 1} * kFrameSize, kFrameSize);
    putBigEndian32(tail, 4, 0); // not a commit frame
    tail[kFrameHeader + 100] = static_cast<char>(tail.at(kFrameHeader + 100) ^ 0x5a);
    walChecksum(tail, 0, 8, bigEndianWords, s1, s2);
    walChecksum(tail, kFrameHeader, kPageSize, bigEndianWords, s1, s2);
    putBigEndian32(tail, 16, s1);
    putBigEndian32(tail, 20, s2);
    p.walWithTornTail = p.wal + tail;
    return true;
}

// Builds the vault in-process: an administrator and three users checkpointed into the main file, then four
// more users whose transactions stay in the -wal; copies the files while the connection is still open.
bool buildPristine(const QString& dir, Pristine& p, QString& problem) {
    const QString path = dir + QStringLiteral("/base.vault");
    try {
        test::TestVault created = test::createTestVault(path);
        p.recoveryCode = created.recoveryCode;
        const auto addUsers = [&](storage::Vault& vault, const QString& prefix, int count) {
            workflow::UserAdministration users(vault);
            for (int i = 1; i <= count; ++i) {
                auto added = users.addUser({QStringLiteral("%1-%2").arg(prefix).arg(i), domain::Role::Officer,
                                            QStringLiteral("Damage County Market Regulation Bureau"),
                                            domain::OrganLevel::County, QStringLiteral("110105")},
                                           test::secret(test::kPassword), crypto::KdfParams::cheapestForTests());
                if (!added) {
                    throw std::runtime_error(added.error().message.toStdString());
                }
            }
        };
        addUsers(*created.vault, QStringLiteral("early"), 3);
        created.vault->close();
        created.vault.reset();

        auto vault = test::openAs(path, QStringLiteral("admin"));
        addUsers(*vault, QStringLiteral("late"), 4);
        {
            QSqlDatabase db = vault->database();
            auto users = workflow::UserAdministration(*vault).listUsers();
            if (!users) {
                throw std::runtime_error(users.error().message.toStdString());
            }
            for (const domain::User& user : *users) {
                p.users << user.name;
            }
            auto entries = audit::AuditLog::latest(db, 1000000);
            if (!entries) {
                throw std::runtime_error(entries.error().message.toStdString());
            }
            for (const audit::AuditLog::Entry& entry : *entries) {
                p.audit[entry.seq] = {entry.actor, entry.event, entry.object};
            }
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT name, pageno FROM dbstat"))) {
                while (query.next()) {
                    p.pageOwner.insert(query.value(1).toInt(), query.value(0).toString());
                }
            }
            if (query.exec(QStringLiteral("SELECT name, rootpage FROM sqlite_master WHERE rootpage > 0"))) {
                while (query.next()) {
                    p.pageOwner.insert(query.value(1).toInt(), query.value(0).toString());
                }
            }
            p.pageOwner.insert(1, QStringLiteral("database header and sqlite_master"));
            for (auto it = p.pageOwner.cbegin(); it != p.pageOwner.cend(); ++it) {
                if (it.value().startsWith(QStringLiteral("vault_slot_keys")) ||
                    it.value().startsWith(QStringLiteral("sqlite_autoindex_vault_slot_keys"))) {
                    p.slotKeyPages << it.key();
                }
            }
        }
        // The files as they are on disk right now: committed, synced (synchronous=FULL), not checkpointed.
        p.db = readBytes(path);
        p.wal = readBytes(path + QStringLiteral("-wal"));
        p.shm = readBytes(path + QStringLiteral("-shm"));
        p.keys = readBytes(path + QStringLiteral(".keys"));
        p.head = readBytes(storage::VaultHead::pathFor(path));
        vault->close();
        p.dbCheckpointed = readBytes(path);
        if (QFile::exists(path + QStringLiteral("-wal")) && !readBytes(path + QStringLiteral("-wal")).isEmpty()) {
            throw std::runtime_error("the -wal was not checkpointed when the vault closed");
        }
    } catch (const std::exception& failure) {
        problem = QString::fromStdString(failure.what());
        return false;
    }
    const int pages = static_cast<int>(p.db.size() / kPageSize);
    p.slotKeyPages.erase(std::remove_if(p.slotKeyPages.begin(), p.slotKeyPages.end(),
                                        [&](int page) { return page < 2 || page > pages; }),
                         p.slotKeyPages.end());
    if (p.slotKeyPages.isEmpty()) {
        problem = QStringLiteral("could not find the slot-key pages");
        return false;
    }
    return analyseWal(p, problem);
}

// ---- damage -------------------------------------------------------------------------------------------------

struct Copy {
    QString region;
    QString damage;
    std::optional<QByteArray> db, wal, shm, keys, head; // nullopt: the file is absent
};

struct Region {
    const char* name;
    int weight; // share of the copies, per 1,000
};

// Weights per 1,000 copies; the fixed cases (deleted or emptied files) come on top.
const Region kRegions[] = {
    {"db page 1 (header)", 70},
    {"db slot-key pages", 70},
    {"db other pages", 120},
    {"db truncated", 70},
    {"wal header", 40},
    {"wal first frame", 60},
    {"wal middle frames", 70},
    {"wal last frame", 60},
    {"wal truncated", 70},
    {"wal torn tail (uncommitted)", 50},
    {"shm", 60},
    {"key file flips", 110},
    {"key file truncated", 50},
    {"head file flips", 30},
    {"head file truncated", 15},
};

const QStringList kFixedCases{
    QStringLiteral("wal deleted"),         QStringLiteral("shm deleted"),
    QStringLiteral("wal and shm deleted"), QStringLiteral("key file deleted"),
    QStringLiteral("db deleted"),          QStringLiteral("db emptied (0 bytes)"),
    QStringLiteral("db 1 byte"),           QStringLiteral("key file emptied"),
    QStringLiteral("undamaged (control)"), QStringLiteral("torn tail only (control)"),
    QStringLiteral("head file deleted"),   QStringLiteral("head and wal deleted"),
};

QString flip(QByteArray& bytes, qsizetype from, qsizetype length, QRandomGenerator& random) {
    const int kind = static_cast<int>(random.bounded(100));
    if (kind < 50) {
        const qsizetype at = from + static_cast<qsizetype>(random.bounded(static_cast<quint64>(length)));
        const int bit = static_cast<int>(random.bounded(8));
        bytes[at] = static_cast<char>(bytes.at(at) ^ (1 << bit));
        return QStringLiteral("1 bit at %1").arg(at);
    }
    if (kind < 85 || length < 32) {
        const int count = 2 + static_cast<int>(random.bounded(15));
        QList<qsizetype> where;
        for (int i = 0; i < count; ++i) {
            const qsizetype at = from + static_cast<qsizetype>(random.bounded(static_cast<quint64>(length)));
            bytes[at] = static_cast<char>(bytes.at(at) ^ (1 << random.bounded(8)));
            where << at;
        }
        std::sort(where.begin(), where.end());
        return QStringLiteral("%1 bits in %2..%3").arg(count).arg(where.first()).arg(where.last());
    }
    const qsizetype run = 16 + static_cast<qsizetype>(random.bounded(49));
    const qsizetype at =
        from + static_cast<qsizetype>(random.bounded(static_cast<quint64>(qMax<qsizetype>(1, length - run))));
    for (qsizetype i = at; i < at + run && i < bytes.size(); ++i) {
        bytes[i] = '\0';
    }
    return QStringLiteral("%1 zero bytes at %2").arg(run).arg(at);
}

qsizetype truncationPoint(qsizetype size, int unit, QRandomGenerator& random) {
    const int kind = static_cast<int>(random.bounded(4));
    if (kind == 0) {
        return static_cast<qsizetype>(random.bounded(static_cast<quint64>(qMin<qsizetype>(size, 200)))); // the start
    }
    if (kind == 1 && unit > 0) {
        const qsizetype units = size / unit;
        return qMin(size - 1,
                    static_cast<qsizetype>(random.bounded(static_cast<quint64>(units + 1))) * unit); // boundary
    }
    if (kind == 2) {
        return qMax<qsizetype>(
            0, size - 1 - static_cast<qsizetype>(random.bounded(static_cast<quint64>(qMin<qsizetype>(size, 64)))));
    }
    return static_cast<qsizetype>(random.bounded(static_cast<quint64>(size))); // anywhere
}

Copy makeCopy(const QString& region, const Pristine& p, QRandomGenerator& random) {
    Copy copy{region, {}, p.db, p.wal, p.shm, p.keys, p.head};
    if (p.head.isEmpty()) {
        copy.head.reset();
    }
    const int pages = static_cast<int>(qMin(p.db.size(), p.dbCheckpointed.size()) / kPageSize);
    const auto framesRange = [&](int frame) { return kWalHeader + qsizetype{frame} * kFrameSize; };
    const auto flipFrame = [&](int frame) {
        // A third of the flips hit the 24-byte frame header, the rest the page image.
        const bool header = random.bounded(3) == 0;
        const qsizetype from = framesRange(frame) + (header ? 0 : kFrameHeader);
        const QString what = flip(*copy.wal, from, header ? kFrameHeader : kPageSize, random);
        copy.damage = QStringLiteral("frame %1/%2%3 %4: %5")
                          .arg(frame + 1)
                          .arg(p.committedFrames)
                          .arg(p.commitFrames.contains(frame) ? QStringLiteral(" (commit)") : QString())
                          .arg(header ? QStringLiteral("header") : QStringLiteral("page"), what);
    };
    // Pages of the main file: half of the copies have the -wal pending (then a page that the -wal holds a newer
    // image of is stale, and damage to it harmless), half have it checkpointed into the main file.
    const bool checkpointed = region.startsWith(QLatin1String("db ")) && random.bounded(2) == 0;
    if (checkpointed) {
        copy.db = p.dbCheckpointed;
        copy.wal.reset();
        copy.shm.reset();
    }
    const QString variant = checkpointed ? QStringLiteral("checkpointed, ") : QStringLiteral("-wal pending, ");
    const auto flipPage = [&](int page) {
        copy.damage = variant + QStringLiteral("page %1 (%2): %3")
                                    .arg(page)
                                    .arg(p.pageOwner.value(page, QStringLiteral("other")))
                                    .arg(flip(*copy.db, qsizetype{page - 1} * kPageSize, kPageSize, random));
    };
    if (region == QLatin1String("db page 1 (header)")) {
        flipPage(1);
    } else if (region == QLatin1String("db slot-key pages")) {
        flipPage(
            p.slotKeyPages.at(static_cast<qsizetype>(random.bounded(static_cast<quint32>(p.slotKeyPages.size())))));
    } else if (region == QLatin1String("db other pages")) {
        int page = 1;
        while (page == 1 || p.slotKeyPages.contains(page)) {
            page = 1 + static_cast<int>(random.bounded(static_cast<quint32>(pages)));
        }
        flipPage(page);
    } else if (region == QLatin1String("db truncated")) {
        const qsizetype at = truncationPoint(copy.db->size(), kPageSize, random);
        copy.damage = variant + QStringLiteral("cut to %1 of %2 bytes").arg(at).arg(copy.db->size());
        copy.db->truncate(at);
    } else if (region == QLatin1String("wal header")) {
        copy.damage = QStringLiteral("header: ") + flip(*copy.wal, 0, kWalHeader, random);
    } else if (region == QLatin1String("wal first frame")) {
        flipFrame(0);
    } else if (region == QLatin1String("wal middle frames")) {
        flipFrame(p.committedFrames <= 2
                      ? 0
                      : 1 + static_cast<int>(random.bounded(static_cast<quint32>(p.committedFrames - 2))));
    } else if (region == QLatin1String("wal last frame")) {
        flipFrame(p.committedFrames - 1);
    } else if (region == QLatin1String("wal truncated")) {
        // Anywhere before the end of the last commit frame: some committed transaction is cut.
        const qsizetype at = truncationPoint(p.wal.size(), kFrameSize, random);
        const qsizetype cut = qMin(at, p.wal.size() - 1);
        copy.wal->truncate(cut);
        copy.damage = QStringLiteral("cut to %1 of %2 bytes").arg(cut).arg(p.wal.size());
    } else if (region == QLatin1String("wal torn tail (uncommitted)")) {
        copy.wal = p.walWithTornTail;
        const qsizetype tailStart = p.wal.size();
        if (random.bounded(2) == 0) {
            const qsizetype cut =
                tailStart + 1 + static_cast<qsizetype>(random.bounded(static_cast<quint32>(kFrameSize - 1)));
            copy.wal->truncate(cut);
            copy.damage =
                QStringLiteral("uncommitted frame cut to %1 of %2 bytes").arg(cut - tailStart).arg(kFrameSize);
        } else {
            copy.damage = QStringLiteral("uncommitted frame: ") + flip(*copy.wal, tailStart, kFrameSize, random);
        }
    } else if (region == QLatin1String("shm")) {
        if (random.bounded(4) == 0) {
            const qsizetype at = truncationPoint(p.shm.size(), 0, random);
            copy.shm->truncate(at);
            copy.damage = QStringLiteral("cut to %1 of %2 bytes").arg(at).arg(p.shm.size());
        } else {
            copy.damage = flip(*copy.shm, 0, p.shm.size(), random);
        }
    } else if (region == QLatin1String("key file flips")) {
        copy.damage = flip(*copy.keys, 0, p.keys.size(), random);
    } else if (region == QLatin1String("key file truncated")) {
        const qsizetype at = truncationPoint(p.keys.size(), 0, random);
        copy.keys->truncate(at);
        copy.damage = QStringLiteral("cut to %1 of %2 bytes").arg(at).arg(p.keys.size());
    } else if (region == QLatin1String("head file flips") && copy.head) {
        copy.damage = flip(*copy.head, 0, copy.head->size(), random);
    } else if (region == QLatin1String("head file truncated") && copy.head) {
        const qsizetype at = truncationPoint(copy.head->size(), 0, random);
        copy.damage = QStringLiteral("cut to %1 of %2 bytes").arg(at).arg(copy.head->size());
        copy.head->truncate(at);
    } else if (region == QLatin1String("head file deleted")) {
        copy.head.reset();
    } else if (region == QLatin1String("head and wal deleted")) {
        copy.head.reset();
        copy.wal.reset();
    } else if (region == QLatin1String("wal deleted")) {
        copy.wal.reset();
    } else if (region == QLatin1String("shm deleted")) {
        copy.shm.reset();
    } else if (region == QLatin1String("wal and shm deleted")) {
        copy.wal.reset();
        copy.shm.reset();
    } else if (region == QLatin1String("key file deleted")) {
        copy.keys.reset();
    } else if (region == QLatin1String("db deleted")) {
        copy.db.reset();
    } else if (region == QLatin1String("db emptied (0 bytes)")) {
        copy.db = QByteArray();
    } else if (region == QLatin1String("db 1 byte")) {
        copy.db = p.db.left(1);
    } else if (region == QLatin1String("key file emptied")) {
        copy.keys = QByteArray();
    } else if (region == QLatin1String("torn tail only (control)")) {
        copy.wal = p.walWithTornTail;
    }
    if (copy.damage.isEmpty()) {
        copy.damage = region;
    }
    return copy;
}

// ---- classification -----------------------------------------------------------------------------------------

const QStringList kClasses{QStringLiteral("detected"),        QStringLiteral("wrong-password"),
                           QStringLiteral("intact-complete"), QStringLiteral("silent-loss"),
                           QStringLiteral("crash"),           QStringLiteral("hang")};

struct Outcome {
    QString verdict;
    QString detail;          // the four commands' endings, and what was missing
    bool checkWrote = false; // vault check refused the vault but changed its file
};

QString missingContent(const Pristine& p, const CliRun& users, const CliRun& log) {
    QStringList missing;
    QSet<QString> present;
    for (const QJsonValue& user : users.json().value(QStringLiteral("users")).toArray()) {
        present.insert(user.toObject().value(QStringLiteral("name")).toString());
    }
    for (const QString& name : p.users) {
        if (!present.contains(name)) {
            missing << QStringLiteral("user ") + name;
        }
    }
    std::map<qint64, ExpectedEntry> found;
    for (const QJsonValue& value : log.json().value(QStringLiteral("entries")).toArray()) {
        const QJsonObject entry = value.toObject();
        found[entry.value(QStringLiteral("seq")).toInteger()] = {entry.value(QStringLiteral("actor")).toString(),
                                                                 entry.value(QStringLiteral("event")).toString(),
                                                                 entry.value(QStringLiteral("object")).toString()};
    }
    for (const auto& [seq, expected] : p.audit) {
        const auto it = found.find(seq);
        if (it == found.end()) {
            missing << QStringLiteral("audit #%1").arg(seq);
        } else if (it->second.actor != expected.actor || it->second.event != expected.event ||
                   it->second.object != expected.object) {
            missing << QStringLiteral("audit #%1 differs").arg(seq);
        }
    }
    return missing.join(QStringLiteral(", "));
}

Outcome examine(const Copy& copy, const Pristine& p, const QString& dir, const QString& cli, int timeoutMs) {
    QDir().mkpath(dir);
    const QString vault = dir + QStringLiteral("/damaged.vault");
    const auto place = [](const QString& path, const std::optional<QByteArray>& bytes) {
        if (bytes) {
            writeBytes(path, *bytes);
        }
    };
    place(vault, copy.db);
    place(vault + QStringLiteral("-wal"), copy.wal);
    place(vault + QStringLiteral("-shm"), copy.shm);
    place(vault + QStringLiteral(".keys"), copy.keys);
    place(storage::VaultHead::pathFor(vault), copy.head);
    writeBytes(dir + QStringLiteral("/password.txt"), QByteArray(test::kPassword) + '\n');
    writeBytes(dir + QStringLiteral("/recovery.txt"), p.recoveryCode.toUtf8() + '\n');

    const QStringList asAdmin{QStringLiteral("--vault"),         vault,
                              QStringLiteral("--user"),          QStringLiteral("admin"),
                              QStringLiteral("--password-file"), dir + QStringLiteral("/password.txt"),
                              QStringLiteral("--json")};
    const QByteArray before = QFile::exists(vault) ? readBytes(vault) : QByteArray("(absent)");
    QList<CliRun> runs;
    runs << runCli(cli,
                   {QStringLiteral("--vault"), vault, QStringLiteral("--recovery-file"),
                    dir + QStringLiteral("/recovery.txt"), QStringLiteral("--json"), QStringLiteral("vault"),
                    QStringLiteral("check")},
                   {}, timeoutMs);
    const QByteArray afterCheck = QFile::exists(vault) ? readBytes(vault) : QByteArray("(absent)");
    runs << runCli(cli, asAdmin + QStringList{QStringLiteral("audit"), QStringLiteral("verify")}, {}, timeoutMs);
    runs << runCli(cli, asAdmin + QStringList{QStringLiteral("user"), QStringLiteral("list")}, {}, timeoutMs);
    runs << runCli(cli,
                   asAdmin + QStringList{QStringLiteral("audit"), QStringLiteral("log"), QStringLiteral("--limit"),
                                         QStringLiteral("1000000")},
                   {}, timeoutMs);

    Outcome outcome;
    QStringList endings;
    for (const CliRun& run : runs) {
        endings << run.describe();
    }
    outcome.detail = endings.join(QLatin1Char('/'));
    const auto any = [&](auto predicate) { return std::any_of(runs.cbegin(), runs.cend(), predicate); };
    if (any([](const CliRun& r) { return r.ending == CliRun::Ending::Crashed; })) {
        outcome.verdict = QStringLiteral("crash");
    } else if (any([](const CliRun& r) { return r.ending == CliRun::Ending::Hung; })) {
        outcome.verdict = QStringLiteral("hang");
    } else if (any([](const CliRun& r) { return r.ending == CliRun::Ending::Exited && r.exitCode == 4; })) {
        outcome.verdict = QStringLiteral("wrong-password");
    } else if (any([](const CliRun& r) { return !r.ok(); })) {
        outcome.verdict = QStringLiteral("detected");
    } else {
        const QString missing = missingContent(p, runs.at(2), runs.at(3));
        outcome.verdict = missing.isEmpty() ? QStringLiteral("intact-complete") : QStringLiteral("silent-loss");
        if (!missing.isEmpty()) {
            outcome.detail += QStringLiteral("; missing: ") + missing;
        }
    }
    if (!runs.at(0).ok() && before != afterCheck) {
        outcome.checkWrote = true;
    }
    for (const CliRun& run : runs) {
        if (!run.ok()) {
            const QString message = QString::fromUtf8(run.err).trimmed().section(QLatin1Char('\n'), 0, 0);
            outcome.detail += QStringLiteral("; first error: ") + message.left(160);
            break;
        }
    }
    return outcome;
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (hasFlag(args, QStringLiteral("--help"))) {
        std::printf("usage: damage_campaign [--copies 1000] [--seed N] [--jobs 2] [--timeout-ms 60000] [--cli PATH] "
                    "[--keep DIR] [--list]\n");
        return 0;
    }
    const int copies = option(args, QStringLiteral("--copies"), QStringLiteral("1000")).toInt();
    const quint32 seed =
        option(args, QStringLiteral("--seed"), QString::number(QDateTime::currentSecsSinceEpoch())).toUInt();
    const int jobs = qMax(1, option(args, QStringLiteral("--jobs"), QStringLiteral("2")).toInt());
    const int timeoutMs = option(args, QStringLiteral("--timeout-ms"), QStringLiteral("60000")).toInt();
    const QString cli = cliPath(option(args, QStringLiteral("--cli"), {}));
    const QString keep = option(args, QStringLiteral("--keep"), {});
    const bool listAll = hasFlag(args, QStringLiteral("--list"));

    QTemporaryDir temporary;
    const QString root = keep.isEmpty() ? temporary.path() : keep;
    QDir().mkpath(root);
    Pristine pristine;
    QString problem;
    QDir().mkpath(root + QStringLiteral("/pristine"));
    if (!buildPristine(root + QStringLiteral("/pristine"), pristine, problem)) {
        std::fprintf(stderr, "could not build the test vault: %s\n", qPrintable(problem));
        return 1;
    }
    std::printf("damage_campaign: %d copies, seed %u, %d jobs, timeout %d ms\ncli: %s\n", copies, seed, jobs, timeoutMs,
                qPrintable(cli));
    std::printf(
        "vault: %lld pages (slot-key pages %s), -wal: %d committed frames in %d transactions (%lld bytes), "
        "-shm %lld bytes, key file %lld bytes, head file %lld bytes; %lld users, %zu audit entries expected\n\n",
        static_cast<long long>(pristine.db.size() / kPageSize), qPrintable([&] {
            QStringList pages;
            for (int page : pristine.slotKeyPages) {
                pages << QString::number(page);
            }
            return pages.join(QLatin1Char(','));
        }()),
        pristine.committedFrames, static_cast<int>(pristine.commitFrames.size()),
        static_cast<long long>(pristine.wal.size()), static_cast<long long>(pristine.shm.size()),
        static_cast<long long>(pristine.keys.size()), static_cast<long long>(pristine.head.size()),
        static_cast<long long>(pristine.users.size()), pristine.audit.size());
    std::fflush(stdout);

    // The plan: fixed cases first, then the regions in proportion to their weights.
    QStringList plan = kFixedCases;
    int weights = 0;
    for (const Region& region : kRegions) {
        weights += region.weight;
    }
    const int spread = qMax(0, copies - static_cast<int>(kFixedCases.size()));
    for (const Region& region : kRegions) {
        const int count = (spread * region.weight + weights / 2) / weights;
        for (int i = 0; i < count; ++i) {
            plan << QString::fromLatin1(region.name);
        }
    }
    while (plan.size() > qMax(copies, static_cast<int>(kFixedCases.size()))) {
        plan.removeLast();
    }
    while (plan.size() < copies) {
        plan << QString::fromLatin1(kRegions[plan.size() % std::size(kRegions)].name);
    }

    struct Result {
        Copy copy;
        Outcome outcome;
    };
    std::vector<Result> results(static_cast<std::size_t>(plan.size()));
    std::atomic<int> next{0};
    std::atomic<int> done{0};
    QMutex printing;
    QList<QThread*> threads;
    for (int j = 0; j < jobs; ++j) {
        threads << QThread::create([&] {
            for (int i = next++; i < plan.size(); i = next++) {
                QRandomGenerator random(seed ^ (0x9e3779b9u * static_cast<quint32>(i + 1)));
                Result& result = results[static_cast<std::size_t>(i)];
                result.copy = makeCopy(plan.at(i), pristine, random);
                const QString dir = root + QStringLiteral("/copy-%1").arg(i, 4, 10, QLatin1Char('0'));
                result.outcome = examine(result.copy, pristine, dir, cli, timeoutMs);
                if (keep.isEmpty()) {
                    QDir(dir).removeRecursively();
                }
                // The damaged copy itself is not kept; only the verdict, the damage and the CLI's answers.
                result.copy.db.reset();
                result.copy.wal.reset();
                result.copy.shm.reset();
                result.copy.keys.reset();
                result.copy.head.reset();
                const int finished = ++done;
                QMutexLocker lock(&printing);
                if (listAll) {
                    std::printf("%4d %-28s %-16s %s | %s\n", i, qPrintable(result.copy.region),
                                qPrintable(result.outcome.verdict), qPrintable(result.copy.damage),
                                qPrintable(result.outcome.detail));
                } else if (finished % 100 == 0) {
                    std::printf("  %d of %lld copies examined\n", finished, static_cast<long long>(plan.size()));
                }
                std::fflush(stdout);
            }
        });
        threads.last()->start();
    }
    for (QThread* thread : threads) {
        thread->wait();
        delete thread;
    }

    // Table: region x verdict.
    QStringList regionOrder = kFixedCases;
    for (const Region& region : kRegions) {
        regionOrder << QString::fromLatin1(region.name);
    }
    std::map<QString, std::map<QString, int>> table;
    std::map<QString, int> totals;
    std::map<QString, int> wroteByRegion;
    int checkWrote = 0;
    for (const Result& result : results) {
        ++table[result.copy.region][result.outcome.verdict];
        ++totals[result.outcome.verdict];
        checkWrote += result.outcome.checkWrote ? 1 : 0;
        wroteByRegion[result.copy.region] += result.outcome.checkWrote ? 1 : 0;
    }
    std::printf("\n%-30s %6s", "region", "copies");
    for (const QString& verdict : kClasses) {
        std::printf(" %15s", qPrintable(verdict));
    }
    std::printf(" %11s\n", "check-wrote");
    for (const QString& region : regionOrder) {
        if (!table.count(region)) {
            continue;
        }
        int count = 0;
        for (const auto& [verdict, n] : table[region]) {
            count += n;
        }
        std::printf("%-30s %6d", qPrintable(region), count);
        for (const QString& verdict : kClasses) {
            std::printf(" %15d", table[region].count(verdict) ? table[region][verdict] : 0);
        }
        std::printf(" %11d\n", wroteByRegion[region]);
    }
    std::printf("%-30s %6lld", "TOTAL", static_cast<long long>(results.size()));
    for (const QString& verdict : kClasses) {
        std::printf(" %15d", totals.count(verdict) ? totals[verdict] : 0);
    }
    std::printf(" %11d\n\ncheck-wrote: `vault check` refused the copy, yet the vault file afterwards differed from the "
                "damaged one (created, written or checkpointed into): %d\n",
                checkWrote, checkWrote);

    for (const QString& bad : {QStringLiteral("silent-loss"), QStringLiteral("wrong-password"), QStringLiteral("crash"),
                               QStringLiteral("hang")}) {
        QStringList lines;
        for (std::size_t i = 0; i < results.size(); ++i) {
            const Result& result = results[i];
            if (result.outcome.verdict == bad) {
                lines << QStringLiteral("  #%1 %2: %3 | %4")
                             .arg(i)
                             .arg(result.copy.region, result.copy.damage, result.outcome.detail);
            }
        }
        if (!lines.isEmpty()) {
            std::printf("\n%s (%lld):\n%s\n", qPrintable(bad), static_cast<long long>(lines.size()),
                        qPrintable(lines.join(QLatin1Char('\n'))));
        }
    }
    QStringList wrote;
    for (std::size_t i = 0; i < results.size(); ++i) {
        if (results[i].outcome.checkWrote) {
            wrote << QStringLiteral("  #%1 %2: %3 | %4")
                         .arg(i)
                         .arg(results[i].copy.region, results[i].copy.damage, results[i].outcome.detail);
        }
    }
    if (!wrote.isEmpty()) {
        std::printf("\ncheck-wrote (%lld):\n%s\n", static_cast<long long>(wrote.size()),
                    qPrintable(wrote.join(QLatin1Char('\n'))));
    }
    const auto count = [&](const char* verdict) {
        return totals.count(QString::fromLatin1(verdict)) ? totals[QString::fromLatin1(verdict)] : 0;
    };
    const bool clean =
        count("silent-loss") == 0 && count("crash") == 0 && count("hang") == 0 && count("wrong-password") == 0;
    std::printf("\nRESULT: %s\n", clean ? "no silent loss, no crash, no hang, damage never reported as a wrong password"
                                        : "FAILED (see the cases listed above)");
    return clean ? 0 : 1;
}
