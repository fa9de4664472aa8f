#include "crypto/SecretBytes.h"

#include <catch2/catch.hpp>
#include <utility>

using namespace creditcase::crypto;

namespace {

bool allZero(const SecretBytes& bytes) {
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        if (bytes.data()[i] != 0) {
            return false;
        }
    }
    return true;
}

} // namespace

TEST_CASE("SecretBytes starts empty or zeroed") {
    const SecretBytes none;
    CHECK(none.isEmpty());
    CHECK(none.size() == 0);
    CHECK(none.data() == nullptr);

    const SecretBytes zeroed(48);
    CHECK(zeroed.size() == 48);
    CHECK_FALSE(zeroed.isEmpty());
    CHECK(allZero(zeroed));
}

TEST_CASE("SecretBytes::random gives fresh bytes every time") {
    const SecretBytes first = SecretBytes::random(32);
    const SecretBytes second = SecretBytes::random(32);
    REQUIRE(first.size() == 32);
    CHECK_FALSE(allZero(first));
    CHECK_FALSE(first.equals(second));
    CHECK(SecretBytes::random(0).isEmpty());
}

TEST_CASE("SecretBytes compares by content, and only equal sizes can be equal") {
    const SecretBytes a = SecretBytes::copyOf("0123456789", 10);
    const SecretBytes same = SecretBytes::copyOf("0123456789", 10);
    const SecretBytes lastDiffers = SecretBytes::copyOf("012345678X", 10);
    const SecretBytes prefix = SecretBytes::copyOf("012345678", 9);
    CHECK(a.equals(same));
    CHECK_FALSE(a.equals(lastDiffers));
    CHECK_FALSE(a.equals(prefix));
    CHECK(SecretBytes().equals(SecretBytes()));
}

TEST_CASE("SecretBytes moves leave the source empty") {
    SecretBytes source = SecretBytes::copyOf("key material", 12);
    const unsigned char* buffer = source.data();

    SecretBytes moved(std::move(source));
    CHECK(source.isEmpty()); // NOLINT(bugprone-use-after-move): the moved-from state is what is tested
    CHECK(source.data() == nullptr);
    CHECK(moved.data() == buffer);
    CHECK(moved.equals(SecretBytes::copyOf("key material", 12)));

    SecretBytes assigned = SecretBytes::random(4);
    assigned = std::move(moved);
    CHECK(moved.isEmpty()); // NOLINT(bugprone-use-after-move)
    CHECK(assigned.equals(SecretBytes::copyOf("key material", 12)));
}

TEST_CASE("SecretBytes::fromUtf8 takes the UTF-8 bytes and empties the source string") {
    QString password = QStringLiteral("信用中国 Pa55!");
    const QByteArray expected = password.toUtf8();

    const SecretBytes bytes = SecretBytes::fromUtf8(std::move(password));
    CHECK(bytes.toByteArrayUnsafe() == expected);
    CHECK(password.isEmpty()); // NOLINT(bugprone-use-after-move): fromUtf8 promises to empty it
}

TEST_CASE("SecretBytes::toByteArrayUnsafe hands out an exact copy") {
    const SecretBytes key = SecretBytes::random(32);
    const QByteArray copy = key.toByteArrayUnsafe();
    REQUIRE(copy.size() == 32);
    CHECK(SecretBytes::copyOf(copy.constData(), 32).equals(key));
    CHECK(SecretBytes().toByteArrayUnsafe().isEmpty());
}

TEST_CASE("wipe empties a Qt buffer and leaves other copies of it alone") {
    QByteArray key("raw key bytes");
    const QByteArray otherCopy = key;
    wipe(key);
    CHECK(key.isEmpty());
    CHECK(otherCopy == QByteArray("raw key bytes"));

    QString text = QStringLiteral("口令");
    const QString otherText = text;
    wipe(text);
    CHECK(text.isEmpty());
    CHECK(otherText == QStringLiteral("口令"));

    QByteArray empty;
    wipe(empty);
    CHECK(empty.isEmpty());
}
