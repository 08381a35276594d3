#pragma once

// What several benchmark programs do the same way; header-only, so that a benchmark that
// links only cd_rules can use readAll(), and succeeded() and signIn() where cd_models or
// cd_storage is linked.
#include <QFile>
#include <QString>

#include <cstdio>

namespace cd::bench {

// The whole file at `path` (a resource path too); stops the program when it cannot be read.
inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

// Whether `result` (a Result) succeeded; prints its error when it did not.
template<typename Result> bool succeeded(const Result &result)
{
    if (!result)
        std::fprintf(stderr, "%s\n", qPrintable(result.error().message));
    return bool(result);
}

// Signs `workspace` in as `admin` with `password`, creating that first administrator on a
// new store; prints the error and returns false when it cannot. (A template so that this
// header needs none of models/ where it is not linked.)
template<typename Workspace>
bool signIn(Workspace &workspace, const QString &admin, const QString &password)
{
    if (*workspace.auth().needsFirstAdministrator())
        workspace.auth()
            .createFirstAdministrator(admin, QStringLiteral("Benchmark"), password)
            .value();
    return succeeded(workspace.auth().signIn(admin, password));
}

} // namespace cd::bench
