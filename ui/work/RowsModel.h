#pragma once

#include <QAbstractTableModel>
#include <QStringList>
#include <QVariant>

namespace creditcase::ui {

// A read-only table of rows already fetched from a service: what the pages of New work and Administration show
// (standards, restoration applications, rule data, audit entries, users). Each row carries a key (the id the page
// acts on), an optional tool tip per row and a mark for rows that need attention, which is also spelled out in the
// row's text (never colour alone).
class RowsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    struct Row {
        QStringList cells;
        QVariant key;
        QString toolTip;
        bool attention = false;
    };
    static constexpr int KeyRole = Qt::UserRole + 1;

    explicit RowsModel(const QStringList& headers, QObject* parent = nullptr);

    void setRows(QList<Row> rows);
    const Row& row(int index) const { return m_rows.at(index); }
    int rowCount() const { return static_cast<int>(m_rows.size()); }

    int rowCount(const QModelIndex& parent) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    QList<Row> m_rows;
};

} // namespace creditcase::ui
