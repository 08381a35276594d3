#include "auditreplay.h"

#include "reference.h"

#include <QDateTime>
#include <QJsonValue>

namespace cd::rules {

namespace {

const QLatin1String dueKey("due");
const QLatin1String firstResponseKey("first_response");
const QLatin1String resolutionKey("resolution");

// Event types that (re)compute a complaint's deadlines: one of them without a "due" object
// (written before schema v14) leaves the due times unknown.
bool movesDeadlines(const QString &type)
{
    static const QStringList types {
        QStringLiteral("complaint_created"),  QStringLiteral("status_changed"),
        QStringLiteral("reopened"),           QStringLiteral("call_attached"),
        QStringLiteral("customer_contacted"), QStringLiteral("reclassified"),
        QStringLiteral("deadline_extended"),  QStringLiteral("due_times_changed"),
        QStringLiteral("severity_changed"),   QStringLiteral("merged_into")};
    return types.contains(type);
}

QString timeText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, businessTimeZone()).toString(Qt::ISODateWithMs);
}

std::optional<qint64> msOf(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    return qint64(value.toDouble());
}

} // namespace

ComplaintReplay::ComplaintReplay(const QHash<qint64, QString> &usernames)
    : m_usernames(usernames)
{
}

QJsonObject ComplaintReplay::dueTimes(qint64 firstResponseDueAt, qint64 resolutionDueAt)
{
    return {{firstResponseKey, double(firstResponseDueAt)},
            {resolutionKey, double(resolutionDueAt)}};
}

QString ComplaintReplay::assigneeName(const QJsonValue &id) const
{
    if (id.isNull() || id.isUndefined())
        return QStringLiteral("");
    const qint64 userId = qint64(id.toDouble());
    return m_usernames.value(userId, QStringLiteral("#%1").arg(userId));
}

void ComplaintReplay::set(std::optional<QString> &field, const QJsonValue &value)
{
    if (value.isString())
        field = value.toString();
    else if (value.isNull())
        field = QStringLiteral("");
}

void ComplaintReplay::check(qint64 eventId, const QString &name,
                            const std::optional<QString> &field, const QString &before)
{
    if (field && *field != before)
        m_inconsistencies.append({eventId, name, *field, before});
}

void ComplaintReplay::apply(qint64 eventId, const QString &type, const QString &fromStatus,
                            const QString &toStatus, const QJsonObject &details)
{
    static const QStringList named {QStringLiteral("department"), QStringLiteral("category"),
                                    QStringLiteral("subcategory"), QStringLiteral("severity")};
    auto fieldOf = [this](const QString &name) -> std::optional<QString> & {
        if (name == QLatin1String("department"))
            return m_facts.department;
        if (name == QLatin1String("category"))
            return m_facts.category;
        if (name == QLatin1String("subcategory"))
            return m_facts.subcategory;
        return m_facts.severity;
    };

    if (type == QLatin1String("complaint_created")) {
        for (const QString &name : named)
            set(fieldOf(name), details.value(name));
        if (details.contains(QLatin1String("assignee_id")))
            m_facts.assignee = assigneeName(details.value(QLatin1String("assignee_id")));
    } else {
        if (!fromStatus.isEmpty())
            check(eventId, QStringLiteral("status"), m_facts.status, fromStatus);
        const QJsonValue before = details.value(QLatin1String("before"));
        const QJsonValue after = details.value(QLatin1String("after"));
        if (type == QLatin1String("severity_changed")) {
            if (before.isString())
                check(eventId, QStringLiteral("severity"), m_facts.severity, before.toString());
            set(m_facts.severity, after.isString() ? after : QJsonValue(QJsonValue::Undefined));
        } else {
            const QJsonObject was = before.toObject();
            const QJsonObject is = after.toObject();
            for (const QString &name : named) {
                if (was.value(name).isString())
                    check(eventId, name, fieldOf(name), was.value(name).toString());
                set(fieldOf(name), is.value(name));
            }
            if (was.contains(QLatin1String("assignee")))
                check(eventId, QStringLiteral("assignee"), m_facts.assignee,
                      was.value(QLatin1String("assignee")).toString());
            else if (was.contains(QLatin1String("assignee_id")))
                check(eventId, QStringLiteral("assignee"), m_facts.assignee,
                      assigneeName(was.value(QLatin1String("assignee_id"))));
            if (is.contains(QLatin1String("assignee")))
                m_facts.assignee = is.value(QLatin1String("assignee")).toString();
            else if (is.contains(QLatin1String("assignee_id")))
                m_facts.assignee = assigneeName(is.value(QLatin1String("assignee_id")));
        }
    }
    if (!toStatus.isEmpty())
        m_facts.status = toStatus;

    const QJsonValue due = details.value(dueKey);
    if (due.isObject()) {
        m_facts.firstResponseDueAt = msOf(due.toObject().value(firstResponseKey));
        m_facts.resolutionDueAt = msOf(due.toObject().value(resolutionKey));
    } else if (movesDeadlines(type) || !toStatus.isEmpty()) {
        m_facts.firstResponseDueAt.reset();
        m_facts.resolutionDueAt.reset();
    }
}

QList<Discrepancy> ComplaintReplay::compare(const ComplaintFacts &row) const
{
    QList<Discrepancy> differences;
    auto text = [&](const char *name, const std::optional<QString> &replayed,
                    const std::optional<QString> &stored) {
        if (replayed && stored && *replayed != *stored)
            differences.append({0, QString::fromLatin1(name), *replayed, *stored});
    };
    auto time = [&](const char *name, const std::optional<qint64> &replayed,
                    const std::optional<qint64> &stored) {
        if (replayed && stored && *replayed != *stored)
            differences.append(
                {0, QString::fromLatin1(name), timeText(*replayed), timeText(*stored)});
    };
    text("status", m_facts.status, row.status);
    text("department", m_facts.department, row.department);
    text("assignee", m_facts.assignee, row.assignee);
    text("category", m_facts.category, row.category);
    text("subcategory", m_facts.subcategory, row.subcategory);
    text("severity", m_facts.severity, row.severity);
    time("first_response_due_at", m_facts.firstResponseDueAt, row.firstResponseDueAt);
    time("resolution_due_at", m_facts.resolutionDueAt, row.resolutionDueAt);
    return differences;
}

} // namespace cd::rules
