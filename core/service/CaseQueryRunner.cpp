#include "CaseQueryRunner.h"

#include "CaseSearchText.h"
#include "Clock.h"
#include "calendar/DaysLeft.h"
#include "storage/SqlError.h"
#include "workflow/RuleAdministration.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <algorithm>
#include <cmath>

namespace creditcase::service {

namespace {

const QString kNoDeadline = QStringLiteral("9999-12-31"); // migration 0005: next_due_on of a case without one

const char* const kRowColumns = "c.id, c.subject_id, c.subject_name, s.identifier, c.list_type, c.stage, c.officer, "
                                "c.organ_id, c.opened_on, c.next_due_on";

QString sortColumn(CaseSortKey key) {
    switch (key) {
    case CaseSortKey::CaseNumber:
        return QStringLiteral("c.id");
    case CaseSortKey::OpenedOn:
        return QStringLiteral("c.opened_on");
    case CaseSortKey::NextDue:
        return QStringLiteral("c.next_due_on");
    case CaseSortKey::SubjectName:
        return QStringLiteral("c.subject_name");
    case CaseSortKey::Stage:
        return CaseQueryRunner::stageOrderExpression();
    case CaseSortKey::ListType:
        return QStringLiteral("c.list_type");
    case CaseSortKey::Officer:
        return QStringLiteral("c.officer");
    }
    return QStringLiteral("c.id");
}

// A filter that fixes the sort key's column (the stage, list type or officer the list is sorted by) leaves the case
// number as the only order among its matches: the page is then read in case-number order from the filter's index,
// instead of walking the whole sort index to the filter's value or sorting every match. The cursors of such a page
// carry case numbers; every public call makes the same substitution, so they stay consistent.
CaseQuery effectiveQuery(const CaseQuery& query) {
    const CaseFilter& f = query.filter;
    const bool fixed = (query.sort == CaseSortKey::Stage && f.stage) ||
                       (query.sort == CaseSortKey::ListType && !f.listType.isEmpty()) ||
                       (query.sort == CaseSortKey::Officer && !f.officer.isEmpty());
    if (!fixed)
        return query;
    CaseQuery byNumber = query;
    byNumber.sort = CaseSortKey::CaseNumber;
    return byNumber;
}

// How a text search is run. Few matches (Sparse): the matching case numbers drive row lookups and the page is sorted
// from them; the unary plus keeps the planner from walking a sort index across the whole table instead. Many matches
// (Dense, e.g. a common word): the sort index is walked in order and each row is checked against the matches, which
// stops as soon as the page is full; the unary plus on c.id keeps the planner from looking up every match.
enum class TextPlan { None, Sparse, Dense };

QString sortExpression(const CaseQuery& query, TextPlan plan) {
    const QString column = sortColumn(query.sort);
    return plan == TextPlan::Sparse && query.sort != CaseSortKey::CaseNumber ? QLatin1Char('+') + column : column;
}

// Whether one index of migrations 0004-0010 has exactly the filter's equality columns (and no date range), so that
// its entries for the filter are already in case-number order (the rowid ends every index entry): (stage),
// (list_type, stage), (organ_id, stage), (officer, stage), (officer, list_type). An officer works in one organ, so
// with an officer the organ is checked on the row, not looked up (see conditionsOf).
bool servedInNumberOrder(const CaseFilter& f) {
    if (f.dueOnOrBefore.isValid())
        return false;
    const bool organ = f.organId != 0 && f.officer.isEmpty();
    const int columns = int(bool(f.stage)) + int(!f.listType.isEmpty()) + int(organ) + int(!f.officer.isEmpty());
    if (columns == 0)
        return true;
    if (columns == 1)
        return bool(f.stage);
    if (columns > 2)
        return false;
    return (f.stage && (!f.listType.isEmpty() || organ || !f.officer.isEmpty())) ||
           (!f.officer.isEmpty() && !f.listType.isEmpty());
}

// In case-number order, whether the page must choose between walking the case numbers and sorting the matches.
bool choosesInNumberOrder(const CaseQuery& query) {
    const CaseFilter& f = query.filter;
    return query.sort == CaseSortKey::CaseNumber && f.text.trimmed().isEmpty() && !servedInNumberOrder(f);
}

Error sqlError(const QSqlQuery& q) {
    return storage::SqlError::of(q, CaseQueryRunner::tr("The case list could not be read"));
}

CaseListRow readRow(const QSqlQuery& q) {
    CaseListRow row;
    row.id = q.value(0).toLongLong();
    row.subjectId = q.value(1).toLongLong();
    row.subjectName = q.value(2).toString();
    row.identifier = q.value(3).toString();
    row.listType = q.value(4).toString();
    row.stage = domain::caseStageFromId(q.value(5).toString()).value_or(domain::CaseStage::Recorded);
    row.officer = q.value(6).toString();
    row.organId = q.value(7).toLongLong();
    row.openedOn = QDate::fromString(q.value(8).toString(), Qt::ISODate);
    const QString due = q.value(9).toString();
    row.nextDueOn = due == kNoDeadline ? QDate() : QDate::fromString(due, Qt::ISODate);
    return row;
}

bool bindAll(QSqlQuery& q, const QVariantList& values) {
    for (const QVariant& value : values)
        q.addBindValue(value);
    return q.exec();
}

} // namespace

CaseQueryRunner::CaseQueryRunner(const QSqlDatabase& db)
    : m_db(db) {}

CaseQueryRunner::~CaseQueryRunner() {
    if (!m_ownedConnection.isEmpty()) {
        m_db = QSqlDatabase(); // let go of the connection before removing it
        storage::Vault::closeReader(m_ownedConnection);
    }
}

Result<std::unique_ptr<CaseQueryRunner>> CaseQueryRunner::openReader(const storage::Vault::Reader& reader,
                                                                     int cacheMiB) {
    if (!reader.isValid())
        return Error::failure(tr("The vault is locked."));
    auto opened = reader.open();
    if (!opened)
        return opened.error();
    QSqlDatabase db = QSqlDatabase::database(*opened, false);
    // Read-only by its open flags already; a cache size that cannot be set only costs speed.
    const Status tuned = tuneConnection(db, cacheMiB, true);
    Q_UNUSED(tuned);
    auto runner = std::make_unique<CaseQueryRunner>(db);
    runner->m_ownedConnection = *opened;
    return runner;
}

Status CaseQueryRunner::tuneConnection(QSqlDatabase& db, int cacheMiB, bool readOnly) {
    QSqlQuery q(db);
    if (cacheMiB > 0 && !q.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(qint64(cacheMiB) * 1024)))
        return sqlError(q);
    if (readOnly && !q.exec(QStringLiteral("PRAGMA query_only = 1")))
        return sqlError(q);
    return {};
}

