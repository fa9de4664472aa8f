#include "DeadlineRule.h"

namespace creditcase::calendar {

QString DeadlineRule::modeName(Mode mode) {
    switch (mode) {
    case Mode::WorkingDays:
        return QStringLiteral("working-days");
    case Mode::CalendarDays:
        return QStringLiteral("calendar-days");
    case Mode::Months:
        return QStringLiteral("months");
    case Mode::Years:
        return QStringLiteral("years");
    }
    return {};
}

std::optional<DeadlineRule::Mode> DeadlineRule::modeFromName(QStringView name) {
    for (const Mode mode : {Mode::WorkingDays, Mode::CalendarDays, Mode::Months, Mode::Years}) {
        if (name == modeName(mode))
            return mode;
    }
    return std::nullopt;
}

} // namespace creditcase::calendar
