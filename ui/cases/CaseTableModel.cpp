#include "CaseTableModel.h"

#include "CaseDisplay.h"
#include "ReaderThread.h"
#include "service/CaseQueryRunner.h"

#include <QBrush>
#include <QLocale>
#include <QPalette>
#include <QPointer>
#include <algorithm>

namespace creditcase::ui {

using service::CaseListRow;
using service::CasePage;

CaseTableModel::CaseTableModel(ReaderThread& reader, QObject* parent)
    : QAbstractTableModel(parent)
    , m_reader(reader) {
    m_query.pageSize = kPageSize;
    m_clock.start();
}

int CaseTableModel::rowCount(const QModelIndex& parent) const {
    if (parent.isValid()) {
        return 0;
    }
    if (m_count) {
        return static_cast<int>(std::min<qint64>(*m_count, std::numeric_limits<int>::max()));
    }
    return m_loadedRows;
}

int CaseTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

std::optional<service::CaseSortKey> CaseTableModel::sortKeyOf(int column) {
    switch (column) {
    case CaseNumber:
        return service::CaseSortKey::CaseNumber;
    case Subject:
        return service::CaseSortKey::SubjectName;
    case ListType:
        return service::CaseSortKey::ListType;
    case Stage:
        return service::CaseSortKey::Stage;
    case Officer:
        return service::CaseSortKey::Officer;
    case NextDue:
    case DaysLeft: // days left in mixed units follow the due dates
        return service::CaseSortKey::NextDue;
    default:
        return std::nullopt; // identifiers have no sort index
    }
}

bool CaseTableModel::isSortable(int column) {
    return sortKeyOf(column).has_value();
}

const CaseListRow* CaseTableModel::rowAt(int row) const {
    const int page = row / kPageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        return nullptr;
    }
    it->lastUse = ++m_useClock;
    const int offset = row % kPageSize;
    return offset < it->rows.size() ? &it->rows[offset] : nullptr;
}

bool CaseTableModel::isRowLoaded(int row) const {
    return m_pages.contains(row / kPageSize);
}

qint64 CaseTableModel::caseIdAt(int row) const {
    const CaseListRow* found = rowAt(row);
    return found ? found->id : 0;
}

QString CaseTableModel::officerAt(int row) const {
    const CaseListRow* found = rowAt(row);
    return found ? found->officer : QString();
}

QString CaseTableModel::identifierText(const CaseListRow& row) const {
    return CaseDisplay::identifier(row.identifier, m_mask);
}

QVariant CaseTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount) {
        return {};
    }
    const CaseListRow* row = rowAt(index.row());
    if (!row) {
        if (role == Qt::DisplayRole) {
            requestPage(index.row() / kPageSize);
            return index.column() == 0 ? tr("Loading…") : QString();
        }
        if (role == LoadedRole) {
            return false;
        }
        if (role == Qt::ForegroundRole) {
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        }
        return {};
    }
    switch (role) {
    case CaseIdRole:
        return row->id;
    case LoadedRole:
        return true;
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case CaseNumber:
            return QString::number(row->id);
        case Subject:
            return row->subjectName;
        case Identifier:
            return identifierText(*row);
        case ListType:
            return CaseDisplay::listTypeTitle(m_listTypeTitles, row->listType);
        case Stage:
            return domain::caseStageName(row->stage);
        case Officer:
            return row->officer;
        case NextDue:
            return row->nextDueOn.isValid() ? QLocale().toString(row->nextDueOn, QLocale::ShortFormat) : QString();
        case DaysLeft: {
            if (!row->nextDueOn.isValid()) {
                return QString();
            }
            // In the unit of the deadline's rule, worked out in core for this page (service::CaseListRow).
            const QString text = CaseDisplay::daysLeftText(row->daysLeft, row->nextDueProvisional);
            return row->daysLeft.overdue() ? QStringLiteral("⚠ ") + text : text;
        }
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if ((index.column() == DaysLeft || index.column() == NextDue) && row->nextDueOn.isValid() &&
            row->daysLeft.overdue()) {
            return QBrush(Qt::red);
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == CaseNumber) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    default:
        return {};
    }
}

QVariant CaseTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Vertical) {
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case CaseNumber:
        return tr("Case no.");
    case Subject:
        return tr("Subject");
    case Identifier:
        return tr("USCC / ID number");
    case ListType:
        return tr("List");
    case Stage:
        return tr("Stage");
    case Officer:
        return tr("Case officer");
    case NextDue:
        return tr("Next deadline");
    case DaysLeft:
        return tr("Days left");
    default:
        return {};
    }
}

void CaseTableModel::sort(int column, Qt::SortOrder order) {
    const auto sortKey = sortKeyOf(column);
    if (!sortKey) {
        return;
    }
    const service::CaseSortKey key = *sortKey;
    const auto direction =
        order == Qt::AscendingOrder ? service::SortDirection::Ascending : service::SortDirection::Descending;
    if (key == m_query.sort && direction == m_query.direction) {
        return;
    }
    m_query.sort = key;
    m_query.direction = direction;
    // The count does not depend on the order: keep it, drop the pages.
    beginResetModel();
    ++m_generation;
    m_pages.clear();
    m_pending.clear();
    m_reader.clearPending();
    endResetModel();
    requestPage(0);
}

void CaseTableModel::setFilter(const service::CaseFilter& filter) {
    m_query.filter = filter;
    refresh();
}

void CaseTableModel::setMaskIdentifiers(bool mask) {
    if (m_mask == mask) {
        return;
    }
    m_mask = mask;
    if (rowCount() > 0) {
        emit dataChanged(index(0, Identifier), index(rowCount() - 1, Identifier));
    }
}

