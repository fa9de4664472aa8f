#pragma once

#include "CaseQuery.h"
#include "Result.h"
#include "calendar/WorkCalendar.h"
#include "storage/Vault.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSqlDatabase>
#include <memory>
#include <optional>

namespace creditcase::service {

// Runs case list queries as windows (DESIGN.md "Large lists are windows", field notes F.6): every page is a keyset
// range on an index of migrations 0005, 0006, 0010 or 0012 — never a deep OFFSET, never a sort of the whole table —
// and the last page is the first page of the reversed order. Counts are cached per filter until the database changes
// (PRAGMA data_version for other connections' commits, total_changes() for this connection's own writes). Each row of
// a page comes with the days left to its next deadline in the unit of that deadline's rule (calendar::DaysLeft).
//
// The runner only reads, on the connection it is given, in the thread that connection belongs to. A GUI model opens
// one with openReader() in its worker thread: a read-only connection of its own (storage::Vault::Reader), made
// query-only and given its page cache, which the runner closes when it is destroyed.
class CaseQueryRunner {
    Q_DECLARE_TR_FUNCTIONS(CaseQueryRunner)

public:
    explicit CaseQueryRunner(const QSqlDatabase& db);
    ~CaseQueryRunner();
    CaseQueryRunner(const CaseQueryRunner&) = delete;
    CaseQueryRunner& operator=(const CaseQueryRunner&) = delete;

    /* Opens a read-only connection of the unlocked vault in the calling thread (query-only, `cacheMiB` of page
       cache) and a runner on it that closes the connection when destroyed. Fails when the vault is locked. */
    static Result<std::unique_ptr<CaseQueryRunner>> openReader(const storage::Vault::Reader& reader, int cacheMiB);

    /* Sizes the connection's page cache (MiB; SQLCipher decrypts every page it reads from the OS cache, so hot
       indexes held decrypted here are what brings encrypted reads toward plain speed), and with readOnly sets
       PRAGMA query_only so the connection can never write. Fails only if the pragmas fail. */
    static Status tuneConnection(QSqlDatabase& db, int cacheMiB, bool readOnly);

    Result<CasePage> firstPage(const CaseQuery& query);
    Result<CasePage> lastPage(const CaseQuery& query);
    // The page after `last` (the last row of the page shown), or before `first`.
    Result<CasePage> pageAfter(const CaseQuery& query, const CaseCursor& last);
    Result<CasePage> pageBefore(const CaseQuery& query, const CaseCursor& first);
    // The page whose first row is at `position` (0-based) in the list: one OFFSET over the sort index only, from
    // whichever end is nearer, then a keyset page. A position past the end gives the last page.
    Result<CasePage> pageAt(const CaseQuery& query, qint64 position);

    // Number of cases the filter selects; cached until the database changes.
    Result<qint64> count(const CaseFilter& filter);
    /* Number of cases the filter selects at each of `stages` (the filter's own stage is ignored), in one grouped
       query over the filter's index (migration 0010's (officer, stage) for one officer; (organ_id, stage) for one
       organ; (stage) otherwise), reading only the index ranges of the stages asked for. A stage without cases is
       present with 0. Cached like count(). */
    Result<QMap<domain::CaseStage, qint64>> countByStage(const CaseFilter& filter,
                                                         const QList<domain::CaseStage>& stages);
    // Above this many matches (2,000 unless set) a text search walks the sort index instead of looking up and sorting
    // every match. The default is an estimate of where the two cost the same at a million cases, not a tuned value.
    void setDenseMatchThreshold(int matches) {
        m_denseMatches = matches;
        m_density.clear();
    }
    // How a filtered, sorted page is found. FilterIndex: the filter's index gives the matching cases, which are sorted
    // (cheap when few match). SortIndex: the sort key's index is walked in order and each case checked against the
    // filter, which stops when the page is full (cheap when many match). Automatic picks by the cached counts: walk
    // when count^2 > pageSize x total, where the two cost about the same number of row reads.
    enum class FilterPlan { Automatic, FilterIndex, SortIndex };
    void setFilterPlan(FilterPlan plan) { m_filterPlan = plan; }
    void forgetCounts() {
        m_counts.clear();
        m_density.clear();
    }

    // The SQL expression the stage order sorts by: the stage's place in domain::allCaseStages(), the expression of
    // migration 0012's indexes.
    static QString stageOrderExpression();

private:
    struct Conditions {
        QString sql; // "" or "WHERE ..."
        QVariantList values;
    };
    struct CachedCount {
        QString version;
        qint64 count = 0;
    };

    Conditions conditionsOf(const CaseFilter& filter, const CaseQuery* order, const CaseCursor* boundary, bool forward,
                            bool dense, bool walkSortIndex = false, bool sortMatches = false) const;
    // Whether the page should walk the sort index rather than the filter's (see FilterPlan).
    Result<bool> walkSortIndex(const CaseQuery& query);
    // Whether a filter that no single index serves in case-number order selects so many cases that walking the case
    // numbers finds a page sooner than sorting the matches (counted up to the point where the two cost the same).
    Result<bool> denseFilter(const CaseQuery& query);
    // Whether the filter's text matches so many cases that the sort index should drive the page (cached).
    Result<bool> denseText(const CaseFilter& filter);
    Result<CasePage> fetch(const CaseQuery& query, const CaseCursor* boundary, bool towardsEnd);
    Result<QString> dataVersion();
    /* Fills in the rule, the provisional mark and the days left (calendar::DaysLeft, as of Clock::today()) of each
       row's next deadline: one indexed lookup per row of the page. Fails if the deadlines or the calendar cannot be
       read. */
    Status annotateDeadlines(QList<CaseListRow>& rows);
    // The vault's work calendar, read again when the database has changed.
    Result<calendar::WorkCalendar> workCalendar();

    QSqlDatabase m_db;
    QString m_ownedConnection; // set by openReader(): closed with the runner
    QHash<QString, CachedCount> m_counts;
    QHash<QString, CachedCount> m_density; // match expression -> matches, up to the dense threshold + 1
    int m_denseMatches = 2000;
    FilterPlan m_filterPlan = FilterPlan::Automatic;
    std::optional<calendar::WorkCalendar> m_calendar;
    QString m_calendarVersion;
};

} // namespace creditcase::service
