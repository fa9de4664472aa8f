#pragma once

#include "Result.h"
#include "SecretBytes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QtGlobal>
#include <cstddef>

namespace creditcase::crypto {

// Cost of Argon2id13 (libsodium crypto_pwhash) on a user's password. Stored in every key slot, so a slot
// written with one cost still opens after the default changes, and tests can use the cheapest cost.
struct KdfParams {
    Q_DECLARE_TR_FUNCTIONS(KdfParams)

public:
    quint64 opsLimit = 0;      // passes over memory
    quint64 memLimitBytes = 0; // memory used, in bytes

    // Bounds accepted when a slot is written or read. The upper bounds keep a doctored key file from
    // making the unlock screen hang for hours or exhaust memory.
    static constexpr quint64 maxOpsLimit = 256;
    static constexpr quint64 maxMemLimitBytes = quint64(4) * 1024 * 1024 * 1024;

    // The default for new slots: about half a second per unlock on an office PC (DESIGN.md).
    static KdfParams interactive();
    // libsodium's minimum. Only for tests: a password protected with it is cheap to guess.
    static KdfParams cheapestForTests();
    // Measures this machine and returns a cost that takes about `targetMilliseconds` (at least 1).
    // Memory stays at interactive()'s figure and passes are added; a target below one pass lowers memory.
    // Failure when Argon2id cannot run (not enough memory).
    static Result<KdfParams> calibrate(int targetMilliseconds);

    // Within libsodium's limits and the bounds above.
    bool isAcceptable() const;

    // Argon2id13 of `password` with `salt` (crypto_pwhash_SALTBYTES bytes) into a key of `keySize` bytes.
    // Usage for parameters outside the bounds or a salt of the wrong size; Failure when the machine
    // cannot provide the memory.
    Result<SecretBytes> deriveKey(const SecretBytes& password, const QByteArray& salt, std::size_t keySize) const;

    bool operator==(const KdfParams&) const = default;
};

} // namespace creditcase::crypto
