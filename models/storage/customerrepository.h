#pragma once

#include "records.h"
#include "result.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace cd::storage {

class CustomerRepository
{
public:
    explicit CustomerRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    Result<std::optional<CustomerRecord>> findByPhone(const QString &e164) const;
    Result<std::optional<CustomerRecord>> findById(qint64 id) const;
    Result<qint64> insert(const CustomerRecord &customer);
    // What insert() runs, for bulk writers that prepare it once.
    static QString insertSql();
    static QString idByPhoneSql(); // the id of the customer with phone ?
    static QVariantList insertValues(const CustomerRecord &customer);
    Result<void> updateName(qint64 id, const QString &name);

    // Customers with at least one complaint, all of them closed before `closedBefore`
    // (UTC ms), not yet anonymised.
    Result<QList<qint64>> pastRetention(qint64 closedBefore) const;
    // Replaces the phone number with "anonymised:<id>" and clears the name.
    Result<void> anonymise(qint64 id);

private:
    Result<std::optional<CustomerRecord>> findOne(const QString &where,
                                                  const QVariant &value) const;

    QSqlDatabase m_db;
};

} // namespace cd::storage
