#pragma once

// Runs the real complaintdesk-cli as a script would: the binary is CLI_PATH, which each suite
// that includes this header defines (tests/CMakeLists.txt).
#include "testsupport.h"

#include <QProcess>
#include <QStringList>

#include <functional>

#ifndef CLI_PATH
#error "cliprocess.h needs CLI_PATH, the complaintdesk-cli to run"
#endif

namespace cd::test {

// What a run of the CLI did: its exit code and its output and errors, trimmed.
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

// The environment of a run that signs in as StoreFixture's users do (COMPLAINTDESK_PASSWORD).
inline QProcessEnvironment fixtureCliEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("COMPLAINTDESK_PASSWORD"), StoreFixture::password());
    return environment;
}

// `arguments` on the store `store` (--database), in English, signed in as `user`.
inline QStringList onStore(QStringList arguments, const QString &store,
                           const QString &user = QStringLiteral("tester"))
{
    return arguments << QStringLiteral("--database") << store << QStringLiteral("--lang")
                     << QStringLiteral("en") << QStringLiteral("--as") << user;
}

// Starts complaintdesk-cli in `process` with `arguments` and `environment`, reading nothing
// from its standard input.
inline void startCli(QProcess &process, const QStringList &arguments,
                     const QProcessEnvironment &environment = fixtureCliEnvironment())
{
    process.setProcessEnvironment(environment);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(QStringLiteral(CLI_PATH), arguments);
}

// Runs complaintdesk-cli with `arguments` and exactly `environment`; `input` on its
// standard input (none: an empty input); `child` (if any) runs in the child before the
// program starts. Waits at most `timeoutMs`.
inline CliRun runCli(const QStringList &arguments, const QProcessEnvironment &environment,
                     const QByteArray &input = {}, const std::function<void()> &child = {},
                     int timeoutMs = 60000)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    if (child)
        process.setChildProcessModifier(child);
    process.start(QStringLiteral(CLI_PATH), arguments);
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(timeoutMs);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()).trimmed(),
            QString::fromUtf8(process.readAllStandardError()).trimmed()};
}

} // namespace cd::test
