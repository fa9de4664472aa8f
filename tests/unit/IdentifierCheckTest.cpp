#include "domain/IdentifierCheck.h"

#include <catch2/catch.hpp>

using namespace creditcase::domain;

namespace {

const QDate kToday(2026, 5, 20);

IdentifierCheckResult check(const char* value) {
    return IdentifierCheck::check(QString::fromLatin1(value), kToday);
}

} // namespace

TEST_CASE("IdentifierCheck picks the kind by shape") {
    CHECK(check("91350100M000100Y43").kind == QStringLiteral("uscc"));
    CHECK(check("91350100M000100Y43").valid);
    CHECK(check("11010519491231002X").kind == QStringLiteral("resident-id"));
    CHECK(check("11010519491231002X").valid);
    CHECK(check("110105491231002").normalized == QStringLiteral("11010519491231002X"));
    // An all-digit USCC looks like a resident ID at first sight; it is still recognised.
    CHECK(check("914403001922038216").kind == QStringLiteral("uscc"));
    CHECK(check("914403001922038216").valid);
}

TEST_CASE("IdentifierCheck gives the reason for the more likely kind") {
    const IdentifierCheckResult residentTypo = check("110105194912310021");
    CHECK(residentTypo.kind == QStringLiteral("resident-id"));
    CHECK(residentTypo.reason.contains(QStringLiteral("should be X")));

    const IdentifierCheckResult usccTypo = check("91350100M000100Y4Z");
    CHECK(usccTypo.kind == QStringLiteral("uscc"));
    CHECK(usccTypo.reason.contains(QStringLiteral("the check character should be 3")));

    CHECK(check("91350100M00010").kind == QStringLiteral("uscc"));
    CHECK(check("1101051949123100").kind == QStringLiteral("resident-id"));
    const IdentifierCheckResult empty = check("  ");
    CHECK_FALSE(empty.valid);
    CHECK(empty.kind.isEmpty());
    CHECK_FALSE(empty.reason.isEmpty());
}

TEST_CASE("IdentifierCheck refuses eighteen zeros with the reason the code table gives") {
    const IdentifierCheckResult zeros = check("000000000000000000");
    CHECK_FALSE(zeros.valid);
    CHECK(zeros.reason.contains(QStringLiteral("registration authority")));
    // A resident ID with a real birth date and a province that does not exist is answered as a resident ID.
    const IdentifierCheckResult province = check("000105194912310024");
    CHECK_FALSE(province.valid);
    CHECK(province.kind == QStringLiteral("resident-id"));
    CHECK(province.reason.contains(QStringLiteral("province-level code")));
}
