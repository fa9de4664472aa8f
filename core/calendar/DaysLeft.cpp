#include "DaysLeft.h"

#include "DeadlineRule.h"
#include "WorkCalendar.h"

namespace creditcase::calendar {

DaysLeft DaysLeft::until(QDate due, QStringView ruleMode, const WorkCalendar& calendar, QDate today) {
    DaysLeft left;
    if (!due.isValid() || !today.isValid())
        return left;
    const auto mode = DeadlineRule::modeFromName(ruleMode);
    left.working = mode && *mode == DeadlineRule::Mode::WorkingDays;
    if (!left.working) {
        left.days = static_cast<int>(today.daysTo(due));
        return left;
    }
    left.days = calendar.workingDaysBetween(today, due);
    if (left.days == 0 && due < today)
        left.days = -1; // due on a day off that has passed: the working day before today was the last one
    return left;
}

} // namespace creditcase::calendar
