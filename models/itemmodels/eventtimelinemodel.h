#pragma once

#include "records.h"

#include <QAbstractTableModel>

namespace cd::models {

// The audit events of one complaint, oldest first, for the detail pane.
class EventTimelineModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { When, Who, What, Note, ColumnCount };

    explicit EventTimelineModel(QObject *parent = nullptr);

    void setEvents(const QList<storage::EventRecord> &events);

    // A sentence for people, e.g. "Status: New -> Investigating".
    static QString describe(const storage::EventRecord &event);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<storage::EventRecord> m_events;
};

} // namespace cd::models
