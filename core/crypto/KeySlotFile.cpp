#include "KeySlotFile.h"

#include "Sodium.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QtEndian>
#include <sodium.h>
#include <utility>

namespace creditcase::crypto {

namespace {

const QLatin1String formatName("creditcase-keyslots");
const QLatin1String algorithmName("argon2id13");

constexpr qint64 maxFileBytes = 1024 * 1024; // thousands of slots; anything bigger is not ours
constexpr std::size_t sealBytes = 32;
constexpr std::size_t digestBytes = 32;
constexpr std::size_t nonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr std::size_t wrappedBytes = KeySlotFile::keyBytes + crypto_aead_xchacha20poly1305_ietf_ABYTES;
constexpr std::size_t saltBytes = crypto_pwhash_SALTBYTES;

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
        return Error::corrupt(damagedMessage(path, tr("it is far too large")));
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        return Error::failure(
            tr("The key file %1 could not be read: %2.").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return parse(bytes, path, true);
}

Result<KeySlotFile> KeySlotFile::fromBytes(const QByteArray& json) {
    return parse(json, QString(), true);
}

Result<QByteArray> KeySlotFile::recomputeDigestForTests(const QByteArray& json) {
    Result<KeySlotFile> file = parse(json, QString(), false);
    if (!file) {
        return file.error();
    }
    return file->toBytes();
}

Result<KeySlotFile> KeySlotFile::parse(const QByteArray& json, const QString& path, bool checkDigest) {
    Sodium::ensureInitialised();
    if (json.size() > maxFileBytes) {
        return Error::corrupt(damagedMessage(path, tr("it is far too large")));
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return Error::corrupt(damagedMessage(path, tr("it is not readable as JSON")));
    }
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("format")).toString() != formatName) {
        return Error::corrupt(damagedMessage(path, tr("it is not a CreditCase key file")));
    }
    const qint64 version = root.value(QLatin1String("version")).toInteger(-1);
    if (version > formatVersion) {
        return Error::failure(tr("The key file was written by a newer version of CreditCase (key file format %1). "
                                 "Install the newer version to sign in.")
                                  .arg(version));
    }

    Reader reader;
    const QString top;
    reader.expectKeys(root,
                      {QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("vaultId"),
                       QStringLiteral("slots"), QStringLiteral("seal"), QStringLiteral("digest")},
                      top);
    if (version != formatVersion) {
        reader.fail(QStringLiteral("/version"));
    }
    KeySlotFile file;
    file.m_vaultId = reader.string(root, QStringLiteral("vaultId"), top);
    if (file.m_vaultId.isEmpty()) {
        reader.fail(QStringLiteral("/vaultId"));
    }
    const QJsonObject slotTable = reader.object(root, QStringLiteral("slots"), top);
    for (auto it = slotTable.begin(); it != slotTable.end() && !reader.failed(); ++it) {
        const QString user = it.key();
        const QString slotPath = QStringLiteral("/slots/") + user;
        if (user.isEmpty() || !it.value().isObject()) {
            reader.fail(slotPath);
            break;
        }
        const QJsonObject slotObject = it.value().toObject();
        reader.expectKeys(slotObject, {QStringLiteral("kdf"), QStringLiteral("slotKey"), QStringLiteral("masterKey")},
                          slotPath);

        Slot slot;
        const QJsonObject kdf = reader.object(slotObject, QStringLiteral("kdf"), slotPath);
        const QString kdfPath = slotPath + QStringLiteral("/kdf");
        reader.expectKeys(kdf,
                          {QStringLiteral("alg"), QStringLiteral("opsLimit"), QStringLiteral("memLimitBytes"),
                           QStringLiteral("salt")},
                          kdfPath);
        if (reader.string(kdf, QStringLiteral("alg"), kdfPath) != algorithmName) {
            reader.fail(kdfPath + QStringLiteral("/alg"));
        }
        slot.kdf.opsLimit = static_cast<quint64>(reader.integer(kdf, QStringLiteral("opsLimit"), kdfPath));
        slot.kdf.memLimitBytes = static_cast<quint64>(reader.integer(kdf, QStringLiteral("memLimitBytes"), kdfPath));
        if (!reader.failed() && !slot.kdf.isAcceptable()) {
            reader.fail(kdfPath);
        }
        slot.salt = reader.binary(kdf, QStringLiteral("salt"), saltBytes, kdfPath);

        const auto readWrapped = [&](const QString& key, Wrapped& wrapped) {
            const QJsonObject object = reader.object(slotObject, key, slotPath);
            const QString wrappedPath = slotPath + u'/' + key;
            reader.expectKeys(object, {QStringLiteral("nonce"), QStringLiteral("wrapped")}, wrappedPath);
            wrapped.nonce = reader.binary(object, QStringLiteral("nonce"), nonceBytes, wrappedPath);
            wrapped.ciphertext = reader.binary(object, QStringLiteral("wrapped"), wrappedBytes, wrappedPath);
        };
        readWrapped(QStringLiteral("slotKey"), slot.slotKey);
        readWrapped(QStringLiteral("masterKey"), slot.masterKey);
        file.m_slots.insert(user, slot);
    }
    file.m_seal = reader.binary(root, QStringLiteral("seal"), sealBytes, top, true);
    const QByteArray storedDigest = reader.binary(root, QStringLiteral("digest"), digestBytes, top);
    if (reader.failed()) {
        return Error::corrupt(damagedMessage(path, tr("unexpected content at %1").arg(reader.problem())));
    }
    if (checkDigest && sodium_memcmp(storedDigest.constData(), file.digest().constData(), digestBytes) != 0) {
        return Error::corrupt(damagedMessage(path, tr("its check value does not match its content")));
    }
    return file;
}

