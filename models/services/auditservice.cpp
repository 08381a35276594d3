#include "auditservice.h"

#include "auditanchors.h"
#include "auditkey.h"
#include "auditlog.h"
#include "auditreplay.h"
#include "database.h"
#include "eventrepository.h"
#include "permissions.h"
#include "transaction.h"
#include "workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace cd::models {

namespace {

QString fieldLabel(const QString &field)
{
    if (field == QLatin1String("status"))
        return AuditService::tr("status");
    if (field == QLatin1String("department"))
        return AuditService::tr("department");
    if (field == QLatin1String("assignee"))
        return AuditService::tr("assignee");
    if (field == QLatin1String("category"))
        return AuditService::tr("category");
    if (field == QLatin1String("subcategory"))
        return AuditService::tr("sub-category");
    if (field == QLatin1String("severity"))
        return AuditService::tr("severity");
    if (field == QLatin1String("first_response_due_at"))
        return AuditService::tr("first-response due time");
    return AuditService::tr("resolution due time");
}

QString valueText(const QString &field, const QString &value)
{
    if (!value.isEmpty())
        return value;
    return field == QLatin1String("assignee") ? AuditService::tr("nobody")
                                              : AuditService::tr("none");
}

// A read of the store that failed. A damaged store (Error::Damaged, which says what to do)
// is not evidence of tampering, and is not reported as such.
Error unreadable(const Error &error)
{
    if (error.kind == Error::Kind::Damaged)
        return error;
    return Error::storage(AuditService::tr("The audit trail could not be read to its end, so it "
                                           "was not verified: %1")
                              .arg(error.message));
}

// True when the anchor names an event recorded, with the anchored seal, after the chain was
// read: another program saved meanwhile, and nothing was removed. A note says so.
bool committedSinceChecked(const storage::EventRepository &events,
                           const storage::AuditAnchor &anchor, AuditService::Report &report)
{
    auto stored = events.sealOf(anchor.eventId);
    if (!stored || !*stored || **stored != anchor.seal)
        return false;
    report.notes << AuditService::tr("Events up to %1 were recorded while the trail was being "
                                     "checked; those after event %2 were not checked.")
                        .arg(anchor.eventId)
                        .arg(report.lastEventId);
    return true;
}

class Findings
{
public:
    Findings(AuditService::Report &report, int max)
        : m_report(report)
        , m_max(max)
    {
    }
    void add(const QString &finding)
    {
        if (m_report.findings.size() < m_max)
            m_report.findings << finding;
        ++m_report.findingCount;
    }

private:
    AuditService::Report &m_report;
    int m_max;
};

} // namespace

Result<AuditService::Report> AuditService::verify(storage::Database &database,
                                                  const Options &options)
{
    return verify(database.connection(), options);
}

Result<AuditService::KeyLocation> AuditService::keyLocation(Workspace &workspace)
{
    auto chain = storage::EventRepository(workspace.connection()).chainRecord();
    if (!chain)
        return chain.error();
    return KeyLocation {storage::AuditKey::keyPath(chain->storeId), chain->fingerprint,
                        storage::AuditKey::anchorPath(chain->storeId)};
}