CaseQueryRunner::Conditions CaseQueryRunner::conditionsOf(const CaseFilter& filter, const CaseQuery* order,
                                                          const CaseCursor* boundary, bool forward, bool dense,
                                                          bool walkSortIndex, bool sortMatches) const {
    // Walking the sort index: the unary plus keeps the planner from driving the page from the filter's index. In
    // case-number order an index that serves the equality columns alone still gives case-number order, so only the
    // other terms are hidden from the planner.
    const bool numberOrder = order && order->sort == CaseSortKey::CaseNumber;
    CaseFilter equalityOnly = filter;
    equalityOnly.dueOnOrBefore = QDate();
    const bool keepEquality =
        numberOrder && servedInNumberOrder(equalityOnly) &&
        (filter.stage || !filter.listType.isEmpty() || filter.organId || !filter.officer.isEmpty());
    const QString col = walkSortIndex && !keepEquality ? QStringLiteral("+c.") : QStringLiteral("c.");
    const QString dueCol =
        walkSortIndex && !(order && order->sort == CaseSortKey::NextDue) ? QStringLiteral("+c.") : QStringLiteral("c.");
    const TextPlan plan = filter.text.trimmed().isEmpty() ? TextPlan::None : dense ? TextPlan::Dense : TextPlan::Sparse;
    const QString id = plan == TextPlan::Dense ? QStringLiteral("+c.id") : QStringLiteral("c.id");
    Conditions out;
    QStringList terms;
    if (filter.stage) {
        terms << col + QStringLiteral("stage = ?");
        out.values << domain::caseStageId(*filter.stage);
    }
    if (!filter.listType.isEmpty()) {
        terms << col + QStringLiteral("list_type = ?");
        out.values << filter.listType;
    }
    if (filter.organId) {
        // With an officer, the officer's index finds the cases and the organ is checked on each row: an officer
        // works in one organ, so the organ's index would only add every other case of the organ to read.
        terms << (filter.officer.isEmpty() ? col : QStringLiteral("+c.")) + QStringLiteral("organ_id = ?");
        out.values << filter.organId;
    }
    if (!filter.officer.isEmpty()) {
        terms << col + QStringLiteral("officer = ?");
        out.values << filter.officer;
    }
    if (filter.dueOnOrBefore.isValid()) {
        terms << dueCol + QStringLiteral("next_due_on <= ?");
        out.values << filter.dueOnOrBefore.toString(Qt::ISODate);
    }
    if (!filter.text.trimmed().isEmpty()) {
        const QString match = CaseSearchText::matchExpression(filter.text);
        const qint64 number = CaseSearchText::caseNumber(filter.text);
        if (match.isEmpty()) {
            terms << QStringLiteral("0"); // nothing searchable was typed: nothing is found
        } else if (number) {
            terms << QStringLiteral("(%1 IN (SELECT docid FROM case_search WHERE case_search MATCH ?) OR %1 = ?)")
                         .arg(id);
            out.values << match << number;
        } else {
            terms << QStringLiteral("%1 IN (SELECT docid FROM case_search WHERE case_search MATCH ?)").arg(id);
            out.values << match;
        }
    }
    if (order && boundary && boundary->isValid()) {
        // (key, id) strictly beyond the boundary in scan order, written so the key's index gives a range start.
        const QString op = forward ? QStringLiteral(">") : QStringLiteral("<");
        if (order->sort == CaseSortKey::CaseNumber) {
            // Sorting the matches: the plus keeps the planner from walking the case numbers from the boundary.
            terms << QStringLiteral("%1c.id %2 ?").arg(sortMatches ? QStringLiteral("+") : QString(), op);
            out.values << boundary->id;
        } else {
            const QString key = sortExpression(*order, plan);
            terms << QStringLiteral("%1 %2= ? AND (%1 %2 ? OR c.id %2 ?)").arg(key, op);
            out.values << boundary->key << boundary->key << boundary->id;
        }
    }
    if (!terms.isEmpty())
        out.sql = QStringLiteral("WHERE ") + terms.join(QStringLiteral(" AND "));
    return out;
}

