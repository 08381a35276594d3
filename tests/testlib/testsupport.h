#pragma once

#include "clock.h"
#include "complaintservice.h"
#include "workspace.h"

#include <QTemporaryDir>

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
    // Opens (creating) the workspace on path() as `username`, with a manual clock at `now`.
    models::Workspace &open(qint64 now = wednesdayMorning(),
                            const QString &username = QStringLiteral("tester"));
    models::Workspace &workspace() { return *m_workspace; }
    models::ManualClock &clock() { return *m_clock; }
    void close();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<models::Workspace> m_workspace;
    models::ManualClock *m_clock = nullptr;   // owned by m_workspace
};

// A valid new-complaint input of `categoryCode` from `phone`.
models::NewCallInput sampleCall(models::Workspace &workspace,
                                const QString &phone = QStringLiteral("13812345678"),
                                const QString &categoryCode = QStringLiteral("FEES_BILLING"));

// Runs `sql` and returns the first column of the first row.
QVariant scalar(models::Workspace &workspace, const QString &sql);

} // namespace cd::test
