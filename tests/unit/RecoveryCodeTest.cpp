#include "crypto/RecoveryCode.h"

#include <QRegularExpression>
#include <catch2/catch.hpp>
#include <stdexcept>

using namespace creditcase;
using namespace creditcase::crypto;

namespace {

const QString alphabet = QStringLiteral("0123456789ABCDEFGHJKMNPQRSTVWXYZ");

SecretBytes countingEntropy() // 01 02 03 ... 14
{
    SecretBytes entropy(RecoveryCode::entropyBytes);
    for (std::size_t i = 0; i < entropy.size(); ++i) {
        entropy.data()[i] = static_cast<unsigned char>(i + 1);
    }
    return entropy;
}

QByteArray hex(const SecretBytes& bytes) {
    return bytes.toByteArrayUnsafe().toHex();
}

// The recovery code of `text`, which must parse.
RecoveryCode parsed(const QString& text) {
    Result<RecoveryCode> code = RecoveryCode::parse(text);
    INFO(text.toStdString() << ": " << (code.ok() ? std::string() : code.error().message.toStdString()));
    REQUIRE(code.ok());
    return code.take();
}

} // namespace

TEST_CASE("RecoveryCode carries at least 128 bits of entropy, every bit of it into code and master key") {
    STATIC_REQUIRE(RecoveryCode::entropyBytes * 8 >= 128);

    const SecretBytes base = countingEntropy();
    const RecoveryCode reference = RecoveryCode::fromEntropy(base);
    const QString referenceText = reference.formatted();
    const SecretBytes referenceKey = reference.masterKey();
    for (std::size_t bit = 0; bit < RecoveryCode::entropyBytes * 8; ++bit) {
        SecretBytes flipped = SecretBytes::copyOf(reinterpret_cast<const char*>(base.data()), base.size());
        flipped.data()[bit / 8] ^= static_cast<unsigned char>(1U << (bit % 8));
        const RecoveryCode other = RecoveryCode::fromEntropy(flipped);
        INFO("bit " << bit);
        CHECK(other.formatted() != referenceText);
        CHECK_FALSE(other.masterKey().equals(referenceKey));
        CHECK(parsed(other.formatted()).masterKey().equals(other.masterKey()));
    }
}

TEST_CASE("RecoveryCode::generate gives a different, well-formed code each time") {
    const QRegularExpression shape(QStringLiteral("^([0-9A-HJKMNP-TV-Z]{5}-){7}[0-9A-HJKMNP-TV-Z]{5}$"));
    const RecoveryCode first = RecoveryCode::generate();
    const RecoveryCode second = RecoveryCode::generate();
    CHECK(shape.match(first.formatted()).hasMatch());
    CHECK(shape.match(second.formatted()).hasMatch());
    CHECK(first.formatted() != second.formatted());
    CHECK_FALSE(first.masterKey().equals(second.masterKey()));
}

TEST_CASE("RecoveryCode round-trips through its printed form") {
    const RecoveryCode code = RecoveryCode::generate();
    const RecoveryCode again = parsed(code.formatted());
    CHECK(again.formatted() == code.formatted());
    CHECK(again.masterKey().equals(code.masterKey()));
}

TEST_CASE("RecoveryCode text and master key are fixed for a given entropy (existing vaults depend on it)") {
    // Expected values computed independently (Python: hashlib.blake2b(e, digest_size=32,
    // person=b"CCvault1/master") and the GF(32) check character), so a change of encoding is caught.
    const RecoveryCode zero = RecoveryCode::fromEntropy(SecretBytes(RecoveryCode::entropyBytes));
    CHECK(zero.formatted() == QStringLiteral("00000-00000-00000-00000-00000-00000-00000-00000"));
    CHECK(hex(zero.masterKey()) == "7e7358fd6e83ac656f5c6eb11e686552591a96ea08a55b155e0b51f4a3f44d38");

    const RecoveryCode counting = RecoveryCode::fromEntropy(countingEntropy());
    CHECK(counting.formatted() == QStringLiteral("0410V-6105S-0R3GG-G28AF-1C60B-T3GFB-208HE-44RMQ"));
    CHECK(hex(counting.masterKey()) == "6d42e9f5d4967a623b4239b8182cb75fd618c6daa6aec13f6d19551758fc2659");
    CHECK(counting.masterKey().size() == RecoveryCode::masterKeyBytes);
}