Result<CasePage> CaseQueryRunner::fetch(const CaseQuery& query, const CaseCursor* boundary, bool towardsEnd) {
    const int pageSize = std::max(1, query.pageSize);
    const bool listAscending = query.direction == SortDirection::Ascending;
    const bool scanAscending = towardsEnd ? listAscending : !listAscending;
    auto dense = denseText(query.filter);
    if (!dense)
        return dense.error();
    auto walk = walkSortIndex(query);
    if (!walk)
        return walk.error();
    // In case-number order with a filter no index serves and few matches, the matches are found through the
    // filter's index and sorted; the plus on the case number keeps the planner from walking the whole table.
    const bool sortMatches = !*walk && choosesInNumberOrder(query);
    const Conditions where = conditionsOf(query.filter, &query, boundary, scanAscending, *dense, *walk, sortMatches);
    const QString direction = scanAscending ? QStringLiteral("ASC") : QStringLiteral("DESC");
    const QString key = sortMatches ? QStringLiteral("+c.id")
                                    : sortExpression(query, query.filter.text.trimmed().isEmpty() ? TextPlan::None
                                                            : *dense                              ? TextPlan::Dense
                                                                                                  : TextPlan::Sparse);
    QString orderBy = query.sort == CaseSortKey::CaseNumber ? QStringLiteral("%1 %2").arg(key, direction)
                                                            : QStringLiteral("%1 %2, c.id %2").arg(key, direction);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT %1, %2 FROM cases AS c CROSS JOIN subjects AS s ON s.id = c.subject_id "
                                  "%3 ORDER BY %4 LIMIT %5")
                       .arg(QLatin1String(kRowColumns), sortColumn(query.sort), where.sql, orderBy)
                       .arg(pageSize + 1)))
        return sqlError(q);
    if (!bindAll(q, where.values))
        return sqlError(q);
    CasePage page;
    QList<QVariant> keys;
    bool more = false;
    while (q.next()) {
        if (page.rows.size() == pageSize) {
            more = true;
            break;
        }
        page.rows << readRow(q);
        keys << q.value(10);
    }
    if (!towardsEnd) {
        std::reverse(page.rows.begin(), page.rows.end());
        std::reverse(keys.begin(), keys.end());
    }
    if (!page.rows.isEmpty()) {
        page.first = {keys.first(), page.rows.first().id};
        page.last = {keys.last(), page.rows.last().id};
    }
    if (const Status annotated = annotateDeadlines(page.rows); !annotated.ok())
        return annotated.error();
    const bool fromBoundary = boundary && boundary->isValid();
    if (towardsEnd) {
        page.hasPrevious = fromBoundary;
        page.hasNext = more;
    } else {
        page.hasNext = fromBoundary;
        page.hasPrevious = more;
    }
    return page;
}

