#pragma once

// What several benchmark programs do the same way; header-only, so that a benchmark that
// links only cd_rules can use readAll(), and signIn() where cd_models is linked.
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
    if (auto signedIn = workspace.auth().signIn(admin, password); !signedIn) {
        std::fprintf(stderr, "%s\n", qPrintable(signedIn.error().message));
        return false;
    }
    return true;
}

} // namespace cd::bench
