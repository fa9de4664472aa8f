#pragma once

#include "service/CaseQuery.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <optional>

namespace creditcase::ui {

class ReaderThread;

/* The case list as a window onto a million rows (UI.md "案件"). rowCount() is the filter's count, asked once per
   filter on the reader thread and cached by the runner; rows come in pages of kPageSize from the paged service
   query (service::CaseQueryRunner, keyset paging) on that thread, and a row whose page has not arrived shows a
   placeholder. At most kMaxPages pages are held; the page used longest ago is evicted first. A page next to one
   in the cache is asked by its neighbour's cursor (keyset), any other by its position (pageAt, one OFFSET over the
   sort index from the nearer end).

   The model holds no SQL and applies no rule; what it shows is what the runner returns. */
class CaseTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { CaseNumber, Subject, Identifier, ListType, Stage, Officer, NextDue, DaysLeft, ColumnCount };
    enum Role { CaseIdRole = Qt::UserRole + 1, LoadedRole };
    static constexpr int kPageSize = 100;
    static constexpr int kMaxPages = 24;

    explicit CaseTableModel(ReaderThread& reader, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Applies a filter (and asks for the count and the first page again).
    void setFilter(const service::CaseFilter& filter);
    service::CaseFilter filter() const { return m_query.filter; }
    service::CaseQuery query() const { return m_query; }
    // Whether identifiers of natural persons are shown masked (auditors, administrators).
    void setMaskIdentifiers(bool mask);
    // Titles of the list types (id -> title in the interface language).
    void setListTypeTitles(const QHash<QString, QString>& titles);
    // Drops every page and the count and asks again (after a change of the vault).
    void refresh();
    // Forgets everything (the vault was locked).
    void clear();

    // The count is known (rowCount() is the filter's whole count, not the rows loaded so far).
    bool countKnown() const { return m_count.has_value(); }
    qint64 totalCount() const { return m_count.value_or(0); }
    bool isRowLoaded(int row) const;
    qint64 caseIdAt(int row) const;
    QString officerAt(int row) const;
    int cachedPageCount() const { return static_cast<int>(m_pages.size()); }
    // The subjects of the rows of a loaded page (empty when the page is not loaded).
    QList<qint64> subjectIdsOnPage(int page) const;
    // Columns the paged query can order by, and the order each gives (none for the identifier column).
    static bool isSortable(int column);
    static std::optional<service::CaseSortKey> sortKeyOf(int column);

signals:
    void countChanged(qint64 count);
    void pageLoaded(int page);
    void failed(const QString& message);

private:
    struct Page {
        QList<service::CaseListRow> rows;
        service::CasePage cursors;
        quint64 lastUse = 0;
    };

    void requestPage(int page) const;
    void requestCount();
    void receivePage(int generation, int page, const service::CasePage& result);
    void receiveCount(int generation, qint64 count);
    void evict();
    const service::CaseListRow* rowAt(int row) const;
    QString identifierText(const service::CaseListRow& row) const;

    ReaderThread& m_reader;
    service::CaseQuery m_query;
    bool m_mask = false;
    QHash<QString, QString> m_listTypeTitles;
    int m_generation = 0;
    std::optional<qint64> m_count;
    bool m_countAsked = false; // for this generation: asked once its first page arrived
    int m_loadedRows = 0;      // rows known before the count arrives (the first page)
    mutable QHash<int, Page> m_pages;
    mutable QHash<int, qint64> m_pending; // page -> when asked (ms); asked again after kRetryMs
    static constexpr qint64 kRetryMs = 400;
    mutable quint64 m_useClock = 0;
    QElapsedTimer m_clock;
};

} // namespace creditcase::ui