Result<CasePage> CaseQueryRunner::firstPage(const CaseQuery& query) {
    return fetch(effectiveQuery(query), nullptr, true);
}

Result<CasePage> CaseQueryRunner::lastPage(const CaseQuery& query) {
    return fetch(effectiveQuery(query), nullptr, false);
}

Result<CasePage> CaseQueryRunner::pageAfter(const CaseQuery& query, const CaseCursor& last) {
    if (!last.isValid())
        return firstPage(query);
    return fetch(effectiveQuery(query), &last, true);
}

Result<CasePage> CaseQueryRunner::pageBefore(const CaseQuery& query, const CaseCursor& first) {
    if (!first.isValid())
        return lastPage(query);
    return fetch(effectiveQuery(query), &first, false);
}

Result<CasePage> CaseQueryRunner::pageAt(const CaseQuery& asked, qint64 position) {
    const CaseQuery query = effectiveQuery(asked);
    if (position <= 0)
        return firstPage(query);
    auto total = count(query.filter);
    if (!total)
        return total.error();
    if (position >= *total)
        return lastPage(query);
    // The row just before the page is the boundary; reach it from the nearer end, over the index only.
    const qint64 anchor = position - 1;
    const bool fromStart = anchor < *total / 2;
    const qint64 offset = fromStart ? anchor : *total - 1 - anchor;
    const bool listAscending = query.direction == SortDirection::Ascending;
    const QString direction = (fromStart == listAscending) ? QStringLiteral("ASC") : QStringLiteral("DESC");
    auto dense = denseText(query.filter);
    if (!dense)
        return dense.error();
    auto walk = walkSortIndex(query);
    if (!walk)
        return walk.error();
    // Counting along the sort index with a broad filter would read every case before the position (seconds at a
    // million): the offset is counted over the filter's index instead, and the page after it walks as usual.
    const QString key = *walk ? QLatin1Char('+') + sortColumn(query.sort)
                              : sortExpression(query, query.filter.text.trimmed().isEmpty() ? TextPlan::None
                                                      : *dense                              ? TextPlan::Dense
                                                                                            : TextPlan::Sparse);
    const QString orderBy = query.sort == CaseSortKey::CaseNumber
                                ? QStringLiteral("%1 %2").arg(key, direction)
                                : QStringLiteral("%1 %2, c.id %2").arg(key, direction);
    const Conditions where = conditionsOf(query.filter, nullptr, nullptr, true, *dense, false);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT %1, c.id FROM cases AS c %2 ORDER BY %3 LIMIT 1 OFFSET %4")
                       .arg(sortColumn(query.sort), where.sql, orderBy)
                       .arg(offset)))
        return sqlError(q);
    if (!bindAll(q, where.values))
        return sqlError(q);
    if (!q.next())
        return lastPage(query); // rows went away since the count: the end is the nearest sensible place
    const CaseCursor boundary{q.value(0), q.value(1).toLongLong()};
    return fetch(query, &boundary, true);
}

