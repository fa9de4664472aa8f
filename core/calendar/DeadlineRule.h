#pragma once

#include <QDate>
#include <QString>
#include <QStringView>
#include <optional>

namespace creditcase::calendar {

// How a deadline is counted from its trigger date (service, receipt, decision). Stored with the deadline so it can
// be recomputed when the holiday calendar changes. The number itself comes from rule data, never from code.
struct DeadlineRule {
    enum class Mode {
        WorkingDays,  // skip weekends and statutory days off, count make-up working days
        CalendarDays, // every day counts; a period ending on a day off ends on the next working day
        Months,       // plain calendar months (list durations); not rolled to a working day
        Years,        // plain calendar years (list durations); not rolled to a working day
    };

    int count = 0;
    Mode mode = Mode::WorkingDays;
    // Whether the trigger day itself is day 1. The default (false) is the ordinary rule: the day of service does
    // not count and day 1 is the next day (Civil Procedure Law Art. 85, DOMAIN.md section 8).
    bool countStartDay = false;

    bool operator==(const DeadlineRule&) const = default;

    // Stable names for storage ("working-days", "calendar-days", "months", "years"); not for display.
    static QString modeName(Mode mode);
    static std::optional<Mode> modeFromName(QStringView name);
};

// A computed deadline. provisional is true when any day the computation looked at lies in a year whose holiday
// schedule has not been published (or loaded) yet: the date then assumes only weekends are off and must be shown
// as provisional and recomputed once the schedule arrives.
struct DeadlineResult {
    QDate date;
    bool provisional = false;

    bool operator==(const DeadlineResult&) const = default;
};

} // namespace creditcase::calendar
