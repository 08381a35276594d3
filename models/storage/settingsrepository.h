#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QString>

namespace cd::storage {

// Desk-wide settings as key/value text (e.g. "idle_lock_minutes").
class SettingsRepository
{
public:
    explicit SettingsRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    Result<QString> value(const QString &key, const QString &fallback) const;
    Result<void> setValue(const QString &key, const QString &value);
    Result<void> remove(const QString &key); // none there is fine

private:
    QSqlDatabase m_db;
};

} // namespace cd::storage
