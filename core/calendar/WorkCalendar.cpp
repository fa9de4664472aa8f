#include "WorkCalendar.h"

#include <QDebug>
#include <QDir>
#include <QFile>
#include <QStringList>
#include <algorithm>

namespace creditcase::calendar {

namespace {

const QLatin1StringView kBuiltInDirectory{":/rules/calendars"};
const QLatin1StringView kBuiltInPattern{"cn-holidays-*.json"};
constexpr int kDaysPerWeek = 7;
constexpr int kWeekdaysPerWeek = 5;

qint64 floorDiv(qint64 a, qint64 b) {
    const qint64 q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

} // namespace

// Julian day 0 is a Monday, so (day mod 7) is 0 for Monday ... 6 for Sunday.
bool WorkCalendar::isWeekday(qint64 julianDay) {
    return julianDay - floorDiv(julianDay, kDaysPerWeek) * kDaysPerWeek < kWeekdaysPerWeek;
}

Result<WorkCalendar> WorkCalendar::loadBuiltIn() {
    WorkCalendar calendar;
    QStringList errors;
    const QDir directory(kBuiltInDirectory);
    const QStringList names = directory.entryList({kBuiltInPattern}, QDir::Files, QDir::Name);
    if (names.isEmpty())
        return Error::corrupt(
            tr("The built-in holiday calendars are missing from this build (%1).").arg(kBuiltInDirectory));
    for (const QString& name : names) {
        QFile file(directory.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            errors << tr("%1: cannot be read (%2)").arg(file.fileName(), file.errorString());
            continue;
        }
        auto schedule = HolidaySchedule::fromJson(file.readAll(), file.fileName());
        if (!schedule) {
            errors << schedule.error().message;
            continue;
        }
        if (const Status added = calendar.add(*schedule); !added)
            errors << tr("%1: %2").arg(file.fileName(), added.error().message);
    }
    if (!errors.isEmpty())
        return Error::corrupt(errors.join(u'\n'));
    return calendar;
}

WorkCalendar WorkCalendar::builtIn() {
    auto loaded = loadBuiltIn();
    if (loaded)
        return loaded.take();
    qCritical().noquote() << loaded.error().message;
    // Keep whatever loaded cleanly: an unloaded year is answered provisionally instead of not at all.
    WorkCalendar partial;
    const QDir directory(kBuiltInDirectory);
    for (const QString& name : directory.entryList({kBuiltInPattern}, QDir::Files, QDir::Name)) {
        QFile file(directory.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        if (auto schedule = HolidaySchedule::fromJson(file.readAll(), file.fileName()); schedule)
            partial.replace(*schedule);
    }
    return partial;
}

Status WorkCalendar::add(const HolidaySchedule& schedule) {
    if (schedule.year() == 0)
        return Error::usage(tr("This holiday schedule is empty; load it from a file first."));
    if (m_schedules.contains(schedule.year())) {
        const HolidaySchedule& existing = m_schedules[schedule.year()];
        return Error::refused(tr("The calendar already has a holiday schedule for %1 (version %2). Replacing it "
                                 "may move deadlines already computed; use replace to do that deliberately.")
                                  .arg(schedule.year())
                                  .arg(existing.version()));
    }
    m_schedules.insert(schedule.year(), schedule);
    rebuild();
    return {};
}

void WorkCalendar::replace(const HolidaySchedule& schedule) {
    if (schedule.year() == 0)
        return;
    m_schedules.insert(schedule.year(), schedule);
    rebuild();
}

std::optional<HolidaySchedule> WorkCalendar::schedule(int year) const {
    const auto it = m_schedules.constFind(year);
    if (it == m_schedules.constEnd())
        return std::nullopt;
    return *it;
}

QString WorkCalendar::versionTag() const {
    if (m_schedules.isEmpty())
        return QStringLiteral("weekends-only");
    QStringList parts;
    for (auto it = m_schedules.constBegin(); it != m_schedules.constEnd(); ++it)
        parts << QStringLiteral("%1:%2").arg(it.key()).arg(it->version());
    return parts.join(u',');
}

void WorkCalendar::rebuild() {
    m_days.clear();
    m_offsets.clear();
    if (m_schedules.isEmpty()) {
        m_firstDay = 0;
        return;
    }
    const int firstYear = m_schedules.firstKey();
    const int lastYear = m_schedules.lastKey();
    m_firstDay = QDate(firstYear, 1, 1).toJulianDay();
    const qint64 endDay = QDate(lastYear, 12, 31).toJulianDay() + 1;
    m_days.resize(static_cast<std::size_t>(endDay - m_firstDay));
    m_offsets.resize(m_days.size());

    for (qint64 day = m_firstDay; day < endDay; ++day)
        m_days[static_cast<std::size_t>(day - m_firstDay)] = isWeekday(day) ? Working : 0;
    for (int year = firstYear; year <= lastYear; ++year) {
        const auto it = m_schedules.constFind(year);
        if (it == m_schedules.constEnd())
            continue;
        const qint64 yearStart = QDate(year, 1, 1).toJulianDay();
        const qint64 yearEnd = QDate(year, 12, 31).toJulianDay() + 1;
        for (qint64 day = yearStart; day < yearEnd; ++day)
            m_days[static_cast<std::size_t>(day - m_firstDay)] |= Published;
        for (const QDate& off : it->offDays().keys())
            m_days[static_cast<std::size_t>(off.toJulianDay() - m_firstDay)] &= ~Working;
        for (const QDate& work : it->makeUpWorkdays().keys())
            m_days[static_cast<std::size_t>(work.toJulianDay() - m_firstDay)] |= Working;
    }

    std::int32_t running = 0;
    for (std::size_t i = 0; i < m_days.size(); ++i) {
        const bool working = m_days[i] & Working;
        const bool weekday = isWeekday(m_firstDay + static_cast<qint64>(i));
        running += (working ? 1 : 0) - (weekday ? 1 : 0);
        m_offsets[i] = running;
    }
}

bool WorkCalendar::isWorkingDay(const QDate& date) const {
    if (!date.isValid())
        return false;
    bool provisional = false;
    return workingAt(date.toJulianDay(), provisional);
}

DayStatus WorkCalendar::dayStatus(const QDate& date) const {
    DayStatus status;
    status.date = date;
    if (!date.isValid())
        return status;
    bool provisional = false;
    status.working = workingAt(date.toJulianDay(), provisional);
    status.published = !provisional;
    const auto it = m_schedules.constFind(date.year());
    if (it != m_schedules.constEnd()) {
        status.statutoryDayOff = it->isOffDay(date);
        status.makeUpWorkday = it->isMakeUpWorkday(date);
        status.name = it->dayName(date);
    }
    return status;
}

DeadlineResult WorkCalendar::addWorkingDays(const QDate& start, int n) const {
    if (!start.isValid())
        return {};
    bool provisional = false;
    qint64 day = start.toJulianDay();
    const int step = n < 0 ? -1 : 1;
    for (int remaining = n < 0 ? -n : n; remaining > 0;) {
        day += step;
        if (workingAt(day, provisional))
            --remaining;
    }
    return {QDate::fromJulianDay(day), provisional};
}

// The period's last day is lastDay; if that is not a working day, the period ends on the next working day in
// `direction` (forwards for ordinary deadlines, Civil Procedure Law Art. 85).
DeadlineResult WorkCalendar::endOfCalendarPeriod(qint64 lastDay, int direction) const {
    bool provisional = false;
    while (!workingAt(lastDay, provisional))
        lastDay += direction;
    return {QDate::fromJulianDay(lastDay), provisional};
}

DeadlineResult WorkCalendar::addCalendarDays(const QDate& start, int n) const {
    return compute(start, {n, DeadlineRule::Mode::CalendarDays});
}

DeadlineResult WorkCalendar::addMonths(const QDate& start, int n) const {
    return {start.addMonths(n), false};
}

DeadlineResult WorkCalendar::addYears(const QDate& start, int n) const {
    return {start.addYears(n), false};
}

DeadlineResult WorkCalendar::compute(const QDate& trigger, const DeadlineRule& rule) const {
    if (!trigger.isValid())
        return {};
    // Counting the start day moves the whole period one day earlier: the count then begins on the trigger itself.
    const bool shift = rule.countStartDay && rule.count != 0;
    const int shiftDays = shift ? (rule.count > 0 ? -1 : 1) : 0;
    switch (rule.mode) {
    case DeadlineRule::Mode::WorkingDays:
        return addWorkingDays(trigger.addDays(shiftDays), rule.count);
    case DeadlineRule::Mode::CalendarDays:
        if (rule.count == 0)
            return {trigger, false};
        return endOfCalendarPeriod(trigger.toJulianDay() + rule.count + shiftDays, rule.count < 0 ? -1 : 1);
    case DeadlineRule::Mode::Months:
        return {trigger.addMonths(rule.count).addDays(shiftDays), false};
    case DeadlineRule::Mode::Years:
        return {trigger.addYears(rule.count).addDays(shiftDays), false};
    }
    return {};
}

// Number of working days on or before julianDay, counted from an arbitrary fixed origin (only differences matter):
// ordinary weekdays by formula, corrected inside the published table by the running offset.
qint64 WorkCalendar::workingDaysUpTo(qint64 julianDay) const {
    const qint64 daysIncluded = julianDay + 1;
    const qint64 weeks = floorDiv(daysIncluded, kDaysPerWeek);
    const qint64 rest = daysIncluded - weeks * kDaysPerWeek;
    qint64 count = weeks * kWeekdaysPerWeek + std::min<qint64>(rest, kWeekdaysPerWeek);
    if (!m_offsets.empty()) {
        const qint64 index = julianDay - m_firstDay;
        if (index >= static_cast<qint64>(m_offsets.size()))
            count += m_offsets.back();
        else if (index >= 0)
            count += m_offsets[static_cast<std::size_t>(index)];
    }
    return count;
}

int WorkCalendar::workingDaysBetween(const QDate& a, const QDate& b) const {
    if (!a.isValid() || !b.isValid())
        return 0;
    return static_cast<int>(workingDaysUpTo(b.toJulianDay()) - workingDaysUpTo(a.toJulianDay()));
}

QList<DeadlineMove> WorkCalendar::movedDeadlines(const WorkCalendar& before, const WorkCalendar& after,
                                                 const QList<StoredDeadline>& stored) {
    QList<DeadlineMove> moves;
    for (const StoredDeadline& deadline : stored) {
        const DeadlineResult old = before.compute(deadline.trigger, deadline.rule);
        const DeadlineResult now = after.compute(deadline.trigger, deadline.rule);
        if (old.date != now.date)
            moves.append({deadline.key, old.date, now.date, old.provisional, now.provisional});
    }
    return moves;
}

} // namespace creditcase::calendar
