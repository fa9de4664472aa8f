#include "documents/DocumentFingerprint.h"

#include <catch2/catch.hpp>

using creditcase::documents::DocumentFingerprint;

TEST_CASE("A fingerprint is the chain position and 40 bits of the entry hash in base32", "[documents]") {
    const QString hash = QStringLiteral("ffffffffff00112233445566778899aabbccddeeff00112233445566778899aa");
    const auto fingerprint = DocumentFingerprint::of(1042, hash);
    CHECK(fingerprint.text() == QStringLiteral("1042-ZZZZ-ZZZZ"));
    CHECK(fingerprint.matchesHash(hash));
    CHECK_FALSE(fingerprint.matchesHash(QStringLiteral("fffffffffe") + hash.mid(10)));
    CHECK(DocumentFingerprint::of(7, QStringLiteral("0000000000") + hash.mid(10)).text() ==
          QStringLiteral("7-0000-0000"));
}

TEST_CASE("A fingerprint read aloud and typed back is understood", "[documents]") {
    const auto parsed = DocumentFingerprint::parse(QStringLiteral(" 1042 7f3k 9qxo "));
    REQUIRE(parsed.has_value());
    CHECK(parsed->auditSeq == 1042);
    CHECK(parsed->code == QStringLiteral("7F3K9QX0")); // O read as zero
    CHECK(DocumentFingerprint::parse(QStringLiteral("1042-7F3K-9QXI"))->code == QStringLiteral("7F3K9QX1"));
    CHECK_FALSE(DocumentFingerprint::parse(QStringLiteral("7F3K-9QX2")).has_value());      // no position
    CHECK_FALSE(DocumentFingerprint::parse(QStringLiteral("1042-7F3K-9QX")).has_value());  // too short
    CHECK_FALSE(DocumentFingerprint::parse(QStringLiteral("1042-7F3K-9QXU")).has_value()); // U is not base32
    CHECK_FALSE(DocumentFingerprint::parse(QStringLiteral("0-7F3K-9QX2")).has_value());
}
