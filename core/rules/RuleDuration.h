#pragma once

#include "RuleValue.h"

#include <QDate>
#include <QString>
#include <functional>
#include <optional>

namespace creditcase::rules {

// A legal time span as the rule data states it ("5 working days from receipt of the notice"). The count and the
// counting mode are handed to the work calendar (WorkCalendar::compute(trigger, DeadlineRule{count, mode, ...}));
// the rules folder never counts working days itself.
struct RuleDuration {
    enum class Mode { WorkingDays, CalendarDays, Months, Years };

    int count = 0;
    Mode mode = Mode::CalendarDays;
    QString countFrom; // the event the period runs from, e.g. "service", "notice-received", "decision", "correction"
    QString source;    // article the value was read in
    Mark mark = Mark::Unverified;

    Citation citation() const { return Citation{source, {}, mark}; }
    // "5 working days", "6 months" (translated).
    QString describe() const;

    // Same length in the same mode (source and trigger may differ).
    bool sameLength(const RuleDuration& other) const { return count == other.count && mode == other.mode; }

    // Orders two durations when that is possible without a calendar (same mode, or months against years):
    // negative if a is shorter, 0 if equal, positive if longer; nullopt if they cannot be compared.
    static std::optional<int> compare(const RuleDuration& a, const RuleDuration& b);

    // "working-days", "calendar-days", "months", "years" as in the rule files.
    static QString modeId(Mode mode);
    static std::optional<Mode> modeFromId(const QString& id);
};

// What a period's start point ("countFrom") is, in words for the officer: "the day the creditor's application was
// received". Falls back to the identifier for start points not described here.
QString countFromName(const QString& countFrom);

// Adds a rule duration to a trigger date. The workflow passes one backed by the WorkCalendar (working days,
// holiday roll-forward); `plainCalendarAdd` below is the calendar-free fallback.
using DateAdder = std::function<QDate(QDate trigger, const RuleDuration& duration)>;

// Adds calendar days, months or years without any holiday knowledge (the first day is not counted: trigger
// 2026-01-10 + 5 calendar days = 2026-01-15). Returns an invalid QDate for working days, which need a calendar.
// Suitable for minimum spans (comment periods, waiting periods), not for deadlines that roll past holidays.
QDate plainCalendarAdd(QDate trigger, const RuleDuration& duration);

} // namespace creditcase::rules
