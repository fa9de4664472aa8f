#include "VaultSessions.h"

#include "PrivateFile.h"
#include "crypto/Sodium.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>
#include <cerrno>
#include <csignal>
#include <sodium.h>
#include <sys/types.h>

namespace creditcase::storage {

namespace {

constexpr char kMarkerContext[crypto_kdf_CONTEXTBYTES + 1] = "CCsessn1";
constexpr quint64 kMarkerSubkeyId = 1;
constexpr char kAssociatedData[] = "creditcase-session-marker-2";

bool processAlive(qint64 pid) {
    if (pid <= 0) {
        return false;
    }
    if (::kill(static_cast<pid_t>(pid), 0) == 0) {
        return true;
    }
    return errno == EPERM; // exists, but belongs to someone else
}

// A host name can name a person ("zhang-wei-laptop"): markers carry only this hash of it in clear, enough to
// recognise markers written on this computer.
QString hostId(const QString& host) {
    crypto::Sodium::ensureInitialised();
    const QByteArray bytes = "creditcase-host:" + host.toUtf8();
    unsigned char hash[16];
    crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char*>(bytes.constData()),
                       static_cast<unsigned long long>(bytes.size()), nullptr, 0);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(hash), sizeof hash).toHex());
}

QByteArray sealMarker(const QByteArray& plain, const crypto::SecretBytes& key) {
    QByteArray out(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES + plain.size() +
                       crypto_aead_xchacha20poly1305_ietf_ABYTES,
                   Qt::Uninitialized);
    auto* nonce = reinterpret_cast<unsigned char*>(out.data());
    randombytes_buf(nonce, crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(nonce + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES, &written,
                                               reinterpret_cast<const unsigned char*>(plain.constData()),
                                               static_cast<unsigned long long>(plain.size()),
                                               reinterpret_cast<const unsigned char*>(kAssociatedData),
                                               sizeof kAssociatedData - 1, nullptr, nonce, key.data());
    out.resize(qsizetype(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES + written));
    return out;
}

std::optional<QByteArray> openMarker(const QByteArray& sealed, const crypto::SecretBytes& key) {
    const qsizetype overhead = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES + crypto_aead_xchacha20poly1305_ietf_ABYTES;
    if (key.isEmpty() || sealed.size() < overhead) {
        return std::nullopt;
    }
    QByteArray plain(sealed.size() - overhead, Qt::Uninitialized);
    const auto* nonce = reinterpret_cast<const unsigned char*>(sealed.constData());
    unsigned long long length = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            reinterpret_cast<unsigned char*>(plain.data()), &length, nullptr,
            nonce + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES,
            static_cast<unsigned long long>(sealed.size() - crypto_aead_xchacha20poly1305_ietf_NPUBBYTES),
            reinterpret_cast<const unsigned char*>(kAssociatedData), sizeof kAssociatedData - 1, nonce,
            key.data()) != 0) {
        return std::nullopt;
    }
    plain.resize(qsizetype(length));
    return plain;
}

} // namespace