QString CaseQueryRunner::stageOrderExpression() {
    // Must stay the expression of migration 0012's indexes (cases_stage_order, and the organ's and the officer's),
    // stage for stage, or the planner no longer recognises them; CaseQueryRunnerTest checks the indexes are used.
    QString expression = QStringLiteral("(CASE c.stage");
    int ordinal = 0;
    for (domain::CaseStage stage : domain::allCaseStages())
        expression += QStringLiteral(" WHEN '%1' THEN %2").arg(domain::caseStageId(stage)).arg(ordinal++);
    expression += QStringLiteral(" ELSE %1 END)").arg(ordinal);
    return expression;
}

Status CaseQueryRunner::annotateDeadlines(QList<CaseListRow>& rows) {
    // The open deadline each row's next due date comes from, for the rows of this page only (one lookup per case on
    // the (case_id, status, due_on) index of migration 0005): never for the whole list.
    QStringList ids;
    QHash<qint64, int> rowOf;
    for (int i = 0; i < rows.size(); ++i) {
        if (rows.at(i).nextDueOn.isValid()) {
            ids << QString::number(rows.at(i).id);
            rowOf.insert(rows.at(i).id, i);
        }
    }
    if (ids.isEmpty())
        return {};
    auto calendar = workCalendar();
    if (!calendar)
        return calendar.error();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // Several open deadlines may share the earliest date: the one opened first (lowest id) names the rule.
    if (!q.exec(QStringLiteral("SELECT case_id, due_on, rule_mode, provisional FROM deadlines "
                               "WHERE case_id IN (%1) AND status = 'open' ORDER BY case_id, due_on, id")
                    .arg(ids.join(QLatin1Char(',')))))
        return sqlError(q);
    const QDate today = Clock::today();
    QSet<qint64> done;
    while (q.next()) {
        const qint64 caseId = q.value(0).toLongLong();
        if (done.contains(caseId))
            continue;
        CaseListRow& row = rows[rowOf.value(caseId)];
        if (QDate::fromString(q.value(1).toString(), Qt::ISODate) != row.nextDueOn)
            continue; // the row was read before a concurrent change; its own date is what the list shows
        done.insert(caseId);
        row.nextDueRuleMode = q.value(2).toString();
        row.nextDueProvisional = q.value(3).toInt() != 0;
        row.daysLeft = calendar::DaysLeft::until(row.nextDueOn, row.nextDueRuleMode, *calendar, today);
    }
    // A row whose deadline was not found (changed since the page was read) counts in calendar days.
    for (CaseListRow& row : rows) {
        if (row.nextDueOn.isValid() && !done.contains(row.id))
            row.daysLeft = calendar::DaysLeft::until(row.nextDueOn, QString(), *calendar, today);
    }
    return {};
}

Result<calendar::WorkCalendar> CaseQueryRunner::workCalendar() {
    auto version = dataVersion();
    if (!version)
        return version.error();
    if (m_calendar && m_calendarVersion == *version)
        return *m_calendar;
    auto loaded = workflow::RuleAdministration::loadCalendar(m_db);
    if (!loaded)
        return loaded.error();
    m_calendar = loaded.take();
    m_calendarVersion = *version;
    return *m_calendar;
}

Result<QString> CaseQueryRunner::dataVersion() {
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next())
        return sqlError(q);
    const QString external = q.value(0).toString();
    if (!q.exec(QStringLiteral("SELECT total_changes()")) || !q.next())
        return sqlError(q);
    return external + QLatin1Char(':') + q.value(0).toString();
}

