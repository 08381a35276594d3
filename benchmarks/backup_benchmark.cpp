// Times a backup of a store through SQLite's online backup API (StoreCopy, what the
// program uses) against VACUUM INTO, and a restore into a copy of the store, each while
// another connection writes every 5 ms; prints how long that writer waited at worst.
//
//   build/benchmarks/backup_benchmark --database /tmp/s100000.db [--runs 3]
#include "storecopy.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <atomic>
#include <cstdio>
#include <functional>
#include <thread>

namespace {

struct Figures
{
    double ms = 0;
    double writerWorstMs = 0;
    int writes = 0;
};

// Runs `work` while a connection of its own on `store` commits a small change every 5 ms.
Figures whileWriting(const QString &store, const std::function<bool()> &work)
{
    std::atomic<bool> stop {false};
    std::atomic<double> worst {0};
    std::atomic<int> writes {0};
    std::thread writer([&] {
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("writer"));
            db.setDatabaseName(store);
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
            db.open();
            QSqlQuery query(db);
            while (!stop) {
                QElapsedTimer timer;
                timer.start();
                if (!query.exec(
                        QStringLiteral("INSERT INTO settings (key, value) VALUES ('benchmark', '1')"
                                       " ON CONFLICT (key) DO UPDATE SET value = value + 1")))
                    std::fprintf(stderr, "write failed: %s\n",
                                 qPrintable(query.lastError().text()));
                worst = std::max(worst.load(), timer.nsecsElapsed() / 1e6);
                ++writes;
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("writer"));
    });
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    worst = 0;
    writes = 0;
    QElapsedTimer timer;
    timer.start();
    const bool ok = work();
    const double ms = timer.nsecsElapsed() / 1e6;
    stop = true;
    writer.join();
    if (!ok)
        std::fprintf(stderr, "the operation failed\n");
    return {ms, worst, writes};
}

void print(const char *what, const Figures &f)
{
    std::printf("%-34s %9.0f ms   writer worst %7.1f ms over %d writes\n", what, f.ms,
                f.writerWorstMs, f.writes);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("database"), QString(), QStringLiteral("path")});
    parser.addOption({QStringLiteral("runs"), QString(), QStringLiteral("n"), QStringLiteral("3")});
    parser.process(app);
    const QString store = parser.value(QStringLiteral("database"));
    if (store.isEmpty() || !QFile::exists(store)) {
        std::fprintf(stderr, "usage: backup_benchmark --database STORE [--runs N]\n");
        return 2;
    }
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
    const QString vacuumed = dir.filePath(QStringLiteral("vacuum.sqlite"));
    const QString scratch = dir.filePath(QStringLiteral("scratch.sqlite"));
    for (int run = 0; run < parser.value(QStringLiteral("runs")).toInt(); ++run) {
        QFile::remove(copy);
        print("backup API (StoreCopy::backUp)", whileWriting(store, [&] {
                  return bool(cd::storage::StoreCopy::backUp(
                      store, copy, cd::storage::StoreCopy::Existing::Refuse, std::nullopt));
              }));
        QFile::remove(vacuumed);
        print("backup API, the copy alone", whileWriting(store, [&] {
                  // what StoreCopy does before its check and fsync: one snapshot, 1024-page steps
                  sqlite3 *source = nullptr;
                  sqlite3 *target = nullptr;
                  sqlite3_open_v2(store.toUtf8().constData(), &source, SQLITE_OPEN_READWRITE,
                                  nullptr);
                  sqlite3_open_v2(vacuumed.toUtf8().constData(), &target,
                                  SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
                  sqlite3_exec(source, "BEGIN; SELECT count(*) FROM sqlite_master", nullptr,
                               nullptr, nullptr);
                  sqlite3_backup *backup = sqlite3_backup_init(target, "main", source, "main");
                  int rc = SQLITE_OK;
                  while (rc == SQLITE_OK)
                      rc = sqlite3_backup_step(backup, 1024);
                  sqlite3_backup_finish(backup);
                  sqlite3_exec(source, "COMMIT", nullptr, nullptr, nullptr);
                  sqlite3_close(target);
                  sqlite3_close(source);
                  return rc == SQLITE_DONE;
              }));
        QFile::remove(vacuumed);
        print("VACUUM INTO", whileWriting(store, [&] {
                  bool ok = false;
                  {
                      QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                                  QStringLiteral("vacuum"));
                      db.setDatabaseName(store);
                      QSqlQuery query(db);
                      ok = db.open() && query.prepare(QStringLiteral("VACUUM INTO ?"));
                      query.addBindValue(vacuumed);
                      ok = ok && query.exec();
                  }
                  QSqlDatabase::removeDatabase(QStringLiteral("vacuum"));
                  return ok;
              }));
        QFile::remove(scratch);
        if (!cd::storage::StoreCopy::backUp(
                store, scratch, cd::storage::StoreCopy::Existing::Refuse, std::nullopt)) {
            return 1;
        }
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("wal"));
            db.setDatabaseName(scratch);
            QSqlQuery query(db);
            if (!db.open() || !query.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
                return 1;
        }
        QSqlDatabase::removeDatabase(QStringLiteral("wal"));
        print("restore into a store in use", whileWriting(scratch, [&] {
                  return bool(cd::storage::StoreCopy::restoreInto(copy, scratch));
              }));
    }
    return 0;
}
