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

#include <algorithm>
#include <climits>
#include <cstdlib>

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
    return parent.isValid() ? 0 : m_rowCount;
}

const storage::QueueRow *ComplaintQueueModel::rowAt(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return nullptr;
    const int page = row / pageSize;
    auto found = m_pages.constFind(page);
    if (found == m_pages.cend()) {
        // Reading a page changes only the cache, never what the model shows.
        if (!const_cast<ComplaintQueueModel *>(this)->loadPage(page))
            return nullptr;
        found = m_pages.constFind(page);
    }
    const int at = row % pageSize;
    return at < found->size() ? &found->at(at) : nullptr;
}

bool ComplaintQueueModel::loadPage(int page)
{
    using Direction = storage::ComplaintRepository::Direction;
    const int first = page * pageSize;
    const int wanted = m_countKnown ? std::min(pageSize, m_rowCount - first) : pageSize;
    if (wanted <= 0)
        return false;
    const ComplaintQueries &queries = m_workspace.queries();
    Result<QList<storage::QueueRow>> rows = QList<storage::QueueRow>();
    bool backward = false;
    if (auto before = m_pages.constFind(page - 1); page > 0 && before != m_pages.cend()
                                                   && !before->isEmpty()) {
        rows = queries.queuePage(m_query, storage::ComplaintRepository::cursorAfter(
                                              before->constLast(), m_query), wanted);
    } else if (auto after = m_pages.constFind(page + 1); after != m_pages.cend()
                                                         && !after->isEmpty()) {
        rows = queries.queuePage(m_query, storage::ComplaintRepository::cursorAfter(
                                              after->constFirst(), m_query),
                                 wanted, Direction::Backward);
        backward = true;
    } else if (m_countKnown && m_rowCount - (first + wanted) < first) {
        // nearer the end: read backward, skipping the rows after this page
        rows = queries.queuePage(m_query, std::nullopt, wanted, Direction::Backward,
                                 m_rowCount - (first + wanted));
        backward = true;
    } else {
        rows = queries.queuePage(m_query, std::nullopt, wanted, Direction::Forward, first);
    }
    if (!rows) {
        m_lastError = rows.error().message;
        QMetaObject::invokeMethod(this, [this, message = m_lastError] {
            Q_EMIT loadFailed(message);
        }, Qt::QueuedConnection);
        return false;
    }
    if (backward)
        std::reverse(rows->begin(), rows->end());
    prepareForDisplay(*rows);
    const bool empty = rows->isEmpty();
    m_pages.insert(page, std::move(rows).value());
    evictPagesFarFrom(page);
    return !empty;
}

void ComplaintQueueModel::evictPagesFarFrom(int page)
{
    while (m_pages.size() > maxPages) {
        auto farthest = m_pages.begin();
        for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
            if (std::abs(it.key() - page) > std::abs(farthest.key() - page))
                farthest = it;
        }
        m_pages.erase(farthest);
    }
}

int ComplaintQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ComplaintQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const storage::QueueRow *found = rowAt(index.row());
    if (!found)
        return {};
    const storage::QueueRow &row = *found;
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
    if (m_rowCount == 0)
        return;
    Q_EMIT dataChanged(index(0, Due), index(m_rowCount - 1, Due),
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
    return !parent.isValid() && !m_countKnown && m_hasMore;
}

void ComplaintQueueModel::fetchMore(const QModelIndex &parent)
{
    // Listeners of the model's signals may ask for more rows while a reset or an
    // insertion is still being announced; those requests are ignored (views ask again).
    if (parent.isValid() || m_countKnown || !m_hasMore || m_busy)
        return;
    const QScopedValueRollback busy(m_busy, true);
    const int page = m_rowCount / pageSize;
    if (!loadPage(page)) {
        m_hasMore = false;
        return;
    }
    m_lastError.clear();
    const int added = int(m_pages.value(page).size());
    m_hasMore = added == pageSize;
    beginInsertRows({}, m_rowCount, m_rowCount + added - 1);
    m_rowCount += added;
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
    m_pages.clear();
    m_rowCount = 0;
    m_countKnown = false;
    m_hasMore = false;
    m_total = -1;
    // Counted first: the count tells how the pages are best read (QueueQuery::knownCount).
    m_query.knownCount.reset();
    const auto counted = m_workspace.queries().queueCount(m_query);
    if (counted && m_query.searchMatch.isEmpty())
        m_query.knownCount = *counted;
    auto page = m_query.knownCount == 0
                    ? Result<QList<storage::QueueRow>>(QList<storage::QueueRow>())
                    : m_workspace.queries().queuePage(m_query, std::nullopt, pageSize);
    if (page) {
        m_lastError.clear();
        prepareForDisplay(*page);
        const int size = int(page->size());
        m_pages.insert(0, std::move(page).value());
        m_total = size < pageSize ? size : counted ? *counted : -1;
        const bool capped = !m_query.searchMatch.isEmpty()
                            && m_total > storage::ComplaintRepository::searchCountCap;
        if (m_total >= 0 && !capped) {
            m_countKnown = true;
            m_rowCount = int(std::min<qint64>(m_total, INT_MAX));
        } else {
            m_rowCount = size;
            m_hasMore = true;
        }
    } else {
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
    m_pages[row / pageSize][row % pageSize] = rows.constFirst();
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int ComplaintQueueModel::rowOf(qint64 complaintId) const
{
    for (auto page = m_pages.cbegin(); page != m_pages.cend(); ++page) {
        for (int i = 0; i < page->size(); ++i) {
            if (page->at(i).id == complaintId)
                return page.key() * pageSize + i;
        }
    }
    return -1;
}

} // namespace cd::models
