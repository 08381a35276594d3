#include "sqlitefile.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace cd::test {

bool onSqliteFile(const QString &path, const std::function<void(QSqlDatabase &)> &use)
{
    const QString name = QStringLiteral("sqlitefile-") + QUuid::createUuid().toString();
    bool opened = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        opened = db.open();
        if (opened)
            use(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return opened;
}

bool execOnSqliteFile(const QString &path, const QStringList &statements)
{
    bool ok = true;
    const bool opened = onSqliteFile(path, [&](QSqlDatabase &db) {
        QSqlQuery query(db);
        for (const QString &sql : statements) {
            if (!query.exec(sql)) {
                qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
                ok = false;
                return;
            }
        }
    });
    return opened && ok;
}

QVariant scalarOfSqliteFile(const QString &path, const QString &sql)
{
    QVariant value;
    onSqliteFile(path, [&](QSqlDatabase &db) {
        QSqlQuery query(db);
        if (query.exec(sql) && query.next())
            value = query.value(0);
    });
    return value;
}

} // namespace cd::test
