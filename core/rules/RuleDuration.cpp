#include "RuleDuration.h"

#include <QCoreApplication>

namespace creditcase::rules {

QString RuleDuration::describe() const {
    switch (mode) {
    case Mode::WorkingDays:
        return QCoreApplication::translate("RuleDuration", "%n working day(s)", nullptr, count);
    case Mode::CalendarDays:
        return QCoreApplication::translate("RuleDuration", "%n day(s)", nullptr, count);
    case Mode::Months:
        return QCoreApplication::translate("RuleDuration", "%n month(s)", nullptr, count);
    case Mode::Years:
        return QCoreApplication::translate("RuleDuration", "%n year(s)", nullptr, count);
    }
    return {};
}

std::optional<int> RuleDuration::compare(const RuleDuration& a, const RuleDuration& b) {
    if (a.mode == b.mode)
        return a.count - b.count;
    auto inMonths = [](const RuleDuration& d) -> std::optional<int> {
        if (d.mode == Mode::Months)
            return d.count;
        if (d.mode == Mode::Years)
            return d.count * 12;
        if (d.count == 0)
            return 0;
        return std::nullopt;
    };
    const auto am = inMonths(a);
    const auto bm = inMonths(b);
    if (am && bm)
        return *am - *bm;
    return std::nullopt;
}

QString countFromName(const QString& countFrom) {
    static const struct {
        const char* id;
        const char* text;
    } names[] = {
        {"payment-order-deadline-expired",
         QT_TRANSLATE_NOOP("RuleDuration", "the day the time limit of the order to pay wages expired")},
        {"creditor-application-received",
         QT_TRANSLATE_NOOP("RuleDuration", "the day the creditor's application was received")},
        {"application-received", QT_TRANSLATE_NOOP("RuleDuration", "the day the application was received")},
        {"notice-received", QT_TRANSLATE_NOOP("RuleDuration", "the day the notice was received")},
        {"objection-received", QT_TRANSLATE_NOOP("RuleDuration", "the day the objection was received")},
        {"decision", QT_TRANSLATE_NOOP("RuleDuration", "the day of the decision")},
        {"publication", QT_TRANSLATE_NOOP("RuleDuration", "the day of publication")},
        {"service", QT_TRANSLATE_NOOP("RuleDuration", "the day of service")},
        {"decision-limit-expired", QT_TRANSLATE_NOOP("RuleDuration", "the end of the time to decide")},
    };
    for (const auto& name : names) {
        if (countFrom == QLatin1String(name.id))
            return QCoreApplication::translate("RuleDuration", name.text);
    }
    return countFrom;
}

QString RuleDuration::modeId(Mode mode) {
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

std::optional<RuleDuration::Mode> RuleDuration::modeFromId(const QString& id) {
    for (auto mode : {Mode::WorkingDays, Mode::CalendarDays, Mode::Months, Mode::Years}) {
        if (modeId(mode) == id)
            return mode;
    }
    return std::nullopt;
}

QDate plainCalendarAdd(QDate trigger, const RuleDuration& duration) {
    if (!trigger.isValid())
        return {};
    switch (duration.mode) {
    case RuleDuration::Mode::WorkingDays:
        return {};
    case RuleDuration::Mode::CalendarDays:
        return trigger.addDays(duration.count);
    case RuleDuration::Mode::Months:
        return trigger.addMonths(duration.count);
    case RuleDuration::Mode::Years:
        return trigger.addYears(duration.count);
    }
    return {};
}

} // namespace creditcase::rules
