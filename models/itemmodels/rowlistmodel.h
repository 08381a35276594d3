#pragma once

#include <QAbstractTableModel>
#include <QList>

#include <utility>

namespace cd::models {

// A flat table model over a list of `Row` values held in memory, one model row each, and a
// fixed number of columns: it answers the row and column counts (none under a valid
// parent) and swaps the whole list in one model reset; the derived model answers data()
// and headerData(), reading its rows through rowAt().
template<typename Row> class RowListModel : public QAbstractTableModel
{
public:
    explicit RowListModel(int columnCount, QObject *parent = nullptr)
        : QAbstractTableModel(parent)
        , m_columnCount(columnCount)
    {
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }

    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : m_columnCount;
    }

protected:
    // The row under `index` when it is a valid index of this model (checkIndex()); null
    // for any other index.
    const Row *rowAt(const QModelIndex &index) const
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return nullptr;
        return &m_rows.at(index.row());
    }

    // Replaces every row, in one model reset.
    void resetRows(QList<Row> rows)
    {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }

private:
    int m_columnCount;
    QList<Row> m_rows;
};

} // namespace cd::models
