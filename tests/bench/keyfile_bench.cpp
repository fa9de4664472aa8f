// Prints the size of the key file per user and how long loading, checking and saving it take at office sizes
// up to KeySlotFile::maxSlots, so the shared read/write limit can be checked against real machines. The slots
// use the cheapest Argon2id cost (the cost does not change the file's size by more than a few digits, nor the
// time to read or write it). Never fails because a machine is slow.
#include "TempDir.h"
#include "crypto/KdfParams.h"
#include "crypto/KeySlotFile.h"
#include "crypto/SecretBytes.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <cstdio>

using namespace creditcase;
using namespace creditcase::crypto;

namespace {

double millisecondsOf(QElapsedTimer& timer) {
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

void measure(int users) {
    const SecretBytes masterKey = SecretBytes::random(KeySlotFile::keyBytes);
    KeySlotFile file = KeySlotFile::create(KeySlotFile::newVaultId());
    for (int i = 0; i < users; ++i) {
        const QByteArray pw = "password of " + QByteArray::number(i);
        if (!file.setSlot(QStringLiteral("用户%1").arg(i),
                          SecretBytes::copyOf(pw.constData(), static_cast<std::size_t>(pw.size())),
                          SecretBytes::random(KeySlotFile::keyBytes), masterKey, KdfParams::cheapestForTests())
                 .ok()) {
            std::printf("%6d users: setSlot FAILED\n", users);
            return;
        }
    }
    file.seal(masterKey);
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("bench.keys"));

    QElapsedTimer timer;
    timer.start();
    const Status saved = file.save(path);
    const double saveMs = millisecondsOf(timer);
    timer.restart();
    const Result<KeySlotFile> loaded = KeySlotFile::load(path);
    const double loadMs = millisecondsOf(timer);
    timer.restart();
    const bool sealOk = loaded.ok() && loaded->verifySeal(masterKey).ok();
    const double sealMs = millisecondsOf(timer);
    timer.restart();
    const bool found = loaded.ok() && loaded->hasUser(QStringLiteral("用户%1").arg(users - 1));
    const double lookupMs = millisecondsOf(timer);
    if (!saved.ok() || !loaded.ok() || !sealOk || !found) {
        std::printf("%6d users: FAILED (%s)\n", users,
                    qPrintable(!saved.ok() ? saved.error().message
                                           : (!loaded.ok() ? loaded.error().message : QStringLiteral("seal"))));
        return;
    }
    const qint64 bytes = QFileInfo(path).size();
    std::printf("%6d users: %9lld bytes (%4lld per user)  save %7.1f ms  load %7.1f ms  seal check %6.1f ms  "
                "find a user %5.3f ms\n",
                users, static_cast<long long>(bytes), static_cast<long long>(bytes / users), saveMs, loadMs, sealMs,
                lookupMs);
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    std::printf("Key file (format %d), limits shared by load and save: %d slots, %lld MiB\n",
                KeySlotFile::formatVersion, KeySlotFile::maxSlots,
                static_cast<long long>(KeySlotFile::maxFileBytes / (1024 * 1024)));
    for (const int users : {10, 100, 1000, 1700, 10000, KeySlotFile::maxSlots}) {
        measure(users);
    }
    return 0;
}
