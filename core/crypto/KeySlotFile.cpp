#include "KeySlotFile.h"

#include "Sodium.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QtEndian>
#include <sodium.h>
#include <utility>

namespace creditcase::crypto {

namespace {

const QLatin1String formatName("creditcase-keyslots");
const QLatin1String algorithmName("argon2id13");

constexpr std::size_t sealBytes = 32;
constexpr std::size_t digestBytes = 32;
constexpr std::size_t slotIdBytes = 32;
constexpr std::size_t userSaltBytes = 32;
constexpr std::size_t nonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr std::size_t wrappedBytes = KeySlotFile::keyBytes + crypto_aead_xchacha20poly1305_ietf_ABYTES;
constexpr std::size_t saltBytes = crypto_pwhash_SALTBYTES;
static_assert(userSaltBytes >= crypto_generichash_KEYBYTES_MIN && userSaltBytes <= crypto_generichash_KEYBYTES_MAX);

// Everything outside the slots: format, version, vault id, user salt, seal, digest and their layout.
constexpr qint64 headerBytesBound = 4096;
static_assert(headerBytesBound + KeySlotFile::maxSlots * KeySlotFile::slotBytesBound <= KeySlotFile::maxFileBytes,
              "a key file with the most slots allowed must fit the size that load() accepts");
// A damaged file is salvaged up to this size: an older build wrote files of any size.
constexpr qint64 maxSalvageBytes = 8 * KeySlotFile::maxFileBytes;

// crypto_kdf context and subkey id of the key that computes the seal.
constexpr char sealContext[crypto_kdf_CONTEXTBYTES] = {'C', 'C', 's', 'l', 'o', 't', 's', '1'};
constexpr quint64 sealSubkeyId = 1;

// ---- the canonical encoding hashed for digest and seal and used as associated data ------------------

void appendUInt(QByteArray& out, quint64 value) {
    char bytes[8];
    qToBigEndian(value, bytes);
    out.append(bytes, sizeof bytes);
}

void appendField(QByteArray& out, const QByteArray& field) {
    appendUInt(out, static_cast<quint64>(field.size()));
    out.append(field);
}

void appendField(QByteArray& out, const QString& field) {
    appendField(out, field.toUtf8());
}

// ---- AEAD ---------------------------------------------------------------------------------------

struct Sealed {
    QByteArray nonce;
    QByteArray ciphertext;
};

Sealed encrypt(const SecretBytes& plain, const QByteArray& associatedData, const unsigned char* key) {
    Sealed out;
    out.nonce.resize(nonceBytes);
    randombytes_buf(out.nonce.data(), nonceBytes);
    out.ciphertext.resize(static_cast<qsizetype>(plain.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES));
    unsigned long long length = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(reinterpret_cast<unsigned char*>(out.ciphertext.data()), &length,
                                               plain.data(), plain.size(),
                                               reinterpret_cast<const unsigned char*>(associatedData.constData()),
                                               static_cast<unsigned long long>(associatedData.size()), nullptr,
                                               reinterpret_cast<const unsigned char*>(out.nonce.constData()), key);
    out.ciphertext.resize(static_cast<qsizetype>(length));
    return out;
}

// The plain bytes, or an empty SecretBytes when authentication fails.
SecretBytes decrypt(const QByteArray& nonce, const QByteArray& ciphertext, const QByteArray& associatedData,
                    const unsigned char* key) {
    if (static_cast<std::size_t>(nonce.size()) != nonceBytes ||
        static_cast<std::size_t>(ciphertext.size()) < crypto_aead_xchacha20poly1305_ietf_ABYTES) {
        return {};
    }
    SecretBytes plain(static_cast<std::size_t>(ciphertext.size()) - crypto_aead_xchacha20poly1305_ietf_ABYTES);
    unsigned long long length = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            plain.data(), &length, nullptr, reinterpret_cast<const unsigned char*>(ciphertext.constData()),
            static_cast<unsigned long long>(ciphertext.size()),
            reinterpret_cast<const unsigned char*>(associatedData.constData()),
            static_cast<unsigned long long>(associatedData.size()),
            reinterpret_cast<const unsigned char*>(nonce.constData()), key) != 0) {
        return {};
    }
    return plain;
}