Result<AuditService::Report> AuditService::verify(const QSqlDatabase &db, const Options &options)
{
    storage::EventRepository events(db);
    Report report;
    Findings findings(report, std::max(1, options.maxFindings));

    auto record = events.chainRecord();
    if (!record)
        return unreadable(record.error());
    if (record->storeId.isEmpty())
        return Error::storage(tr("This store's audit trail is not sealed with a key."));

    // The key: the auditor's file, or this computer's.
    report.keyPath =
        options.keyFile.isEmpty() ? storage::AuditKey::keyPath(record->storeId) : options.keyFile;
    if (options.keyFile.isEmpty() && !QFileInfo::exists(report.keyPath)) {
        return Error::storage(tr("This computer has no audit key for the store: it would be at "
                                 "\"%1\" (store %2, fingerprint %3). Verify with the key "
                                 "exported by its administrator: verify-audit --key-file FILE.")
                                  .arg(report.keyPath, record->storeId, record->fingerprint));
    }
    storage::AuditKey::File keyFile;
    auto key = storage::AuditKey::read(report.keyPath, &keyFile);
    if (!key)
        return key.error();
    report.fingerprint = key->fingerprint();
    if (keyFile.storeId != record->storeId) {
        findings.add(tr("The key \"%1\" was made for the store %2, but this store calls itself "
                        "%3.")
                         .arg(report.keyPath, keyFile.storeId, record->storeId));
    }
    if (report.fingerprint != record->fingerprint) {
        findings.add(tr("The store says its key has the fingerprint %1, but the key \"%2\" has "
                        "%3: the store's record of its key was changed, or this is not its key.")
                         .arg(record->fingerprint, report.keyPath, report.fingerprint));
    }

    // The chain, sealed with the key.
    auto chain = events.verifyChain(*key);
    if (!chain)
        return unreadable(chain.error());
    report.events = chain->checked;
    report.lastEventId = chain->lastId;
    if (chain->brokenAt != 0)
        findings.add(tr("The chain of events is broken: %1.").arg(chain->reason));
    if (chain->sealedAt != 0) {
        const QJsonObject sealed = QJsonDocument::fromJson(chain->sealedDetails).object();
        if (sealed.value(QLatin1String("legacy_chain")).toString() == QLatin1String("broken")) {
            findings.add(tr("The trail had been altered already before it was sealed with the key "
                            "(event %1 records it): %2.")
                             .arg(chain->sealedAt)
                             .arg(sealed.value(QLatin1String("legacy_reason")).toString()));
        }
    }

    // Its end, against the last anchor.
    report.anchorPath = options.anchorFile;
    if (report.anchorPath.isEmpty()) {
        const QString beside =
            QFileInfo(report.keyPath).dir().filePath(record->storeId + QStringLiteral(".anchors"));
        if (options.keyFile.isEmpty() || QFileInfo::exists(beside))
            report.anchorPath = beside;
    }
    if (report.anchorPath.isEmpty()) {
        report.notes << tr("No anchor file was given (--anchor-file), so the end of the trail "
                           "was not compared with one.");
    } else {
        auto anchor = storage::AuditAnchors::last(report.anchorPath);
        if (!anchor)
            return anchor.error();
        report.anchor = *anchor;
        if (!*anchor) {
            findings.add(tr("There is no anchor of this store in \"%1\", so the end of its trail "
                            "cannot be checked.")
                             .arg(report.anchorPath));
        } else if ((*anchor)->eventId > chain->lastId
                   && !committedSinceChecked(events, **anchor, report)) {
            findings.add(tr("The store's audit trail ends at event %1, but the anchor of %2 "
                            "(\"%3\") records event %4: events were removed from its end.")
                             .arg(chain->lastId)
                             .arg((*anchor)->at, report.anchorPath)
                             .arg((*anchor)->eventId));
        } else if ((*anchor)->eventId > 0) {
            auto stored = events.sealOf((*anchor)->eventId);
            if (!stored)
                return unreadable(stored.error());
            if (!*stored || **stored != (*anchor)->seal) {
                findings.add(tr("Event %1 is not the event anchored at %2 (\"%3\"): the trail was "
                                "rewritten from there on.")
                                 .arg((*anchor)->eventId)
                                 .arg((*anchor)->at, report.anchorPath));
            }
        }
    }

    // Each complaint's events, replayed, against its row.
    auto usernames = events.usernames();
    if (!usernames)
        return unreadable(usernames.error());
    auto walked =
        events.walkComplaints([&](qint64 id, const storage::EventRepository::StoredComplaint *row,
                                  const QList<storage::EventRepository::ReplayEvent> &list) {
            if (!row) {
                findings.add(tr("Events name complaint #%1, which is not in the store: it was "
                                "deleted.")
                                 .arg(id));
                return;
            }
            ++report.complaints;
            if (list.isEmpty()) {
                findings.add(tr("Complaint %1 has no events: it was not recorded by ComplaintDesk.")
                                 .arg(row->reference));
                return;
            }
            rules::ComplaintReplay replay(*usernames);
            for (const auto &e : list)
                replay.apply(e.id, e.type, e.fromStatus, e.toStatus, e.details);
            for (const rules::Discrepancy &d : replay.inconsistencies()) {
                findings.add(
                    tr("Complaint %1: event %2 found the %3 at %4, but the events before it "
                       "had left it at %5.")
                        .arg(row->reference)
                        .arg(d.eventId)
                        .arg(fieldLabel(d.field), valueText(d.field, d.found),
                             valueText(d.field, d.expected)));
            }
            for (const rules::Discrepancy &d : replay.compare(row->facts)) {
                findings.add(
                    tr("Complaint %1: the %2 is %3 in the store, but its events leave it at "
                       "%4.")
                        .arg(row->reference, fieldLabel(d.field), valueText(d.field, d.found),
                             valueText(d.field, d.expected)));
            }
        });
    if (!walked)
        return unreadable(walked.error());
    return report;
}

