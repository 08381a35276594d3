#include "eventtimelinemodel.h"

#include "columntitles.h"
#include "eventtext.h"
#include "formatting.h"
#include "taxonomy.h"

namespace cd::models {

EventTimelineModel::EventTimelineModel(const Taxonomy *taxonomy, QObject *parent)
    : RowListModel(ColumnCount, parent)
    , m_taxonomy(taxonomy)
{
}

void EventTimelineModel::setEvents(const QList<storage::EventRecord> &events)
{
    resetRows(events);
}

QVariant EventTimelineModel::data(const QModelIndex &index, int role) const
{
    const storage::EventRecord *row = rowAt(index);
    if (!row || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const storage::EventRecord &e = *row;
    switch (index.column()) {
    case When:
        return Formatting::dateTime(e.at);
    case Who:
        return e.actorName;
    case What:
        return EventText::describe(e, m_taxonomy);
    case Note:
        return e.note;
    }
    return {};
}

QVariant EventTimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    static constexpr ColumnTitles<ColumnCount> titles {QT_TR_NOOP("When"), QT_TR_NOOP("Who"),
                                                       QT_TR_NOOP("What"), QT_TR_NOOP("Note")};
    return titledHeader(*this, titles, section, orientation, role);
}

} // namespace cd::models
