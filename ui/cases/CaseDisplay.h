#pragma once

#include "calendar/DaysLeft.h"
#include "domain/CaseStage.h"
#include "domain/Deadline.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QString>

namespace creditcase::ui {

// How the window writes the things every case page shows: identifiers masked per role, days left in the unit the
// deadline's rule counts in, list type titles in the interface language. Display only: every date and count comes
// from core.
class CaseDisplay {
    Q_DECLARE_TR_FUNCTIONS(CaseDisplay)

public:
    /* An identifier as a user who should not see personal ID numbers in full sees it (auditors and administrators:
       a resident ID number shows its region and check character only; a USCC is public and shown in full). */
    static QString identifier(const QString& value, bool mask);

    // "3 working days left", "due today", "overdue by 2 calendar days"; with " (provisional)" when provisional. The
    // figure and its unit come from core (calendar::DaysLeft), worked out with the vault's work calendar.
    static QString daysLeftText(const calendar::DaysLeft& left, bool provisional = false);
    // What a deadline kind asks of the officer ("serve the notice", "answer the objection" ...).
    static QString dueWhat(domain::DeadlineKind kind);

    // Titles of the list types of the rule data, in the interface language (id -> title).
    static QString listTypeTitle(const QHash<QString, QString>& titles, const QString& id);
    static bool interfaceIsChinese();
};

} // namespace creditcase::ui