QByteArray KeySlotFile::toBytes() const {
    QJsonObject slotTable;
    for (auto it = m_slots.cbegin(); it != m_slots.cend(); ++it) {
        const Slot& slot = it.value();
        const auto wrapped = [](const Wrapped& w) {
            return QJsonObject{{QStringLiteral("nonce"), QString::fromLatin1(w.nonce.toBase64())},
                               {QStringLiteral("wrapped"), QString::fromLatin1(w.ciphertext.toBase64())}};
        };
        slotTable.insert(
            it.key(),
            QJsonObject{{QStringLiteral("kdf"),
                         QJsonObject{{QStringLiteral("alg"), algorithmName},
                                     {QStringLiteral("opsLimit"), static_cast<qint64>(slot.kdf.opsLimit)},
                                     {QStringLiteral("memLimitBytes"), static_cast<qint64>(slot.kdf.memLimitBytes)},
                                     {QStringLiteral("salt"), QString::fromLatin1(slot.salt.toBase64())}}},
                        {QStringLiteral("slotKey"), wrapped(slot.slotKey)},
                        {QStringLiteral("masterKey"), wrapped(slot.masterKey)}});
    }
    const QJsonObject root{{QStringLiteral("format"), formatName},
                           {QStringLiteral("version"), formatVersion},
                           {QStringLiteral("vaultId"), m_vaultId},
                           {QStringLiteral("slots"), slotTable},
                           {QStringLiteral("seal"), QString::fromLatin1(m_seal.toBase64())},
                           {QStringLiteral("digest"), QString::fromLatin1(digest().toBase64())}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Status KeySlotFile::save(const QString& path) const {
    if (!isSealed()) {
        return Error::failure(tr("Internal error: the key file was not sealed before saving. Nothing was written."));
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
    const QByteArray bytes = toBytes();
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

QByteArray KeySlotFile::content() const {
    QByteArray out;
    appendField(out, QByteArray("CreditCase key slots"));
    appendUInt(out, formatVersion);
    appendField(out, m_vaultId);
    appendUInt(out, static_cast<quint64>(m_slots.size()));
    for (auto it = m_slots.cbegin(); it != m_slots.cend(); ++it) {
        const Slot& slot = it.value();
        appendField(out, it.key());
        appendField(out, QByteArray(algorithmName.data(), algorithmName.size()));
        appendUInt(out, slot.kdf.opsLimit);
        appendUInt(out, slot.kdf.memLimitBytes);
        appendField(out, slot.salt);
        appendField(out, slot.slotKey.nonce);
        appendField(out, slot.slotKey.ciphertext);
        appendField(out, slot.masterKey.nonce);
        appendField(out, slot.masterKey.ciphertext);
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

KdfParams KeySlotFile::kdfParams(const QString& user) const {
    const auto it = m_slots.constFind(user);
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
    m_slots.insert(user, slot);
    m_seal.clear();
    return {};
}

Result<SecretBytes> KeySlotFile::unwrapSlotKey(const QString& user, const SecretBytes& password) const {
    const auto it = m_slots.constFind(user);
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
    const auto it = m_slots.constFind(user);
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
    const auto it = m_slots.find(user);
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
    m_seal.clear();
    return {};
}

Status KeySlotFile::removeSlot(const QString& user) {
    if (m_slots.remove(user) == 0) {
        return Error::notFound(tr("There is no key slot for user %1 in the key file.").arg(user));
    }
    m_seal.clear();
    return {};
}

// ---- seal ----------------------------------------------------------------------------------------

void KeySlotFile::seal(const SecretBytes& masterKey) {
    Q_ASSERT(masterKey.size() == keyBytes);
    if (masterKey.size() != keyBytes) {
        m_seal.clear();
        return;
    }
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
