#include "domain/ResidentIdNumber.h"

#include <catch2/catch.hpp>

using namespace creditcase::domain;

namespace {

const QDate kToday(2026, 5, 20);

} // namespace

TEST_CASE("ResidentIdNumber accepts the worked examples") {
    for (const char* number : {"11010519491231002X", "440524188001010014"}) {
        const IdentifierCheckResult result = ResidentIdNumber::check(QString::fromLatin1(number), kToday);
        INFO(number << ": " << result.reason.toStdString());
        CHECK(result.valid);
        CHECK(result.kind == QStringLiteral("resident-id"));
        CHECK(result.normalized == QString::fromLatin1(number));
    }
    const IdentifierCheckResult lower = ResidentIdNumber::check(QStringLiteral(" 11010519491231002x "), kToday);
    CHECK(lower.valid);
    CHECK(lower.normalized == QStringLiteral("11010519491231002X"));
}

TEST_CASE("ResidentIdNumber names the right check character for every wrong one") {
    for (const QString& valid : {QStringLiteral("11010519491231002X"), QStringLiteral("440524188001010014")}) {
        const QChar right = valid.back();
        for (const QChar wrong : QStringLiteral("0123456789X")) {
            if (wrong == right)
                continue;
            const IdentifierCheckResult result = ResidentIdNumber::check(valid.left(17) + wrong, kToday);
            CHECK_FALSE(result.valid);
            CHECK(result.reason == QStringLiteral("the check character should be %1, not %2").arg(right, wrong));
        }
    }
}

TEST_CASE("ResidentIdNumber converts old 15-digit numbers") {
    const IdentifierCheckResult result = ResidentIdNumber::check(QStringLiteral("110105491231002"), kToday);
    CHECK(result.valid);
    CHECK(result.normalized == QStringLiteral("11010519491231002X"));
    CHECK(result.note.contains(QStringLiteral("110105491231002")));

    const IdentifierCheckResult badDate = ResidentIdNumber::check(QStringLiteral("110105490231002"), kToday);
    CHECK_FALSE(badDate.valid);
    CHECK(badDate.reason == QStringLiteral("the birth date 19490231 is not a real date"));
    CHECK(ResidentIdNumber::check(QStringLiteral("11010549123100X"), kToday)
              .reason.startsWith(QStringLiteral("character 15 'X' is not allowed")));
}

TEST_CASE("ResidentIdNumber refuses impossible and future birth dates") {
    CHECK(ResidentIdNumber::check(QStringLiteral("110105199902310028"), kToday).reason ==
          QStringLiteral("the birth date 19990231 is not a real date"));
    // 320102203001011231 has a correct check character, but 2030-01-01 has not happened yet.
    CHECK(ResidentIdNumber::check(QStringLiteral("320102203001011231"), kToday).reason ==
          QStringLiteral("the birth date 20300101 is in the future"));
    CHECK(ResidentIdNumber::check(QStringLiteral("320102203001011231"), QDate(2031, 1, 1)).valid);
}

TEST_CASE("ResidentIdNumber refuses wrong lengths and characters") {
    CHECK(ResidentIdNumber::check(QStringLiteral("11010519491231002"), kToday)
              .reason.startsWith(QStringLiteral("length is 17, expected 18")));
    CHECK(ResidentIdNumber::check(QStringLiteral("1101051949123100X2"), kToday)
              .reason.startsWith(QStringLiteral("character 17 'X' is not allowed")));
    CHECK(ResidentIdNumber::check(QString(), kToday).reason == QStringLiteral("the number is empty"));
}

TEST_CASE("ResidentIdNumber refuses an address code outside the province-level codes of GB/T 2260") {
    // Correct check characters; only the province (characters 1-2) is wrong.
    for (const char* number : {"000105194912310024", "990105194912310023"}) {
        const IdentifierCheckResult result = ResidentIdNumber::check(QString::fromLatin1(number), kToday);
        INFO(number);
        CHECK_FALSE(result.valid);
        CHECK(result.reason.startsWith(QStringLiteral("the address code %1 does not start with a province-level code")
                                           .arg(QString::fromLatin1(number).left(6))));
        CHECK_FALSE(ResidentIdNumber::isValid(QString::fromLatin1(number), kToday));
    }
    CHECK_FALSE(ResidentIdNumber::check(QStringLiteral("000105491231002"), kToday).valid);
    // Hong Kong, Macao and Taiwan (71, and 81-83 as carried by residence permits) are province-level codes.
    for (const char* number : {"810000199001011230", "830000199001011234", "710000199001011237"}) {
        INFO(number);
        CHECK(ResidentIdNumber::check(QString::fromLatin1(number), kToday).valid);
    }
}

TEST_CASE("ResidentIdNumber gives the birth date the number carries, and the age on a day [GB 11643]") {
    CHECK(ResidentIdNumber::birthDate(QStringLiteral("110105201003150017")) == QDate(2010, 3, 15));
    CHECK(ResidentIdNumber::birthDate(QStringLiteral("11010519491231002X")) == QDate(1949, 12, 31));
    // An old 15-digit number is converted first (births of the 1900s).
    CHECK(ResidentIdNumber::birthDate(QStringLiteral("110105491231002")) == QDate(1949, 12, 31));
    CHECK_FALSE(ResidentIdNumber::birthDate(QStringLiteral("110105201003150018")).isValid()); // wrong check
    const QDate born(2010, 3, 15);
    CHECK(ResidentIdNumber::ageOn(born, QDate(2025, 6, 1)) == 15);
    CHECK(ResidentIdNumber::ageOn(born, QDate(2028, 3, 14)) == 17);
    CHECK(ResidentIdNumber::ageOn(born, QDate(2028, 3, 15)) == 18);
    // Born on 29 February: the birthday falls on 1 March in common years.
    CHECK(ResidentIdNumber::ageOn(QDate(2008, 2, 29), QDate(2026, 2, 28)) == 17);
    CHECK(ResidentIdNumber::ageOn(QDate(2008, 2, 29), QDate(2026, 3, 1)) == 18);
    CHECK(ResidentIdNumber::ageOn(born, QDate(2009, 1, 1)) == -1);
}
