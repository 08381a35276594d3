#include "draftrepository.h"

#include "scopedpragma.h"
#include "sqlquery.h"

#include <QSqlQuery>

namespace cd::storage {

namespace {

// Runs one writing statement as DraftRepository's `write` says.
Result<void> runWrite(const QSqlDatabase &db, DraftRepository::Write write, const QString &sql,
                      const QVariantList &bindings)
{
    std::optional<ScopedPragma> wait;
    if (write == DraftRepository::Write::Brief)
        wait.emplace(db, QStringLiteral("busy_timeout"), DraftRepository::briefWaitMs);
    auto done = runQuery(db, sql, bindings);
    if (!done)
        return done.error();
    return {};
}

} // namespace

Result<void> DraftRepository::save(const DraftRecord &d, Write write)
{
    return runWrite(
        m_db, write,
        QStringLiteral("INSERT INTO drafts (user_id, form, fields, call_started_at, updated_at)"
                       " VALUES (?, ?, ?, ?, ?) ON CONFLICT (user_id, form) DO UPDATE SET"
                       " fields = excluded.fields, call_started_at = excluded.call_started_at,"
                       " updated_at = excluded.updated_at"),
        {d.userId, d.form, d.fields, nullable(d.callStartedAt), d.updatedAt});
}

Result<std::optional<DraftRecord>> DraftRepository::find(qint64 userId, const QString &form) const
{
    auto query = runQuery(m_db,
                          QStringLiteral("SELECT fields, call_started_at, updated_at FROM drafts "
                                         "WHERE user_id = ? AND form = ?"),
                          {userId, form});
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<DraftRecord>();
    DraftRecord d;
    d.userId = userId;
    d.form = form;
    d.fields = query->value(0).toString();
    if (!query->value(1).isNull())
        d.callStartedAt = query->value(1).toLongLong();
    d.updatedAt = query->value(2).toLongLong();
    return std::optional<DraftRecord>(d);
}

Result<void> DraftRepository::remove(qint64 userId, const QString &form, Write write)
{
    return runWrite(m_db, write,
                    QStringLiteral("DELETE FROM drafts WHERE user_id = ? AND form = ?"),
                    {userId, form});
}

Result<int> DraftRepository::removeUpdatedBefore(qint64 updatedBeforeMs)
{
    auto query = runQuery(m_db, QStringLiteral("DELETE FROM drafts WHERE updated_at < ?"),
                          {updatedBeforeMs});
    if (!query)
        return query.error();
    return query->numRowsAffected();
}

} // namespace cd::storage
