#pragma once

#include "complaintqueries.h"

#include <QAbstractTableModel>

namespace cd::models {

class Taxonomy;

// A caller's earlier complaints and calls, newest first, in one table: a complaint row
// shows its reference, category and status; a call row its channel, duration and notes.
// Filled from a CallerHistory (at most 2 x ComplaintQueries::historyLimit rows).
class CallerHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { When, Kind, Reference, Subject, Status, ColumnCount };
    enum Role {
        ComplaintIdRole = Qt::UserRole + 1, // qint64; 0 for a call not tied to a complaint
        IsOpenComplaintRole, // bool: a complaint a follow-up may attach to
    };

    explicit CallerHistoryModel(const Taxonomy &taxonomy, QObject *parent = nullptr);

    void setHistory(const CallerHistory &history);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Entry
    {
        qint64 at = 0;
        bool isCall = false;
        qint64 complaintId = 0;
        QString reference;
        QString subject;
        QString status; // complaint status code; empty for calls
    };

    const Taxonomy &m_taxonomy;
    QList<Entry> m_entries;
};

} // namespace cd::models