VaultSessions::VaultSessions(const QString& vaultPath, const crypto::SecretBytes* masterKey)
    : m_directory(directoryFor(vaultPath)) {
    if (masterKey && masterKey->size() == crypto_kdf_KEYBYTES) {
        crypto::Sodium::ensureInitialised();
        crypto::SecretBytes subkey(crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
        if (crypto_kdf_derive_from_key(subkey.data(), subkey.size(), kMarkerSubkeyId, kMarkerContext,
                                       masterKey->data()) == 0) {
            m_markerKey = std::move(subkey);
        }
    }
}

VaultSessions::~VaultSessions() {
    release();
}

QString VaultSessions::directoryFor(const QString& vaultPath) {
    return QFileInfo(vaultPath).absoluteFilePath() + QStringLiteral(".sessions");
}

Status VaultSessions::enter(const QString& userName) {
    release();
    if (m_markerKey.isEmpty()) {
        return Error::failure(tr("The vault must be unlocked before it can be recorded as open."));
    }
    if (!PrivateFile::makePrivateDirectory(m_directory)) {
        return Error::failure(tr("Cannot create the folder %1 that records who has the vault open.").arg(m_directory));
    }
    const QString host = QSysInfo::machineHostName();
    const QString hostHash = hostId(host);
    const qint64 pid = QCoreApplication::applicationPid();
    const QString file = QDir(m_directory).filePath(QStringLiteral("%1-%2.json").arg(hostHash).arg(pid));
    const QByteArray who =
        QJsonDocument(QJsonObject{{QStringLiteral("user"), userName}, {QStringLiteral("host"), host}})
            .toJson(QJsonDocument::Compact);
    const QJsonObject marker{{QStringLiteral("version"), 2},
                             {QStringLiteral("host_id"), hostHash},
                             {QStringLiteral("pid"), pid},
                             {QStringLiteral("since"), QDateTime::currentDateTime().toString(Qt::ISODate)},
                             {QStringLiteral("sealed"), QString::fromLatin1(sealMarker(who, m_markerKey).toBase64())}};
    if (Status written = PrivateFile::writeAtomically(file, QJsonDocument(marker).toJson(QJsonDocument::Compact));
        !written) {
        return Error::failure(tr("Cannot record that the vault is open: %1").arg(written.error().message));
    }
    m_ownFile = file;
    return {};
}

void VaultSessions::release() {
    if (!m_ownFile.isEmpty()) {
        // The folder stays: removing it could race with another process registering itself.
        QFile::remove(m_ownFile);
        m_ownFile.clear();
    }
}

QList<VaultSessions::Marker> VaultSessions::others() const {
    QList<Marker> result;
    const QDir dir(m_directory);
    if (!dir.exists()) {
        return result;
    }
    const QString thisHost = hostId(QSysInfo::machineHostName());
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        const QString path = dir.filePath(name);
        if (path == m_ownFile) {
            continue;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            continue;
        }
        const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        Marker marker;
        marker.pid = json.value(QStringLiteral("pid")).toInteger();
        marker.since = QDateTime::fromString(json.value(QStringLiteral("since")).toString(), Qt::ISODate);
        marker.file = path;
        QString markerHost = json.value(QStringLiteral("host_id")).toString();
        if (json.contains(QStringLiteral("sealed"))) {
            const auto who = openMarker(
                QByteArray::fromBase64(json.value(QStringLiteral("sealed")).toString().toLatin1()), m_markerKey);
            if (who) {
                const QJsonObject plain = QJsonDocument::fromJson(*who).object();
                marker.userName = plain.value(QStringLiteral("user")).toString();
                marker.host = plain.value(QStringLiteral("host")).toString();
            }
        } else {
            // A marker of an older CreditCase (names in clear); it disappears when that process closes.
            marker.userName = json.value(QStringLiteral("user")).toString();
            marker.host = json.value(QStringLiteral("host")).toString();
            markerHost = marker.host.isEmpty() ? QString() : hostId(marker.host);
        }
        const bool unreadable = marker.pid == 0 || markerHost.isEmpty();
        const bool crashed = markerHost == thisHost && !processAlive(marker.pid);
        if (unreadable || crashed) {
            QFile::remove(path); // a stale marker left by a crash: recover silently
            continue;
        }
        result.append(marker);
    }
    return result;
}

Status VaultSessions::requireExclusive() const {
    const auto live = others();
    if (live.isEmpty()) {
        return {};
    }
    const Marker& first = live.first();
    const QString since = first.since.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    if (first.userName.isEmpty()) {
        return Error::inUse(tr("The vault is in use by another user since %1 (process %2). Ask them to close "
                               "CreditCase, then try again.")
                                .arg(since)
                                .arg(first.pid));
    }
    return Error::inUse(tr("The vault is in use by %1 since %2 (process %3 on %4). Ask them to close CreditCase, "
                           "then try again.")
                            .arg(first.userName, since)
                            .arg(first.pid)
                            .arg(first.host));
}

} // namespace creditcase::storage
