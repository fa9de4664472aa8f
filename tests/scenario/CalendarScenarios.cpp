// Counting time (DOMAIN.md section 8): working days skip weekends and statutory days off and count the State
// Council's make-up working days; calendar-day periods do not count their first day and end on the next working
// day when their last day is a day off (Civil Procedure Law Art. 85); a year without a published schedule gives
// provisional deadlines; importing a changed calendar reports which stored deadlines move.
#include "calendar/WorkCalendar.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace creditcase;
using namespace creditcase::calendar;
using Mode = DeadlineRule::Mode;

namespace {

QByteArray referenceFile(const QString& name) {
    QFile file(QStringLiteral(CREDITCASE_TEST_DATA_DIR "/holiday-cn/") + name);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

SCENARIO("working days skip the 2026 Spring Festival and count its make-up Saturdays [State Council notice on "
         "2026 holidays, DOMAIN 8]") {
    GIVEN("the shipped calendar") {
        const WorkCalendar calendar = WorkCalendar::builtIn();
        THEN("2026-02-15 to 2026-02-23 are days off and the Saturdays 02-14 and 02-28 are working days") {
            for (QDate d(2026, 2, 15); d <= QDate(2026, 2, 23); d = d.addDays(1))
                CHECK_FALSE(calendar.isWorkingDay(d));
            CHECK(calendar.isWorkingDay(QDate(2026, 2, 14)));
            CHECK(calendar.isWorkingDay(QDate(2026, 2, 28)));
            CHECK(calendar.isWorkingDay(QDate(2026, 2, 24)));
        }
        WHEN("a notice is served on Friday 2026-02-13 with 5 working days to object") {
            const DeadlineResult due = calendar.compute(QDate(2026, 2, 13), {5, Mode::WorkingDays});
            THEN("day 1 is the make-up Saturday, the festival is skipped and the window ends on Friday 02-27") {
                CHECK(due.date == QDate(2026, 2, 27));
                CHECK_FALSE(due.provisional);
                CHECK(calendar.addWorkingDays(QDate(2026, 2, 13), 1).date == QDate(2026, 2, 14));
                CHECK(calendar.addWorkingDays(QDate(2026, 2, 13), 6).date == QDate(2026, 2, 28));
            }
        }
    }
}

SCENARIO("working days skip the 2025 National Day holiday and count 09-28 and 10-11 [State Council notice on "
         "2025 holidays, DOMAIN 8]") {
    GIVEN("the shipped calendar and a document served on Friday 2025-09-26") {
        const WorkCalendar calendar = WorkCalendar::builtIn();
        const QDate served(2025, 9, 26);
        THEN("10-01 to 10-08 are off, 09-28 (Sunday) and 10-11 (Saturday) are working days") {
            for (QDate d(2025, 10, 1); d <= QDate(2025, 10, 8); d = d.addDays(1))
                CHECK_FALSE(calendar.isWorkingDay(d));
            CHECK(calendar.isWorkingDay(QDate(2025, 9, 28)));
            CHECK(calendar.isWorkingDay(QDate(2025, 10, 11)));
        }
        WHEN("working days are counted from service") {
            THEN("day 1 is Sunday 09-28, day 4 is 10-09 after the holiday, day 6 is Saturday 10-11") {
                CHECK(calendar.addWorkingDays(served, 1).date == QDate(2025, 9, 28));
                CHECK(calendar.addWorkingDays(served, 3).date == QDate(2025, 9, 30));
                CHECK(calendar.addWorkingDays(served, 4).date == QDate(2025, 10, 9));
                CHECK(calendar.addWorkingDays(served, 6).date == QDate(2025, 10, 11));
            }
        }
    }
}

SCENARIO("a calendar-day period whose last day is a holiday ends on the next working day [Civil Procedure Law "
         "Art. 85, DOMAIN 8]") {
    GIVEN("the shipped calendar") {
        const WorkCalendar calendar = WorkCalendar::builtIn();
        WHEN("10 calendar days run from 2025-09-24 and the 10th day is 10-04, inside the National Day holiday") {
            const DeadlineResult due = calendar.compute(QDate(2025, 9, 24), {10, Mode::CalendarDays});
            THEN("the period ends on 10-09, the first working day after the holiday") {
                CHECK(due.date == QDate(2025, 10, 9));
                CHECK_FALSE(due.provisional);
            }
        }
        WHEN("7 calendar days run from 2026-02-13 and the 7th day is in the Spring Festival") {
            THEN("the period ends on Tuesday 2026-02-24") {
                CHECK(calendar.addCalendarDays(QDate(2026, 2, 13), 7).date == QDate(2026, 2, 24));
            }
        }
        WHEN("the last day is an ordinary weekday") {
            THEN("it is not moved") {
                CHECK(calendar.addCalendarDays(QDate(2025, 3, 10), 10).date == QDate(2025, 3, 20));
            }
        }
        WHEN("the last day is a make-up working Saturday") {
            THEN("the period ends on that Saturday") {
                CHECK(calendar.addCalendarDays(QDate(2025, 10, 1), 10).date == QDate(2025, 10, 11));
            }
        }
    }
}

SCENARIO("a deadline in a year without a published holiday schedule is provisional [DOMAIN 8]") {
    GIVEN("the shipped calendar, which knows 2025 and 2026 only") {
        const WorkCalendar calendar = WorkCalendar::builtIn();
        WHEN("5 working days run from Monday 2026-12-28 into 2027") {
            const DeadlineResult due = calendar.addWorkingDays(QDate(2026, 12, 28), 5);
            THEN("weekends alone are skipped and the result says it is provisional") {
                CHECK(due.date == QDate(2027, 1, 4));
                CHECK(due.provisional);
            }
        }
        WHEN("the deadline stays inside 2026") {
            THEN("it is final") {
                CHECK_FALSE(calendar.addWorkingDays(QDate(2026, 12, 28), 3).provisional);
            }
        }
        WHEN("a calendar-day period ends in 2027") {
            THEN("it is provisional too") {
                CHECK(calendar.compute(QDate(2026, 12, 20), {30, Mode::CalendarDays}).provisional);
            }
        }
    }
}

SCENARIO("five working days from a Friday end on the next Friday, the day of service is not counted "
         "[Civil Procedure Law Art. 85, DOMAIN 8]") {
    GIVEN("the shipped calendar and an ordinary week in March 2025") {
        const WorkCalendar calendar = WorkCalendar::builtIn();
        WHEN("a notice is served on Friday 2025-03-07") {
            THEN("the 5th working day is Friday 2025-03-14") {
                CHECK(calendar.compute(QDate(2025, 3, 7), {5, Mode::WorkingDays}).date == QDate(2025, 3, 14));
            }
        }
        WHEN("the rule explicitly counts the day of service (day 0 counts)") {
            THEN("service on Monday 03-10 makes Friday 03-14 the 5th day instead of Monday 03-17") {
                CHECK(calendar.compute(QDate(2025, 3, 10), {5, Mode::WorkingDays}).date == QDate(2025, 3, 17));
                CHECK(calendar.compute(QDate(2025, 3, 10), {5, Mode::WorkingDays, true}).date == QDate(2025, 3, 14));
            }
            THEN("service on a Saturday does not count, because Saturday is not a working day") {
                CHECK(calendar.compute(QDate(2025, 3, 8), {5, Mode::WorkingDays, true}).date == QDate(2025, 3, 14));
            }
            THEN("10 calendar days then end one day earlier") {
                CHECK(calendar.compute(QDate(2025, 3, 10), {10, Mode::CalendarDays, true}).date == QDate(2025, 3, 19));
            }
        }
    }
}

SCENARIO("importing the holiday-cn files gives the same schedule as the shipped files [DOMAIN 1, 8]") {
    GIVEN("the shipped calendar") {
        const WorkCalendar calendar = WorkCalendar::builtIn();
        for (const int year : {2025, 2026}) {
            WHEN("the holiday-cn reference file for " + std::to_string(year) + " is imported") {
                const QString name = QStringLiteral("holidays-%1.json").arg(year);
                const auto imported = HolidaySchedule::fromJson(referenceFile(name), name);
                REQUIRE(imported.ok());
                const HolidaySchedule ours = *calendar.schedule(year);
                THEN("it declares the same days off and make-up days, with the same names") {
                    CHECK(imported->sameDaysAs(ours));
                    CHECK(imported->offDays() == ours.offDays());
                    CHECK(imported->makeUpWorkdays() == ours.makeUpWorkdays());
                    CHECK(imported->source().url == ours.source().url);
                }
                THEN("it is marked as a secondary source with its own content version") {
                    CHECK(imported->mark() == QStringLiteral("[V2]"));
                    CHECK(imported->version() != ours.version());
                }
                THEN("replacing the shipped year with it moves no deadline") {
                    WorkCalendar replaced = calendar;
                    replaced.replace(*imported);
                    QList<StoredDeadline> stored;
                    for (QDate d(year, 1, 1); d.year() == year; d = d.addDays(7))
                        stored.append({d.toString(Qt::ISODate), d, {10, Mode::WorkingDays}});
                    CHECK(WorkCalendar::movedDeadlines(calendar, replaced, stored).isEmpty());
                    CHECK(replaced.versionTag() != calendar.versionTag());
                }
            }
        }
    }
}

SCENARIO("a malformed holiday file is refused naming the file and the JSON path, and the calendar is unchanged "
         "[DESIGN: rules are data]") {
    GIVEN("the shipped calendar") {
        WorkCalendar calendar = WorkCalendar::builtIn();
        const QString before = calendar.versionTag();
        const QString file = QStringLiteral("2027.json");
        struct Case {
            const char* what;
            QByteArray json;
            QString expected;
        };
        const QList<Case> cases{
            {"malformed JSON", "{\"year\": 2027, \"papers\": [",
             QStringLiteral("2027.json, top level: not valid JSON")},
            {"a wrong type", R"({"year": 2027, "papers": [], "days": {}})",
             QStringLiteral("2027.json, days: expected a list")},
            {"a wrong type in a day",
             R"({"year": 2027, "papers": ["u"], "days": [{"name": "x", "date": 1, "isOffDay": true}]})",
             QStringLiteral("2027.json, days[0].date: expected text")},
            {"a bad date",
             R"({"year": 2027, "papers": ["u"], "days": [{"name": "x", "date": "2027-02-29", "isOffDay": true}]})",
             QStringLiteral("2027.json, days[0].date: \"2027-02-29\" is not a real date")},
            {"a duplicate",
             R"({"year": 2027, "papers": ["u"], "days": [{"name": "x", "date": "2027-01-01", "isOffDay": true},)"
             R"({"name": "x", "date": "2027-01-01", "isOffDay": true}]})",
             QStringLiteral("2027.json, days[1].date: 2027-01-01 is listed twice (first at days[0].date)")},
            {"a date outside the year",
             R"({"year": 2027, "papers": ["u"], "days": [{"name": "x", "date": "2026-12-31", "isOffDay": true}]})",
             QStringLiteral("2027.json, days[0].date: 2026-12-31 lies outside the year 2027")},
            {"a make-up working day on a weekday",
             R"({"year": 2027, "papers": ["u"], "days": [{"name": "x", "date": "2027-01-01", "isOffDay": true},)"
             R"({"name": "x", "date": "2027-01-05", "isOffDay": false}]})",
             QStringLiteral("2027.json, days[1].date: 2027-01-05 is a Tuesday")},
        };
        for (const Case& c : cases) {
            WHEN(std::string("the file has ") + c.what) {
                const auto imported = HolidaySchedule::fromJson(c.json, file);
                THEN("the import is refused with the file, the path and the problem, and nothing changes") {
                    REQUIRE_FALSE(imported.ok());
                    CHECK(imported.error().message.contains(c.expected));
                    CHECK(calendar.versionTag() == before);
                    CHECK_FALSE(calendar.isPublished(2027));
                }
            }
        }
    }
}

SCENARIO("importing a changed calendar reports exactly which stored deadlines move [DESIGN: deadlines keep their "
         "inputs, field notes C.3(4)]") {
    GIVEN("the shipped calendar and deadlines stored with their inputs") {
        const WorkCalendar before = WorkCalendar::builtIn();
        const QList<StoredDeadline> stored{
            {QStringLiteral("case-1 objection window"), QDate(2026, 2, 26), {5, Mode::WorkingDays}},
            {QStringLiteral("case-2 objection window"), QDate(2026, 3, 10), {5, Mode::WorkingDays}},
            {QStringLiteral("case-3 answer due"), QDate(2026, 2, 20), {10, Mode::CalendarDays}},
            {QStringLiteral("case-4 list period"), QDate(2026, 3, 2), {1, Mode::Years}},
            {QStringLiteral("case-5 answer due"), QDate(2025, 5, 6), {15, Mode::WorkingDays}},
        };
        CHECK(before.compute(QDate(2026, 2, 26), {5, Mode::WorkingDays}).date == QDate(2026, 3, 4));
        CHECK(before.compute(QDate(2026, 2, 20), {10, Mode::CalendarDays}).date == QDate(2026, 3, 2));

        WHEN("a new edition of the 2026 schedule adds Monday 2026-03-02 as a day off") {
            QJsonObject edition = QJsonDocument::fromJson(before.schedule(2026)->toJson()).object();
            QJsonArray offDays = edition.value(QStringLiteral("offDays")).toArray();
            offDays.append(QJsonObject{{QStringLiteral("date"), QStringLiteral("2026-03-02")},
                                       {QStringLiteral("name"), QStringLiteral("extra")}});
            edition.insert(QStringLiteral("offDays"), offDays);
            edition.insert(QStringLiteral("version"), QStringLiteral("2026.2"));
            const auto changed = HolidaySchedule::fromJson(QJsonDocument(edition).toJson(), QStringLiteral("2026.2"));
            REQUIRE(changed.ok());
            WorkCalendar after = before;
            after.replace(*changed);

            const QList<DeadlineMove> moves = WorkCalendar::movedDeadlines(before, after, stored);
            THEN("only the two deadlines that counted or ended on 03-02 move, each by one working day") {
                REQUIRE(moves.size() == 2);
                CHECK(moves[0].key == QStringLiteral("case-1 objection window"));
                CHECK(moves[0].before == QDate(2026, 3, 4));
                CHECK(moves[0].after == QDate(2026, 3, 5));
                CHECK(moves[1].key == QStringLiteral("case-3 answer due"));
                CHECK(moves[1].before == QDate(2026, 3, 2));
                CHECK(moves[1].after == QDate(2026, 3, 3));
            }
            THEN("the calendar's version tag changes, so stored deadlines can tell which calendar they used") {
                CHECK(after.versionTag() == QStringLiteral("2025:2025.1,2026:2026.2"));
                CHECK(before.versionTag() == QStringLiteral("2025:2025.1,2026:2026.1"));
            }
        }
    }
}