TEST_CASE("RecoveryCode::parse accepts the code as people type it") {
    const RecoveryCode code = RecoveryCode::fromEntropy(countingEntropy());
    const QString text = code.formatted(); // contains 0 and 1
    REQUIRE(text.contains(u'0'));
    REQUIRE(text.contains(u'1'));

    QString lowerSpaced = text.toLower();
    lowerSpaced.replace(u'-', u' ');
    QString ambiguousLetters = text;
    ambiguousLetters.replace(u'0', u'O').replace(u'1', u'l');
    QString ambiguousLower = text;
    ambiguousLower.replace(u'0', u'o').replace(u'1', u'I');
    QString fullWidth; // a Chinese input method in full-width mode
    for (const QChar c : text) {
        fullWidth += c == u'-' ? QChar(0xFF0D) : QChar(c.unicode() + 0xFEE0);
    }
    QString withEmDashes = text;
    withEmDashes.replace(u'-', QChar(0x2014));

    const QStringList variants = {lowerSpaced, QString(text).remove(u'-'),
                                  QStringLiteral("  ") + text + QStringLiteral("\n"), ambiguousLetters, ambiguousLower,
                                  fullWidth, withEmDashes,
                                  // grouping does not matter as long as the characters are all there
                                  QString(text).remove(u'-').insert(10, u' ').insert(3, u'-')};
    for (const QString& variant : variants) {
        CHECK(parsed(variant).masterKey().equals(code.masterKey()));
    }
}

TEST_CASE("RecoveryCode::parse catches every single-character typo and names its group") {
    const QString text = RecoveryCode::generate().formatted();
    int typos = 0;
    for (int position = 0; position < text.size(); ++position) {
        if (text[position] == u'-') {
            continue;
        }
        const int group = position / (RecoveryCode::groupLength + 1) + 1;
        for (const QChar replacement : alphabet) {
            if (replacement == text[position]) {
                continue;
            }
            QString typo = text;
            typo[position] = replacement;
            const Result<RecoveryCode> result = RecoveryCode::parse(typo);
            INFO(typo.toStdString());
            REQUIRE_FALSE(result.ok());
            CHECK(result.error().kind == ErrorKind::Usage);
            CHECK(result.error().message ==
                  QStringLiteral("The recovery code is not valid: check group %1.").arg(group));
            ++typos;
        }
    }
    CHECK(typos == 40 * 31);
}

TEST_CASE("RecoveryCode::parse catches two neighbouring characters swapped") {
    const QString text = RecoveryCode::fromEntropy(countingEntropy()).formatted().remove(u'-');
    for (int position = 0; position + 1 < text.size(); ++position) {
        if (text[position] == text[position + 1]) {
            continue;
        }
        QString swapped = text;
        std::swap(swapped[position], swapped[position + 1]);
        INFO(swapped.toStdString());
        CHECK_FALSE(RecoveryCode::parse(swapped).ok());
    }
}

TEST_CASE("RecoveryCode::parse explains what is wrong with the text") {
    const QString text = RecoveryCode::fromEntropy(countingEntropy()).formatted();

    SECTION("a letter that recovery codes never use, in a grouped code") {
        QString withU = text;
        withU[13] = u'U'; // third group
        const Result<RecoveryCode> result = RecoveryCode::parse(withU);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().kind == ErrorKind::Usage);
        CHECK(result.error().message.contains(QStringLiteral("\"U\"")));
        CHECK(result.error().message.contains(QStringLiteral("group 3")));
    }
    SECTION("a letter that recovery codes never use, in a code typed without dashes") {
        QString withStar = QString(text).remove(u'-');
        withStar[36] = u'*'; // eighth group
        const Result<RecoveryCode> result = RecoveryCode::parse(withStar);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().message.contains(QStringLiteral("group 8")));
    }
    SECTION("a group with a character missing") {
        QString shortGroup = text;
        shortGroup.remove(7, 1); // second group
        const Result<RecoveryCode> result = RecoveryCode::parse(shortGroup);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().kind == ErrorKind::Usage);
        CHECK(result.error().message ==
              QStringLiteral("The recovery code is not valid: group 2 should have 5 characters."));
    }
    SECTION("a character missing without grouping") {
        const Result<RecoveryCode> result = RecoveryCode::parse(QString(text).remove(u'-').chopped(1));
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().message.contains(QStringLiteral("39 characters instead of 40")));
    }
    SECTION("typos in two groups") {
        QString twoTypos = text;
        twoTypos[0] = twoTypos[0] == u'7' ? u'8' : u'7';
        twoTypos[46] = twoTypos[46] == u'7' ? u'8' : u'7';
        const Result<RecoveryCode> result = RecoveryCode::parse(twoTypos);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().message == QStringLiteral("The recovery code is not valid: check groups 1, 8."));
    }
    SECTION("nothing entered") {
        const Result<RecoveryCode> result = RecoveryCode::parse(QStringLiteral(" - "));
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().kind == ErrorKind::Usage);
        CHECK(result.error().message.contains(QStringLiteral("8 groups of 5")));
    }
}

TEST_CASE("RecoveryCode::fromEntropy insists on exactly 160 bits") {
    CHECK_THROWS_AS(RecoveryCode::fromEntropy(SecretBytes(16)), std::invalid_argument);
    CHECK_THROWS_AS(RecoveryCode::fromEntropy(SecretBytes(21)), std::invalid_argument);
}