Result<void> AuditService::exportKey(Workspace &workspace, const QString &path)
{
    if (!rules::canManageUsers(workspace.rulesActor())) {
        return auditlog::refuse(workspace, QStringLiteral("export_audit_key"),
                                tr("Only an administrator may export the audit key."));
    }
    storage::Database &database = workspace.database();
    auto record = storage::EventRepository(database.connection()).chainRecord();
    if (!record)
        return record.error();
    auto key = storage::AuditKey::ofStore(record->storeId, record->fingerprint);
    if (!key)
        return key.error();
    const QString target = QFileInfo(path).absoluteFilePath();
    bool written = false; // the key file is there
    auto exported = storage::inTransaction(database, [&]() -> Result<void> {
        if (auto appended =
                auditlog::append(workspace,
                                 {QStringLiteral("audit_key_exported"),
                                  std::nullopt,
                                  {{QStringLiteral("file"), target},
                                   {QStringLiteral("key_fingerprint"), key->fingerprint()}},
                                  {},
                                  {},
                                  {},
                                  std::nullopt});
            !appended)
            return appended.error();
        if (auto stored = key->write(target, record->storeId, database.path()); !stored)
            return stored;
        written = true;
        return {};
    });
    if (!exported && written)
        QFile::remove(target); // not recorded, so not handed out
    return exported;
}

Result<QString> AuditService::importKey(storage::Database &database, const QString &path)
{
    storage::EventRepository events(database.connection());
    auto record = events.chainRecord();
    if (!record)
        return record.error();
    auto key = storage::AuditKey::read(path);
    if (!key)
        return key.error();
    if (key->fingerprint() != record->fingerprint) {
        return Error::invalid(tr("\"%1\" is not this store's audit key: its fingerprint is %2, the "
                                 "store's is %3.")
                                  .arg(path, key->fingerprint(), record->fingerprint));
    }
    const QString target = storage::AuditKey::keyPath(record->storeId);
    if (QFileInfo::exists(target)) {
        auto present = storage::AuditKey::read(target);
        if (present && present->fingerprint() == key->fingerprint())
            return target; // there already
        return Error::invalid(tr("There is another file at \"%1\" already; it was left as it "
                                 "is.")
                                  .arg(target));
    }
    if (auto written = key->write(target, record->storeId, database.path()); !written)
        return written.error();
    storage::AuditKey::remember(record->storeId, *key);
    const QString anchors = storage::AuditKey::anchorPath(record->storeId);
    if (!QFileInfo::exists(anchors)) {
        if (auto started =
                storage::AuditAnchors::restart(anchors, record->lastEventId, record->lastSeal);
            !started)
            return started.error();
    }
    return storage::inTransaction(database, [&]() -> Result<QString> {
        storage::EventRecord imported;
        imported.at = QDateTime::currentMSecsSinceEpoch();
        imported.type = QStringLiteral("audit_key_imported");
        imported.details = QString::fromUtf8(
            QJsonDocument(
                QJsonObject {{QStringLiteral("key_fingerprint"), key->fingerprint()},
                             {QStringLiteral("from"), QFileInfo(path).absoluteFilePath()}})
                .toJson(QJsonDocument::Compact));
        if (auto appended = events.append(imported); !appended)
            return appended.error();
        return target;
    });
}

} // namespace cd::models
