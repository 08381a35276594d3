#pragma once

#include <QSqlDatabase>
#include <QStringList>
#include <QVariant>

#include <functional>

// Reading and changing an SQLite store file beside the program, as an attacker, a damaged
// disk or another tool would: each call opens a connection of its own and closes and removes
// it before returning. No connection of the program may have the file open (opening a file
// beside SQLite drops SQLite's locks on it).
namespace cd::test {

// Runs `use` on a connection to the SQLite file at `path`; false, `use` not run, when the
// file cannot be opened. `use` may fail the test (QVERIFY): check QTest::currentTestFailed().
bool onSqliteFile(const QString &path, const std::function<void(QSqlDatabase &)> &use);

// Runs `statements` in order on the SQLite file at `path`; false, with a warning naming the
// statement, at the first that fails.
bool execOnSqliteFile(const QString &path, const QStringList &statements);

// The first column of the first row that `sql` returns from the SQLite file at `path`;
// invalid when it cannot be read.
QVariant scalarOfSqliteFile(const QString &path, const QString &sql);

} // namespace cd::test
