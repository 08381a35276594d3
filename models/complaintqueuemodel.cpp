#include "complaintqueuemodel.h"

#include "complaintjson.h"

#include "codes.h"
#include "complaintqueries.h"
#include "formatting.h"
#include "phonenumber.h"
#include "workspace.h"

#include <QColor>
#include <QFont>
#include <QScopedValueRollback>

namespace cd::models {

namespace {

storage::QueueQuery::Sort sortFor(int column)
{
    using Sort = storage::QueueQuery::Sort;
    switch (column) {
    case ComplaintQueueModel::Reference: return Sort::Reference;
    case ComplaintQueueModel::Category: return Sort::Category;
    case ComplaintQueueModel::Severity: return Sort::Severity;
    case ComplaintQueueModel::Department: return Sort::Department;
    case ComplaintQueueModel::Status: return Sort::Status;
    case ComplaintQueueModel::Due: return Sort::Due;
    default: return Sort::Received;
    }
}

QColor severityColor(const QString &severity)
{
    if (severity == QLatin1String("P1"))
        return QColor(0xc6, 0x28, 0x28);
    if (severity == QLatin1String("P2"))
        return QColor(0xd8, 0x6a, 0x00);
    return {};
}

} // namespace

ComplaintQueueModel::ComplaintQueueModel(Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent), m_workspace(workspace)
{
}

int ComplaintQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ComplaintQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ComplaintQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const storage::QueueRow &row = m_rows.at(index.row());
    switch (role) {
    case ComplaintIdRole: return row.id;
    case SeverityCodeRole: return row.severity;
    case StatusCodeRole: return row.status;
    case DueAtRole: return row.nextDueAt;
    case SlaStateRole: return int(slaStateOf(row, m_workspace.clock().nowMs()));
    case Qt::ForegroundRole:
        if (index.column() == Severity) {
            if (const QColor color = severityColor(row.severity); color.isValid())
                return color;
        }
        if (index.column() == Due)
            return Formatting::slaColor(slaStateOf(row, m_workspace.clock().nowMs()));
        return {};
    case Qt::FontRole:
        if (index.column() == Reference) {
            QFont font;
            font.setFamily(QStringLiteral("monospace"));
            font.setStyleHint(QFont::Monospace);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Due) {
            const rules::SlaState state = slaStateOf(row, m_workspace.clock().nowMs());
            if (row.nextDueAt == rules::noDeadline)
                return Formatting::slaState(state);
            return tr("%1: due %2").arg(Formatting::slaState(state),
                                        Formatting::dateTime(row.nextDueAt));
        }
        break;   // the full text, for columns too narrow to show it
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }

    switch (index.column()) {
    case Reference: return row.reference;
    case Received: return Formatting::dateTime(row.receivedAt);
    case Customer:
        return row.customerName.isEmpty() ? row.customerPhone
                                          : row.customerName + QStringLiteral("  ")
                                                + row.customerPhone;
    case Category: return m_workspace.taxonomy().categoryName(row.categoryId);
    case Severity: {
        const auto severity = rules::severityFromCode(row.severity);
        return severity ? rules::Labels::severity(*severity) : row.severity;
    }
    case Department: return m_workspace.taxonomy().departmentName(row.departmentId);
    case Assignee: return row.assigneeName;
    case Status: {
        const auto status = rules::statusFromCode(row.status);
        return status ? rules::Labels::status(*status) : row.status;
    }
    case Due: {
        if (row.status == QLatin1String("CLOSED"))
            return QString();
        const qint64 now = m_workspace.clock().nowMs();
        const rules::SlaState state = slaStateOf(row, now);
        if (state == rules::SlaState::Paused || row.nextDueAt == rules::noDeadline)
            return Formatting::slaState(state);
        return Formatting::dueIn(row.nextDueAt, now);
    }
    }
    return {};
}

void ComplaintQueueModel::refreshCountdowns()
{
    if (m_rows.isEmpty())
        return;
    Q_EMIT dataChanged(index(0, Due), index(int(m_rows.size()) - 1, Due),
                       {Qt::DisplayRole, Qt::ForegroundRole, Qt::ToolTipRole, SlaStateRole});
}

