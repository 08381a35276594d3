#include "customerrepository.h"

#include "sqlquery.h"

namespace cd::storage {

Result<std::optional<CustomerRecord>> CustomerRepository::findOne(const QString &where,
                                                                  const QVariant &value) const
{
    return readFirstRow(
        m_db, QStringLiteral("SELECT id, phone, name, created_at FROM customers WHERE ") + where,
        {value}, [](const QSqlQuery &query) {
            return CustomerRecord {query.value(0).toLongLong(), query.value(1).toString(),
                                   query.value(2).toString(), query.value(3).toLongLong()};
        });
}

Result<std::optional<CustomerRecord>> CustomerRepository::findByPhone(const QString &e164) const
{
    return findOne(QStringLiteral("phone = ?"), e164);
}

Result<std::optional<CustomerRecord>> CustomerRepository::findById(qint64 id) const
{
    return findOne(QStringLiteral("id = ?"), id);
}

QString CustomerRepository::idByPhoneSql()
{
    return QStringLiteral("SELECT id FROM customers WHERE phone = ?");
}

QString CustomerRepository::insertSql()
{
    return QStringLiteral("INSERT INTO customers (phone, name, created_at) VALUES (?, ?, ?)");
}

QVariantList CustomerRepository::insertValues(const CustomerRecord &customer)
{
    return {customer.phone, customer.name, customer.createdAt};
}

Result<qint64> CustomerRepository::insert(const CustomerRecord &customer)
{
    return runInsert(m_db, insertSql(), insertValues(customer));
}

Result<void> CustomerRepository::updateName(qint64 id, const QString &name)
{
    return runStatement(m_db, QStringLiteral("UPDATE customers SET name = ? WHERE id = ?"),
                        {name, id});
}

Result<QList<qint64>> CustomerRepository::pastRetention(qint64 closedBefore) const
{
    return readIds(
        m_db,
        QStringLiteral("SELECT cu.id FROM customers cu WHERE cu.phone NOT LIKE 'anonymised:%'"
                       " AND EXISTS (SELECT 1 FROM complaints c WHERE c.customer_id = cu.id)"
                       " AND NOT EXISTS (SELECT 1 FROM complaints c WHERE c.customer_id = cu.id"
                       "   AND (c.status <> 'CLOSED' OR c.closed_at IS NULL OR c.closed_at >= ?))"
                       " ORDER BY cu.id"),
        {closedBefore});
}

Result<void> CustomerRepository::anonymise(qint64 id)
{
    return runStatement(
        m_db,
        QStringLiteral("UPDATE customers SET phone = 'anonymised:' || id, name = '' WHERE id = ?"),
        {id});
}

} // namespace cd::storage
