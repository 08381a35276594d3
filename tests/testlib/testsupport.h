#pragma once

#include "clock.h"
#include "complaintservice.h"
#include "database.h"   // fixtures and assertions use the store directly
#include "workspace.h"

#include <QProcess>
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

class StoreFixture
{
public:
    StoreFixture();
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
    std::unique_ptr<models::Workspace> m_workspace;
    models::ManualClock *m_clock = nullptr;   // owned by m_workspace
};

// How a child process ended: its exit status, its standard output and error, trimmed.
struct ProcessRun
{
    int exitCode = -1;
    QString out;
    QString err;
};
// Waits (up to a minute) for the started `process` to end and says how it ended.
ProcessRun finishedRun(QProcess &process);

// Opens `store`, fills it with `count` demonstration complaints (DemoGenerator, `seed`)
// and closes it again: a closed store to check or open afresh.
void fillClosedStore(StoreFixture &store, int count, quint32 seed);

// A valid new-complaint input of `categoryCode` from `phone`.
models::NewCallInput sampleCall(models::Workspace &workspace,
                                const QString &phone = QStringLiteral("13812345678"),
                                const QString &categoryCode = QStringLiteral("FEES_BILLING"));

// `count` calls, each from sampleCall() or from `make(i)`, logged through
// ComplaintService::logCall inside ONE transaction (each call a savepoint of it): the same
// rows and events as one by one, without a flush per call. Fails the test on an error.
void logCalls(models::Workspace &workspace, int count,
              const std::function<models::NewCallInput(int)> &make = {});

// Epoch ms of a wall-clock time in the business time zone (Asia/Shanghai).
qint64 at(int year, int month, int day, int hour, int minute = 0);

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
// The permission bits of the file at `path` (e.g. 0600), -1 when there is none.
int modeOf(const QString &path);
// The whole content of a file that no connection has open (see damageTheMiddle); empty
// when it cannot be read.
QByteArray contentOf(const QString &path);
// Whether `path` is a character device (/dev/full must stay one).
bool isCharacterDevice(const QString &path);

} // namespace cd::test
