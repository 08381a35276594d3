#pragma once

#include "records.h"
#include "result.h"

#include <QList>
#include <QSqlDatabase>

namespace cd::storage {

// The audit trail. Events are only ever appended.
class EventRepository
{
public:
    explicit EventRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<qint64> append(const EventRecord &event);
    // Oldest first.
    Result<QList<EventRecord>> forComplaint(qint64 complaintId) const;

private:
    QSqlDatabase m_db;
};

} // namespace cd::storage
