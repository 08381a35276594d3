#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace cd::rules {

// The fields of a complaint that its audit events record: what verify-audit replays from
// the events and compares with the complaint's row (docs/security.md). Codes as stored
// (status, department, category, sub-category, severity), the assignee's user name ("" for
// nobody), due times in epoch milliseconds. An empty optional: not known from the events.
struct ComplaintFacts
{
    std::optional<QString> status;
    std::optional<QString> department;
    std::optional<QString> assignee;
    std::optional<QString> category;
    std::optional<QString> subcategory;
    std::optional<QString> severity;
    std::optional<qint64> firstResponseDueAt;
    std::optional<qint64> resolutionDueAt;
};

// A difference between what a complaint's events say and what is stored. `eventId` 0: the
// row differs from the replay of all its events; otherwise: event `eventId` recorded the
// complaint's value before its change otherwise than the events before it had left it.
struct Discrepancy
{
    qint64 eventId = 0;
    QString field; // "status", "department", "assignee", "category", "subcategory",
                   // "severity", "first_response_due_at", "resolution_due_at"
    QString expected; // what the events say
    QString found; // what the row (or the event) holds
};

// One complaint's events folded in the order they were written. Events name the values
// they set: complaint_created all of them; any event its new status (to_status); "after"
// objects the department, assignee, category, sub-category and severity they set, checked
// against "before" objects and from_status; severity_changed its severity; events that
// move the deadlines carry the due times they leave ("due"), and one that may have moved
// them without saying leaves them unknown (events written before schema v14).
class ComplaintReplay
{
public:
    // `usernames`: user id -> user name, for events that name the assignee by id.
    explicit ComplaintReplay(const QHash<qint64, QString> &usernames);

    void apply(qint64 eventId, const QString &type, const QString &fromStatus,
               const QString &toStatus, const QJsonObject &details);
    const ComplaintFacts &facts() const { return m_facts; }
    // The events that found the complaint otherwise than the events before them left it.
    const QList<Discrepancy> &inconsistencies() const { return m_inconsistencies; }
    // Where `row` differs from what the events left (fields the events leave unknown are
    // not compared).
    QList<Discrepancy> compare(const ComplaintFacts &row) const;

    // The "due" object an event carries: the due times it leaves.
    static QJsonObject dueTimes(qint64 firstResponseDueAt, qint64 resolutionDueAt);

private:
    void set(std::optional<QString> &field, const QJsonValue &value);
    void check(qint64 eventId, const QString &name, const std::optional<QString> &field,
               const QString &before);
    QString assigneeName(const QJsonValue &id) const;

    const QHash<qint64, QString> &m_usernames;
    ComplaintFacts m_facts;
    QList<Discrepancy> m_inconsistencies;
};

} // namespace cd::rules
