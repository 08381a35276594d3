#pragma once

#include "businesscalendar.h"
#include "clock.h"
#include "database.h"
#include "records.h"
#include "result.h"
#include "taxonomy.h"

#include <QCoreApplication>

#include <memory>

namespace cd::models {

class ComplaintService;
class ComplaintQueries;

// Everything one desk works with: the open store, the taxonomy, the business calendar,
// the acting user and the services. The GUI and the CLI each build one; it lives on the
// thread that built it.
class Workspace
{
    Q_DECLARE_TR_FUNCTIONS(Workspace)
public:
    ~Workspace();

    // Opens the store at `databasePath` and acts as `username`, who is registered as an
    // agent of the customer-service department on first use. `clock` may be null (the
    // system clock).
    static Result<std::unique_ptr<Workspace>> open(const QString &databasePath,
                                                   const QString &username,
                                                   std::unique_ptr<Clock> clock = nullptr);

    // The default store location: <AppDataLocation>/complaintdesk.sqlite.
    static QString defaultDatabasePath();
    // The login name of the person at this workstation.
    static QString workstationUsername();

    storage::Database &database() { return *m_database; }
    const Taxonomy &taxonomy() const { return m_taxonomy; }
    const rules::BusinessCalendar &calendar() const { return *m_calendar; }
    const Clock &clock() const { return *m_clock; }
    const storage::UserRecord &actor() const { return m_actor; }

    ComplaintService &complaints() { return *m_complaints; }
    ComplaintQueries &queries() { return *m_queries; }

    // Acts as another user from now on, registering them on first use (the demo generator
    // plays several agents). Returns the user acted as.
    Result<storage::UserRecord> actAs(const QString &username, const QString &displayName,
                                      const QString &role, const QString &departmentCode);
    // Acts again as a user that actAs() returned earlier.
    void actAs(const storage::UserRecord &user) { m_actor = user; }

private:
    Workspace() = default;
    Result<storage::UserRecord> ensureUser(const QString &username, const QString &displayName,
                                           const QString &role, const QString &departmentCode);

    std::unique_ptr<storage::Database> m_database;
    std::unique_ptr<Clock> m_clock;
    std::unique_ptr<rules::BusinessCalendar> m_calendar;
    Taxonomy m_taxonomy;
    storage::UserRecord m_actor;
    std::unique_ptr<ComplaintService> m_complaints;
    std::unique_ptr<ComplaintQueries> m_queries;
};

} // namespace cd::models
