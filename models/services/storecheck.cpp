#include "storecheck.h"

#include "auditservice.h"
#include "database.h"
#include "integritycheck.h"
#include "storeerror.h"

#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

namespace cd::models {

Error StoreCheck::Report::damage(const QString &path) const
{
    QStringList found = integrityProblems;
    if (!auditProblem.isEmpty())
        found << tr("audit trail %1").arg(auditProblem);
    QString detail = found.value(0);
    if (found.size() > 1)
        detail += tr(", and %n more problem(s)", "", int(found.size() - 1));
    return storage::StoreError::damaged(path, detail);
}

Result<StoreCheck::Report> StoreCheck::run(const QSqlDatabase &db, Depth depth)
{
    Report report;
    auto problems = storage::integrityProblems(
        db, depth == Depth::Quick ? storage::IntegrityDepth::Quick : storage::IntegrityDepth::Full);
    if (!problems)
        return problems.error();
    report.integrityProblems = *problems;
    if (depth == Depth::Quick)
        return report;
    report.auditChecked = true;
    // verify-audit's verification: the sealed chain, its anchor, each complaint replayed.
    auto audit = AuditService::verify(db, {});
    if (!audit) {
        report.auditProblem = audit.error().kind == Error::Kind::Damaged
            ? tr("not readable to the end")
            : tr("not verified: %1").arg(audit.error().message);
    } else {
        report.auditEvents = audit->events;
        if (!audit->intact()) {
            report.auditProblem = tr("altered: %1").arg(audit->findings.value(0));
            if (audit->findingCount > 1)
                report.auditProblem +=
                    tr(" (and %n more finding(s))", "", int(audit->findingCount - 1));
        }
    }
    return report;
}

Result<StoreCheck::Report> StoreCheck::run(const QString &path, Depth depth)
{
    auto database = storage::Database::open(path, storage::Database::Upgrade::None);
    if (!database)
        return database.error();
    return run((*database)->connection(), depth);
}

QFuture<Result<StoreCheck::Report>> StoreCheck::quickInBackground(const QString &path)
{
    return QtConcurrent::run([path] { return run(path, Depth::Quick); });
}

bool StoreCheck::isWithin(const QString &path, qint64 limitBytes)
{
    const qint64 size = QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
    return size <= limitBytes;
}

} // namespace cd::models
