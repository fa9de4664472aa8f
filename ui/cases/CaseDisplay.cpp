#include "CaseDisplay.h"

#include "Translator.h"
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

QString CaseDisplay::daysLeftText(const calendar::DaysLeft& left, bool provisional) {
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
