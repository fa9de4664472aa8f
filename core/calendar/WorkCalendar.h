#pragma once

#include "DeadlineRule.h"
#include "HolidaySchedule.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <cstdint>
#include <optional>
#include <vector>

namespace creditcase::calendar {

// What the calendar says about one day, for display ("is 2025-10-01 a working day, and why").
struct DayStatus {
    QDate date;
    bool working = false;
    bool published = false;       // false: the year has no loaded schedule, the answer assumes weekends only
    bool statutoryDayOff = false; // listed as a day off in the year's schedule
    bool makeUpWorkday = false;   // a weekend day the schedule turns into a working day (调休上班)
    QString name;                 // festival name from the schedule, if any
};

// A deadline kept with its inputs, as the workflow stores it (key = whatever identifies it there).
struct StoredDeadline {
    QString key;
    QDate trigger;
    DeadlineRule rule;
};

// A stored deadline whose date changes when one calendar is replaced by another.
struct DeadlineMove {
    QString key;
    QDate before;
    QDate after;
    bool provisionalBefore = false;
    bool provisionalAfter = false;
};

// The working-day calendar: the published holiday schedules by year, versioned as a whole. Weekends are off unless
// a schedule makes them make-up working days; statutory days off are off. A year without a published schedule
// falls back to "weekends only" and every answer that depends on it is provisional.
//
// Deadline arithmetic (DOMAIN.md section 8):
//  - working days: the start day is not counted; day 1 is the first working day after it;
//  - calendar days: the start day is not counted; if the last day is not a working day the period ends on the
//    next working day (Civil Procedure Law Art. 85);
//  - months / years: plain calendar arithmetic for list durations, clamped to the month's last day (Jan 31 + 1
//    month = Feb 28/29), never rolled to a working day and never provisional.
//
// Lookups use a per-day table over the published years, rebuilt whenever a schedule is added or replaced.
class WorkCalendar {
    Q_DECLARE_TR_FUNCTIONS(WorkCalendar)

public:
    WorkCalendar() = default;

    // The schedules shipped with the application (resources/rules/calendars, embedded as
    // ":/rules/calendars/cn-holidays-*.json"). loadBuiltIn() reports a damaged embedded file; builtIn() logs it
    // with qCritical and returns the schedules that did load (the affected year is then provisional, not wrong).
    static Result<WorkCalendar> loadBuiltIn();
    static WorkCalendar builtIn();

    // Adds a year. Refused (ErrorKind::Refused, calendar unchanged) when that year already has a schedule: use
    // replace() for a new edition, so a changed calendar is always a deliberate act.
    Status add(const HolidaySchedule& schedule);
    // Adds the year or replaces its schedule.
    void replace(const HolidaySchedule& schedule);

    bool isPublished(int year) const { return m_schedules.contains(year); }
    QList<int> publishedYears() const { return m_schedules.keys(); }
    std::optional<HolidaySchedule> schedule(int year) const;
    // The calendar's identity for stored deadlines, e.g. "2025:2025.1,2026:2026.1"; "weekends-only" when empty.
    QString versionTag() const;

    bool isWorkingDay(const QDate& date) const;
    DayStatus dayStatus(const QDate& date) const;

    // n < 0 counts backwards (the n-th working day before start). n == 0 returns start unchanged.
    DeadlineResult addWorkingDays(const QDate& start, int n) const;
    // n < 0 counts backwards and a non-working last day rolls back to the previous working day. n == 0 returns
    // start unchanged.
    DeadlineResult addCalendarDays(const QDate& start, int n) const;
    DeadlineResult addMonths(const QDate& start, int n) const;
    DeadlineResult addYears(const QDate& start, int n) const;
    // The rule's count from the trigger date. With countStartDay the trigger day is day 1: for working days it
    // counts if it is a working day, for calendar days the period ends count - 1 days after it, for months and
    // years the period ends the day before the same date count months/years later.
    DeadlineResult compute(const QDate& trigger, const DeadlineRule& rule) const;

    // Working days in (a, b]: positive when b is after a, negative when b is before a, 0 when equal. "Days late"
    // for a deadline D seen on date T is workingDaysBetween(D, T).
    int workingDaysBetween(const QDate& a, const QDate& b) const;

    // Which stored deadlines get a different date when `after` replaces `before` (a deadline whose date stays the
    // same is not listed, even if it stops being provisional). Order follows `stored`.
    static QList<DeadlineMove> movedDeadlines(const WorkCalendar& before, const WorkCalendar& after,
                                              const QList<StoredDeadline>& stored);

private:
    enum DayFlag : std::uint8_t { Working = 1, Published = 2 };

    void rebuild();
    // Whether the day with this Julian day number is a working day; sets provisional when its year is unpublished.
    bool workingAt(qint64 julianDay, bool& provisional) const {
        const qint64 index = julianDay - m_firstDay;
        if (index >= 0 && index < static_cast<qint64>(m_days.size())) {
            const std::uint8_t flags = m_days[static_cast<std::size_t>(index)];
            provisional |= !(flags & Published);
            return flags & Working;
        }
        provisional = true;
        return isWeekday(julianDay);
    }
    static bool isWeekday(qint64 julianDay);
    qint64 workingDaysUpTo(qint64 julianDay) const;
    DeadlineResult endOfCalendarPeriod(qint64 lastDay, int direction) const;

    QMap<int, HolidaySchedule> m_schedules;
    qint64 m_firstDay = 0;               // Julian day of 1 January of the first published year
    std::vector<std::uint8_t> m_days;    // DayFlag per day from m_firstDay to 31 December of the last published year
    std::vector<std::int32_t> m_offsets; // running sum of (working day - ordinary weekday) over m_days
};

} // namespace creditcase::calendar
