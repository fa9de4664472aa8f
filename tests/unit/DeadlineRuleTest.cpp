#include "calendar/DeadlineRule.h"

#include <catch2/catch.hpp>

using namespace creditcase::calendar;
using Mode = DeadlineRule::Mode;

TEST_CASE("DeadlineRule modes have stable storage names that read back") {
    for (const Mode mode : {Mode::WorkingDays, Mode::CalendarDays, Mode::Months, Mode::Years}) {
        const QString name = DeadlineRule::modeName(mode);
        CHECK_FALSE(name.isEmpty());
        CHECK(DeadlineRule::modeFromName(name) == mode);
    }
    CHECK(DeadlineRule::modeName(Mode::WorkingDays) == QStringLiteral("working-days"));
    CHECK(DeadlineRule::modeName(Mode::CalendarDays) == QStringLiteral("calendar-days"));
    CHECK_FALSE(DeadlineRule::modeFromName(u"fortnights").has_value());
}

TEST_CASE("DeadlineRule does not count the start day unless told to") {
    const DeadlineRule rule{5, Mode::WorkingDays};
    CHECK_FALSE(rule.countStartDay);
    CHECK(rule != DeadlineRule{5, Mode::WorkingDays, true});
    CHECK(rule == DeadlineRule{5, Mode::WorkingDays, false});
}
