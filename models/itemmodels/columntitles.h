#pragma once

#include <QAbstractTableModel>
#include <QMetaObject>
#include <QVariant>

#include <array>
#include <cstddef>

namespace cd::models {

// The titles of a table model's columns, in column order: source texts marked with
// QT_TR_NOOP in the model's class, so that they translate in its context.
template<std::size_t N> using ColumnTitles = std::array<const char *, N>;

// The title of column `section` of `model`, translated; empty outside the columns.
template<std::size_t N>
QString columnTitle(const QAbstractTableModel &model, const ColumnTitles<N> &titles, int section)
{
    if (section < 0 || std::size_t(section) >= N)
        return {};
    return model.metaObject()->tr(titles[std::size_t(section)], nullptr);
}

// `model`'s header: its horizontal display role titles the columns (columnTitle(), none
// outside them); any other orientation or role is QAbstractTableModel's.
template<std::size_t N>
QVariant titledHeader(const QAbstractTableModel &model, const ColumnTitles<N> &titles, int section,
                      Qt::Orientation orientation, int role)
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return model.QAbstractTableModel::headerData(section, orientation, role);
    if (section < 0 || std::size_t(section) >= N)
        return {};
    return columnTitle(model, titles, section);
}

} // namespace cd::models
