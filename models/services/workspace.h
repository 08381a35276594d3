#pragma once

#include "clock.h"
#include "passwordhasher.h"
#include "permissions.h"
#include "records.h"
#include "result.h"
#include "taxonomy.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <memory>

namespace cd::storage {
class Database;
}

namespace cd::models {

class AuthService;
class ComplaintService;
class ComplaintQueries;
class RoutingService;
class DepartmentService;
class SlaAdministration;
class SlaClocks;
class SlaReminders;
class SlaSettings;
class ClassifierService;
class TaxonomyService;

// Everything one desk works with: the open store, the taxonomy, calendars and deadlines,
// the signed-in user and the services. The GUI and the CLI each build one; it lives on
// the thread that built it. Until someone signs in (auth().signIn) the actor has id 0 and
// the services refuse all work.
class Workspace
{
    Q_DECLARE_TR_FUNCTIONS(Workspace)
public:
    ~Workspace();

    // Opens the store at `databasePath`; a missing or empty file gives Error::NoStore and
    // nothing is created. `clock` may be null (the system clock); tests pass
    // PasswordHasher::Strength::Fast.
    static Result<std::unique_ptr<Workspace>>
    open(const QString &databasePath, std::unique_ptr<Clock> clock = nullptr,
         PasswordHasher::Strength strength = PasswordHasher::Strength::Interactive);
    // As open(), but creates the store (and its folder) when the file does not exist. Only
    // `init`, the window's first-start dialog and test fixtures create stores.
    static Result<std::unique_ptr<Workspace>>
    create(const QString &databasePath, std::unique_ptr<Clock> clock = nullptr,
           PasswordHasher::Strength strength = PasswordHasher::Strength::Interactive);

    // The default store location: <AppDataLocation>/complaintdesk.sqlite.
    static QString defaultDatabasePath();
    // Whether `databasePath` names a PostgreSQL server (a call centre's store: a
    // postgresql:// URI or libpq's keywords) rather than a file.
    static bool isServerAddress(const QString &databasePath);
    // A server's address from its parts, as the window's Connect dialog asks for them (no
    // password: it is asked for when connecting), checked as --database checks one: a
    // postgresql:// URI, or an Error::Usage naming what is wrong.
    struct ServerParts
    {
        QString host;
        int port = 5432;
        QString database;
        QString user;
        QString sslMode; // libpq's sslmode: disable, prefer, require, verify-ca, verify-full
    };
    static Result<QString> serverAddress(const ServerParts &parts);
    // The parts of a postgresql:// URI (libpq's defaults where it gives none); none for a
    // file or libpq's keyword form.
    static std::optional<ServerParts> serverParts(const QString &address);
    // A password the user typed for the server `databasePath` when open() or create() gave
    // Error::Credentials: this program's connections to it use it from now on (kept in
    // memory only).
    static void useServerPassword(const QString &databasePath, const QString &password);

    // The store, for the services (storage is not visible above them).
    storage::Database &database() { return *m_database; }
    // The store's file, and the workspace's connection to it (this thread's).
    QString storePath() const;
    QSqlDatabase connection() const;
    // The schema version this program upgrades every store to.
    static int schemaVersion();
    const Taxonomy &taxonomy() const { return m_taxonomy; }
    const Clock &clock() const { return *m_clock; }
    const storage::UserRecord &actor() const { return m_actor; }
    rules::Actor rulesActor() const;
    bool isSignedIn() const { return m_actor.id != 0; }

    AuthService &auth() { return *m_auth; }
    ComplaintService &complaints() { return *m_complaints; }
    ComplaintQueries &queries() { return *m_queries; }
    RoutingService &routing() { return *m_routing; }
    DepartmentService &departments() { return *m_departments; }
    // Deadlines: calendars and policies, the clocks of complaints, what people are told
    // about them, and their administration.
    SlaSettings &slaSettings() { return *m_slaSettings; }
    const SlaSettings &slaSettings() const { return *m_slaSettings; }
    SlaClocks &slaClocks() { return *m_slaClocks; }
    const SlaClocks &slaClocks() const { return *m_slaClocks; }
    SlaReminders &slaReminders() { return *m_slaReminders; }
    const SlaReminders &slaReminders() const { return *m_slaReminders; }
    SlaAdministration &slaAdministration() { return *m_slaAdministration; }
    ClassifierService &classifier() { return *m_classifier; }
    TaxonomyService &taxonomyEditor() { return *m_taxonomyEditor; }

    // Acts as `user` from now on. Only AuthService (after a sign-in) and the demo generator
    // (playing agents an administrator registered) call this.
    void actAs(const storage::UserRecord &user) { m_actor = user; }

    // Re-reads departments and categories after an administrator changed them.
    Result<void> reloadTaxonomy();

    // Minutes without input after which the GUI locks; 0: never. Administrators set it.
    int idleLockMinutes() const;
    Result<void> setIdleLockMinutes(int minutes);

private:
    enum class Missing { Refuse, Create };
    Workspace();
    static Result<std::unique_ptr<Workspace>> openStore(const QString &databasePath,
                                                        Missing missing,
                                                        std::unique_ptr<Clock> clock,
                                                        PasswordHasher::Strength strength);

    std::unique_ptr<storage::Database> m_database;
    std::unique_ptr<Clock> m_clock;
    Taxonomy m_taxonomy;
    storage::UserRecord m_actor;
    std::unique_ptr<AuthService> m_auth;
    std::unique_ptr<ComplaintService> m_complaints;
    std::unique_ptr<ComplaintQueries> m_queries;
    std::unique_ptr<RoutingService> m_routing;
    std::unique_ptr<DepartmentService> m_departments;
    std::unique_ptr<SlaSettings> m_slaSettings;
    std::unique_ptr<SlaClocks> m_slaClocks;
    std::unique_ptr<SlaReminders> m_slaReminders;
    std::unique_ptr<SlaAdministration> m_slaAdministration;
    std::unique_ptr<ClassifierService> m_classifier;
    std::unique_ptr<TaxonomyService> m_taxonomyEditor;
};

} // namespace cd::models
