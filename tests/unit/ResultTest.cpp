#include "Result.h"

#include <catch2/catch.hpp>

using namespace creditcase;

TEST_CASE("Result carries either a value or the reason there is none") {
    Result<int> good(42);
    REQUIRE(good.ok());
    CHECK(*good == 42);

    Result<int> bad(Error::refused(QStringLiteral("no basis"), {QStringLiteral("Opinions II(2)")}));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().kind == ErrorKind::Refused);
    CHECK(bad.error().citations == QStringList{QStringLiteral("Opinions II(2)")});

    Status done;
    CHECK(done.ok());
    Status failed(Error::failure(QStringLiteral("disk")));
    CHECK_FALSE(failed.ok());
}
