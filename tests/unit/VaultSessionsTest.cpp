#include "storage/VaultSessions.h"

#include "CliRunner.h"
#include "TempDir.h"
#include "crypto/SecretBytes.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>
#include <catch2/catch.hpp>
#include <sys/stat.h>
#include <unistd.h>

using namespace creditcase;
using creditcase::storage::VaultSessions;
using creditcase::test::TempDir;

namespace {

const QString kPerson = QStringLiteral("wang-fang-officer");

mode_t modeOf(const QString& path) {
    struct stat info {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &info) == 0);
    return info.st_mode & 0777;
}

// A marker as another live process would leave it: this one's marker, renamed to the parent's pid.
void pretendAnotherProcess(const QString& vault) {
    const QDir dir(VaultSessions::directoryFor(vault));
    const QStringList files = dir.entryList(QDir::Files);
    REQUIRE(files.size() == 1);
    QJsonObject json = QJsonDocument::fromJson(test::readAll(dir.filePath(files.first()))).object();
    json.insert(QStringLiteral("pid"), qint64(::getppid()));
    test::writeFile(dir.filePath(QStringLiteral("other.json")), QJsonDocument(json).toJson());
}

} // namespace

TEST_CASE("A session marker names its user only to processes that unlocked the vault") {
    TempDir dir;
    const QString vault = dir.file(QStringLiteral("v.vault"));
    const auto key = crypto::SecretBytes::random(32);
    {
        VaultSessions mine(vault, &key);
        REQUIRE(mine.enter(kPerson).ok());
        pretendAnotherProcess(vault);
    }
    const QString folder = VaultSessions::directoryFor(vault);
    CHECK(modeOf(folder) == 0700);
    const QString host = QSysInfo::machineHostName();
    for (const QString& name : QDir(folder).entryList(QDir::Files)) {
        const QString file = QDir(folder).filePath(name);
        const QByteArray bytes = test::readAll(file);
        CHECK_FALSE(bytes.contains(kPerson.toUtf8()));
        // No field holds the host name. A short one (this machine's is "vm") turns up by chance inside base64
        // ciphertext, so the search of the raw bytes only means something from six characters on.
        const QJsonObject fields = QJsonDocument::fromJson(bytes).object();
        for (auto it = fields.begin(); it != fields.end(); ++it)
            CHECK(it.value().toString() != host);
        if (host.size() >= 6) {
            CHECK_FALSE(bytes.contains(host.toUtf8()));
            CHECK_FALSE(name.contains(host));
        }
    }

    SECTION("with the key: who and since when") {
        VaultSessions unlocked(vault, &key);
        const Status alone = unlocked.requireExclusive();
        REQUIRE_FALSE(alone.ok());
        CHECK(alone.error().kind == ErrorKind::InUse);
        CHECK(alone.error().message.contains(QStringLiteral("in use by %1 since").arg(kPerson)));
    }
    SECTION("without the key, or with another vault's: someone, not who") {
        const auto otherKey = crypto::SecretBytes::random(32);
        VaultSessions outsider(vault);
        VaultSessions stranger(vault, &otherKey);
        for (const VaultSessions* sessions : {&outsider, &stranger}) {
            const Status alone = sessions->requireExclusive();
            REQUIRE_FALSE(alone.ok());
            CHECK(alone.error().message.contains(QStringLiteral("in use by another user since")));
            CHECK_FALSE(alone.error().message.contains(kPerson));
        }
    }
    SECTION("entering needs the key") {
        VaultSessions outsider(vault);
        CHECK_FALSE(outsider.enter(kPerson).ok());
    }
}

TEST_CASE("A marker left by a process that is gone is removed the next time anyone looks") {
    TempDir dir;
    const QString vault = dir.file(QStringLiteral("v.vault"));
    const auto key = crypto::SecretBytes::random(32);
    {
        VaultSessions mine(vault, &key);
        REQUIRE(mine.enter(kPerson).ok());
        const QDir folder(VaultSessions::directoryFor(vault));
        const QString file = folder.filePath(folder.entryList(QDir::Files).first());
        QJsonObject json = QJsonDocument::fromJson(test::readAll(file)).object();
        json.insert(QStringLiteral("pid"), qint64(999999999)); // no such process
        test::writeFile(folder.filePath(QStringLiteral("crashed.json")), QJsonDocument(json).toJson());
    }
    VaultSessions later(vault, &key);
    CHECK(later.others().isEmpty());
    CHECK(later.requireExclusive().ok());
    CHECK(QDir(VaultSessions::directoryFor(vault)).entryList(QDir::Files).isEmpty());
}
