#pragma once

#include "complaintqueries.h"
#include "queuequery.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace cd::models {

class Workspace;

// What a saved queue view keeps: its filters by stable codes (a view that outlives a
// category, department or person says so instead of showing something else), the columns
// it hides and its sort. Empty texts and invalid dates filter nothing.
struct ViewDefinition
{
    QString status; // rules::Status code
    QString category; // category code
    QString subcategory; // sub-category code, within `category`
    QString department; // department code
    QString assignee; // username
    QString severity; // P1..P4
    QString channel; // rules::Channel code
    QString deadline; // "due_today", "at_risk" or "overdue"
    QDate receivedFrom; // Beijing days, both included
    QDate receivedTo;
    QString text; // searched as plain words
    // The base of the built-in queue or the dashboard's selection the view was saved from
    // ("Unassigned in my department": department and unassignedOnly and openOnly).
    bool unassignedOnly = false;
    bool openOnly = false;
    bool escalatedOnly = false;
    bool classificationReviewOnly = false;
    int satisfaction = 0; // the customer's score 1-5; 0: any
    QList<int> hiddenColumns; // ComplaintQueueModel::Column
    int sortColumn = 1; // ComplaintQueueModel::Received
    bool descending = true;

    QJsonObject toJson() const;
    static ViewDefinition fromJson(const QJsonObject &json);
    friend bool operator==(const ViewDefinition &, const ViewDefinition &) = default;
};

// ViewDefinition::deadline of a deadline filter (empty for None), and back (None for a code
// that names none).
QString deadlineCode(DeadlineFilter filter);
DeadlineFilter deadlineFilterOf(const QString &code);

struct SavedView
{
    qint64 id = 0;
    QString name;
    qint64 ownerId = 0;
    QString ownerName;
    std::optional<qint64> sharedDepartmentId; // none: the owner's alone
    ViewDefinition definition;
};

// Saved queue views: everybody keeps views of their own; team leads and administrators may
// share one with their department, whose members then list it too. Only the owner (or an
// administrator) changes or deletes a view. Every change is an event.
class SavedViewService
{
    Q_DECLARE_TR_FUNCTIONS(SavedViewService)
public:
    static constexpr int maxNameLength = 60;

    explicit SavedViewService(Workspace &workspace)
        : m_workspace(workspace)
    {
    }

    // The actor's own views and those shared with their department, by name.
    Result<QList<SavedView>> views() const;
    // Saves a new view (`id` none) or replaces the actor's view `id`. The name is required
    // and unique among the owner's views; the definition must select something that
    // exists (queryOf). Returns the view's id.
    Result<qint64> save(std::optional<qint64> id, const QString &name,
                        const ViewDefinition &definition, bool shareWithDepartment);
    Result<void> remove(qint64 id);

    // The queue `definition` selects as of `nowMs`, or an Error naming what it filters on
    // that no longer exists.
    Result<storage::QueueQuery> queryOf(const ViewDefinition &definition, qint64 nowMs) const;

private:
    Workspace &m_workspace;
};

} // namespace cd::models
