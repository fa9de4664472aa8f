// Fuzz target: a backup file travels on USB sticks and is read before any password is tried. Any bytes given to
// the container reader must be refused cleanly or accepted; an accepted container must write back and read
// back the same, and the key file it carries goes through the key-file reader like one on disk.
#include "crypto/KeySlotFile.h"
#include "storage/BackupFile.h"

#include <QByteArray>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

using creditcase::crypto::KeySlotFile;
using creditcase::storage::BackupFile;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    auto backup = BackupFile::parse(bytes, QStringLiteral("fuzz.ccbackup"));
    if (!backup) {
        return 0;
    }
    auto again = BackupFile::parse(backup->serialize(), QStringLiteral("fuzz.ccbackup"));
    if (!again || again->vaultId != backup->vaultId || again->createdAt != backup->createdAt ||
        again->schemaVersion != backup->schemaVersion || again->keySlotFile != backup->keySlotFile ||
        again->database != backup->database) {
        std::abort(); // what we write must read back the same
    }
    if (auto keys = KeySlotFile::fromBytes(backup->keySlotFile)) {
        (void)keys->toBytes();
    }
    (void)KeySlotFile::recomputeDigestForTests(backup->keySlotFile);
    return 0;
}
