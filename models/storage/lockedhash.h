#pragma once

#include <QHash>
#include <QMutex>
#include <QMutexLocker>

namespace cd::storage {

// A hash that the threads of the process share (state kept per connection, file or
// address), each use under its mutex: lock() gives the hash, locked while what it returns
// lives. Held in a function's static, so that it exists before its first use.
template<typename Key, typename Value> class LockedHash
{
public:
    class Locked
    {
    public:
        Locked(QMutex &mutex, QHash<Key, Value> &hash)
            : m_lock(&mutex)
            , m_hash(hash)
        {
        }

        QHash<Key, Value> *operator->() const { return &m_hash; }
        QHash<Key, Value> &operator*() const { return m_hash; }

    private:
        QMutexLocker<QMutex> m_lock;
        QHash<Key, Value> &m_hash;
    };

    Locked lock() { return Locked(m_mutex, m_hash); }

private:
    QMutex m_mutex;
    QHash<Key, Value> m_hash;
};

} // namespace cd::storage
