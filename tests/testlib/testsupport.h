#pragma once

#include "businesscalendar.h"
#include "clock.h"
#include "complaintservice.h"
#include "database.h" // fixtures and assertions use the store directly
#include "workspace.h"

#include <QTemporaryDir>

#include <functional>
#include <memory>

// Shared set-up for the suites: a store in a fresh temporary folder and a workspace on
// it with a manual clock, so every time a test sees is exact.
namespace cd::test {

// 2026-11-25 10:00 Asia/Shanghai, a Wednesday.
qint64 wednesdayMorning();

// Pins locale and language so that labels and formats are the same on every machine.
void pinEnvironment();

// The PostgreSQL server the suites may use: COMPLAINTDESK_TEST_PG, a libpq address
// (e.g. "dbname=postgres" under pg_virtualenv, which exports PGHOST, PGPORT, PGUSER and
// PGPASSWORD) of a database whose user may CREATE DATABASE. Empty when none is configured:
// the tests that need a server then skip (QSKIP), saying so.
QString testServer();

// A new empty database on testServer(), dropped (with its connections) when this object is
// destroyed. address() names it for --database and Workspace::open.
class ServerDatabase
{
public:
    ServerDatabase();
    ~ServerDatabase();
    ServerDatabase(const ServerDatabase &) = delete;
    ServerDatabase &operator=(const ServerDatabase &) = delete;
    QString address() const { return m_address; }

private:
    QString m_name;
    QString m_address;
};

// The name of the database that the server address `address` names (its last "dbname="
// keyword); empty when it names none (a store file, say).
QString databaseName(const QString &address);

// Runs `sql` on testServer()'s own database (creating and dropping databases); false and a
// warning when it fails.
bool onTestServer(const QString &sql);

// Whether the suite runs on the PostgreSQL server (COMPLAINTDESK_TEST_STORE=postgresql: ctest's
// *_pg variants), where a test of SQLite's own behaviour (its file, PRAGMAs, locks) skips.
bool suiteOnServer();

class StoreFixture
{
public:
    // Where the store is: a file in a temporary folder, or a new database on testServer().
    // Default follows COMPLAINTDESK_TEST_STORE ("postgresql": the server), so that a suite
    // can run on both stores; Server always uses the server (the test must QSKIP first when
    // testServer() is empty).
    enum class Store { Default, File, Server };
    explicit StoreFixture(Store store = Store::Default);
    // A store at the server address `serverAddress` that the test set up itself (its
    // database exists and is empty; the test removes it).
    explicit StoreFixture(const QString &serverAddress);
    ~StoreFixture();

