// Fuzz target: when the key file is damaged, the recovery path (vault check or password reset with the recovery
// code) reads what it can of it with KeySlotFile::salvage and keeps only slots it can prove against the vault.
// Nothing salvaged is trusted, but reading any bytes must not crash, and what is salvaged must write out.
#include "crypto/KeySlotFile.h"

#include <QByteArray>
#include <cstddef>
#include <cstdint>
#include <cstring>

using creditcase::crypto::KeySlotFile;
using creditcase::crypto::SecretBytes;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    int skipped = 0;
    auto salvaged = KeySlotFile::salvage(bytes, &skipped);
    if (!salvaged) {
        return 0;
    }
    (void)salvaged->toBytes();
    static const SecretBytes slotKey(KeySlotFile::keyBytes); // locked memory is slow to get; one will do
    for (const QString& user : {QStringLiteral("admin"), QStringLiteral("officer-1")}) {
        if (salvaged->hasUser(user)) {
            (void)salvaged->kdfParams(user);
            (void)salvaged->unwrapMasterKey(user, slotKey);
        }
    }
    (void)salvaged->keepOnly({QStringLiteral("admin")});
    (void)salvaged->toBytes();
    return 0;
}
