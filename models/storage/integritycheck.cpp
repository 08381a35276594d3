#include "integritycheck.h"

#include "database.h"
#include "dialect.h"
#include "storeerror.h"

#include <QSqlError>
#include <QSqlQuery>

namespace cd::storage {

Result<QStringList> integrityProblems(const QSqlDatabase &db, IntegrityDepth depth)
{
    QStringList problems;
    // A server checks its own pages (data checksums; amcheck for its indexes): there is no
    // file here to check.
    if (Dialect::isPostgres(db))
        return problems;
    // A failure that says the file is damaged is a finding; any other, that the check
    // could not be done.
    auto failed = [&](const QSqlQuery &query) -> Result<QStringList> {
        const QSqlError error = query.lastError();
        bool numeric = false;
        const int code = error.nativeErrorCode().toInt(&numeric);
        if (numeric && StoreError::isDamage(code)) {
            problems << error.databaseText();
            return problems;
        }
        return Error::storage(Database::tr("The store could not be checked: %1").arg(error.text()));
    };
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(depth == IntegrityDepth::Quick ? QStringLiteral("PRAGMA quick_check")
                                                   : QStringLiteral("PRAGMA integrity_check")))
        return failed(query);
    while (query.next()) {
        // A row may hold several lines, under a "*** in database main ***" heading.
        const QStringList lines = query.value(0).toString().split(u'\n', Qt::SkipEmptyParts);
        for (const QString &line : lines) {
            if (line != QLatin1String("ok") && !line.startsWith(QLatin1String("*** ")))
                problems << line;
        }
    }
    if (query.lastError().type() != QSqlError::NoError)
        return failed(query);
    return problems;
}

} // namespace cd::storage
