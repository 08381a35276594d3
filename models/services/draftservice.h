#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace cd::models {

class Workspace;

// The Log-call form as the agent left it: every field they can type or choose, as the
// form offers it (codes and ids, texts as typed). Times are UTC epoch ms.
struct CallDraft
{
    QString phone;
    QString customerName;
    QString channel; // rules::Channel code
    std::optional<qint64> followUpOf; // an open complaint of the caller
    std::optional<qint64> categoryId;
    std::optional<qint64> subcategoryId;
    QString severity; // P1..P4
    bool severityChosen = false; // by the agent, rather than the category's default
    QString demand; // rules::Demand code
    QString businessType; // rules::BusinessType code
    QString amount; // yuan as typed
    QString transactionRef;
    QString description;
    bool solvedOnCall = false;
    std::optional<qint64> callStartedAt; // none: no call timer was running
    qint64 updatedAt = 0; // when it was kept (set by DraftService)

    // The typed fields (all but the two times) as a JSON object, and back; a key that is
    // missing reads as the field's default.
    QJsonObject fieldsJson() const;
    static CallDraft fromFieldsJson(const QJsonObject &json);
    bool sameFieldsAs(const CallDraft &other) const { return fieldsJson() == other.fieldsJson(); }
    friend bool operator==(const CallDraft &, const CallDraft &) = default;
};

// Keeps the Log-call form as each agent types it, so that a crash, a power cut or a
// killed program loses nothing: one draft per person, read only by that person. A draft
// goes when its call is saved (ComplaintService::logCall with NewCallInput::removesDraft,
// in the same transaction) or discarded, or when it is older than retentionDays.
class DraftService
{
    Q_DECLARE_TR_FUNCTIONS(DraftService)
public:
    static constexpr int retentionDays = 30;

    explicit DraftService(Workspace &workspace)
        : m_workspace(workspace)
    {
    }

    // Keeps `draft` as the actor's Log-call draft (replacing theirs), stamped now. Its
    // free text is masked as logCall() masks it: card and ID numbers never reach the
    // store. The write never waits long for another writer: when the store is busy or
    // read-only it returns the Error and changes nothing (the form tries again later).
    Result<void> keepCallDraft(const CallDraft &draft);
    // The actor's Log-call draft, if they have one.
    Result<std::optional<CallDraft>> callDraft() const;
    // Removes the actor's Log-call draft (none: nothing to do). Inside a transaction the
    // removal is part of it; outside, it is as brief as keepCallDraft().
    Result<void> discardCallDraft();
    // Removes every person's drafts not changed for retentionDays; returns how many.
    Result<int> removeExpired();

private:
    Workspace &m_workspace;
};

} // namespace cd::models