QByteArray computeSeal(const QByteArray& content, const SecretBytes& masterKey) {
    SecretBytes sealKey(crypto_generichash_KEYBYTES);
    crypto_kdf_derive_from_key(sealKey.data(), sealKey.size(), sealSubkeyId, sealContext, masterKey.data());
    QByteArray seal(sealBytes, '\0');
    crypto_generichash(reinterpret_cast<unsigned char*>(seal.data()), sealBytes,
                       reinterpret_cast<const unsigned char*>(content.constData()),
                       static_cast<unsigned long long>(content.size()), sealKey.data(), sealKey.size());
    return seal;
}

// ---- strict reading -------------------------------------------------------------------------------

// Collects the first structural problem found, with the JSON path where it is.
class Reader {
public:
    bool failed() const { return m_failed; }
    QString problem() const { return m_problem.isEmpty() ? QStringLiteral("/") : m_problem; }

    void fail(const QString& path) {
        if (!m_failed) {
            m_failed = true;
            m_problem = path;
        }
    }

    // The object must have exactly these keys.
    void expectKeys(const QJsonObject& object, const QStringList& keys, const QString& path) {
        if (object.size() != keys.size()) {
            fail(path);
            return;
        }
        for (const QString& key : keys) {
            if (!object.contains(key)) {
                fail(path + u'/' + key);
            }
        }
    }

    QJsonObject object(const QJsonObject& parent, const QString& key, const QString& path) {
        const QJsonValue value = parent.value(key);
        if (!value.isObject()) {
            fail(path + u'/' + key);
        }
        return value.toObject();
    }

    QString string(const QJsonObject& parent, const QString& key, const QString& path) {
        const QJsonValue value = parent.value(key);
        if (!value.isString()) {
            fail(path + u'/' + key);
        }
        return value.toString();
    }

    qint64 integer(const QJsonObject& parent, const QString& key, const QString& path) {
        const qint64 value = parent.value(key).toInteger(-1);
        if (value < 0) {
            fail(path + u'/' + key);
        }
        return value;
    }

    // Base64 of exactly `size` bytes, or of none or `size` bytes when `emptyAllowed`.
    QByteArray binary(const QJsonObject& parent, const QString& key, std::size_t size, const QString& path,
                      bool emptyAllowed = false) {
        const QString text = string(parent, key, path);
        const auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        const bool sizeOk =
            static_cast<std::size_t>(decoded.decoded.size()) == size || (emptyAllowed && decoded.decoded.isEmpty());
        if (!decoded || !sizeOk) {
            fail(path + u'/' + key);
            return {};
        }
        return decoded.decoded;
    }

private:
    bool m_failed = false;
    QString m_problem;
};

QString damagedMessage(const QString& path, const QString& detail) {
    if (path.isEmpty()) {
        return KeySlotFile::tr("The key file is damaged or was altered (%1). Nobody can sign in with a password "
                               "until it is replaced, but the vault can still be opened with its recovery code.")
            .arg(detail);
    }
    return KeySlotFile::tr("The key file %1 is damaged or was altered (%2). Nobody can sign in with a password "
                           "until it is replaced, but the vault can still be opened with its recovery code.")
        .arg(QDir::toNativeSeparators(path), detail);
}

QString wrongCredentialsMessage() {
    return KeySlotFile::tr("The user name or the password is wrong. Check both, and that Caps Lock and the "
                           "Chinese input method are off, then try again.");
}

QString internalKeyError() {
    return KeySlotFile::tr("Internal error: a key of the wrong size was given to the key file. Nothing was "
                           "changed.");
}

} // namespace

// ---- creation, reading, writing ------------------------------------------------------------------

KeySlotFile KeySlotFile::create(const QString& vaultId) {
    Sodium::ensureInitialised();
    Q_ASSERT(!vaultId.isEmpty());
    KeySlotFile file;
    file.m_vaultId = vaultId;
    file.m_userSalt.resize(userSaltBytes);
    randombytes_buf(file.m_userSalt.data(), userSaltBytes);
    return file;
}

QString KeySlotFile::newVaultId() {
    Sodium::ensureInitialised();
    QByteArray id(16, '\0');
    randombytes_buf(id.data(), static_cast<std::size_t>(id.size()));
    return QString::fromLatin1(id.toHex());
}

