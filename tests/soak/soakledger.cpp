#include "soakledger.h"

namespace cd::soak {

void Ledger::saved(const QString &reference, Writer writer, const QSet<QString> &statuses)
{
    QMutexLocker lock(&m_mutex);
    if (!m_entries.contains(reference))
        m_order.append(reference);
    m_entries.insert(reference, Entry {writer, statuses, 0, false});
}

void Ledger::moved(const QString &reference, const QString &status)
{
    QMutexLocker lock(&m_mutex);
    Entry &entry = m_entries[reference];
    entry.statuses = {status};
    ++entry.changesDone;
    entry.busy = false;
}

void Ledger::maybeMoved(const QString &reference, const QString &status)
{
    QMutexLocker lock(&m_mutex);
    Entry &entry = m_entries[reference];
    entry.statuses.insert(status);
    entry.busy = false;
}

std::optional<std::pair<QString, QSet<QString>>> Ledger::checkOut(Writer writer,
                                                                  QRandomGenerator &rng)
{
    QMutexLocker lock(&m_mutex);
    QStringList candidates;
    for (const QString &reference : std::as_const(m_order)) {
        const Entry &entry = m_entries[reference];
        if (entry.writer == writer && !entry.busy)
            candidates.append(reference);
    }
    if (candidates.isEmpty())
        return std::nullopt;
    const QString reference = candidates.at(int(rng.bounded(quint32(candidates.size()))));
    Entry &entry = m_entries[reference];
    entry.busy = true;
    return std::make_pair(reference, entry.statuses);
}

void Ledger::release(const QString &reference)
{
    QMutexLocker lock(&m_mutex);
    m_entries[reference].busy = false;
}

QString Ledger::anyReference(QRandomGenerator &rng) const
{
    QMutexLocker lock(&m_mutex);
    if (m_order.isEmpty())
        return {};
    return m_order.at(int(rng.bounded(quint32(m_order.size()))));
}

QHash<QString, Ledger::Entry> Ledger::entries() const
{
    QMutexLocker lock(&m_mutex);
    return m_entries;
}

void Tally::add(const QString &key, int n)
{
    QMutexLocker lock(&m_mutex);
    m_counts[key] += n;
}

int Tally::value(const QString &key) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_counts.find(key);
    return it == m_counts.end() ? 0 : it->second;
}

std::map<QString, int> Tally::all() const
{
    QMutexLocker lock(&m_mutex);
    return m_counts;
}

void Tally::problem(const QString &what)
{
    QMutexLocker lock(&m_mutex);
    ++m_counts[QStringLiteral("problems")];
    if (m_problems.size() < 20)
        m_problems.append(what);
}

QStringList Tally::problems() const
{
    QMutexLocker lock(&m_mutex);
    return m_problems;
}

} // namespace cd::soak
