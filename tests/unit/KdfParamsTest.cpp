#include "crypto/KdfParams.h"

#include <QElapsedTimer>
#include <catch2/catch.hpp>
#include <sodium.h>

using namespace creditcase;
using namespace creditcase::crypto;

namespace {

const QByteArray saltA(crypto_pwhash_SALTBYTES, 'a');
const QByteArray saltB(crypto_pwhash_SALTBYTES, 'b');

qint64 millisecondsFor(const KdfParams& params) {
    const SecretBytes password = SecretBytes::copyOf("timing", 6);
    QElapsedTimer timer;
    timer.start();
    const Result<SecretBytes> key = params.deriveKey(password, saltA, 32);
    REQUIRE(key.ok());
    return timer.elapsed();
}

} // namespace

TEST_CASE("KdfParams::cheapestForTests is libsodium's minimum and acceptable") {
    const KdfParams cheapest = KdfParams::cheapestForTests();
    CHECK(cheapest.opsLimit == crypto_pwhash_OPSLIMIT_MIN);
    CHECK(cheapest.memLimitBytes == crypto_pwhash_MEMLIMIT_MIN);
    CHECK(cheapest.isAcceptable());
}

TEST_CASE("KdfParams::isAcceptable rejects costs outside the bounds") {
    CHECK_FALSE(KdfParams{}.isAcceptable());
    CHECK_FALSE(KdfParams{0, crypto_pwhash_MEMLIMIT_MIN}.isAcceptable());
    CHECK_FALSE(KdfParams{1, crypto_pwhash_MEMLIMIT_MIN - 1}.isAcceptable());
    CHECK_FALSE(KdfParams{KdfParams::maxOpsLimit + 1, crypto_pwhash_MEMLIMIT_MIN}.isAcceptable());
    CHECK_FALSE(KdfParams{1, KdfParams::maxMemLimitBytes + 1}.isAcceptable());
    CHECK(KdfParams{KdfParams::maxOpsLimit, KdfParams::maxMemLimitBytes}.isAcceptable());
}

TEST_CASE("KdfParams::deriveKey depends on password, salt and cost, and on nothing else") {
    const KdfParams cheapest = KdfParams::cheapestForTests();
    const SecretBytes password = SecretBytes::copyOf("correct horse", 13);

    const Result<SecretBytes> first = cheapest.deriveKey(password, saltA, 32);
    const Result<SecretBytes> again = cheapest.deriveKey(password, saltA, 32);
    REQUIRE(first.ok());
    REQUIRE(again.ok());
    CHECK(first->size() == 32);
    CHECK(first->equals(*again));

    CHECK_FALSE(cheapest.deriveKey(password, saltB, 32)->equals(*first));
    CHECK_FALSE(cheapest.deriveKey(SecretBytes::copyOf("correct horsE", 13), saltA, 32)->equals(*first));
    const KdfParams twoPasses{cheapest.opsLimit + 1, cheapest.memLimitBytes};
    CHECK_FALSE(twoPasses.deriveKey(password, saltA, 32)->equals(*first));

    // An empty password is still a password (the caller decides whether to allow it).
    CHECK(cheapest.deriveKey(SecretBytes(), saltA, 32).ok());
}

TEST_CASE("KdfParams::deriveKey refuses a malformed salt or an unacceptable cost") {
    const SecretBytes password = SecretBytes::copyOf("pw", 2);
    const Result<SecretBytes> shortSalt = KdfParams::cheapestForTests().deriveKey(password, QByteArray(8, 's'), 32);
    REQUIRE_FALSE(shortSalt.ok());
    CHECK(shortSalt.error().kind == ErrorKind::Usage);

    const Result<SecretBytes> tooCostly =
        KdfParams{KdfParams::maxOpsLimit + 1, crypto_pwhash_MEMLIMIT_MIN}.deriveKey(password, saltA, 32);
    REQUIRE_FALSE(tooCostly.ok());
    CHECK(tooCostly.error().kind == ErrorKind::Usage);
}

TEST_CASE("KdfParams::interactive is acceptable and much slower than the test cost") {
    const KdfParams interactive = KdfParams::interactive();
    REQUIRE(interactive.isAcceptable());
    CHECK(interactive.memLimitBytes >= 64 * 1024 * 1024);

    const qint64 cheap = millisecondsFor(KdfParams::cheapestForTests());
    const qint64 slow = millisecondsFor(interactive);
    INFO("cheapest " << cheap << " ms, interactive " << slow << " ms");
    CHECK(slow > cheap);
    CHECK(slow >= 50); // about 500 ms where it was measured; far from the microseconds of the minimum
}

TEST_CASE("KdfParams::calibrate lowers memory when even one pass exceeds the target") {
    const Result<KdfParams> tiny = KdfParams::calibrate(1);
    REQUIRE(tiny.ok());
    CHECK(tiny->isAcceptable());
    CHECK(tiny->opsLimit == 1);
    CHECK(tiny->memLimitBytes < KdfParams::interactive().memLimitBytes);
    CHECK(tiny->memLimitBytes % 1024 == 0);
}
