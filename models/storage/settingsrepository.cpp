#include "settingsrepository.h"

#include "sqlquery.h"

namespace cd::storage {

Result<QString> SettingsRepository::value(const QString &key, const QString &fallback) const
{
    auto query = runQuery(m_db, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toString() : fallback;
}

Result<void> SettingsRepository::setValue(const QString &key, const QString &value)
{
    return runStatement(m_db,
                        QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"
                                       " ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                        {key, value});
}

Result<void> SettingsRepository::remove(const QString &key)
{
    return runStatement(m_db, QStringLiteral("DELETE FROM settings WHERE key = ?"), {key});
}

} // namespace cd::storage
