#pragma once

#include "calendar/DaysLeft.h"
#include "domain/CaseStage.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QVariant>
#include <optional>

namespace creditcase::service {

// How a case list is ordered. Every key has the case number as its tiebreaker, so the order is total and a page
// boundary is one (key, id) pair.
enum class CaseSortKey {
    CaseNumber,  // cases.id
    OpenedOn,    // the date the case was opened
    NextDue,     // the earliest open deadline; cases without one come after all that have one
    SubjectName, // the subject's name, in the binary order of its characters (not pinyin order)
    Stage,       // the stage in workflow order (domain::allCaseStages(): notice prepared first, removed last)
    ListType,    // the list type's identifier (cases of one list together)
    Officer,     // the case officer's user name, in binary order
};
// Every sort key, in the order a list offers them.
QList<CaseSortKey> allCaseSortKeys();

enum class SortDirection { Ascending, Descending };

// Which cases a list shows. Empty members do not filter.
struct CaseFilter {
    std::optional<domain::CaseStage> stage;
    QString listType;
    qint64 organId = 0;
    QString officer;
    QDate dueOnOrBefore; // the case has an open deadline due on or before this day
    QString text;        // part of the subject's name or document number, an identifier's beginning, a case number

    // A stable text naming the filter, for the cached counts.
    QString cacheKey() const;
    bool operator==(const CaseFilter&) const = default;
};

struct CaseQuery {
    CaseFilter filter;
    CaseSortKey sort = CaseSortKey::CaseNumber;
    SortDirection direction = SortDirection::Ascending;
    int pageSize = 50;
};

// A page boundary: the sort key of a row and its case number. Invalid for an empty page.
struct CaseCursor {
    QVariant key;
    qint64 id = 0;

    bool isValid() const { return id > 0; }
};

// One line of a case list.
struct CaseListRow {
    qint64 id = 0;
    qint64 subjectId = 0;
    QString subjectName;
    QString identifier;
    QString listType;
    domain::CaseStage stage = domain::CaseStage::Recorded;
    QString officer;
    qint64 organId = 0;
    QDate openedOn;
    QDate nextDueOn; // invalid when the case has no open deadline
    // The rule of that deadline (a calendar::DeadlineRule mode name, or "fixed"), whether its date is provisional,
    // and the days left to it from today in the unit of that rule (calendar::DaysLeft on the vault's work calendar),
    // worked out by CaseQueryRunner for the rows of a page only. Meaningless when nextDueOn is invalid.
    QString nextDueRuleMode;
    bool nextDueProvisional = false;
    calendar::DaysLeft daysLeft;
};

// A window of a case list: its rows in list order, the cursors of its first and last row (to ask for the page
// before or after it), and whether there is anything before or after it.
struct CasePage {
    QList<CaseListRow> rows;
    CaseCursor first;
    CaseCursor last;
    bool hasPrevious = false;
    bool hasNext = false;
};

} // namespace creditcase::service
