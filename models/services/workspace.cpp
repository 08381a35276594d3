#include "workspace.h"

#include "auditlog.h"
#include "authservice.h"
#include "classifierservice.h"
#include "complaintqueries.h"
#include "complaintservice.h"
#include "database.h"
#include "departmentservice.h"
#include "migrations.h"
#include "resourcepaths.h"
#include "routingservice.h"
#include "serveraddress.h"
#include "settingsrepository.h"
#include "slaadministration.h"
#include "slaclocks.h"
#include "slareminders.h"
#include "slasettings.h"
#include "taxonomyservice.h"
#include "transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

namespace cd::models {

namespace {

// A store made before files were created for their owner only (or copied with a broad
// mode) is narrowed to its owner, with its -wal and -shm (SQLite gives those the store's
// mode). chmod only: the files are never opened beside SQLite.
void keepToOwner(const QString &databasePath)
{
    constexpr QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
        | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
        | QFileDevice::ExeOther;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        const QString path = databasePath + suffix;
        const QFileInfo info(path);
        if (info.exists() && info.isFile() && (info.permissions() & others))
            QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
}

} // namespace

Workspace::~Workspace()
{
    // Services hold the connection's handle; they go before the database.
    m_taxonomyEditor.reset();
    m_classifier.reset();
    m_slaAdministration.reset();
    m_slaReminders.reset();
    m_slaClocks.reset();
    m_slaSettings.reset();
    m_departments.reset();
    m_routing.reset();
    m_queries.reset();
    m_complaints.reset();
    m_auth.reset();
    m_database.reset();
}

Workspace::Workspace() = default;

QString Workspace::storePath() const
{
    return m_database->path();
}

QSqlDatabase Workspace::connection() const
{
    return m_database->connection();
}

int Workspace::schemaVersion()
{
    return storage::Migrations::latestVersion();
}

bool Workspace::isServerAddress(const QString &databasePath)
{
    return storage::ServerAddress::isServer(databasePath);
}

Result<QString> Workspace::serverAddress(const ServerParts &parts)
{
    if (parts.host.trimmed().isEmpty())
        return Error::invalid(tr("Give the name or address of the call centre's server."));
    if (parts.database.trimmed().isEmpty())
        return Error::invalid(tr("Give the name of the database on the server."));
    if (parts.user.trimmed().isEmpty())
        return Error::invalid(tr("Give the database account to connect as."));
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(parts.host.trimmed());
    url.setPort(parts.port);
    url.setUserName(parts.user.trimmed());
    url.setPath(QLatin1Char('/') + parts.database.trimmed());
    if (!parts.sslMode.isEmpty())
        url.setQuery(QStringLiteral("sslmode=") + parts.sslMode);
    if (!url.isValid())
        return Error::invalid(tr("The server's address is not valid: %1").arg(url.errorString()));
    const QString address = url.toString(QUrl::FullyEncoded);
    auto parsed = storage::ServerAddress::parse(address);
    if (!parsed)
        return parsed.error();
    return address;
}

std::optional<Workspace::ServerParts> Workspace::serverParts(const QString &address)
{
    const QUrl url(address);
    if (!isServerAddress(address) || !url.isValid() || url.host().isEmpty())
        return std::nullopt;
    ServerParts parts;
    parts.host = url.host();
    parts.port = url.port(5432);
    parts.user = url.userName();
    parts.database = url.path().mid(1);
    parts.sslMode = QUrlQuery(url).queryItemValue(QStringLiteral("sslmode"));
    return parts;
}

void Workspace::useServerPassword(const QString &databasePath, const QString &password)
{
    storage::ServerAddress::rememberPassword(databasePath, password);
}

QString Workspace::defaultDatabasePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("complaintdesk.sqlite"));
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString &databasePath,
                                                   std::unique_ptr<Clock> clock,
                                                   PasswordHasher::Strength strength)
{
    return openStore(databasePath, Missing::Refuse, std::move(clock), strength);
}

