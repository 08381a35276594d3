#pragma once

#include "dialect.h"
#include "sqlquery.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace cd::storage {

// Sets a connection's PRAGMA for its lifetime and puts the previous value back. A pragma
// that cannot be read is left as it is.
class ScopedPragma
{
public:
    ScopedPragma(const QSqlDatabase &db, const QString &name, int value)
        : m_db(db)
        , m_name(name)
    {
        if (Dialect::isPostgres(m_db))
            return; // SQLite pragmas only
        auto current = runQuery(m_db, QStringLiteral("PRAGMA %1").arg(m_name));
        if (!current || !current->next())
            return;
        m_previous = current->value(0).toInt();
        current->finish();
        if (!runQuery(m_db, QStringLiteral("PRAGMA %1 = %2").arg(m_name).arg(value)))
            m_previous.reset();
    }
    ~ScopedPragma()
    {
        if (m_previous)
            (void)runQuery(m_db, QStringLiteral("PRAGMA %1 = %2").arg(m_name).arg(*m_previous));
    }
    ScopedPragma(const ScopedPragma &) = delete;
    ScopedPragma &operator=(const ScopedPragma &) = delete;

private:
    QSqlDatabase m_db;
    QString m_name;
    std::optional<int> m_previous;
};

} // namespace cd::storage
