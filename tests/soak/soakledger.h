#pragma once

#include <QHash>
#include <QMutex>
#include <QRandomGenerator>
#include <QSet>
#include <QString>
#include <QStringList>

#include <map>
#include <optional>

// The soak test's books, shared by its threads (every member is safe from any thread).
namespace cd::soak {

// What the writers reported done. A complaint reported saved must be in the store; its
// status must be one of those it may have: the one a reported change left, or, after a
// process was killed in the middle of a change, the one before or after it.
class Ledger
{
public:
    enum class Writer { Window, Cli };

    struct Entry
    {
        Writer writer = Writer::Window;
        QSet<QString> statuses; // status codes it may be in
        int changesDone = 0; // status changes reported done
        bool busy = false; // a CLI process is changing it
    };

    // A complaint reported saved, in one of `statuses`.
    void saved(const QString &reference, Writer writer, const QSet<QString> &statuses);
    // A status change reported done: the complaint is in `status` now.
    void moved(const QString &reference, const QString &status);
    // A status change whose process was killed: it may or may not have happened.
    void maybeMoved(const QString &reference, const QString &status);
    // A complaint of `writer` that nobody else is changing, with its possible statuses,
    // checked out (busy) until moved(), maybeMoved() or release().
    std::optional<std::pair<QString, QSet<QString>>> checkOut(Writer writer, QRandomGenerator &rng);
    void release(const QString &reference);
    // Any complaint reported saved; empty when there is none yet.
    QString anyReference(QRandomGenerator &rng) const;

    QHash<QString, Entry> entries() const;

private:
    mutable QMutex m_mutex;
    QStringList m_order; // references, as reported
    QHash<QString, Entry> m_entries;
};

// Counts by name, and the first messages of what went wrong.
class Tally
{
public:
    void add(const QString &key, int n = 1);
    int value(const QString &key) const;
    std::map<QString, int> all() const;
    // A failure worth reading: counted under "problems", the first 20 kept verbatim.
    void problem(const QString &what);
    QStringList problems() const;

private:
    mutable QMutex m_mutex;
    std::map<QString, int> m_counts;
    QStringList m_problems;
};

} // namespace cd::soak
