// Fuzz target: the key file beside a vault (`<vault>.keys`) is read before any password is tried, from a disk
// that may have damaged it or from someone who could write it. Any bytes must be refused cleanly or accepted;
// an accepted file must survive a round trip, and opening a slot with a wrong password must fail cleanly. (The
// salvage reader of the recovery path has a target of its own, fuzz_key_file_salvage: it is ten times slower.)
//
// Random bytes rarely carry a correct BLAKE2b digest, so every input is also read once more with its digest
// recomputed (KeySlotFile::recomputeDigestForTests, what anyone who edits the file can do): that takes the
// fuzzer past the digest into the slot parsing and the XChaCha20-Poly1305 unwrapping.
#include "crypto/KeySlotFile.h"

#include <QByteArray>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>

using creditcase::crypto::KdfParams;
using creditcase::crypto::KeySlotFile;
using creditcase::crypto::SecretBytes;

namespace {

// Slots are filed under a salted digest of the user name (format 2), so a reader can only ask about names it
// already knows: these are the users of the seed files.
const QString kCandidates[] = {QStringLiteral("admin"), QStringLiteral("officer-1")};

void exercise(const KeySlotFile& file) {
    const char wrong[] = "not the password";
    const SecretBytes password = SecretBytes::copyOf(wrong, std::strlen(wrong));
    const SecretBytes slotKey(KeySlotFile::keyBytes);
    for (const QString& user : kCandidates) {
        if (!file.hasUser(user)) {
            continue;
        }
        // Argon2id only at the cheapest cost: a fuzzed cost of gigabytes would measure the machine, not the code.
        const KdfParams cost = file.kdfParams(user);
        if (cost.opsLimit == KdfParams::cheapestForTests().opsLimit &&
            cost.memLimitBytes == KdfParams::cheapestForTests().memLimitBytes) {
            if (file.unwrapSlotKey(user, password)) {
                std::abort(); // a wrong password opened a slot
            }
        }
        (void)file.unwrapMasterKey(user, slotKey);
    }
    (void)file.verifySeal(slotKey);
}

// A file read with all its checks must write back as bytes that read back the same.
void roundTrip(const KeySlotFile& file) {
    const QByteArray written = file.toBytes();
    auto again = KeySlotFile::fromBytes(written);
    if (!again || again->slotCount() != file.slotCount() || again->vaultId() != file.vaultId() ||
        again->toBytes() != written) {
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    if (auto file = KeySlotFile::fromBytes(bytes)) {
        roundTrip(*file);
        exercise(*file);
    }
    if (auto redigested = KeySlotFile::recomputeDigestForTests(bytes)) {
        auto file = KeySlotFile::fromBytes(*redigested);
        if (!file) {
            std::abort(); // the digest was just made right: only the digest check can differ
        }
        roundTrip(*file);
        exercise(*file);
    }
    return 0;
}
