#include "rules/RuleDuration.h"

#include <catch2/catch.hpp>

using namespace creditcase::rules;
using Mode = RuleDuration::Mode;

TEST_CASE("Durations name their counting mode as in the rule files") {
    for (auto mode : {Mode::WorkingDays, Mode::CalendarDays, Mode::Months, Mode::Years})
        CHECK(RuleDuration::modeFromId(RuleDuration::modeId(mode)) == mode);
    CHECK(RuleDuration::modeId(Mode::WorkingDays) == QStringLiteral("working-days"));
    CHECK_FALSE(RuleDuration::modeFromId(QStringLiteral("weeks")).has_value());
    CHECK(RuleDuration{5, Mode::WorkingDays, {}, {}, Mark::Verified}.describe() == QStringLiteral("5 working day(s)"));
}

TEST_CASE("Durations compare without a calendar only where that is exact") {
    const RuleDuration months6{6, Mode::Months, {}, {}, Mark::Verified};
    const RuleDuration year1{1, Mode::Years, {}, {}, Mark::Verified};
    const RuleDuration days30{30, Mode::CalendarDays, {}, {}, Mark::Verified};
    CHECK(*RuleDuration::compare(months6, year1) < 0);
    CHECK(*RuleDuration::compare(year1, RuleDuration{12, Mode::Months, {}, {}, Mark::Verified}) == 0);
    CHECK_FALSE(RuleDuration::compare(days30, months6).has_value());
    CHECK(*RuleDuration::compare(RuleDuration{0, Mode::CalendarDays, {}, {}, Mark::Verified}, months6) < 0);
}

TEST_CASE("The plain calendar adder does not count the first day and never guesses working days") {
    const QDate trigger(2026, 1, 31);
    CHECK(plainCalendarAdd(trigger, {30, Mode::CalendarDays, {}, {}, Mark::Verified}) == QDate(2026, 3, 2));
    CHECK(plainCalendarAdd(trigger, {1, Mode::Months, {}, {}, Mark::Verified}) == QDate(2026, 2, 28));
    CHECK(plainCalendarAdd(trigger, {3, Mode::Years, {}, {}, Mark::Verified}) == QDate(2029, 1, 31));
    CHECK_FALSE(plainCalendarAdd(trigger, {5, Mode::WorkingDays, {}, {}, Mark::Verified}).isValid());
    CHECK_FALSE(plainCalendarAdd(QDate(), {5, Mode::CalendarDays, {}, {}, Mark::Verified}).isValid());
}
