#include "rules/Verdict.h"

#include <catch2/catch.hpp>

using namespace creditcase;
using namespace creditcase::rules;

TEST_CASE("A verdict carries its reason and citations with their marks") {
    const Citation opinions{QStringLiteral("Guiding Opinions (2020 draft) II(2)"), QString(), Mark::Verified};
    const Citation example{QStringLiteral("Credit China example"), QString(), Mark::Secondary};

    const auto allowed = Verdict::allow(QStringLiteral("fine"), {opinions});
    CHECK(allowed.allowed);
    CHECK(static_cast<bool>(allowed));
    CHECK_FALSE(allowed.restsOnUnverified());
    CHECK(allowed.unverifiedMarks().isEmpty());
    CHECK(allowed.citationTexts() == QStringList{QStringLiteral("Guiding Opinions (2020 draft) II(2) [V]")});

    const auto refused = Verdict::refuse(QStringLiteral("no basis"), {opinions, example});
    CHECK_FALSE(refused.allowed);
    CHECK(refused.restsOnUnverified());
    CHECK(refused.unverifiedMarks() == QStringList{QStringLiteral("V2")});
    const Error error = refused.toError();
    CHECK(error.kind == ErrorKind::Refused);
    CHECK(error.message == QStringLiteral("no basis"));
    CHECK(error.citations.size() == 2);
    CHECK(error.citations.last() == QStringLiteral("Credit China example [V2]"));
}

TEST_CASE("Marks read and write as V, V2 and U, and the weaker mark wins") {
    CHECK(markFromId(QStringLiteral("V")) == Mark::Verified);
    CHECK(markFromId(QStringLiteral("V2")) == Mark::Secondary);
    CHECK(markFromId(QStringLiteral("U")) == Mark::Unverified);
    CHECK_FALSE(markFromId(QStringLiteral("v")).has_value());
    CHECK(markId(Mark::Secondary) == QStringLiteral("V2"));
    CHECK(weakerMark(Mark::Verified, Mark::Unverified) == Mark::Unverified);
    CHECK(weakerMark(Mark::Secondary, Mark::Verified) == Mark::Secondary);
}
