#include "complaintqueuemodel.h"

#include "complaintjson.h"

#include "codes.h"
#include "columntitles.h"
#include "complaintqueries.h"
#include "formatting.h"
#include "permissions.h"
#include "queuerepository.h"
#include "slacolor.h"
#include "workspace.h"

#include <QColor>
#include <QFont>
#include <QScopedValueRollback>

#include <algorithm>
#include <climits>
#include <cstdlib>
#include <utility>

namespace cd::models {

namespace {

storage::QueueQuery::Sort sortFor(int column)
{
    using Sort = storage::QueueQuery::Sort;
    switch (column) {
    case ComplaintQueueModel::Reference:
        return Sort::Reference;
    case ComplaintQueueModel::Category:
        return Sort::Category;
    case ComplaintQueueModel::Severity:
        return Sort::Severity;
    case ComplaintQueueModel::Department:
        return Sort::Department;
    case ComplaintQueueModel::Status:
        return Sort::Status;
    case ComplaintQueueModel::Due:
        return Sort::Due;
    default:
        return Sort::Received;
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
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
    , m_requestTimer(new QTimer(this))
{
    m_requestTimer->setSingleShot(true);
    m_requestTimer->setInterval(0);
    connect(m_requestTimer, &QTimer::timeout, this, &ComplaintQueueModel::loadRequestedPages);
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
    const auto found = m_pages.constFind(page);
    if (found == m_pages.cend()) {
        if (!m_pagesInFlight.contains(page) && !m_requestedPages.contains(page)) {
            m_requestedPages.insert(page);
            m_requestTimer->start();
        }
        return nullptr;
    }
    const int at = row % pageSize;
    return at < found->size() ? &found->at(at) : nullptr;
}

void ComplaintQueueModel::loadRequestedPages()
{
    QList<int> pages(m_requestedPages.cbegin(), m_requestedPages.cend());
    m_requestedPages.clear();
    std::sort(pages.begin(), pages.end());
    for (const int page : std::as_const(pages)) {
        if (!m_pages.contains(page) && loadPage(page))
            emitPageChanged(page);
    }
}

void ComplaintQueueModel::fetchRows(int first, int last)
{
    first = std::max(0, first);
    last = std::min(last, m_rowCount - 1);
    for (int page = first / pageSize; first <= last && page <= last / pageSize; ++page) {
        m_requestedPages.remove(page);
        if (!m_pages.contains(page) && loadPage(page))
            emitPageChanged(page);
    }
}

void ComplaintQueueModel::emitPageChanged(int page)
{
    const int first = page * pageSize;
    const int last = std::min(m_rowCount, first + pageSize) - 1;
    if (last >= first)
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

namespace {
int s_defaultReadBudget = -1;
} // namespace

void ComplaintQueueModel::setDefaultReadBudget(int ms)
{
    s_defaultReadBudget = ms;
}

int ComplaintQueueModel::defaultReadBudget()
{
    return s_defaultReadBudget;
}

void ComplaintQueueModel::setReadBudget(int ms)
{
    m_readBudget = ms;
    if (ms < 0)
        m_reader.reset();
}

int ComplaintQueueModel::readsInFlight() const
{
    return m_reader ? m_reader->pending() : 0;
}

std::optional<QueueReadResult>
ComplaintQueueModel::perform(QueueRead read, std::function<void(QueueReadResult &&)> later,
                             int page)
{
    read.query = m_workspace.queries().visibleOnly(read.query);
    if (m_readBudget < 0)
        return runQueueRead(m_workspace.connection(), read);
    if (!m_reader)
        m_reader = std::make_unique<QueueReader>(m_workspace.storePath());
    const quint64 generation = m_generation;
    if (page >= 0) {
        // Pages asked for on the way and not read yet are not wanted any more: scrolling
        // on, the view asks again for those it shows.
        const QList<int> dropped = m_reader->dropQueued(
            [page](int queued) { return queued >= 0 && std::abs(queued - page) > 1; });
        for (int gone : dropped)
            m_pagesInFlight.remove(gone);
    }
    auto job = m_reader->start(
        std::move(read),
        [this, generation, later = std::move(later)](QueueReadResult &&r) {
            if (generation == m_generation)
                later(std::move(r));
        },
        page);
    if (m_readBudget == 0)
        return std::nullopt; // never waits, even for a read that has already ended
    if (!m_inEvent) {
        m_inEvent = true;
        m_eventDeadline = QDeadlineTimer(m_readBudget);
        QMetaObject::invokeMethod(
            this, [this] { m_inEvent = false; }, Qt::QueuedConnection);
    }
    return m_reader->take(job, int(m_eventDeadline.remainingTime()));
}

QueueRead ComplaintQueueModel::pageRead(int page, bool &backward) const
{
    using Direction = storage::QueueDirection;
    const int first = page * pageSize;
    QueueRead read;
    read.query = m_query;
    read.limit = m_countKnown ? std::min(pageSize, m_rowCount - first) : pageSize;
    backward = false;
    if (auto before = m_pages.constFind(page - 1);
        page > 0 && before != m_pages.cend() && !before->isEmpty()) {
        read.after = storage::QueueRepository::cursorAfter(before->constLast(), m_query);
    } else if (auto after = m_pages.constFind(page + 1);
               after != m_pages.cend() && !after->isEmpty()) {
        read.after = storage::QueueRepository::cursorAfter(after->constFirst(), m_query);
        read.direction = Direction::Backward;
        backward = true;
    } else if (m_countKnown && m_rowCount - (first + read.limit) < first) {
        // nearer the end: read backward, skipping the rows after this page
        read.direction = Direction::Backward;
        read.offset = m_rowCount - (first + read.limit);
        backward = true;
    } else {
        read.offset = first;
    }
    return read;
}

bool ComplaintQueueModel::loadPage(int page)
{
    if (m_pagesInFlight.contains(page))
        return false;
    bool backward = false;
    QueueRead read = pageRead(page, backward);
    if (read.limit <= 0)
        return false;
    auto done = perform(
        std::move(read),
        [this, page, backward](QueueReadResult &&result) {
            m_pagesInFlight.remove(page);
            if (storePage(page, std::move(result.rows), backward))
                emitPageChanged(page);
        },
        page);
    if (!done) {
        m_pagesInFlight.insert(page);
        return false;
    }
    return storePage(page, std::move(done->rows), backward);
}

bool ComplaintQueueModel::storePage(int page, Result<QList<storage::QueueRow>> rows, bool backward)
{
    if (!rows) {
        m_lastError = rows.error().message;
        QMetaObject::invokeMethod(
            this, [this, message = m_lastError] { Q_EMIT loadFailed(message); },
            Qt::QueuedConnection);
        return false;
    }
    if (backward)
        std::reverse(rows->begin(), rows->end());
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
    if (!found) {
        const int page = index.row() / pageSize;
        if (role == Qt::DisplayRole && index.column() == Reference
            && (m_pagesInFlight.contains(page) || m_requestedPages.contains(page)))
            return tr("Loading…");
        return {};
    }
    const storage::QueueRow &row = *found;
    switch (role) {
    case ComplaintIdRole:
        return row.id;
    case SeverityCodeRole:
        return row.severity;
    case StatusCodeRole:
        return row.status;
    case DepartmentIdRole:
        return row.departmentId;
    case DueAtRole:
        return row.nextDueAt;
    case SlaStateRole:
        return int(slaStateOf(row, m_workspace.clock().nowMs()));
    case Qt::ForegroundRole:
        if (index.column() == Severity) {
            if (const QColor color = severityColor(row.severity); color.isValid())
                return color;
        }
        if (index.column() == Due)
            return slaColor(slaStateOf(row, m_workspace.clock().nowMs()));
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
            return tr("%1: due %2")
                .arg(Formatting::slaState(state), Formatting::dateTime(row.nextDueAt));
        }
        break; // the full text, for columns too narrow to show it
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }

    switch (index.column()) {
    case Reference:
        return row.reference;
    case Received:
        return Formatting::dateTime(row.receivedAt);
    case Customer:
        return row.customerName.isEmpty()
            ? row.customerPhone
            : row.customerName + QStringLiteral("  ") + row.customerPhone;
    case Category:
        return m_workspace.taxonomy().categoryName(row.categoryId);
    case Severity: {
        const auto severity = rules::severityFromCode(row.severity);
        return severity ? rules::Labels::severity(*severity) : row.severity;
    }
    case Department:
        return m_workspace.taxonomy().departmentName(row.departmentId);
    case Assignee:
        return row.assigneeName;
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
    static constexpr ColumnTitles<ColumnCount> titles {
        QT_TR_NOOP("Reference"),  QT_TR_NOOP("Received"), QT_TR_NOOP("Customer"),
        QT_TR_NOOP("Category"),   QT_TR_NOOP("Severity"), QT_TR_NOOP("Due"),
        QT_TR_NOOP("Department"), QT_TR_NOOP("Assignee"), QT_TR_NOOP("Status")};
    const bool timed = section == Received || section == Due;
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && timed)
        return Formatting::zoneNote(m_workspace.clock().nowMs());
    // Times read in the call centre's zone: the header says which where the computer's differs.
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && timed) {
        const QString label = Formatting::zoneLabel(m_workspace.clock().nowMs());
        const QString title = columnTitle(*this, titles, section);
        return label.isEmpty() ? title : tr("%1 (%2)").arg(title, label);
    }
    return titledHeader(*this, titles, section, orientation, role);
}

bool ComplaintQueueModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_countKnown && m_hasMore;
}

void ComplaintQueueModel::fetchMore(const QModelIndex &parent)
{
    // Listeners of the model's signals may ask for more rows while a reset or an
    // insertion is still being announced; those requests are ignored (views ask again).
    if (parent.isValid() || m_countKnown || !m_hasMore || m_busy || m_fetchInFlight)
        return;
    const QScopedValueRollback busy(m_busy, true);
    bool backward = false;
    QueueRead read = pageRead(m_rowCount / pageSize, backward);
    auto done = perform(std::move(read), [this](QueueReadResult &&result) {
        m_fetchInFlight = false;
        applyFetched(std::move(result));
    });
    if (done)
        applyFetched(std::move(*done));
    else
        m_fetchInFlight = true;
}

void ComplaintQueueModel::applyFetched(QueueReadResult &&result)
{
    const int page = m_rowCount / pageSize;
    if (!storePage(page, std::move(result.rows), false)) {
        m_hasMore = false;
        return;
    }
    m_lastError.clear();
    const int added = int(m_pages.value(page).size());
    m_hasMore = added == pageSize;
    const QScopedValueRollback busy(m_busy, true);
    beginInsertRows({}, m_rowCount, m_rowCount + added - 1);
    m_rowCount += added;
    endInsertRows();
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
    startReload(false);
}

void ComplaintQueueModel::reloadInPlace()
{
    startReload(true);
}

void ComplaintQueueModel::startReload(bool keepRowsShown)
{
    ++m_generation; // what is still being read for the queue shown is not wanted now
    if (m_reader)
        m_reader->cancelAll();
    m_pagesInFlight.clear();
    m_requestedPages.clear();
    m_fetchInFlight = false;
    // Counted first: the count tells how the pages are best read (QueueQuery::knownCount).
    QueueRead read;
    read.query = m_query;
    read.count = true;
    read.limit = pageSize;
    auto done = perform(std::move(read),
                        [this](QueueReadResult &&result) { applyReload(std::move(result)); });
    if (done) {
        applyReload(std::move(*done));
        return;
    }
    if (keepRowsShown)
        return; // the rows shown stay until the new ones arrive
    // Still reading: the queue is shown empty, and loading, until it arrives.
    beginResetModel();
    m_pages.clear();
    m_rowCount = 0;
    m_countKnown = false;
    m_hasMore = false;
    m_total = -1;
    const bool wasLoading = std::exchange(m_loading, true);
    endResetModel();
    if (!wasLoading)
        Q_EMIT loadingChanged(true);
}

void ComplaintQueueModel::applyReload(QueueReadResult &&result)
{
    // The first page is read before the reset, so views never see an empty queue flash.
    beginResetModel();
    m_busy = true;
    m_pages.clear();
    m_rowCount = 0;
    m_countKnown = false;
    m_countCapped = false;
    m_hasMore = false;
    m_total = -1;
    m_query.knownCount = result.knownCount;
    const qint64 counted = result.count && *result.count ? **result.count : -1; // -1: unknown
    if (result.rows) {
        m_lastError.clear();
        const int size = int(result.rows->size());
        storePage(0, std::move(result.rows), false);
        m_total = size < pageSize ? size : counted;
        m_countCapped = m_total > storage::QueueRepository::countCap
            && storage::QueueRepository::countIsCapped(m_workspace.queries().visibleOnly(m_query));
        if (m_total >= 0 && !m_countCapped) {
            m_countKnown = true;
            m_rowCount = int(std::min<qint64>(m_total, INT_MAX));
        } else {
            m_rowCount = size;
            m_hasMore = true;
        }
    } else {
        m_lastError = result.rows.error().message;
    }
    const bool wasLoading = std::exchange(m_loading, false);
    endResetModel();
    m_busy = false;
    if (wasLoading)
        Q_EMIT loadingChanged(false);
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
    storage::QueueRow shown = **fresh;
    shown.customerPhone = ComplaintQueries::maskedPhone(shown.customerPhone);
    m_pages[row / pageSize][row % pageSize] = shown;
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