    QString path() const;
    // Opens (creating) the workspace on path() with a manual clock at `now` and fast
    // password hashing, and signs in as `username` with `role` ("admin", "lead" or
    // "agent") of department `departmentCode`. The first administrator is "tester".
    models::Workspace &open(qint64 now = wednesdayMorning(),
                            const QString &username = QStringLiteral("tester"),
                            const QString &role = QStringLiteral("admin"),
                            const QString &departmentCode = QStringLiteral("CS"));
    // Signs in as another user, creating them (as the administrator) on first use.
    void signInAs(const QString &username, const QString &role,
                  const QString &departmentCode = QStringLiteral("CS"));
    static QString password() { return QStringLiteral("correct horse battery"); }
    models::Workspace &workspace() { return *m_workspace; }
    models::ManualClock &clock() { return *m_clock; }
    void close();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ServerDatabase> m_server;
    QString m_serverAddress; // given by the test
    std::unique_ptr<models::Workspace> m_workspace;
    models::ManualClock *m_clock = nullptr; // owned by m_workspace
};

// Fills the store of `store` with `count` demonstration complaints (seed `seed`) and
// closes it: a store of varied complaints for suites that damage or check whole stores.
void fillWithDemo(StoreFixture &store, int count = 300, quint32 seed = 7);

// The standard China calendar with the holidays the program ships (the suite must link
// cd_resources).
rules::BusinessCalendar chinaCalendar();

// A valid new-complaint input of `categoryCode` from `phone`.
models::NewCallInput sampleCall(models::Workspace &workspace,
                                const QString &phone = QStringLiteral("13812345678"),
                                const QString &categoryCode = QStringLiteral("FEES_BILLING"));

// `count` calls, each from sampleCall() or from `make(i)`, logged through
// ComplaintService::logCall inside ONE transaction (each call a savepoint of it): the same
// rows and events as one by one, without a flush per call. Returns the complaint ids in
// order; stops the suite on an error.
QList<qint64> logCalls(models::Workspace &workspace, int count,
                       const std::function<models::NewCallInput(int)> &make = {});

// Complaint `id` as ComplaintQueries (what the window and the CLI show) reads it: the
// signed-in user must be allowed to see it. Stops the suite when it cannot be read.
storage::ComplaintRecord complaintOf(models::Workspace &workspace, qint64 id);

// `count` new complaints from the numbers firstNumber, firstNumber + 1, ... (distinct
// callers, so that none is taken for a follow-up), logged as logCalls() does.
QList<qint64> logCallsFromDistinctNumbers(models::Workspace &workspace, int count,
                                          qint64 firstNumber = 13812345000);

// The references of the complaints that a search for `typed` finds, as the queue lists them
// (at most 100); stops the suite when the search fails.
QList<QString> searchReferences(models::Workspace &workspace, const QString &typed);

// Epoch ms of a wall-clock time in the business time zone (Asia/Shanghai).
qint64 at(int year, int month, int day, int hour, int minute = 0);

// What AuditService::verify() finds wrong with the store's audit trail: its error, or its
// findings one a line; empty when the trail is intact.
QString auditProblems(models::Workspace &workspace);

// Adds `copies` copies of every complaint that `where` (a condition on complaints) selects,
// each with a reference of its own ("REF-1", "REF-2", ...), in one statement: a large queue
// in a moment, its tallies kept by the triggers, but without calls, customers' history or
// events (an audit does not verify it). Stops the suite when it fails.
void copyComplaints(models::Workspace &workspace, int copies,
                    const QString &where = QStringLiteral("1 = 1"));

// Adds `count` settings of 4 KB each to an SQLite store, so that a copy of it (a backup)
// takes several steps. Stops the suite when it fails.
void padStore(models::Workspace &workspace, int count);

// How many rows the store's `table` holds; -1 when it cannot be read.
int rowCount(models::Workspace &workspace, const QString &table);

// How many audit events of `type` the store holds.
int eventCount(models::Workspace &workspace, const QString &type);

// Runs `sql` and returns the first column of the first row.
QVariant scalar(models::Workspace &workspace, const QString &sql);

// Every text value in every table of the store (the full-text index included), each as
// "table.column: value": what someone reading the file would find.
QStringList storedTexts(models::Workspace &workspace);

// The digits of `text` (full-width digits read as ASCII; X of an ID number kept), all else
// dropped: a number survives in it whatever separators were put between its groups.
QString digitsIn(const QString &text);

// Overwrites the 4 KiB page in the middle of the file at `path` with garbage (always the
// same), as a failing disk would. No connection to the store may be open: opening its
// file beside SQLite drops SQLite's locks.
void damageTheMiddle(const QString &path);
// SHA-256 of the file at `path`; same rule as above.
QByteArray digestOf(const QString &path);

// The statements that give an SQLite store's events the layout of schemas 4-20 (each seal
// as hex digits in `hash`, the previous one in `prev_hash`), for tests that turn a store
// back into an older version; the append-only triggers go too.
QStringList eventsAsBeforeVersion21();
// The statements that drop the triggers keeping events append-only, on a server store when
// `onServer` and on an SQLite store otherwise, for tests that tamper with the audit trail as
// someone with the store's owner rights could.
QStringList eventGuardsDropped(bool onServer);
// The permission bits of the file at `path` (e.g. 0600), -1 when there is none.
int modeOf(const QString &path);
// The whole content of a file that no connection has open (see damageTheMiddle); empty
// when it cannot be read.
QByteArray contentOf(const QString &path);
// Whether `path` is a character device (/dev/full must stay one).
bool isCharacterDevice(const QString &path);
// Makes `bytes` the whole content of the file at `path` (created, or emptied first); false
// when it cannot be written in full.
bool writeFile(const QString &path, const QByteArray &bytes);

// A new SQLite store at `path` built up to schema `version` only, as a program of that
// version left it, and open; null, with a warning, when it cannot be made.
std::unique_ptr<storage::Database> storeOfVersion(const QString &path, int version);

} // namespace cd::test