Result<bool> CaseQueryRunner::walkSortIndex(const CaseQuery& query) {
    const CaseFilter& f = query.filter;
    const bool equality = f.stage || !f.listType.isEmpty() || f.organId || !f.officer.isEmpty();
    // In case-number order the filter indexes that match the equality columns exactly are already sorted; other
    // filters walk the case numbers when they select many cases. A text search has its own plan.
    if (choosesInNumberOrder(query)) {
        if (m_filterPlan != FilterPlan::Automatic)
            return m_filterPlan == FilterPlan::SortIndex;
        return denseFilter(query);
    }
    if (!equality || query.sort == CaseSortKey::CaseNumber || !f.text.trimmed().isEmpty())
        return false;
    if (m_filterPlan != FilterPlan::Automatic)
        return m_filterPlan == FilterPlan::SortIndex;
    // Migration 0005's composite indexes serve a stage or an officer alone in opening and due-date order.
    const bool onlyStage = f.stage && f.listType.isEmpty() && !f.organId && f.officer.isEmpty();
    const bool onlyOfficer = !f.officer.isEmpty() && !f.stage && f.listType.isEmpty() && !f.organId;
    if ((onlyStage || onlyOfficer) && (query.sort == CaseSortKey::OpenedOn || query.sort == CaseSortKey::NextDue))
        return false;
    // Migrations 0010 and 0012 serve an officer alone in list type and stage order.
    if (onlyOfficer && (query.sort == CaseSortKey::ListType || query.sort == CaseSortKey::Stage))
        return false;
    // Migration 0006's serve one organ in subject-name, opening and due-date order.
    const bool onlyOrgan = f.organId && !f.stage && f.listType.isEmpty() && f.officer.isEmpty();
    if (onlyOrgan && (query.sort == CaseSortKey::SubjectName || query.sort == CaseSortKey::OpenedOn ||
                      query.sort == CaseSortKey::NextDue))
        return false;
    // Migration 0012's serve one organ in stage, list type and officer order.
    if (onlyOrgan &&
        (query.sort == CaseSortKey::Stage || query.sort == CaseSortKey::ListType || query.sort == CaseSortKey::Officer))
        return false;
    // count^2 > pageSize x total, counted only as far as needed.
    return denseFilter(query);
}

Result<bool> CaseQueryRunner::denseFilter(const CaseQuery& query) {
    // The highest case number stands in for the number of cases (cases are not deleted): one index seek, where
    // counting a million cases takes a tenth of a second, longer than the page this decision is for.
    QSqlQuery highest(m_db);
    if (!highest.exec(QStringLiteral("SELECT ifnull(max(id), 0) FROM cases")) || !highest.next())
        return sqlError(highest);
    const qint64 total = highest.value(0).toLongLong();
    // Walking finds a page after about pageSize x total / matches cases; sorting reads every match. They cost the
    // same at sqrt(pageSize x total) matches, so the filter is counted only up to there (never the whole table).
    // Walking the case numbers reads neighbouring rows, a dozen to a page, where each match looked up reads a page
    // of its own: measured at a million cases, a walked row costs about a tenth of a looked-up one.
    const double walkedRowCost = query.sort == CaseSortKey::CaseNumber ? 0.1 : 1.0;
    const qint64 even = qint64(std::sqrt(double(std::max(1, query.pageSize)) * double(total) * walkedRowCost));
    auto version = dataVersion();
    if (!version)
        return version.error();
    const QString cacheKey = QStringLiteral("%1|%2").arg(query.filter.cacheKey()).arg(even);
    if (auto found = m_density.constFind(cacheKey); found != m_density.cend() && found->version == *version)
        return found->count > even;
    const Conditions where = conditionsOf(query.filter, nullptr, nullptr, true, false);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(
            QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM cases AS c %1 LIMIT %2)").arg(where.sql).arg(even + 1)))
        return sqlError(q);
    if (!bindAll(q, where.values) || !q.next())
        return sqlError(q);
    const qint64 matches = q.value(0).toLongLong();
    m_density.insert(cacheKey, {*version, matches});
    return matches > even;
}