Result<KeySlotFile> KeySlotFile::load(const QString& path) {
    QFile file(path);
    if (!file.exists()) {
        return Error::notFound(tr("The key file %1 is missing. Nobody can sign in with a password without it, "
                                  "but the vault can still be opened with its recovery code.")
                                   .arg(QDir::toNativeSeparators(path)));
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::failure(tr("The key file %1 could not be read: %2. Check that you may read it.")
                                  .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    if (file.size() > maxFileBytes) {
        return Error::corrupt(damagedMessage(
            path, tr("it is larger than %1 MiB, more than CreditCase ever writes").arg(maxFileBytes / (1024 * 1024))));
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        return Error::failure(
            tr("The key file %1 could not be read: %2.").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return parse(bytes, path, ParseMode::Strict, nullptr);
}

Result<KeySlotFile> KeySlotFile::fromBytes(const QByteArray& json) {
    return parse(json, QString(), ParseMode::Strict, nullptr);
}

Result<KeySlotFile> KeySlotFile::salvage(const QByteArray& bytes, int* skipped) {
    if (skipped) {
        *skipped = 0;
    }
    if (bytes.size() > maxSalvageBytes) {
        return Error::corrupt(damagedMessage(QString(), tr("it is larger than %1 MiB").arg(maxSalvageBytes >> 20)));
    }
    return parse(bytes, QString(), ParseMode::Salvage, skipped);
}

Result<QByteArray> KeySlotFile::recomputeDigestForTests(const QByteArray& json) {
    Result<KeySlotFile> file = parse(json, QString(), ParseMode::IgnoreDigest, nullptr);
    if (!file) {
        return file.error();
    }
    return file->toBytes();
}

namespace {

// The pieces of a key file whose JSON no longer parses as a whole (a damaged byte in its punctuation):
// vault id, user salt and version by their lines, each slot as the object between its own opening line
// and the closing brace at its indentation. Only for salvage; an empty object when nothing is found.
QJsonObject piecesOfBrokenJson(const QByteArray& bytes) {
    const QString text = QString::fromUtf8(bytes);
    QJsonObject root;
    root.insert(QStringLiteral("format"), formatName);
    // Compiled once: a pattern built per call is compiled (and JIT-compiled) again for every file.
    static const QRegularExpression vaultIdPattern(QStringLiteral(R"re("vaultId": "([0-9a-f]+)")re"));
    static const QRegularExpression userSaltPattern(QStringLiteral(R"re("userSalt": "([A-Za-z0-9+/=]+)")re"));
    static const QRegularExpression versionPattern(QStringLiteral(R"re("version": ([0-9]+))re"));
    const auto field = [&](const QRegularExpression& pattern) {
        const QRegularExpressionMatch match = pattern.match(text);
        return match.hasMatch() ? match.captured(1) : QString();
    };
    const QString vaultId = field(vaultIdPattern);
    const QString userSalt = field(userSaltPattern);
    const QString version = field(versionPattern);
    if (vaultId.isEmpty() || version.isEmpty()) {
        return {};
    }
    root.insert(QStringLiteral("vaultId"), vaultId);
    root.insert(QStringLiteral("version"), version.toInt());
    if (!userSalt.isEmpty()) {
        root.insert(QStringLiteral("userSalt"), userSalt);
    }
    QJsonObject slotTable;
    static const QRegularExpression slotPattern(QStringLiteral(R"re(\n {8}("[^"\n]+"): (\{\n.*?\n {8}\}))re"),
                                                QRegularExpression::DotMatchesEverythingOption);
    for (auto it = slotPattern.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QByteArray one = (u'{' + match.captured(1) + QStringLiteral(": ") + match.captured(2) + u'}').toUtf8();
        const QJsonObject parsed = QJsonDocument::fromJson(one).object();
        for (auto slot = parsed.begin(); slot != parsed.end(); ++slot) {
            slotTable.insert(slot.key(), slot.value());
        }
    }
    root.insert(QStringLiteral("slots"), slotTable);
    return root;
}

} // namespace

Result<KeySlotFile> KeySlotFile::parse(const QByteArray& json, const QString& path, ParseMode mode, int* skipped) {
    Sodium::ensureInitialised();
    const bool salvaging = mode == ParseMode::Salvage;
    if (!salvaging && json.size() > maxFileBytes) {
        return Error::corrupt(damagedMessage(
            path, tr("it is larger than %1 MiB, more than CreditCase ever writes").arg(maxFileBytes / (1024 * 1024))));
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    QJsonObject root;
    if (parseError.error == QJsonParseError::NoError && document.isObject()) {
        root = document.object();
    } else if (salvaging) {
        root = piecesOfBrokenJson(json);
        if (root.isEmpty()) {
            return Error::corrupt(damagedMessage(path, tr("no key slot could be found in it")));
        }
    } else {
        return Error::corrupt(damagedMessage(path, tr("it is not readable as JSON")));
    }
    if (root.value(QLatin1String("format")).toString() != formatName) {
        return Error::corrupt(damagedMessage(path, tr("it is not a CreditCase key file")));
    }
    const qint64 version = root.value(QLatin1String("version")).toInteger(-1);
    if (version > formatVersion) {
        return Error::failure(tr("The key file was written by a newer version of CreditCase (key file format %1). "
                                 "Install the newer version to sign in.")
                                  .arg(version));
    }
    const bool named = version == namedFormatVersion;

    Reader reader;
    const QString top;
    QStringList topKeys{QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("vaultId"),
                        QStringLiteral("slots"),  QStringLiteral("seal"),    QStringLiteral("digest")};
    if (!named) {
        topKeys << QStringLiteral("userSalt");
    }
    if (!salvaging) {
        reader.expectKeys(root, topKeys, top);
    }
    if (version != formatVersion && !named) {
        reader.fail(QStringLiteral("/version"));
    }
    KeySlotFile file;
    file.m_version = static_cast<int>(version);
    file.m_vaultId = reader.string(root, QStringLiteral("vaultId"), top);
    if (file.m_vaultId.isEmpty()) {
        reader.fail(QStringLiteral("/vaultId"));
    }
    if (named) {
        file.m_userSalt.resize(userSaltBytes);
        randombytes_buf(file.m_userSalt.data(), userSaltBytes);
    } else {
        file.m_userSalt = reader.binary(root, QStringLiteral("userSalt"), userSaltBytes, top);
    }
    const QJsonObject slotTable = reader.object(root, QStringLiteral("slots"), top);
    if (salvaging && reader.failed()) {
        // Without the vault id or the salt of the slot ids, no slot could be found or proven.
        return Error::corrupt(damagedMessage(path, tr("unexpected content at %1").arg(reader.problem())));
    }
    if (!salvaging && slotTable.size() > maxSlots) {
        return Error::corrupt(damagedMessage(
            path,
            tr("it holds %1 key slots, more than the %2 CreditCase supports").arg(slotTable.size()).arg(maxSlots)));
    }
    for (auto it = slotTable.begin(); it != slotTable.end() && !reader.failed(); ++it) {
        Reader slotReader;
        const QString slotPath = QStringLiteral("/slots/") + it.key();
        QByteArray id;
        if (named) {
            if (it.key().isEmpty()) {
                slotReader.fail(slotPath);
            } else {
                id = file.idOf(it.key());
            }
        } else {
            id = QByteArray::fromHex(it.key().toLatin1());
            if (static_cast<std::size_t>(id.size()) != slotIdBytes || QString::fromLatin1(id.toHex()) != it.key()) {
                slotReader.fail(slotPath);
            }
        }
        if (!it.value().isObject()) {
            slotReader.fail(slotPath);
        }
        const QJsonObject slotObject = it.value().toObject();
        slotReader.expectKeys(
            slotObject, {QStringLiteral("kdf"), QStringLiteral("slotKey"), QStringLiteral("masterKey")}, slotPath);

        Slot slot;
        const QJsonObject kdf = slotReader.object(slotObject, QStringLiteral("kdf"), slotPath);
        const QString kdfPath = slotPath + QStringLiteral("/kdf");
        slotReader.expectKeys(kdf,
                              {QStringLiteral("alg"), QStringLiteral("opsLimit"), QStringLiteral("memLimitBytes"),
                               QStringLiteral("salt")},
                              kdfPath);
        if (slotReader.string(kdf, QStringLiteral("alg"), kdfPath) != algorithmName) {
            slotReader.fail(kdfPath + QStringLiteral("/alg"));
        }
        slot.kdf.opsLimit = static_cast<quint64>(slotReader.integer(kdf, QStringLiteral("opsLimit"), kdfPath));
        slot.kdf.memLimitBytes =
            static_cast<quint64>(slotReader.integer(kdf, QStringLiteral("memLimitBytes"), kdfPath));
        if (!slotReader.failed() && !slot.kdf.isAcceptable()) {
            slotReader.fail(kdfPath);
        }
        slot.salt = slotReader.binary(kdf, QStringLiteral("salt"), saltBytes, kdfPath);

        const auto readWrapped = [&](const QString& key, Wrapped& wrapped) {
            const QJsonObject object = slotReader.object(slotObject, key, slotPath);
            const QString wrappedPath = slotPath + u'/' + key;
            slotReader.expectKeys(object, {QStringLiteral("nonce"), QStringLiteral("wrapped")}, wrappedPath);
            wrapped.nonce = slotReader.binary(object, QStringLiteral("nonce"), nonceBytes, wrappedPath);
            wrapped.ciphertext = slotReader.binary(object, QStringLiteral("wrapped"), wrappedBytes, wrappedPath);
        };
        readWrapped(QStringLiteral("slotKey"), slot.slotKey);
        readWrapped(QStringLiteral("masterKey"), slot.masterKey);
        if (slotReader.failed()) {
            if (!salvaging) {
                reader.fail(slotReader.problem());
            } else if (skipped) {
                ++*skipped;
            }
            continue;
        }
        file.m_slots.insert(id, slot);
        if (named) {
            file.m_namedSlots.insert(it.key(), id);
        }
    }
    if (salvaging) {
        // Nothing read here is trusted; the caller proves each slot against the vault and seals anew.
        file.becomeCurrentFormat();
        return file;
    }
    file.m_seal = reader.binary(root, QStringLiteral("seal"), sealBytes, top, true);
    const QByteArray storedDigest = reader.binary(root, QStringLiteral("digest"), digestBytes, top);
    if (reader.failed()) {
        return Error::corrupt(damagedMessage(path, tr("unexpected content at %1").arg(reader.problem())));
    }
    if (mode == ParseMode::Strict &&
        sodium_memcmp(storedDigest.constData(), file.digest().constData(), digestBytes) != 0) {
        return Error::corrupt(damagedMessage(path, tr("its check value does not match its content")));
    }
    return file;
}

QByteArray KeySlotFile::toBytes() const {
    const auto slotObject = [](const Slot& slot) {
        const auto wrapped = [](const Wrapped& w) {
            return QJsonObject{{QStringLiteral("nonce"), QString::fromLatin1(w.nonce.toBase64())},
                               {QStringLiteral("wrapped"), QString::fromLatin1(w.ciphertext.toBase64())}};
        };
        return QJsonObject{{QStringLiteral("kdf"),
                            QJsonObject{{QStringLiteral("alg"), algorithmName},
                                        {QStringLiteral("opsLimit"), static_cast<qint64>(slot.kdf.opsLimit)},
                                        {QStringLiteral("memLimitBytes"), static_cast<qint64>(slot.kdf.memLimitBytes)},
                                        {QStringLiteral("salt"), QString::fromLatin1(slot.salt.toBase64())}}},
                           {QStringLiteral("slotKey"), wrapped(slot.slotKey)},
                           {QStringLiteral("masterKey"), wrapped(slot.masterKey)}};
    };
    QJsonObject slotTable;
    QJsonObject root{{QStringLiteral("format"), formatName},
                     {QStringLiteral("version"), m_version},
                     {QStringLiteral("vaultId"), m_vaultId},
                     {QStringLiteral("seal"), QString::fromLatin1(m_seal.toBase64())},
                     {QStringLiteral("digest"), QString::fromLatin1(digest().toBase64())}};
    if (m_version == namedFormatVersion) {
        // A format 1 file as it was read (only until it is changed or sealed again).
        for (auto it = m_namedSlots.cbegin(); it != m_namedSlots.cend(); ++it) {
            slotTable.insert(it.key(), slotObject(m_slots.value(it.value())));
        }
    } else {
        root.insert(QStringLiteral("userSalt"), QString::fromLatin1(m_userSalt.toBase64()));
        for (auto it = m_slots.cbegin(); it != m_slots.cend(); ++it) {
            slotTable.insert(QString::fromLatin1(it.key().toHex()), slotObject(it.value()));
        }
    }
    root.insert(QStringLiteral("slots"), slotTable);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Status KeySlotFile::save(const QString& path) const {
    const QString nothingWritten = tr("Nothing was written; the previous key file, if any, is unchanged.");
    if (!isSealed()) {
        return Error::failure(tr("Internal error: the key file was not sealed before saving. Nothing was written."));
    }
    if (slotCount() > maxSlots) {
        return Error::refused(tr("The key file would hold %1 key slots, more than the %2 CreditCase can read back. "
                                 "%3")
                                  .arg(slotCount())
                                  .arg(maxSlots)
                                  .arg(nothingWritten));
    }
    const QByteArray bytes = toBytes();
    // What save writes, load must read: a file load() refuses would lock every user out.
    if (bytes.size() > maxFileBytes) {
        return Error::refused(tr("The key file would be %1 bytes, more than the %2 MiB CreditCase can read back. %3")
                                  .arg(bytes.size())
                                  .arg(maxFileBytes / (1024 * 1024))
                                  .arg(nothingWritten));
    }
    if (Result<KeySlotFile> readBack = fromBytes(bytes); !readBack) {
        return Error::failure(tr("Internal error: the key file would not read back (%1). %2")
                                  .arg(readBack.error().message, nothingWritten));
    }
    QSaveFile file(path);
    const auto failed = [&] {
        return Error::failure(tr("The key file %1 could not be written: %2. The previous key file, if any, is "
                                 "unchanged; check free disk space and that you may write to the folder.")
                                  .arg(QDir::toNativeSeparators(path), file.errorString()));
    };
    if (!file.open(QIODevice::WriteOnly)) {
        return failed();
    }
    // Owner only, whatever the umask or the old file's mode: set on the temporary file before any byte.
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        const Error error = failed();
        file.cancelWriting();
        return error;
    }
    // Flush explicitly: Qt 6.4's QSaveFile::commit() renames the temporary file into place even when the
    // flush of its buffered data fails (seen here with EFBIG: a truncated key file replaced the good one).
    if (file.write(bytes) != bytes.size() || !file.flush() || file.error() != QFileDevice::NoError) {
        const Error error = failed();
        file.cancelWriting();
        return error;
    }
    if (!file.commit()) {
        return failed();
    }
    return {};
}

// ---- canonical content ---------------------------------------------------------------------------

namespace {

void appendSlot(QByteArray& out, const QByteArray& algorithm, const KdfParams& kdf, const QByteArray& salt,
                const QByteArray& slotKeyNonce, const QByteArray& slotKey, const QByteArray& masterKeyNonce,
                const QByteArray& masterKey) {
    appendField(out, algorithm);
    appendUInt(out, kdf.opsLimit);
    appendUInt(out, kdf.memLimitBytes);
    appendField(out, salt);
    appendField(out, slotKeyNonce);
    appendField(out, slotKey);
    appendField(out, masterKeyNonce);
    appendField(out, masterKey);
}

} // namespace

QByteArray KeySlotFile::content() const {
    const QByteArray algorithm(algorithmName.data(), algorithmName.size());
    QByteArray out;
    appendField(out, QByteArray("CreditCase key slots"));
    appendUInt(out, static_cast<quint64>(m_version));
    appendField(out, m_vaultId);
    if (m_version == namedFormatVersion) {
        appendUInt(out, static_cast<quint64>(m_namedSlots.size()));
        for (auto it = m_namedSlots.cbegin(); it != m_namedSlots.cend(); ++it) {
            const Slot slot = m_slots.value(it.value());
            appendField(out, it.key());
            appendSlot(out, algorithm, slot.kdf, slot.salt, slot.slotKey.nonce, slot.slotKey.ciphertext,
                       slot.masterKey.nonce, slot.masterKey.ciphertext);
        }
        return out;
    }
    appendField(out, m_userSalt);
    appendUInt(out, static_cast<quint64>(m_slots.size()));
    for (auto it = m_slots.cbegin(); it != m_slots.cend(); ++it) {
        const Slot& slot = it.value();
        appendField(out, it.key());
        appendSlot(out, algorithm, slot.kdf, slot.salt, slot.slotKey.nonce, slot.slotKey.ciphertext,
                   slot.masterKey.nonce, slot.masterKey.ciphertext);
    }
    return out;
}

QByteArray KeySlotFile::digest() const {
    QByteArray hashed = content();
    appendField(hashed, m_seal);
    QByteArray result(digestBytes, '\0');
    crypto_generichash(reinterpret_cast<unsigned char*>(result.data()), digestBytes,
                       reinterpret_cast<const unsigned char*>(hashed.constData()),
                       static_cast<unsigned long long>(hashed.size()), nullptr, 0);
    return result;
}

QByteArray KeySlotFile::idOf(const QString& user) const {
    QByteArray message;
    appendField(message, QByteArray("CreditCase user name"));
    appendField(message, user);
    QByteArray id(slotIdBytes, '\0');
    crypto_generichash(
        reinterpret_cast<unsigned char*>(id.data()), slotIdBytes,
        reinterpret_cast<const unsigned char*>(message.constData()), static_cast<unsigned long long>(message.size()),
        reinterpret_cast<const unsigned char*>(m_userSalt.constData()), static_cast<std::size_t>(m_userSalt.size()));
    return id;
}

void KeySlotFile::becomeCurrentFormat() {
    m_namedSlots.clear();
    m_version = formatVersion;
}

QByteArray KeySlotFile::slotKeyAssociatedData(const QString& user, const Slot& slot) const {
    QByteArray out;
    appendField(out, QByteArray("CreditCase slot key"));
    appendField(out, m_vaultId);
    appendField(out, user);
    appendField(out, QByteArray(algorithmName.data(), algorithmName.size()));
    appendUInt(out, slot.kdf.opsLimit);
    appendUInt(out, slot.kdf.memLimitBytes);
    appendField(out, slot.salt);
    return out;
}

QByteArray KeySlotFile::masterKeyAssociatedData(const QString& user) const {
    QByteArray out;
    appendField(out, QByteArray("CreditCase master key"));
    appendField(out, m_vaultId);
    appendField(out, user);
    return out;
}

// ---- slots ---------------------------------------------------------------------------------------

bool KeySlotFile::hasUser(const QString& user) const {
    return m_slots.contains(idOf(user));
}

QString KeySlotFile::slotId(const QString& user) const {
    return QString::fromLatin1(idOf(user).toHex());
}

KdfParams KeySlotFile::kdfParams(const QString& user) const {
    const auto it = m_slots.constFind(idOf(user));
    return it == m_slots.cend() ? KdfParams{} : it->kdf;
}

Status KeySlotFile::setSlot(const QString& user, const SecretBytes& password, const SecretBytes& slotKey,
                            const SecretBytes& masterKey, const KdfParams& params) {
    if (user.trimmed().isEmpty()) {
        return Error::usage(tr("A key slot needs a user name."));
    }
    if (slotKey.size() != keyBytes || masterKey.size() != keyBytes) {
        return Error::usage(internalKeyError());
    }
    const QByteArray id = idOf(user);
    if (!m_slots.contains(id) && slotCount() >= maxSlots) {
        return Error::refused(tr("The key file already holds %1 key slots, the most CreditCase supports. Disable "
                                 "the accounts of people who have left before adding more. Nothing was changed.")
                                  .arg(maxSlots));
    }
    Slot slot;
    slot.kdf = params;
    slot.salt.resize(saltBytes);
    randombytes_buf(slot.salt.data(), saltBytes);
    Result<SecretBytes> passwordKey =
        params.deriveKey(password, slot.salt, crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    if (!passwordKey) {
        return passwordKey.error();
    }
    const Sealed wrappedSlotKey = encrypt(slotKey, slotKeyAssociatedData(user, slot), passwordKey->data());
    slot.slotKey = {wrappedSlotKey.nonce, wrappedSlotKey.ciphertext};
    const Sealed wrappedMasterKey = encrypt(masterKey, masterKeyAssociatedData(user), slotKey.data());
    slot.masterKey = {wrappedMasterKey.nonce, wrappedMasterKey.ciphertext};
    becomeCurrentFormat();
    m_slots.insert(id, slot);
    m_seal.clear();
    return {};
}

Result<SecretBytes> KeySlotFile::unwrapSlotKey(const QString& user, const SecretBytes& password) const {
    const auto it = m_slots.constFind(idOf(user));
    if (it == m_slots.cend()) {
        // Spend what a real slot would cost, so the answer's timing does not tell whether the user exists.
        const KdfParams dummyParams = m_slots.isEmpty() ? KdfParams::cheapestForTests() : m_slots.first().kdf;
        QByteArray salt(saltBytes, '\0');
        randombytes_buf(salt.data(), saltBytes);
        const Result<SecretBytes> ignored = dummyParams.deriveKey(password, salt, keyBytes);
        return Error::authentication(wrongCredentialsMessage());
    }
    const Slot& slot = *it;
    Result<SecretBytes> passwordKey =
        slot.kdf.deriveKey(password, slot.salt, crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    if (!passwordKey) {
        return passwordKey.error();
    }
    SecretBytes slotKey =
        decrypt(slot.slotKey.nonce, slot.slotKey.ciphertext, slotKeyAssociatedData(user, slot), passwordKey->data());
    if (slotKey.size() != keyBytes) {
        return Error::authentication(wrongCredentialsMessage());
    }
    return slotKey;
}

Result<SecretBytes> KeySlotFile::unwrapMasterKey(const QString& user, const SecretBytes& slotKey) const {
    const auto it = m_slots.constFind(idOf(user));
    if (it == m_slots.cend()) {
        return Error::authentication(wrongCredentialsMessage());
    }
    if (slotKey.size() != keyBytes) {
        return Error::usage(internalKeyError());
    }
    SecretBytes masterKey =
        decrypt(it->masterKey.nonce, it->masterKey.ciphertext, masterKeyAssociatedData(user), slotKey.data());
    if (masterKey.size() != keyBytes) {
        return Error::corrupt(tr("The key file was altered: the key slot of user %1 does not open the vault. "
                                 "Sign-in is refused; an administrator can open the vault with its recovery code "
                                 "and set a new password for this user.")
                                  .arg(user));
    }
    return masterKey;
}

Status KeySlotFile::rewrapMasterKey(const QString& user, const SecretBytes& slotKey, const SecretBytes& newMasterKey) {
    const auto it = m_slots.find(idOf(user));
    if (it == m_slots.end()) {
        return Error::notFound(tr("There is no key slot for user %1 in the key file.").arg(user));
    }
    if (slotKey.size() != keyBytes || newMasterKey.size() != keyBytes) {
        return Error::usage(internalKeyError());
    }
    const SecretBytes current =
        decrypt(it->masterKey.nonce, it->masterKey.ciphertext, masterKeyAssociatedData(user), slotKey.data());
    if (current.size() != keyBytes) {
        return Error::corrupt(tr("The key slot of user %1 does not match the vault's records, so it was not "
                                 "changed. Set a new password for this user after the change of vault key.")
                                  .arg(user));
    }
    const Sealed wrapped = encrypt(newMasterKey, masterKeyAssociatedData(user), slotKey.data());
    it->masterKey = {wrapped.nonce, wrapped.ciphertext};
    becomeCurrentFormat();
    m_seal.clear();
    return {};
}

Status KeySlotFile::removeSlot(const QString& user) {
    if (m_slots.remove(idOf(user)) == 0) {
        return Error::notFound(tr("There is no key slot for user %1 in the key file.").arg(user));
    }
    becomeCurrentFormat();
    m_seal.clear();
    return {};
}

int KeySlotFile::keepOnly(const QStringList& users) {
    QSet<QByteArray> kept;
    for (const QString& user : users) {
        kept.insert(idOf(user));
    }
    int removed = 0;
    for (auto it = m_slots.begin(); it != m_slots.end();) {
        if (kept.contains(it.key())) {
            ++it;
        } else {
            it = m_slots.erase(it);
            ++removed;
        }
    }
    if (removed > 0) {
        becomeCurrentFormat();
        m_seal.clear();
    }
    return removed;
}

// ---- seal ----------------------------------------------------------------------------------------

void KeySlotFile::seal(const SecretBytes& masterKey) {
    Q_ASSERT(masterKey.size() == keyBytes);
    if (masterKey.size() != keyBytes) {
        m_seal.clear();
        return;
    }
    becomeCurrentFormat();
    m_seal = computeSeal(content(), masterKey);
}

Status KeySlotFile::verifySeal(const SecretBytes& masterKey) const {
    const QString altered = tr("The key file was altered: its seal does not match the vault, so a key slot may "
                               "have been added or changed by someone without the vault key. Sign-in is refused; "
                               "an administrator can open the vault with its recovery code and write a new key "
                               "file.");
    if (m_seal.isEmpty() || masterKey.size() != keyBytes) {
        return Error::corrupt(altered);
    }
    const QByteArray expected = computeSeal(content(), masterKey);
    if (sodium_memcmp(expected.constData(), m_seal.constData(), sealBytes) != 0) {
        return Error::corrupt(altered);
    }
    return {};
}

} // namespace creditcase::crypto