QVariant ComplaintQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Reference: return tr("Reference");
    case Received: return tr("Received");
    case Customer: return tr("Customer");
    case Category: return tr("Category");
    case Severity: return tr("Severity");
    case Department: return tr("Department");
    case Assignee: return tr("Assignee");
    case Status: return tr("Status");
    case Due: return tr("Due");
    }
    return {};
}

bool ComplaintQueueModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_hasMore;
}

void ComplaintQueueModel::fetchMore(const QModelIndex &parent)
{
    if (!parent.isValid())
        fetchPage();
}

void ComplaintQueueModel::fetchPage()
{
    // Listeners of the model's signals may ask for more rows while a reset or an
    // insertion is still being announced; those requests are ignored (views ask again).
    if (!m_hasMore || m_busy)
        return;
    const QScopedValueRollback busy(m_busy, true);
    std::optional<storage::QueueCursor> cursor;
    if (!m_rows.isEmpty())
        cursor = storage::ComplaintRepository::cursorAfter(m_rows.constLast(), m_query);
    auto page = m_workspace.queries().queuePage(m_query, cursor, pageSize);
    if (!page) {
        m_hasMore = false;
        m_lastError = page.error().message;
        Q_EMIT loadFailed(m_lastError);
        return;
    }
    m_lastError.clear();
    m_hasMore = page->size() == pageSize;
    if (page->isEmpty())
        return;
    prepareForDisplay(*page);
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->size() - 1));
    m_rows.append(*page);
    endInsertRows();
}

void ComplaintQueueModel::prepareForDisplay(QList<storage::QueueRow> &rows) const
{
    for (storage::QueueRow &row : rows)
        row.customerPhone = m_workspace.queries().phoneForDisplay(row.customerPhone);
}

bool ComplaintQueueModel::isSortable(int column)
{
    return column != Customer && column != Assignee && column >= 0 && column < ColumnCount;
}

void ComplaintQueueModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column))
        return;
    m_query.sort = sortFor(column);
    m_query.descending = order == Qt::DescendingOrder;
    reload();
}

void ComplaintQueueModel::setFilter(const storage::QueueQuery &filter)
{
    const auto sort = m_query.sort;
    const bool descending = m_query.descending;
    m_query = filter;
    m_query.sort = sort;
    m_query.descending = descending;
    reload();
}

void ComplaintQueueModel::reload()
{
    // The first page is read inside the reset, so views never see an empty queue flash.
    beginResetModel();
    m_busy = true;
    m_rows.clear();
    m_hasMore = true;
    auto page = m_workspace.queries().queuePage(m_query, std::nullopt, pageSize);
    if (page) {
        m_lastError.clear();
        m_rows = std::move(page).value();
        m_hasMore = m_rows.size() == pageSize;
        prepareForDisplay(m_rows);
        // One page holds it all: no need to ask the store how many there are.
        if (!m_hasMore) {
            m_total = m_rows.size();
        } else {
            auto total = m_workspace.queries().queueCount(m_query);
            m_total = total ? *total : -1;
        }
    } else {
        m_hasMore = false;
        m_total = -1;
        m_lastError = page.error().message;
    }
    endResetModel();
    m_busy = false;
    if (!m_lastError.isEmpty())
        Q_EMIT loadFailed(m_lastError);
}

void ComplaintQueueModel::refreshComplaint(qint64 complaintId)
{
    const int row = rowOf(complaintId);
    if (row < 0)
        return;
    auto fresh = m_workspace.queries().queueRow(complaintId);
    if (!fresh || !*fresh)
        return;
    QList<storage::QueueRow> rows{**fresh};
    prepareForDisplay(rows);
    m_rows[row] = rows.constFirst();
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int ComplaintQueueModel::rowOf(qint64 complaintId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == complaintId)
            return i;
    }
    return -1;
}

} // namespace cd::models
