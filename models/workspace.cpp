#include "workspace.h"

#include "complaintqueries.h"
#include "complaintservice.h"
#include "eventrepository.h"
#include "resourcepaths.h"
#include "transaction.h"
#include "userrepository.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace cd::models {

Workspace::~Workspace()
{
    // Services hold the connection's handle; they go before the database.
    m_queries.reset();
    m_complaints.reset();
    m_database.reset();
}

QString Workspace::defaultDatabasePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("complaintdesk.sqlite"));
}

QString Workspace::workstationUsername()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name.isEmpty() ? QStringLiteral("agent") : name;
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString &databasePath,
                                                   const QString &username,
                                                   std::unique_ptr<Clock> clock)
{
    std::unique_ptr<Workspace> workspace(new Workspace);
    workspace->m_clock = clock ? std::move(clock) : std::make_unique<SystemClock>();

    QFile holidays(resources::holidaysCsvPath());
    if (!holidays.open(QIODevice::ReadOnly))
        return Error::storage(tr("The holiday calendar is missing from the program."));
    auto calendar = rules::BusinessCalendar::chinaStandard(holidays.readAll());
    if (!calendar)
        return calendar.error();
    workspace->m_calendar = std::make_unique<rules::BusinessCalendar>(std::move(calendar).value());

    auto database = storage::Database::open(databasePath);
    if (!database)
        return database.error();
    workspace->m_database = std::move(database).value();

    auto taxonomy = Taxonomy::load(workspace->m_database->connection());
    if (!taxonomy)
        return taxonomy.error();
    workspace->m_taxonomy = std::move(taxonomy).value();

    auto actor = workspace->ensureUser(username, username, QStringLiteral("agent"),
                                       QStringLiteral("CS"));
    if (!actor)
        return actor.error();
    workspace->m_actor = std::move(actor).value();

    workspace->m_complaints = std::make_unique<ComplaintService>(*workspace);
    workspace->m_queries = std::make_unique<ComplaintQueries>(*workspace);
    return workspace;
}

Result<storage::UserRecord> Workspace::actAs(const QString &username,
                                             const QString &displayName, const QString &role,
                                             const QString &departmentCode)
{
    auto user = ensureUser(username, displayName, role, departmentCode);
    if (user)
        m_actor = user.value();
    return user;
}

Result<storage::UserRecord> Workspace::ensureUser(const QString &username,
                                                  const QString &displayName,
                                                  const QString &role,
                                                  const QString &departmentCode)
{
    const QString name = username.trimmed();
    if (name.isEmpty() || name.size() > 64)
        return Error::invalid(tr("A user name has 1 to 64 characters."));
    storage::UserRepository users(m_database->connection());
    auto existing = users.findByUsername(name);
    if (!existing)
        return existing.error();
    if (*existing)
        return **existing;

    storage::Transaction transaction(*m_database);
    if (!transaction.isActive())
        return transaction.beginError();
    storage::UserRecord user;
    user.username = name;
    user.displayName = displayName.trimmed().isEmpty() ? name : displayName.trimmed();
    user.role = role;
    if (const auto *department = m_taxonomy.departmentByCode(departmentCode))
        user.departmentId = department->id;
    auto id = users.insert(user, m_clock->nowMs());
    if (!id)
        return id.error();
    storage::EventRecord event;
    event.actorId = *id;
    event.at = m_clock->nowMs();
    event.type = QStringLiteral("user_registered");
    event.details = QString::fromUtf8(QJsonDocument(QJsonObject{
        {QStringLiteral("username"), user.username},
        {QStringLiteral("role"), user.role},
        {QStringLiteral("department"), departmentCode}}).toJson(QJsonDocument::Compact));
    if (auto appended = storage::EventRepository(m_database->connection()).append(event);
        !appended)
        return appended.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    user.id = *id;
    return user;
}

} // namespace cd::models
