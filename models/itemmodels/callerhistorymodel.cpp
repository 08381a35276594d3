#include "callerhistorymodel.h"

#include "codes.h"
#include "columntitles.h"
#include "formatting.h"
#include "taxonomy.h"

#include <QHash>

#include <algorithm>

namespace cd::models {

CallerHistoryModel::CallerHistoryModel(const Taxonomy &taxonomy, QObject *parent)
    : RowListModel(ColumnCount, parent)
    , m_taxonomy(taxonomy)
{
}

void CallerHistoryModel::setHistory(const CallerHistory &history)
{
    QList<CallerHistoryEntry> entries;
    QHash<qint64, QString> references;
    for (const auto &c : history.complaints) {
        references.insert(c.id, c.reference);
        QString subject = m_taxonomy.categoryName(c.categoryId);
        if (const QString sub = m_taxonomy.subcategoryName(c.subcategoryId); !sub.isEmpty())
            subject += QStringLiteral(" / ") + sub;
        entries.append({c.receivedAt, false, c.id, c.reference, subject, c.status});
    }
    for (const auto &call : history.calls) {
        const auto channel = rules::channelFromCode(call.channel);
        QString subject = (channel ? rules::Labels::channel(*channel) : call.channel)
            + QStringLiteral(" (") + Formatting::callDuration(call.durationMs)
            + QStringLiteral(") ") + call.notes.left(80).simplified();
        const qint64 complaintId = call.complaintId.value_or(0);
        entries.append(
            {call.startedAt, true, complaintId, references.value(complaintId), subject, {}});
    }
    std::stable_sort(
        entries.begin(), entries.end(),
        [](const CallerHistoryEntry &a, const CallerHistoryEntry &b) { return a.at > b.at; });
    resetRows(std::move(entries));
}

void CallerHistoryModel::clear()
{
    resetRows({});
}

QVariant CallerHistoryModel::data(const QModelIndex &index, int role) const
{
    const CallerHistoryEntry *row = rowAt(index);
    if (!row)
        return {};
    const CallerHistoryEntry &e = *row;
    if (role == ComplaintIdRole)
        return e.complaintId;
    if (role == IsOpenComplaintRole) {
        const auto status = rules::statusFromCode(e.status);
        return !e.isCall && status && rules::isOpen(*status);
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case When:
        return Formatting::dateTime(e.at);
    case Kind:
        return e.isCall ? tr("Call") : tr("Complaint");
    case Reference:
        return e.reference;
    case Subject:
        return e.subject;
    case Status: {
        const auto status = rules::statusFromCode(e.status);
        return status ? rules::Labels::status(*status) : QString();
    }
    }
    return {};
}

QVariant CallerHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    static constexpr ColumnTitles<ColumnCount> titles {QT_TR_NOOP("When"), QT_TR_NOOP("Type"),
                                                       QT_TR_NOOP("Reference"),
                                                       QT_TR_NOOP("Subject"), QT_TR_NOOP("Status")};
    return titledHeader(*this, titles, section, orientation, role);
}

} // namespace cd::models
