#include "CaseDisplay.h"

#include "Translator.h"
#include "calendar/DeadlineRule.h"
#include "calendar/WorkCalendar.h"
#include "domain/IdentifierCheck.h"
#include "exchange/Masking.h"

namespace creditcase::ui {

QString CaseDisplay::identifier(const QString& value, bool mask) {
    if (!mask) {
        return value;
    }
    const auto checked = domain::IdentifierCheck::check(value);
    if (checked.kind == domain::IdentifierCheck::usccKind && checked.valid) {
        return value;
    }
    return exchange::Masking::idWithRegionAndCheck(value);
}

CaseDisplay::DaysLeft CaseDisplay::daysLeft(const domain::Deadline& deadline, const calendar::WorkCalendar& calendar,
                                            QDate today) {
    DaysLeft left;
    const auto mode = calendar::DeadlineRule::modeFromName(deadline.ruleMode);
    left.working = mode && *mode == calendar::DeadlineRule::Mode::WorkingDays;
    left.days = left.working ? calendar.workingDaysBetween(today, deadline.dueOn) : today.daysTo(deadline.dueOn);
    if (left.working && left.days == 0 && deadline.dueOn < today) {
        left.days = -1; // due on a day off that has passed
    }
    return left;
}

QString CaseDisplay::daysLeftText(const DaysLeft& left, bool provisional) {
    QString text;
    if (left.days == 0) {
        text = tr("due today");
    } else if (left.days > 0) {
        text = left.working ? tr("%n working day(s) left", "", static_cast<int>(left.days))
                            : tr("%n calendar day(s) left", "", static_cast<int>(left.days));
    } else {
        text = left.working ? tr("Overdue by %n working day(s)", "", static_cast<int>(-left.days))
                            : tr("Overdue by %n calendar day(s)", "", static_cast<int>(-left.days));
    }
    if (provisional) {
        text += tr(" (provisional)");
    }
    return text;
}

QString CaseDisplay::calendarDaysLeftText(QDate due, QDate today) {
    if (!due.isValid()) {
        return QString();
    }
    DaysLeft left;
    left.days = today.daysTo(due);
    return daysLeftText(left);
}

QString CaseDisplay::dueWhat(domain::DeadlineKind kind) {
    return domain::deadlineKindName(kind);
}

QString CaseDisplay::listTypeTitle(const QHash<QString, QString>& titles, const QString& id) {
    const QString title = titles.value(id);
    return title.isEmpty() ? id : title;
}

bool CaseDisplay::interfaceIsChinese() {
    return Translator::installedLanguage().startsWith(QLatin1String("zh"));
}

} // namespace creditcase::ui
