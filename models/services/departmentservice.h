#pragma once

#include "records.h"
#include "result.h"

#include <QCoreApplication>

namespace cd::models {

class Workspace;

// The departments that handle complaints (CS, RISK, TECH by default): administrators add,
// rename and disable them. A department that a routing rule or an active category still
// sends complaints to cannot be disabled. Every change is an audit event.
class DepartmentService
{
    Q_DECLARE_TR_FUNCTIONS(DepartmentService)
public:
    explicit DepartmentService(Workspace &workspace)
        : m_workspace(workspace)
    {
    }

    Result<qint64> add(const QString &code, const QString &nameZh, const QString &nameEn);
    Result<void> update(qint64 id, const QString &nameZh, const QString &nameEn, bool active);

private:
    Result<void> requireAdministrator(const QString &action);
    QString namesProblem(const QString &nameZh, const QString &nameEn) const;

    Workspace &m_workspace;
};

} // namespace cd::models
