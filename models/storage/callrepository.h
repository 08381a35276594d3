#pragma once

#include "records.h"
#include "result.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace cd::storage {

class CallRepository
{
public:
    explicit CallRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    Result<qint64> insert(const CallRecord &call);
    // What insert() runs, for bulk writers that prepare it once.
    static QString insertSql();
    static QVariantList insertValues(const CallRecord &call);
    // Newest first, at most `limit`.
    Result<QList<CallRecord>> forCustomer(qint64 customerId, int limit) const;
    // Oldest first.
    Result<QList<CallRecord>> forComplaint(qint64 complaintId) const;
    // The call a save with `saveId` made, if one did.
    Result<std::optional<CallRecord>> bySaveId(const QString &saveId) const;

private:
    Result<QList<CallRecord>> select(const QString &tail, const QVariantList &bindings) const;

    QSqlDatabase m_db;
};

} // namespace cd::storage
