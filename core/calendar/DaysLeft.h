#pragma once

#include <QDate>
#include <QStringView>

namespace creditcase::calendar {

class WorkCalendar;

// How long until a stored deadline, counted in the unit its rule counts in (DOMAIN.md section 8): working days for a
// working-day rule, calendar days for every other rule (calendar days, months, years, a date the department set).
// Negative when the deadline has passed. Every list that shows "days left" takes the figure from here, so the case
// list, the dashboard and the case view agree with the deadline the workflow computed.
struct DaysLeft {
    int days = 0;
    bool working = false; // counted in working days (工作日), else calendar days (自然日)

    bool overdue() const { return days < 0; }
    bool operator==(const DaysLeft&) const = default;

    /* Days from `today` to `due` for a deadline stored with rule mode `ruleMode` (a DeadlineRule mode name, or
       "fixed"). Working days are those in (today, due] on `calendar`; a working-day deadline that fell on a day off
       which has passed is one working day overdue, never "due today". An invalid date gives 0. */
    static DaysLeft until(QDate due, QStringView ruleMode, const WorkCalendar& calendar, QDate today);
};

} // namespace creditcase::calendar
