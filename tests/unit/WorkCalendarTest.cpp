#include "calendar/WorkCalendar.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <catch2/catch.hpp>

using namespace creditcase;
using namespace creditcase::calendar;
using Mode = DeadlineRule::Mode;

namespace {

const WorkCalendar& shipped() {
    static const WorkCalendar calendar = WorkCalendar::builtIn();
    return calendar;
}

HolidaySchedule scheduleFrom(const QJsonObject& object) {
    auto schedule = HolidaySchedule::fromJson(QJsonDocument(object).toJson(), QStringLiteral("test.json"));
    REQUIRE(schedule.ok());
    return *schedule;
}

// A minimal 2025 schedule: only 2025-03-03 (Monday) off and 2025-03-08 (Saturday) worked.
HolidaySchedule tiny2025(const QString& version = QStringLiteral("t1")) {
    return scheduleFrom(
        {{QStringLiteral("format"), QStringLiteral("creditcase-holiday-schedule/1")},
         {QStringLiteral("jurisdiction"), QStringLiteral("CN")},
         {QStringLiteral("year"), 2025},
         {QStringLiteral("version"), version},
         {QStringLiteral("mark"), QStringLiteral("[U]")},
         {QStringLiteral("source"), QJsonObject{{QStringLiteral("title"), QStringLiteral("test")}}},
         {QStringLiteral("offDays"), QJsonArray{QJsonObject{{QStringLiteral("date"), QStringLiteral("2025-03-03")},
                                                            {QStringLiteral("name"), QStringLiteral("test")}}}},
         {QStringLiteral("makeUpWorkdays"),
          QJsonArray{QJsonObject{{QStringLiteral("date"), QStringLiteral("2025-03-08")},
                                 {QStringLiteral("name"), QStringLiteral("test")}}}}});
}

// The slow, obviously right way: count working days one by one.
int bruteWorkingDaysBetween(const WorkCalendar& calendar, QDate a, QDate b) {
    int count = 0;
    const int step = a <= b ? 1 : -1;
    for (QDate d = a; d != b;) {
        d = d.addDays(step);
        const QDate counted = step > 0 ? d : d.addDays(1);
        if (calendar.isWorkingDay(counted))
            count += step;
    }
    return count;
}

} // namespace

TEST_CASE("WorkCalendar::builtIn loads the shipped 2025 and 2026 schedules") {
    const auto loaded = WorkCalendar::loadBuiltIn();
    REQUIRE(loaded.ok());
    CHECK(loaded->publishedYears() == QList<int>{2025, 2026});
    CHECK(loaded->versionTag() == QStringLiteral("2025:2025.1,2026:2026.1"));
    CHECK(shipped().versionTag() == loaded->versionTag());
    CHECK(shipped().isPublished(2026));
    CHECK_FALSE(shipped().isPublished(2027));
    REQUIRE(shipped().schedule(2026).has_value());
    CHECK(shipped().schedule(2026)->source().documentNumber == QStringLiteral("国办发明电〔2025〕7号"));
    CHECK_FALSE(shipped().schedule(2024).has_value());
}

TEST_CASE("WorkCalendar answers whether a day is a working day") {
    const WorkCalendar& calendar = shipped();
    CHECK(calendar.isWorkingDay(QDate(2025, 3, 7)));        // Friday
    CHECK_FALSE(calendar.isWorkingDay(QDate(2025, 3, 8)));  // Saturday
    CHECK_FALSE(calendar.isWorkingDay(QDate(2025, 10, 8))); // Wednesday, National Day holiday
    CHECK(calendar.isWorkingDay(QDate(2025, 10, 11)));      // Saturday, make-up working day
    CHECK_FALSE(calendar.isWorkingDay(QDate(2027, 1, 2)));  // Saturday in an unpublished year
    CHECK(calendar.isWorkingDay(QDate(2027, 1, 1)));        // unpublished: weekends only, so provisional "yes"
    CHECK_FALSE(calendar.isWorkingDay(QDate()));

    const DayStatus holiday = calendar.dayStatus(QDate(2026, 2, 17));
    CHECK_FALSE(holiday.working);
    CHECK(holiday.published);
    CHECK(holiday.statutoryDayOff);
    CHECK(holiday.name == QStringLiteral("春节"));
    const DayStatus makeUp = calendar.dayStatus(QDate(2026, 2, 28));
    CHECK(makeUp.working);
    CHECK(makeUp.makeUpWorkday);
    const DayStatus future = calendar.dayStatus(QDate(2027, 2, 8));
    CHECK(future.working);
    CHECK_FALSE(future.published);
}