void CaseTableModel::setListTypeTitles(const QHash<QString, QString>& titles) {
    m_listTypeTitles = titles;
}

void CaseTableModel::clear() {
    beginResetModel();
    ++m_generation;
    m_pages.clear();
    m_pending.clear();
    m_count.reset();
    m_loadedRows = 0;
    endResetModel();
}

void CaseTableModel::refresh() {
    clear();
    m_reader.clearPending();
    /* The count is asked when the first page has arrived, not with it: the reader runs one job at a time, and
       counting a broad filter at a million cases takes longer than the page (it made the first page wait). */
    m_countAsked = false;
    requestPage(0);
}

void CaseTableModel::requestCount() {
    const int generation = m_generation;
    const service::CaseFilter filter = m_query.filter;
    QPointer<CaseTableModel> self(this);
    m_reader.post([self, generation, filter](service::CaseQueryRunner& runner) {
        auto counted = runner.count(filter);
        if (!counted) {
            QMetaObject::invokeMethod(
                self.data(),
                [self, message = counted.error().message] {
                    if (self) {
                        emit self->failed(message);
                    }
                },
                Qt::QueuedConnection);
            return;
        }
        const qint64 count = *counted;
        QMetaObject::invokeMethod(
            self.data(),
            [self, generation, count] {
                if (self) {
                    self->receiveCount(generation, count);
                }
            },
            Qt::QueuedConnection);
    });
}

void CaseTableModel::requestPage(int page) const {
    if (m_pages.contains(page)) {
        return;
    }
    // A job the reader dropped (the officer scrolled past it) is asked again when its rows are shown again.
    if (auto asked = m_pending.constFind(page); asked != m_pending.cend() && m_clock.elapsed() - *asked < kRetryMs) {
        return;
    }
    m_pending.insert(page, m_clock.elapsed());
    const int generation = m_generation;
    const service::CaseQuery query = m_query;
    // A neighbour in the cache gives a keyset boundary; otherwise the position.
    std::optional<service::CaseCursor> after;
    std::optional<service::CaseCursor> before;
    if (auto prev = m_pages.constFind(page - 1); prev != m_pages.cend() && prev->cursors.last.isValid()) {
        after = prev->cursors.last;
    } else if (auto next = m_pages.constFind(page + 1); next != m_pages.cend() && next->cursors.first.isValid()) {
        before = next->cursors.first;
    }
    auto* self = const_cast<CaseTableModel*>(this);
    QPointer<CaseTableModel> guard(self);
    m_reader.post([guard, generation, page, query, after, before](service::CaseQueryRunner& runner) {
        Result<CasePage> result = after    ? runner.pageAfter(query, *after)
                                  : before ? runner.pageBefore(query, *before)
                                           : runner.pageAt(query, static_cast<qint64>(page) * kPageSize);
        if (!result) {
            QMetaObject::invokeMethod(
                guard.data(),
                [guard, page, message = result.error().message] {
                    if (guard) {
                        guard->m_pending.remove(page);
                        emit guard->failed(message);
                    }
                },
                Qt::QueuedConnection);
            return;
        }
        QMetaObject::invokeMethod(
            guard.data(),
            [guard, generation, page, loaded = result.take()] {
                if (guard) {
                    guard->receivePage(generation, page, loaded);
                }
            },
            Qt::QueuedConnection);
    });
}

QList<qint64> CaseTableModel::subjectIdsOnPage(int page) const {
    QList<qint64> ids;
    if (auto found = m_pages.constFind(page); found != m_pages.cend()) {
        for (const auto& row : found->rows) {
            ids << row.subjectId;
        }
    }
    return ids;
}

void CaseTableModel::receivePage(int generation, int page, const CasePage& result) {
    if (generation != m_generation) {
        return;
    }
    m_pending.remove(page);
    if (!m_countAsked) {
        m_countAsked = true;
        requestCount();
    }
    Page stored;
    stored.rows = result.rows;
    stored.cursors.first = result.first;
    stored.cursors.last = result.last;
    stored.lastUse = ++m_useClock;
    m_pages.insert(page, std::move(stored));
    const int first = page * kPageSize;
    if (!m_count) {
        const int known = first + static_cast<int>(result.rows.size());
        if (known > m_loadedRows) {
            beginInsertRows({}, m_loadedRows, known - 1);
            m_loadedRows = known;
            endInsertRows();
        }
    }
    const int last = std::min(rowCount(), first + static_cast<int>(result.rows.size())) - 1;
    if (last >= first) {
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
    }
    evict();
    emit pageLoaded(page);
}

void CaseTableModel::receiveCount(int generation, qint64 count) {
    if (generation != m_generation) {
        return;
    }
    const int rows = static_cast<int>(std::min<qint64>(count, std::numeric_limits<int>::max()));
    const int before = rowCount();
    if (rows > before) {
        beginInsertRows({}, before, rows - 1);
        m_count = count;
        endInsertRows();
    } else if (rows < before) {
        beginRemoveRows({}, rows, before - 1);
        m_count = count;
        endRemoveRows();
    } else {
        m_count = count;
    }
    emit countChanged(count);
}

void CaseTableModel::evict() {
    while (m_pages.size() > kMaxPages) {
        auto oldest = m_pages.begin();
        for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
            if (it->lastUse < oldest->lastUse) {
                oldest = it;
            }
        }
        m_pages.erase(oldest);
    }
}

} // namespace creditcase::ui
