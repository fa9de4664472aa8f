#include "KdfParams.h"

#include "Sodium.h"

#include <QElapsedTimer>
#include <algorithm>
#include <cmath>
#include <sodium.h>

namespace creditcase::crypto {

namespace {

constexpr quint64 mebibyte = 1024 * 1024;

// Measured on the development VM (AMD EPYC, 2 vCPU shared with other builds, libsodium 1.0.18, best
// of 3 runs of crypto_pwhash with crypto_pwhash_ALG_ARGON2ID13, 32-byte output):
//   ops 2 /  64 MiB: 0.14 s    ops 3 / 128 MiB: 0.41 s    ops 2 / 256 MiB: 0.76 s
//   ops 4 /  64 MiB: 0.20 s    ops 4 / 128 MiB: 0.48 s    ops 3 / 256 MiB: 0.83 s (= MODERATE)
// 4 passes over 128 MiB is the closest to the 0.5 s target while keeping memory modest for an
// older office PC; the tests/bench/crypto_bench program prints the figure for the machine it runs on.
constexpr quint64 interactiveOpsLimit = 4;
constexpr quint64 interactiveMemLimitBytes = 128 * mebibyte;

// Wall-clock milliseconds of one derivation with `params`, or a negative value if it failed.
double timeDerivation(const KdfParams& params) {
    const SecretBytes password = SecretBytes::copyOf("calibration password", 20);
    const QByteArray salt(crypto_pwhash_SALTBYTES, '\x5a');
    QElapsedTimer timer;
    timer.start();
    const Result<SecretBytes> key = params.deriveKey(password, salt, 32);
    const double elapsed = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    return key.ok() ? elapsed : -1.0;
}

} // namespace

KdfParams KdfParams::interactive() {
    return {interactiveOpsLimit, interactiveMemLimitBytes};
}

KdfParams KdfParams::cheapestForTests() {
    return {crypto_pwhash_argon2id_OPSLIMIT_MIN, crypto_pwhash_argon2id_MEMLIMIT_MIN};
}

bool KdfParams::isAcceptable() const {
    return opsLimit >= crypto_pwhash_argon2id_OPSLIMIT_MIN && opsLimit <= maxOpsLimit &&
           memLimitBytes >= crypto_pwhash_argon2id_MEMLIMIT_MIN && memLimitBytes <= maxMemLimitBytes;
}

Result<SecretBytes> KdfParams::deriveKey(const SecretBytes& password, const QByteArray& salt,
                                         std::size_t keySize) const {
    Sodium::ensureInitialised();
    if (!isAcceptable()) {
        return Error::usage(tr("The password protection settings (%1 passes, %2 KiB of memory) are outside "
                               "the range this version of CreditCase accepts.")
                                .arg(opsLimit)
                                .arg(memLimitBytes / 1024));
    }
    if (static_cast<std::size_t>(salt.size()) != crypto_pwhash_SALTBYTES || keySize < crypto_pwhash_BYTES_MIN) {
        return Error::usage(tr("Internal error: a password key was requested with a malformed salt or size."));
    }
    SecretBytes key(keySize);
    // An empty password is passed as a valid zero-length buffer.
    static const char emptyPassword = '\0';
    const char* passwordData = password.isEmpty() ? &emptyPassword : reinterpret_cast<const char*>(password.data());
    if (crypto_pwhash(key.data(), key.size(), passwordData, password.size(),
                      reinterpret_cast<const unsigned char*>(salt.constData()), opsLimit,
                      static_cast<std::size_t>(memLimitBytes), crypto_pwhash_ALG_ARGON2ID13) != 0) {
        return Error::failure(tr("This computer could not provide the %1 MiB of memory needed to check the "
                                 "password. Close other programs and try again.")
                                  .arg((memLimitBytes + mebibyte - 1) / mebibyte));
    }
    return key;
}

Result<KdfParams> KdfParams::calibrate(int targetMilliseconds) {
    const double target = std::max(1, targetMilliseconds);
    // Argon2id time is close to linear in passes: a fixed part (filling memory once) plus one part per
    // pass. Two probes give both; the cost is then the number of passes that lands nearest the target.
    KdfParams params = interactive();
    params.opsLimit = 1;
    const double onePass = timeDerivation(params);
    params.opsLimit = 2;
    const double twoPasses = timeDerivation(params);
    if (onePass < 0 || twoPasses < 0) {
        return Error::failure(tr("The password protection could not be measured: this computer could not "
                                 "provide %1 MiB of memory.")
                                  .arg(interactiveMemLimitBytes / mebibyte));
    }
    if (target <= onePass) {
        // Even one pass is too slow: scale memory down, rounded to whole KiB, not below libsodium's floor.
        const double scaled = static_cast<double>(interactiveMemLimitBytes) * target / onePass;
        const quint64 kib = static_cast<quint64>(scaled) / 1024;
        params.opsLimit = 1;
        params.memLimitBytes = std::max<quint64>(kib * 1024, crypto_pwhash_argon2id_MEMLIMIT_MIN);
        return params;
    }
    const double perPass = std::max(twoPasses - onePass, 0.001);
    const double fixedPart = onePass - perPass;
    const double passes = std::round((target - fixedPart) / perPass);
    params.opsLimit = static_cast<quint64>(std::clamp(passes, 1.0, static_cast<double>(maxOpsLimit)));
    return params;
}

} // namespace creditcase::crypto