TEST_CASE("WorkCalendar counts working days forwards and backwards") {
    const WorkCalendar& calendar = shipped();
    CHECK(calendar.addWorkingDays(QDate(2025, 3, 7), 0) == DeadlineResult{QDate(2025, 3, 7), false});
    CHECK(calendar.addWorkingDays(QDate(2025, 3, 7), 1) == DeadlineResult{QDate(2025, 3, 10), false});
    CHECK(calendar.addWorkingDays(QDate(2025, 3, 10), -1) == DeadlineResult{QDate(2025, 3, 7), false});
    CHECK(calendar.addWorkingDays(QDate(2025, 10, 9), -1) == DeadlineResult{QDate(2025, 9, 30), false});
    // A year's last working days lead into the next year: examined days in 2027 make the result provisional.
    CHECK(calendar.addWorkingDays(QDate(2026, 12, 28), 3) == DeadlineResult{QDate(2026, 12, 31), false});
    CHECK(calendar.addWorkingDays(QDate(2026, 12, 28), 4) == DeadlineResult{QDate(2027, 1, 1), true});
    // Before the first published year too.
    CHECK(calendar.addWorkingDays(QDate(2025, 1, 2), -2).provisional);
    CHECK(calendar.addWorkingDays(QDate(), 5) == DeadlineResult{});
}

TEST_CASE("WorkCalendar counts calendar days and rolls a non-working last day") {
    const WorkCalendar& calendar = shipped();
    CHECK(calendar.addCalendarDays(QDate(2025, 3, 3), 4) == DeadlineResult{QDate(2025, 3, 7), false});
    CHECK(calendar.addCalendarDays(QDate(2025, 3, 3), 5) == DeadlineResult{QDate(2025, 3, 10), false}); // Sat
    CHECK(calendar.addCalendarDays(QDate(2025, 3, 3), 0) == DeadlineResult{QDate(2025, 3, 3), false});
    CHECK(calendar.addCalendarDays(QDate(2025, 3, 10), -2) == DeadlineResult{QDate(2025, 3, 7), false}); // Sat
    CHECK(calendar.addCalendarDays(QDate(2026, 12, 20), 6) == DeadlineResult{QDate(2026, 12, 28), false});
    CHECK(calendar.addCalendarDays(QDate(2026, 12, 20), 20) == DeadlineResult{QDate(2027, 1, 11), true});
}

TEST_CASE("WorkCalendar adds months and years as plain calendar arithmetic") {
    const WorkCalendar& calendar = shipped();
    CHECK(calendar.addMonths(QDate(2025, 1, 31), 1) == DeadlineResult{QDate(2025, 2, 28), false});
    CHECK(calendar.addMonths(QDate(2025, 9, 1), 1) == DeadlineResult{QDate(2025, 10, 1), false}); // not rolled
    CHECK(calendar.addYears(QDate(2024, 2, 29), 1) == DeadlineResult{QDate(2025, 2, 28), false});
    CHECK(calendar.addYears(QDate(2026, 6, 1), 3) == DeadlineResult{QDate(2029, 6, 1), false}); // not provisional
}

TEST_CASE("WorkCalendar::compute applies the rule, including whether the start day counts") {
    const WorkCalendar& calendar = shipped();
    const QDate monday(2025, 3, 10);
    CHECK(calendar.compute(monday, {5, Mode::WorkingDays}).date == QDate(2025, 3, 17));
    CHECK(calendar.compute(monday, {5, Mode::WorkingDays, true}).date == QDate(2025, 3, 14));
    CHECK(calendar.compute(QDate(2025, 3, 8), {5, Mode::WorkingDays, true}).date == QDate(2025, 3, 14));
    CHECK(calendar.compute(monday, {10, Mode::CalendarDays}).date == QDate(2025, 3, 20));
    CHECK(calendar.compute(monday, {10, Mode::CalendarDays, true}).date == QDate(2025, 3, 19));
    CHECK(calendar.compute(monday, {1, Mode::CalendarDays, true}).date == monday);
    CHECK(calendar.compute(monday, {3, Mode::Months}).date == QDate(2025, 6, 10));
    CHECK(calendar.compute(monday, {3, Mode::Months, true}).date == QDate(2025, 6, 9));
    CHECK(calendar.compute(QDate(2025, 3, 1), {1, Mode::Months, true}).date == QDate(2025, 3, 31));
    CHECK(calendar.compute(monday, {1, Mode::Years}).date == QDate(2026, 3, 10));
    CHECK(calendar.compute(monday, {1, Mode::Years, true}).date == QDate(2026, 3, 9));
    CHECK(calendar.compute(monday, {0, Mode::WorkingDays, true}).date == monday);
    CHECK(calendar.compute(QDate(), {5, Mode::CalendarDays}) == DeadlineResult{});
}