Result<bool> CaseQueryRunner::denseText(const CaseFilter& filter) {
    const QString match = CaseSearchText::matchExpression(filter.text);
    if (match.isEmpty())
        return false;
    auto version = dataVersion();
    if (!version)
        return version.error();
    if (auto found = m_density.constFind(match); found != m_density.cend() && found->version == *version)
        return found->count > m_denseMatches;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT count(*) FROM (SELECT docid FROM case_search WHERE case_search MATCH ? "
                                  "LIMIT %1)")
                       .arg(m_denseMatches + 1)))
        return sqlError(q);
    q.addBindValue(match);
    if (!q.exec() || !q.next())
        return sqlError(q);
    const qint64 matches = q.value(0).toLongLong();
    m_density.insert(match, {*version, matches});
    return matches > m_denseMatches;
}

Result<qint64> CaseQueryRunner::count(const CaseFilter& filter) {
    auto version = dataVersion();
    if (!version)
        return version.error();
    const QString cacheKey = filter.cacheKey();
    if (auto found = m_counts.constFind(cacheKey); found != m_counts.cend() && found->version == *version)
        return found->count;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    CaseFilter onlyText;
    onlyText.text = filter.text;
    const QString match = CaseSearchText::matchExpression(filter.text);
    Conditions where;
    if (filter == onlyText && !match.isEmpty() && CaseSearchText::caseNumber(filter.text) == 0) {
        // Text alone: the search index counts its matches without reading a case row.
        where.values << match;
        if (!q.prepare(QStringLiteral("SELECT count(*) FROM case_search WHERE case_search MATCH ?")))
            return sqlError(q);
    } else {
        where = conditionsOf(filter, nullptr, nullptr, true, false);
        if (!q.prepare(QStringLiteral("SELECT count(*) FROM cases AS c %1").arg(where.sql)))
            return sqlError(q);
    }
    if (!bindAll(q, where.values) || !q.next())
        return sqlError(q);
    const qint64 total = q.value(0).toLongLong();
    m_counts.insert(cacheKey, {*version, total});
    return total;
}

Result<QMap<domain::CaseStage, qint64>> CaseQueryRunner::countByStage(const CaseFilter& filter,
                                                                      const QList<domain::CaseStage>& stages) {
    QMap<domain::CaseStage, qint64> counts;
    if (stages.isEmpty())
        return counts;
    CaseFilter rest = filter;
    rest.stage.reset();
    auto version = dataVersion();
    if (!version)
        return version.error();
    QStringList ids;
    for (domain::CaseStage stage : stages)
        ids << domain::caseStageId(stage);
    bool cached = true;
    for (domain::CaseStage stage : stages) {
        CaseFilter one = rest;
        one.stage = stage;
        auto found = m_counts.constFind(one.cacheKey());
        if (found == m_counts.cend() || found->version != *version) {
            cached = false;
            break;
        }
        counts.insert(stage, found->count);
    }
    if (cached)
        return counts;
    counts.clear();
    Conditions where = conditionsOf(rest, nullptr, nullptr, true, false);
    QStringList marks;
    for (const QString& id : ids) {
        marks << QStringLiteral("?");
        where.values << id;
    }
    const QString stageTerm = QStringLiteral("c.stage IN (%1)").arg(marks.join(QLatin1Char(',')));
    const QString sql =
        where.sql.isEmpty() ? QStringLiteral("WHERE ") + stageTerm : where.sql + QStringLiteral(" AND ") + stageTerm;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT c.stage, count(*) FROM cases AS c %1 GROUP BY c.stage").arg(sql)))
        return sqlError(q);
    if (!bindAll(q, where.values))
        return sqlError(q);
    for (domain::CaseStage stage : stages)
        counts.insert(stage, 0);
    while (q.next()) {
        if (auto stage = domain::caseStageFromId(q.value(0).toString()))
            counts.insert(*stage, q.value(1).toLongLong());
    }
    // Each stage's figure is the same as count() of the filter at that stage: keep them for the case list.
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        CaseFilter one = rest;
        one.stage = it.key();
        m_counts.insert(one.cacheKey(), {*version, it.value()});
    }
    return counts;
}

} // namespace creditcase::service
