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
// No user name is stored (format 2): a slot is filed under a slot id, BLAKE2b of the user name keyed with a
// random salt kept in the file ("userSalt", new for every key file). Reading the file therefore tells who
// uses the vault to nobody; someone who already has a candidate name can still test it, as a login does.
// Format 1 files (names in clear) still load, and are written in format 2 by the next seal() and save().
//
// The file also carries
//  - an unkeyed BLAKE2b digest over its content, checked when it is read: accidental damage or a naive
//    edit is reported as Corrupt before any password is tried;
//  - a seal, BLAKE2b keyed with a subkey of the master key, over the same content. Only someone holding the
//    master key can produce it, so after unlock verifySeal() catches a slot slipped in by someone who
//    merely could write the file. Any change (setSlot, rewrapMasterKey, removeSlot) drops the seal; call
//    seal() before save(), which refuses an unsealed file.
//
// The content hashed is a fixed binary encoding of the fields (length-prefixed, slots in slot-id order),
// not the JSON text, so it does not depend on how a Qt version lays out JSON.
//
// One limit for reading and writing: save() refuses (writing nothing) any file that load() would refuse, so
// a change can never leave a key file behind that locks everybody out. maxSlots is far above any office.
class KeySlotFile {
    Q_DECLARE_TR_FUNCTIONS(KeySlotFile)

public:
    static constexpr int formatVersion = 2;
    static constexpr int namedFormatVersion = 1; // user names in clear; read, never written
    static constexpr std::size_t keyBytes = 32;  // slot keys and master keys
    // Shared by load() and save(). A slot takes at most slotBytesBound bytes of JSON (about 690 with the
    // largest Argon2id cost accepted), so maxSlots slots always fit in maxFileBytes.
    static constexpr int maxSlots = 20000;
    static constexpr qint64 slotBytesBound = 800;
    static constexpr qint64 maxFileBytes = 16 * 1024 * 1024;

    // An empty file (no slots, not sealed) for the vault with this id.
    static KeySlotFile create(const QString& vaultId);
    // A fresh vault id: 16 random bytes as 32 lower-case hex digits.
    static QString newVaultId();

    // NotFound when the file does not exist (the message points to the recovery code); Failure when it
    // cannot be read or was written by a newer version; Corrupt when it is not a key file, is malformed,
    // is larger than maxFileBytes or holds more than maxSlots slots, or its digest does not match.
    static Result<KeySlotFile> load(const QString& path);
    // Same checks as load() on bytes already read.
    static Result<KeySlotFile> fromBytes(const QByteArray& json);
    /* For the recovery path only: every slot of a damaged file that is still well-formed, ignoring the
       digest, the seal, the size limits and slots that are malformed (counted in *skipped). Nothing read
       this way is trusted: the caller must keep only slots it can prove against the vault (unwrapMasterKey
       with the slot key the vault holds). Failure for a file of a newer version (it cannot be understood,
       so it must not be replaced); Corrupt when nothing of a key file can be found. The result is unsealed
       and has the file's vault id, which may be empty. */
    static Result<KeySlotFile> salvage(const QByteArray& bytes, int* skipped = nullptr);
    QByteArray toBytes() const;
    // Writes atomically (QSaveFile: a temporary file renamed over the old one once complete and synced),
    // readable and writable by its owner only (0600), whatever the umask. On any failure the previous file
    // is untouched. Refuses, writing nothing, an unsealed file and a file load() would refuse.
    Status save(const QString& path) const;

    QString vaultId() const { return m_vaultId; }
    // The format of the seal currently held: namedFormatVersion for a format 1 file as read, else
    // formatVersion.
    int version() const { return m_version; }
    int slotCount() const { return static_cast<int>(m_slots.size()); }
    // User names are compared exactly (case and Unicode form as given).
    bool hasUser(const QString& user) const;
    // The id under which this file keeps (or would keep) the user's slot: 64 hex digits.
    QString slotId(const QString& user) const;
    // The Argon2id cost of the user's slot; all zero for an unknown user.
    KdfParams kdfParams(const QString& user) const;

    // Creates or replaces the user's slot with a fresh salt and fresh nonces. Takes one Argon2id run at
    // `params`. Usage for an empty user name, unacceptable params or keys that are not keyBytes long;
    // Refused for a new user when the file already holds maxSlots slots; Failure when the memory for
    // Argon2id is not available. On failure the file is unchanged.
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
    // Removes every slot that belongs to none of `users` (slots are not named, so this is how slots nobody
    // can vouch for are dropped). Returns how many were removed; drops the seal if any.
    int keepOnly(const QStringList& users);

    // Seals the current content with the master key, in format 2 (a format 1 file is converted here).
    // Call after the last change and before save().
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

    enum class ParseMode { Strict, IgnoreDigest, Salvage };
    static Result<KeySlotFile> parse(const QByteArray& json, const QString& path, ParseMode mode, int* skipped);
    QByteArray idOf(const QString& user) const;
    // Forgets how a format 1 file named its slots: from now on it is a format 2 file.
    void becomeCurrentFormat();
    QByteArray content() const;
    QByteArray digest() const;
    QByteArray slotKeyAssociatedData(const QString& user, const Slot& slot) const;
    QByteArray masterKeyAssociatedData(const QString& user) const;

    QString m_vaultId;
    QByteArray m_userSalt;          // key of the slot-id digest
    QMap<QByteArray, Slot> m_slots; // by slot id (32 bytes)
    QByteArray m_seal;              // empty when not sealed
    int m_version = formatVersion;
    QMap<QString, QByteArray> m_namedSlots; // format 1 as read: user name -> slot id
};

} // namespace creditcase::crypto