Result<std::unique_ptr<Workspace>> Workspace::create(const QString &databasePath,
                                                     std::unique_ptr<Clock> clock,
                                                     PasswordHasher::Strength strength)
{
    return openStore(databasePath, Missing::Create, std::move(clock), strength);
}

Result<std::unique_ptr<Workspace>> Workspace::openStore(const QString &databasePath,
                                                        Missing missing,
                                                        std::unique_ptr<Clock> clock,
                                                        PasswordHasher::Strength strength)
{
    std::unique_ptr<Workspace> workspace(new Workspace);
    workspace->m_clock = clock ? std::move(clock) : std::make_unique<SystemClock>();

    auto database =
        storage::Database::open(databasePath, storage::Database::Upgrade::ToLatest,
                                missing == Missing::Create ? storage::Database::Missing::Create
                                                           : storage::Database::Missing::Refuse);
    if (!database)
        return database.error();
    workspace->m_database = std::move(database).value();
    keepToOwner(databasePath);

    auto taxonomy = Taxonomy::load(workspace->m_database->connection());
    if (!taxonomy)
        return taxonomy.error();
    workspace->m_taxonomy = std::move(taxonomy).value();

    workspace->m_auth = std::make_unique<AuthService>(*workspace, PasswordHasher(strength));
    workspace->m_complaints = std::make_unique<ComplaintService>(*workspace);
    workspace->m_queries = std::make_unique<ComplaintQueries>(*workspace);
    workspace->m_routing = std::make_unique<RoutingService>(*workspace);
    workspace->m_departments = std::make_unique<DepartmentService>(*workspace);
    workspace->m_slaSettings = std::make_unique<SlaSettings>(*workspace);
    workspace->m_slaClocks = std::make_unique<SlaClocks>(*workspace);
    workspace->m_slaReminders = std::make_unique<SlaReminders>(*workspace);
    workspace->m_slaAdministration = std::make_unique<SlaAdministration>(*workspace);
    if (auto loaded = workspace->m_slaSettings->reload(); !loaded)
        return loaded.error();
    workspace->m_classifier = std::make_unique<ClassifierService>(*workspace);
    workspace->m_taxonomyEditor = std::make_unique<TaxonomyService>(*workspace);
    return workspace;
}

Result<void> Workspace::reloadTaxonomy()
{
    auto taxonomy = Taxonomy::load(m_database->connection());
    if (!taxonomy)
        return taxonomy.error();
    m_taxonomy = std::move(taxonomy).value();
    return {};
}

rules::Actor Workspace::rulesActor() const
{
    return {m_actor.id, rules::roleFromCode(m_actor.role).value_or(rules::Role::Agent),
            m_actor.departmentId};
}

int Workspace::idleLockMinutes() const
{
    auto value = storage::SettingsRepository(m_database->connection())
                     .value(QStringLiteral("idle_lock_minutes"), QStringLiteral("10"));
    return value ? std::clamp(value->toInt(), 0, 480) : 10;
}

Result<void> Workspace::setIdleLockMinutes(int minutes)
{
    if (!rules::canManageUsers(rulesActor()))
        return Error::permission(tr("Only an administrator may change the idle lock."));
    if (minutes < 0 || minutes > 480)
        return Error::invalid(tr("The idle lock is between 0 (never) and 480 minutes."));
    return storage::inTransaction(*m_database, [&]() -> Result<void> {
        const int before = idleLockMinutes();
        if (auto set = storage::SettingsRepository(m_database->connection())
                           .setValue(QStringLiteral("idle_lock_minutes"), QString::number(minutes));
            !set)
            return set;
        if (auto appended = auditlog::append(
                *this,
                auditlog::settingChanged(QStringLiteral("idle_lock_minutes"), before, minutes));
            !appended)
            return appended.error();
        return {};
    });
}

} // namespace cd::models
