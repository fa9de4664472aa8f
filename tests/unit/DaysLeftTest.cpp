// Days left to a stored deadline, in the unit its rule counts in (DOMAIN.md section 8), on the shipped calendar.

#include "calendar/DaysLeft.h"

#include "calendar/WorkCalendar.h"

#include <catch2/catch.hpp>

using namespace creditcase;
using namespace creditcase::calendar;

namespace {

const WorkCalendar& shipped() {
    static const WorkCalendar calendar = WorkCalendar::builtIn();
    return calendar;
}

} // namespace

TEST_CASE("Days left to a working-day deadline skip the weekend and the National Day holiday") {
    // 2025-09-30 (Tuesday) to 2025-10-09 (Thursday): 1-8 October are off, so one working day is left of nine days.
    const DaysLeft left =
        DaysLeft::until(QDate(2025, 10, 9), QStringLiteral("working-days"), shipped(), QDate(2025, 9, 30));
    CHECK(left.working);
    CHECK(left.days == 1);
    CHECK_FALSE(left.overdue());
    // Friday 2025-03-14 to Tuesday 2025-03-18: Monday and Tuesday, not four days.
    CHECK(DaysLeft::until(QDate(2025, 3, 18), QStringLiteral("working-days"), shipped(), QDate(2025, 3, 14)).days == 2);
}

TEST_CASE("Days left to a calendar-day, month or fixed deadline count every day") {
    for (const char* mode : {"calendar-days", "months", "years", "fixed"}) {
        INFO(mode);
        const DaysLeft left =
            DaysLeft::until(QDate(2025, 10, 9), QString::fromLatin1(mode), shipped(), QDate(2025, 9, 30));
        CHECK_FALSE(left.working);
        CHECK(left.days == 9);
    }
}

TEST_CASE("A passed deadline is overdue in its unit and one due today has no day left") {
    // Due Thursday 2025-10-09, seen Monday 2025-10-13: Friday 10 and Saturday 11 (a make-up working day) and Monday
    // 13 have passed, three working days late; four calendar days late for a calendar-day rule.
    const DaysLeft late =
        DaysLeft::until(QDate(2025, 10, 9), QStringLiteral("working-days"), shipped(), QDate(2025, 10, 13));
    CHECK(late.overdue());
    CHECK(late.days == -3);
    CHECK(DaysLeft::until(QDate(2025, 10, 9), QStringLiteral("calendar-days"), shipped(), QDate(2025, 10, 13)).days ==
          -4);
    const DaysLeft today =
        DaysLeft::until(QDate(2025, 3, 14), QStringLiteral("working-days"), shipped(), QDate(2025, 3, 14));
    CHECK(today.days == 0);
    CHECK_FALSE(today.overdue());
    // A date the department set on a Saturday that has passed, seen on the Sunday, counted in working days: overdue,
    // although no working day lies between (a working-day count alone would say "due today").
    CHECK(DaysLeft::until(QDate(2025, 3, 15), QStringLiteral("working-days"), shipped(), QDate(2025, 3, 16)).days ==
          -1);
    CHECK(DaysLeft::until(QDate(), QStringLiteral("working-days"), shipped(), QDate(2025, 3, 16)).days == 0);
}
