#pragma once

#include "records.h"
#include "result.h"

#include <QObject>

#include <QJsonObject>
#include <functional>

namespace cd::models {

class Workspace;

// Editing the taxonomy: categories (names in both languages, default department and
// severity, regulatory cause, order, active) and their sub-categories. Administrators edit
// all of it; a team lead edits the categories their department handles by default. A
// category or sub-category that a complaint, routing rule or deadline policy refers to is
// never deleted, only disabled. Every change is an audit event; the workspace's taxonomy
// is re-read after each.
class TaxonomyService : public QObject
{
    Q_OBJECT
public:
    explicit TaxonomyService(Workspace &workspace, QObject *parent = nullptr)
        : QObject(parent)
        , m_workspace(workspace)
    {
    }

    // Inserts (id 0, at the end, with its new unique code) or updates; returns the id.
    Result<qint64> saveCategory(const storage::CategoryRecord &category);
    Result<qint64> saveSubcategory(const storage::SubcategoryRecord &subcategory);
    // One place up (-1) or down (+1) among its siblings.
    Result<void> moveCategory(qint64 categoryId, int step);
    Result<void> moveSubcategory(qint64 subcategoryId, int step);
    Result<void> removeCategory(qint64 categoryId);
    Result<void> removeSubcategory(qint64 subcategoryId);

    bool mayEdit(const storage::CategoryRecord &category) const;

Q_SIGNALS:
    // After each change, once the workspace's taxonomy has been re-read: lists of
    // categories shown elsewhere (Log-call pane, queue filter) fill themselves again.
    void changed();

private:
    Result<void> requireMayEdit(const storage::CategoryRecord &category, const QString &action);
    QList<Error> problems(const QString &code, const QString &nameZh, const QString &nameEn) const;
    Result<void> finish(const QString &type, const QJsonObject &details);
    Result<void> reload(); // the workspace's taxonomy, then changed()
    // Runs `change` in a transaction; when it changed something (true), records `type`
    // with `details`, commits and reloads.
    Result<void> changeInTransaction(const QString &type, const QJsonObject &details,
                                     const std::function<Result<bool>()> &change);
    // Runs `write`, which saves one record and returns the details to record of it, in a
    // transaction; records `type` with them, commits and reloads.
    Result<void> saveInTransaction(const QString &type,
                                   const std::function<Result<QJsonObject>()> &write);

    Workspace &m_workspace;
};

} // namespace cd::models
