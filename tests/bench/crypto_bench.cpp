// Prints how long Argon2id takes on this machine for the key-slot costs, so the default in
// KdfParams::interactive() (target about 0.5 s, DESIGN.md) can be checked on the slowest office PC.
// Never fails because a machine is slow.
#include "crypto/KdfParams.h"
#include "crypto/SecretBytes.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <algorithm>
#include <cstdio>
#include <sodium.h>
#include <vector>

using namespace creditcase::crypto;

namespace {

// Milliseconds of each of `runs` derivations, or an empty list if Argon2id failed.
std::vector<double> measure(const KdfParams& params, int runs) {
    const SecretBytes password = SecretBytes::copyOf("benchmark password", 18);
    const QByteArray salt(crypto_pwhash_SALTBYTES, 's');
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (!params.deriveKey(password, salt, 32).ok()) {
            return {};
        }
        times.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times;
}

void report(const char* name, const KdfParams& params, int runs) {
    const std::vector<double> times = measure(params, runs);
    if (times.empty()) {
        std::printf("%-22s ops %3llu  mem %6llu KiB: FAILED (not enough memory?)\n", name,
                    static_cast<unsigned long long>(params.opsLimit),
                    static_cast<unsigned long long>(params.memLimitBytes / 1024));
        return;
    }
    std::printf("%-22s ops %3llu  mem %6llu KiB: best %8.1f ms  median %8.1f ms  (%d runs)\n", name,
                static_cast<unsigned long long>(params.opsLimit),
                static_cast<unsigned long long>(params.memLimitBytes / 1024), times.front(), times[times.size() / 2],
                runs);
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    std::printf("Argon2id13 (libsodium %s), one 32-byte key per derivation\n", sodium_version_string());
    report("cheapestForTests()", KdfParams::cheapestForTests(), 20);
    report("interactive()", KdfParams::interactive(), 5);
    report("MODERATE (libsodium)", KdfParams{crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE}, 3);

    for (const int target : {250, 500, 1000}) {
        const auto calibrated = KdfParams::calibrate(target);
        if (!calibrated.ok()) {
            std::printf("calibrate(%d) failed: %s\n", target, qPrintable(calibrated.error().message));
            continue;
        }
        char name[32];
        std::snprintf(name, sizeof name, "calibrate(%d)", target);
        report(name, *calibrated, 3);
    }
    return 0;
}
