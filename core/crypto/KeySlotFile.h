#pragma once

#include "KdfParams.h"
#include "Result.h"
#include "SecretBytes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>
#include <cstddef>

namespace creditcase::crypto {

// The key file beside a vault (`<vault>.keys`, JSON): one key slot per user, through which that user's
// password opens the vault's random master key.
//
// Two levels per slot:
//   password --Argon2id (cost and salt in the slot)--> password key
//   password key --XChaCha20-Poly1305--> slot key    (random per user; the Vault also keeps every slot key
//                                                      inside the encrypted database, so a rekey can rewrap
//                                                      all slots without knowing any password)
//   slot key --XChaCha20-Poly1305--> master key       (the raw SQLCipher key)
// The associated data of the first wrap binds vault id, user name, Argon2id cost and salt; the second binds
// vault id and user name. Editing any of them, or moving a slot to another vault's file, makes the unwrap
// fail.
//
// The file also carries
//  - an unkeyed BLAKE2b digest over its content, checked when it is read: accidental damage or a naive
//    edit is reported as Corrupt before any password is tried;
//  - a seal, BLAKE2b keyed with a subkey of the master key, over the same content. Only someone holding the
//    master key can produce it, so after unlock verifySeal() catches a slot slipped in by someone who
//    merely could write the file. Any change (setSlot, rewrapMasterKey, removeSlot) drops the seal; call
//    seal() before save(), which refuses an unsealed file.
//
// The content hashed is a fixed binary encoding of the fields (length-prefixed, slots in user-name
// order), not the JSON text, so it does not depend on how a Qt version lays out JSON.
class KeySlotFile {
    Q_DECLARE_TR_FUNCTIONS(KeySlotFile)

public:
    static constexpr int formatVersion = 1;
    static constexpr std::size_t keyBytes = 32; // slot keys and master keys

    // An empty file (no slots, not sealed) for the vault with this id.
    static KeySlotFile create(const QString& vaultId);
    // A fresh vault id: 16 random bytes as 32 lower-case hex digits.
    static QString newVaultId();

    // NotFound when the file does not exist (the message points to the recovery code); Failure when it
    // cannot be read; Corrupt when it is not a key file, is malformed or its digest does not match.
    static Result<KeySlotFile> load(const QString& path);
    // Same checks as load() on bytes already read.
    static Result<KeySlotFile> fromBytes(const QByteArray& json);
    QByteArray toBytes() const;
    // Writes atomically (QSaveFile: a temporary file renamed over the old one once complete and synced).
    // On any failure the previous file is untouched. Refuses an unsealed file (nothing is written).
    Status save(const QString& path) const;

    QString vaultId() const { return m_vaultId; }
    // Sorted. User names are compared exactly (case and Unicode form as given).
    QStringList users() const { return m_slots.keys(); }
    bool hasUser(const QString& user) const { return m_slots.contains(user); }
    // The Argon2id cost of the user's slot; all zero for an unknown user.
    KdfParams kdfParams(const QString& user) const;

    // Creates or replaces the user's slot with a fresh salt and fresh nonces. Takes one Argon2id run at
    // `params`. Usage for an empty user name, unacceptable params or keys that are not keyBytes long;
    // Failure when the memory for Argon2id is not available. On failure the file is unchanged.
    Status setSlot(const QString& user, const SecretBytes& password, const SecretBytes& slotKey,
                   const SecretBytes& masterKey, const KdfParams& params);
    // The user's slot key. AuthenticationFailed with the same message whether the user is unknown or the
    // password wrong (an unknown user still costs one Argon2id run, so timing tells little); Failure only
    // when Argon2id cannot get its memory.
    Result<SecretBytes> unwrapSlotKey(const QString& user, const SecretBytes& password) const;
    // The master key from the user's slot. AuthenticationFailed for an unknown user; Corrupt when the slot
    // key does not open it (the slot was altered).
    Result<SecretBytes> unwrapMasterKey(const QString& user, const SecretBytes& slotKey) const;
    // For a rekey: wraps `newMasterKey` with the user's slot key, after checking that `slotKey` opens the
    // slot's current master key (Corrupt otherwise, so a wrong slot key cannot lock the user out). NotFound
    // for an unknown user. On failure the file is unchanged.
    Status rewrapMasterKey(const QString& user, const SecretBytes& slotKey, const SecretBytes& newMasterKey);
    // NotFound for an unknown user. Removing the last slot is allowed (the recovery code still opens the
    // vault); whether that makes sense is the caller's decision.
    Status removeSlot(const QString& user);

    // Seals the current content with the master key. Call after the last change and before save().
    void seal(const SecretBytes& masterKey);
    bool isSealed() const { return !m_seal.isEmpty(); }
    // Corrupt when the file is unsealed or the seal was not made with this master key over this content.
    Status verifySeal(const SecretBytes& masterKey) const;

    // What anyone who edits the file can do, since the digest is not a secret: re-reads `json` without
    // checking its digest and writes it back with a correct one. Lets tests show that the AEAD bindings
    // and the seal, not the digest, stop a deliberate forgery. Corrupt if `json` is malformed otherwise.
    static Result<QByteArray> recomputeDigestForTests(const QByteArray& json);

private:
    struct Wrapped {
        QByteArray nonce;
        QByteArray ciphertext;
    };
    struct Slot {
        KdfParams kdf;
        QByteArray salt;
        Wrapped slotKey;   // slot key under the password key
        Wrapped masterKey; // master key under the slot key
    };

    static Result<KeySlotFile> parse(const QByteArray& json, const QString& path, bool checkDigest);
    QByteArray content() const;
    QByteArray digest() const;
    QByteArray slotKeyAssociatedData(const QString& user, const Slot& slot) const;
    QByteArray masterKeyAssociatedData(const QString& user) const;

    QString m_vaultId;
    QMap<QString, Slot> m_slots;
    QByteArray m_seal; // empty when not sealed
};

} // namespace creditcase::crypto
