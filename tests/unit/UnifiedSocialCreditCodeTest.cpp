#include "domain/UnifiedSocialCreditCode.h"

#include <catch2/catch.hpp>

using namespace creditcase::domain;

namespace {

const QString kAlphabet = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");

} // namespace

TEST_CASE("UnifiedSocialCreditCode accepts the worked example and real codes") {
    // DOMAIN.md section 9's worked example, then two published company codes.
    for (const char* code : {"91350100M000100Y43", "9144030071526726XG", "914403001922038216"}) {
        const IdentifierCheckResult result = UnifiedSocialCreditCode::check(QString::fromLatin1(code));
        INFO(code << ": " << result.reason.toStdString());
        CHECK(result.valid);
        CHECK(result.kind == QStringLiteral("uscc"));
        CHECK(result.reason.isEmpty());
    }
}

TEST_CASE("UnifiedSocialCreditCode trims and upper-cases before checking") {
    const IdentifierCheckResult result = UnifiedSocialCreditCode::check(QStringLiteral("  9144030071526726xg\t"));
    CHECK(result.valid);
    CHECK(result.normalized == QStringLiteral("9144030071526726XG"));
}

TEST_CASE("UnifiedSocialCreditCode names the right check character for every wrong one") {
    const IdentifierCheckResult example = UnifiedSocialCreditCode::check(QStringLiteral("91350100M000100Y4Z"));
    CHECK_FALSE(example.valid);
    CHECK(example.reason.startsWith(QStringLiteral("character 18 'Z' is not allowed")));
    CHECK(example.reason.endsWith(QStringLiteral("the check character should be 3")));
    CHECK(UnifiedSocialCreditCode::check(QStringLiteral("91350100M000100Y44")).reason ==
          QStringLiteral("the check character should be 3, not 4"));

    for (const QString& valid : {QStringLiteral("91350100M000100Y43"), QStringLiteral("9144030071526726XG")}) {
        const QChar right = valid.back();
        for (const QChar wrong : kAlphabet + QStringLiteral("IOSVZ")) {
            if (wrong == right)
                continue;
            const QString code = valid.left(17) + wrong;
            const IdentifierCheckResult result = UnifiedSocialCreditCode::check(code);
            INFO(code.toStdString());
            CHECK_FALSE(result.valid);
            CHECK(result.reason.contains(QStringLiteral("the check character should be %1").arg(right)));
        }
    }
}

TEST_CASE("UnifiedSocialCreditCode checks the organisation code inside it with GB 11714 letter values") {
    // Body MA01WX2T: with A=10 ... Z=35 the organisation check is 2; with the USCC's own letter values it would be
    // 8. Both codes carry a correct character 18 for their first 17 characters.
    CHECK(UnifiedSocialCreditCode::check(QStringLiteral("91310000MA01WX2T28")).valid);
    const IdentifierCheckResult wrongValues = UnifiedSocialCreditCode::check(QStringLiteral("91310000MA01WX2T8T"));
    CHECK_FALSE(wrongValues.valid);
    CHECK(wrongValues.reason.contains(
        QStringLiteral("the organisation code inside it (characters 9–17) fails its own check: should be 2")));

    // Character 17 is the organisation code's check; a typo there is reported as such.
    const IdentifierCheckResult typo = UnifiedSocialCreditCode::check(QStringLiteral("91350100M000100Y53"));
    CHECK(typo.reason.contains(QStringLiteral("fails its own check: should be 4")));
    // An organisation check of 10 is written X.
    CHECK(UnifiedSocialCreditCode::check(QStringLiteral("9144030071526726XG")).valid);
}

TEST_CASE("UnifiedSocialCreditCode refuses the letters I, O, S, V and Z and other characters") {
    for (const QChar letter : QStringLiteral("IOSVZ")) {
        QString code = QStringLiteral("91350100M000100Y43");
        code[4] = letter;
        const IdentifierCheckResult result = UnifiedSocialCreditCode::check(code);
        CHECK_FALSE(result.valid);
        CHECK(result.reason.startsWith(QStringLiteral("character 5 '%1' is not allowed").arg(letter)));
    }
    CHECK(UnifiedSocialCreditCode::check(QStringLiteral("91350100M000100Y-3"))
              .reason.startsWith(QStringLiteral("character 17 '-' is not allowed")));
    CHECK(UnifiedSocialCreditCode::check(QStringLiteral("91350100M000100Y4"))
              .reason.startsWith(QStringLiteral("length is 17, expected 18")));
    CHECK(UnifiedSocialCreditCode::check(QStringLiteral("   ")).reason == QStringLiteral("the code is empty"));
}

TEST_CASE("UnifiedSocialCreditCode refuses a registration authority or organisation kind GB 32100 does not know") {
    // Every one of these has correct check characters: only the first two characters are wrong.
    const IdentifierCheckResult zeros = UnifiedSocialCreditCode::check(QStringLiteral("000000000000000000"));
    CHECK_FALSE(zeros.valid);
    CHECK(zeros.reason.startsWith(QStringLiteral("character 1 '0' is not a registration authority code")));
    CHECK(zeros.reason.contains(QStringLiteral("1, 2, 3, 4, 5, 6, 7, 8, 9, A")));
    CHECK_FALSE(UnifiedSocialCreditCode::isValid(u"000000000000000000"));

    const IdentifierCheckResult kind = UnifiedSocialCreditCode::check(QStringLiteral("95350100M000100Y4N"));
    CHECK_FALSE(kind.valid);
    CHECK(kind.reason.startsWith(QStringLiteral("character 2 '5' is not an organisation kind that registration "
                                                "authority '9' assigns")));
    CHECK(kind.reason.contains(QStringLiteral("valid: 1, 2, 3, 9")));
    CHECK_FALSE(UnifiedSocialCreditCode::isValid(u"95350100M000100Y4N"));

    // Other authorities and kinds of the table are accepted.
    for (const char* code : {"Y1350100M000100Y4D", "N2350100M000100Y4J"}) {
        INFO(code);
        CHECK(UnifiedSocialCreditCode::check(QString::fromLatin1(code)).valid);
    }
}
