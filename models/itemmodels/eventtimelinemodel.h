#pragma once

#include "records.h"
#include "rowlistmodel.h"

namespace cd::models {

class Taxonomy;

// The audit events of one complaint, oldest first, for the detail pane.
class EventTimelineModel : public RowListModel<storage::EventRecord>
{
    Q_OBJECT
public:
    enum Column { When, Who, What, Note, ColumnCount };

    // `taxonomy` (may be null) names the departments complaints were transferred to.
    explicit EventTimelineModel(const Taxonomy *taxonomy = nullptr, QObject *parent = nullptr);

    void setEvents(const QList<storage::EventRecord> &events);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    const Taxonomy *m_taxonomy;
};

} // namespace cd::models
