#pragma once

#include "complaintqueries.h"
#include "rowlistmodel.h"

namespace cd::models {

class Taxonomy;

// One row of a CallerHistoryModel: a complaint or a call.
struct CallerHistoryEntry
{
    qint64 at = 0;
    bool isCall = false;
    qint64 complaintId = 0;
    QString reference;
    QString subject;
    QString status; // complaint status code; empty for calls
};

// A caller's earlier complaints and calls, newest first, in one table: a complaint row
// shows its reference, category and status; a call row its channel, duration and notes.
// Filled from a CallerHistory (at most 2 x ComplaintQueries::historyLimit rows).
class CallerHistoryModel : public RowListModel<CallerHistoryEntry>
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

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    const Taxonomy &m_taxonomy;
};

} // namespace cd::models