TEST_CASE("WorkCalendar::workingDaysBetween agrees with counting day by day") {
    WorkCalendar gappy; // 2025 and 2027 known, 2026 not: the table must handle a hole and both ends
    gappy.replace(tiny2025());
    QJsonObject y2027 = QJsonDocument::fromJson(shipped().schedule(2026)->toJson()).object();
    y2027.insert(QStringLiteral("year"), 2027);
    y2027.insert(QStringLiteral("offDays"),
                 QJsonArray{QJsonObject{{QStringLiteral("date"), QStringLiteral("2027-01-01")},
                                        {QStringLiteral("name"), QStringLiteral("元旦")}}});
    y2027.insert(QStringLiteral("makeUpWorkdays"), QJsonArray{});
    gappy.replace(scheduleFrom(y2027));
    CHECK(gappy.isPublished(2027));
    CHECK_FALSE(gappy.isPublished(2026));
    CHECK(gappy.addWorkingDays(QDate(2026, 6, 1), 1).provisional);
    CHECK_FALSE(gappy.addWorkingDays(QDate(2027, 6, 1), 1).provisional);
    CHECK_FALSE(gappy.isWorkingDay(QDate(2027, 1, 1)));

    QRandomGenerator random(20250101);
    const qint64 first = QDate(2024, 10, 1).toJulianDay();
    const qint64 span = QDate(2028, 3, 1).toJulianDay() - first;
    const WorkCalendar empty;
    for (const WorkCalendar* calendar : std::initializer_list<const WorkCalendar*>{&shipped(), &gappy, &empty}) {
        const WorkCalendar& c = *calendar;
        for (int i = 0; i < 300; ++i) {
            const QDate a = QDate::fromJulianDay(first + random.bounded(span));
            const QDate b = QDate::fromJulianDay(first + random.bounded(span));
            INFO(a.toString(Qt::ISODate).toStdString() << " -> " << b.toString(Qt::ISODate).toStdString());
            const int between = c.workingDaysBetween(a, b);
            REQUIRE(between == bruteWorkingDaysBetween(c, a, b));
            // Adding that many working days lands on b itself, or on the last working day before it.
            if (between > 0) {
                const QDate reached = c.addWorkingDays(a, between).date;
                CHECK(reached <= b);
                CHECK(c.workingDaysBetween(reached, b) == 0);
            }
        }
    }
    CHECK(shipped().workingDaysBetween(QDate(2025, 9, 30), QDate(2025, 10, 9)) == 1);
    CHECK(shipped().workingDaysBetween(QDate(2025, 10, 9), QDate(2025, 9, 30)) == -1);
}

TEST_CASE("WorkCalendar refuses a second schedule for a year and replaces only on request") {
    WorkCalendar calendar;
    CHECK(calendar.versionTag() == QStringLiteral("weekends-only"));
    REQUIRE(calendar.add(tiny2025()).ok());
    CHECK_FALSE(calendar.isWorkingDay(QDate(2025, 3, 3)));
    CHECK(calendar.isWorkingDay(QDate(2025, 3, 8)));

    const Status again = calendar.add(tiny2025(QStringLiteral("t2")));
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().kind == ErrorKind::Refused);
    CHECK(again.error().message.contains(QStringLiteral("version t1")));
    CHECK(calendar.versionTag() == QStringLiteral("2025:t1")); // nothing changed

    calendar.replace(tiny2025(QStringLiteral("t2")));
    CHECK(calendar.versionTag() == QStringLiteral("2025:t2"));

    CHECK_FALSE(calendar.add(HolidaySchedule()).ok());
    CHECK(calendar.versionTag() == QStringLiteral("2025:t2"));
}

TEST_CASE("WorkCalendar without schedules uses weekends only, all provisional") {
    const WorkCalendar empty;
    CHECK(empty.addWorkingDays(QDate(2025, 10, 1), 1) == DeadlineResult{QDate(2025, 10, 2), true});
    CHECK(empty.addCalendarDays(QDate(2025, 10, 1), 3) == DeadlineResult{QDate(2025, 10, 6), true});
    CHECK(empty.workingDaysBetween(QDate(2025, 10, 3), QDate(2025, 10, 10)) == 5);
}

TEST_CASE("WorkCalendar::movedDeadlines lists only deadlines whose date changes") {
    WorkCalendar before;
    WorkCalendar after;
    after.replace(tiny2025());
    const QList<StoredDeadline> stored{
        {QStringLiteral("crosses"), QDate(2025, 2, 28), {1, Mode::WorkingDays}},   // 03-03 -> 03-04
        {QStringLiteral("saturday"), QDate(2025, 3, 7), {1, Mode::CalendarDays}},  // 03-10 -> 03-08
        {QStringLiteral("untouched"), QDate(2025, 3, 11), {2, Mode::WorkingDays}}, // 03-13 both
        {QStringLiteral("list period"), QDate(2025, 3, 3), {1, Mode::Years}},      // plain arithmetic
    };
    const QList<DeadlineMove> moves = WorkCalendar::movedDeadlines(before, after, stored);
    REQUIRE(moves.size() == 2);
    CHECK(moves[0].key == QStringLiteral("crosses"));
    CHECK(moves[0].before == QDate(2025, 3, 3));
    CHECK(moves[0].after == QDate(2025, 3, 4));
    CHECK(moves[0].provisionalBefore);
    CHECK_FALSE(moves[0].provisionalAfter);
    CHECK(moves[1].key == QStringLiteral("saturday"));
    CHECK(moves[1].before == QDate(2025, 3, 10));
    CHECK(moves[1].after == QDate(2025, 3, 8));
    CHECK(WorkCalendar::movedDeadlines(after, after, stored).isEmpty());
}
