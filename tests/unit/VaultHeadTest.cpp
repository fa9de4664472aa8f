#include "storage/VaultHead.h"

#include "CliRunner.h"
#include "TempDir.h"
#include "crypto/SecretBytes.h"

#include <QFile>
#include <catch2/catch.hpp>
#include <sys/stat.h>
#include <thread>
#include <vector>

using namespace creditcase;
using creditcase::storage::VaultHead;
using creditcase::test::TempDir;

namespace {

std::optional<quint64> recorded(const QString& vault, const crypto::SecretBytes& key) {
    auto value = VaultHead::verify(VaultHead::snapshot(vault), vault, key);
    REQUIRE(value.ok());
    return *value;
}

} // namespace

TEST_CASE("The head only moves forward, and a reset writes what it is told") {
    TempDir dir;
    const QString vault = dir.file(QStringLiteral("v.vault"));
    const auto key = crypto::SecretBytes::random(32);

    CHECK_FALSE(recorded(vault, key).has_value());
    REQUIRE(VaultHead::advance(vault, key, 5).ok());
    CHECK(recorded(vault, key) == std::optional<quint64>(5));
    REQUIRE(VaultHead::advance(vault, key, 3).ok());
    CHECK(recorded(vault, key) == std::optional<quint64>(5));
    REQUIRE(VaultHead::advance(vault, key, 9).ok());
    CHECK(recorded(vault, key) == std::optional<quint64>(9));
    REQUIRE(VaultHead::reset(vault, key, 2).ok());
    CHECK(recorded(vault, key) == std::optional<quint64>(2));

    struct stat info {};
    REQUIRE(::stat(QFile::encodeName(VaultHead::pathFor(vault)).constData(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0600);
}

TEST_CASE("Writers advancing the head at once leave the largest number") {
    TempDir dir;
    const QString vault = dir.file(QStringLiteral("v.vault"));
    const auto key = crypto::SecretBytes::random(32);
    std::vector<std::thread> writers;
    for (int writer = 0; writer < 4; ++writer) {
        writers.emplace_back([&, writer] {
            for (quint64 n = 1; n <= 50; ++n) {
                (void)VaultHead::advance(vault, key, n * 4 + quint64(writer));
            }
        });
    }
    for (auto& thread : writers) {
        thread.join();
    }
    CHECK(recorded(vault, key) == std::optional<quint64>(50 * 4 + 3));
}

TEST_CASE("A head that is damaged, forged or sealed with another key is refused") {
    TempDir dir;
    const QString vault = dir.file(QStringLiteral("v.vault"));
    const auto key = crypto::SecretBytes::random(32);
    REQUIRE(VaultHead::reset(vault, key, 7).ok());
    QByteArray bytes = test::readAll(VaultHead::pathFor(vault));

    SECTION("another key") {
        bytes = VaultHead::encode(7, crypto::SecretBytes::random(32));
    }
    SECTION("a changed number") {
        bytes.replace("commit_seq=7", "commit_seq=8");
    }
    SECTION("a flipped bit in the seal") {
        bytes[bytes.size() - 5] = static_cast<char>(bytes[bytes.size() - 5] ^ 1);
    }
    SECTION("empty") {
        bytes.clear();
    }
    SECTION("cut short") {
        bytes.chop(10);
    }

    test::writeFile(VaultHead::pathFor(vault), bytes);
    auto value = VaultHead::verify(VaultHead::snapshot(vault), vault, key);
    REQUIRE_FALSE(value.ok());
    CHECK(value.error().kind == ErrorKind::Corrupt);
    CHECK(value.error().message.contains(VaultHead::pathFor(vault)));
}
