#include "eventtimelinemodel.h"

#include "codes.h"
#include "formatting.h"

namespace cd::models {

namespace {
QString statusLabel(const QString &code)
{
    const auto status = rules::statusFromCode(code);
    return status ? rules::Labels::status(*status) : code;
}
} // namespace

EventTimelineModel::EventTimelineModel(QObject *parent) : QAbstractTableModel(parent) {}

void EventTimelineModel::setEvents(const QList<storage::EventRecord> &events)
{
    beginResetModel();
    m_events = events;
    endResetModel();
}

QString EventTimelineModel::describe(const storage::EventRecord &e)
{
    if (e.type == QLatin1String("complaint_created"))
        return tr("Complaint logged (%1)").arg(statusLabel(e.toStatus));
    if (e.type == QLatin1String("call_attached"))
        return tr("Follow-up call attached");
    if (e.type == QLatin1String("reopened"))
        return tr("Reopened: %1 -> %2").arg(statusLabel(e.fromStatus), statusLabel(e.toStatus));
    if (e.type == QLatin1String("status_changed"))
        return tr("Status: %1 -> %2").arg(statusLabel(e.fromStatus), statusLabel(e.toStatus));
    if (e.type == QLatin1String("transferred"))
        return tr("Transferred");
    if (e.type == QLatin1String("reassigned_in_bulk"))
        return tr("Reassigned (bulk)");
    if (e.type == QLatin1String("escalated"))
        return tr("Escalated to the lead");
    if (e.type == QLatin1String("reclassified"))
        return tr("Reclassified");
    if (e.type == QLatin1String("personal_data_revealed"))
        return tr("Full phone number shown");
    if (e.type == QLatin1String("personal_data_erased"))
        return tr("Personal data erased (anonymised)");
    if (e.type == QLatin1String("permission_denied"))
        return tr("Refused: no permission");
    return e.type;
}

int EventTimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int EventTimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventTimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const storage::EventRecord &e = m_events.at(index.row());
    switch (index.column()) {
    case When: return Formatting::dateTime(e.at);
    case Who: return e.actorName;
    case What: return describe(e);
    case Note: return e.note;
    }
    return {};
}

QVariant EventTimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When: return tr("When");
    case Who: return tr("Who");
    case What: return tr("What");
    case Note: return tr("Note");
    }
    return {};
}

} // namespace cd::models
