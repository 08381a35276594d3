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
    return runStatement(db, sql, bindings);
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
    return readFirstRow(m_db,
                        QStringLiteral("SELECT fields, call_started_at, updated_at FROM drafts "
                                       "WHERE user_id = ? AND form = ?"),
                        {userId, form}, [&](const QSqlQuery &query) {
                            DraftRecord d;
                            d.userId = userId;
                            d.form = form;
                            d.fields = query.value(0).toString();
                            d.callStartedAt = optionalId(query.value(1));
                            d.updatedAt = query.value(2).toLongLong();
                            return d;
                        });
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
