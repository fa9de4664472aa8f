#include "VaultHead.h"

#include "PrivateFile.h"
#include "crypto/Sodium.h"

#include <QDir>
#include <QFile>
#include <QList>
#include <array>
#include <cerrno>
#include <fcntl.h>
#include <sodium.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace creditcase::storage {

namespace {

constexpr char kMagic[] = "CreditCase vault head 1";
constexpr char kSealContext[crypto_kdf_CONTEXTBYTES + 1] = "CCvhead1";
constexpr quint64 kSealSubkeyId = 1;
constexpr qsizetype kMaxHeadSize = 4096;

using Mac = std::array<unsigned char, crypto_generichash_BYTES>;

// The MAC key is a subkey of the master key, so the head proves nothing about the master key itself.
Mac seal(const QByteArray& body, const crypto::SecretBytes& masterKey) {
    crypto::Sodium::ensureInitialised();
    Mac mac{};
    crypto::SecretBytes subkey(crypto_generichash_KEYBYTES);
    if (masterKey.size() != crypto_kdf_KEYBYTES ||
        crypto_kdf_derive_from_key(subkey.data(), subkey.size(), kSealSubkeyId, kSealContext, masterKey.data()) != 0) {
        return mac; // all zeros: never matches a real seal
    }
    crypto_generichash(mac.data(), mac.size(), reinterpret_cast<const unsigned char*>(body.constData()),
                       static_cast<unsigned long long>(body.size()), subkey.data(), subkey.size());
    return mac;
}

QByteArray bodyFor(quint64 commitSeq) {
    return QByteArray(kMagic) + "\ncommit_seq=" + QByteArray::number(commitSeq) + '\n';
}

// std::nullopt when the bytes are not a head sealed with masterKey.
std::optional<quint64> decode(const QByteArray& bytes, const crypto::SecretBytes& masterKey) {
    const qsizetype macAt = bytes.lastIndexOf("mac=");
    if (macAt <= 0 || !bytes.endsWith('\n')) {
        return std::nullopt;
    }
    const QByteArray body = bytes.left(macAt);
    const QByteArray macHex = bytes.mid(macAt + 4, bytes.size() - macAt - 5);
    const QByteArray stored = QByteArray::fromHex(macHex);
    const QList<QByteArray> lines = body.split('\n');
    if (lines.size() != 3 || lines.at(0) != kMagic || !lines.at(1).startsWith("commit_seq=") ||
        stored.size() != int(crypto_generichash_BYTES) || macHex.size() != 2 * int(crypto_generichash_BYTES)) {
        return std::nullopt;
    }
    bool isNumber = false;
    const quint64 commitSeq = lines.at(1).mid(int(qstrlen("commit_seq="))).toULongLong(&isNumber);
    if (!isNumber || body != bodyFor(commitSeq)) {
        return std::nullopt;
    }
    const Mac expected = seal(body, masterKey);
    if (sodium_memcmp(expected.data(), stored.constData(), expected.size()) != 0) {
        return std::nullopt;
    }
    return commitSeq;
}

// An exclusive flock on <vault>.head.lock for as long as it lives (released by the kernel if the process dies).
class HeadLock {
public:
    explicit HeadLock(const QString& path) {
        const QByteArray native = QFile::encodeName(path);
        m_fd = ::open(native.constData(), O_RDWR | O_CREAT | O_CLOEXEC, S_IRUSR | S_IWUSR);
        if (m_fd < 0) {
            return;
        }
        ::fchmod(m_fd, S_IRUSR | S_IWUSR);
        int rc = 0;
        do {
            rc = ::flock(m_fd, LOCK_EX);
        } while (rc != 0 && errno == EINTR);
        m_locked = rc == 0;
    }
    ~HeadLock() {
        if (m_fd >= 0) {
            ::close(m_fd); // releases the flock
        }
    }
    HeadLock(const HeadLock&) = delete;
    HeadLock& operator=(const HeadLock&) = delete;
    bool locked() const { return m_locked; }

private:
    int m_fd = -1;
    bool m_locked = false;
};

} // namespace

QString VaultHead::pathFor(const QString& vaultPath) {
    return vaultPath + QStringLiteral(".head");
}

QString VaultHead::lockPathFor(const QString& vaultPath) {
    return vaultPath + QStringLiteral(".head.lock");
}

QByteArray VaultHead::encode(quint64 commitSeq, const crypto::SecretBytes& masterKey) {
    const QByteArray body = bodyFor(commitSeq);
    const Mac mac = seal(body, masterKey);
    return body + "mac=" + QByteArray(reinterpret_cast<const char*>(mac.data()), int(mac.size())).toHex() + '\n';
}

VaultHead::Snapshot VaultHead::snapshot(const QString& vaultPath) {
    // Opened with open(2) and nothing else: it finds either the old or the new head while another process renames
    // a new one into place. QFile::exists() answered "missing" for a head that stat() found at once (measured: a
    // writer refused in about 1 of 15 runs of four concurrent writers), and a vault with commits but no head
    // refuses to open.
    Snapshot result;
    const QByteArray native = QFile::encodeName(pathFor(vaultPath));
    int fd = -1;
    do {
        fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0) {
        // Absent only when there is no such file; one that exists but cannot be read is damage (empty bytes).
        result.present = errno != ENOENT;
        return result;
    }
    result.present = true;
    QByteArray bytes(kMaxHeadSize, Qt::Uninitialized);
    qsizetype total = 0;
    while (total < bytes.size()) {
        const ssize_t got = ::read(fd, bytes.data() + total, static_cast<size_t>(bytes.size() - total));
        if (got < 0 && errno == EINTR) {
            continue;
        }
        if (got <= 0) {
            break;
        }
        total += got;
    }
    ::close(fd);
    bytes.truncate(total);
    result.bytes = bytes;
    return result;
}

Result<std::optional<quint64>> VaultHead::verify(const Snapshot& snapshot, const QString& vaultPath,
                                                 const crypto::SecretBytes& masterKey) {
    if (!snapshot.present) {
        return std::optional<quint64>();
    }
    const auto commitSeq = decode(snapshot.bytes, masterKey);
    if (!commitSeq) {
        return Error::corrupt(
            tr("The file %1, which records how far the vault was saved, is damaged or was altered, so CreditCase "
               "cannot tell whether saved changes are missing from the vault.")
                .arg(QDir::toNativeSeparators(pathFor(vaultPath))));
    }
    return std::optional<quint64>(*commitSeq);
}

Status VaultHead::advance(const QString& vaultPath, const crypto::SecretBytes& masterKey, quint64 commitSeq) {
    HeadLock lock(lockPathFor(vaultPath));
    if (!lock.locked()) {
        return Error::failure(
            tr("The file %1 could not be locked.").arg(QDir::toNativeSeparators(lockPathFor(vaultPath))));
    }
    const Snapshot current = snapshot(vaultPath);
    if (current.present) {
        const auto recorded = decode(current.bytes, masterKey);
        if (recorded && *recorded >= commitSeq) {
            return {};
        }
    }
    return PrivateFile::writeAtomically(pathFor(vaultPath), encode(commitSeq, masterKey));
}

Status VaultHead::reset(const QString& vaultPath, const crypto::SecretBytes& masterKey, quint64 commitSeq) {
    HeadLock lock(lockPathFor(vaultPath));
    if (!lock.locked()) {
        return Error::failure(
            tr("The file %1 could not be locked.").arg(QDir::toNativeSeparators(lockPathFor(vaultPath))));
    }
    return PrivateFile::writeAtomically(pathFor(vaultPath), encode(commitSeq, masterKey));
}

} // namespace creditcase::storage
