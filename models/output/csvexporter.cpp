#include "csvexporter.h"

#include "auditlog.h"
#include "complaintqueries.h"
#include "complaintrepository.h"
#include "customerrepository.h"
#include "formatting.h"
#include "money.h"
#include "outputfile.h"
#include "permissions.h"
#include "transaction.h"
#include "userrepository.h"
#include "workspace.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>

namespace cd::models {

namespace {
constexpr int pageSize = 1000;
}

QStringList CsvExporter::header()
{
    return {QStringLiteral("reference"),
            QStringLiteral("received_at"),
            QStringLiteral("phone"),
            QStringLiteral("customer_name"),
            QStringLiteral("channel"),
            QStringLiteral("category"),
            QStringLiteral("subcategory"),
            QStringLiteral("severity"),
            QStringLiteral("department"),
            QStringLiteral("assignee"),
            QStringLiteral("status"),
            QStringLiteral("demand"),
            QStringLiteral("amount"),
            QStringLiteral("transaction_ref"),
            QStringLiteral("solved_on_call"),
            QStringLiteral("first_response_due_at"),
            QStringLiteral("resolution_due_at"),
            QStringLiteral("closed_at"),
            QStringLiteral("description")};
}

QString CsvExporter::field(const QString &value, bool freeText)
{
    QString v = value;
    if (freeText && !v.isEmpty()
        && (v.front() == u'=' || v.front() == u'+' || v.front() == u'-' || v.front() == u'@'))
        v.prepend(u'\'');
    if (v.contains(u',') || v.contains(u'"') || v.contains(u'\n') || v.contains(u'\r')) {
        v.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        return u'"' + v + u'"';
    }
    return v;
}

Result<qint64> CsvExporter::exportAll(const QString &path,
                                      const std::function<bool(qint64)> &progress, bool unmasked)
{
    const rules::Actor actor = m_workspace.rulesActor();
    if (actor.id == 0)
        return Error::permission(tr("Sign in first."));
    if (unmasked && !rules::canExportUnmasked(actor)) {
        return auditlog::refuse(m_workspace, QStringLiteral("export_unmasked"),
                                tr("Only an administrator may export full phone numbers."));
    }
    OutputFile file(path);
    if (auto opened = file.open(); !opened)
        return opened.error();
    const QSqlDatabase db = m_workspace.database().connection();
    const storage::ComplaintRepository complaints(db);
    const storage::UserRepository users(db);
    const storage::CustomerRepository customers(db);
    const Taxonomy &taxonomy = m_workspace.taxonomy();
    QHash<qint64, QString> userNames;

    if (auto started = file.write("\xEF\xBB\xBF" + header().join(u',').toUtf8() + "\r\n"); !started)
        return started.error();
    qint64 written = 0;
    qint64 afterId = 0;
    for (;;) {
        auto page = complaints.pageById(afterId, pageSize);
        if (!page)
            return page.error(); // `file` removes what it wrote
        if (page->isEmpty())
            break;
        QByteArray chunk;
        for (const auto &c : *page) {
            if (!rules::canSee(actor, {c.departmentId, c.assigneeId, c.createdBy}))
                continue;
            QString assignee;
            if (c.assigneeId) {
                if (!userNames.contains(*c.assigneeId)) {
                    auto user = users.findById(*c.assigneeId);
                    userNames.insert(*c.assigneeId,
                                     user && *user ? (*user)->displayName : QString());
                }
                assignee = userNames.value(*c.assigneeId);
            }
            auto customer = customers.findById(c.customerId);
            const storage::CustomerRecord person =
                customer && *customer ? **customer : storage::CustomerRecord {};
            const QStringList fields {
                c.reference,
                Formatting::isoDateTime(c.receivedAt),
                field(unmasked ? person.phone : ComplaintQueries::maskedPhone(person.phone)),
                field(person.name, true),
                c.channel,
                taxonomy.categoryCode(c.categoryId),
                taxonomy.subcategoryCode(c.subcategoryId),
                c.severity,
                taxonomy.departmentCode(c.departmentId),
                field(assignee, true),
                c.status,
                c.demand,
                c.amountFen ? rules::Money::formatYuan(*c.amountFen) : QString(),
                field(c.transactionRef, true),
                c.solvedOnCall ? QStringLiteral("1") : QStringLiteral("0"),
                Formatting::isoDateTime(c.firstResponseDueAt),
                Formatting::isoDateTime(c.resolutionDueAt),
                c.closedAt ? Formatting::isoDateTime(*c.closedAt) : QString(),
                field(c.description, true)};
            chunk += fields.join(u',').toUtf8() + "\r\n";
            ++written;
        }
        if (auto wrote = file.write(chunk); !wrote)
            return wrote.error();
        afterId = page->constLast().id;
        if (progress && !progress(written)) {
            file.cancel();
            return Error::conflict(tr("The export was cancelled; no file was written."));
        }
    }
    // The export is recorded if and only if its file is there: the event is written, the
    // file put in place, then the event committed (or a regular file removed again).
    bool put = false; // the file is in place
    auto recorded = storage::inTransaction(m_workspace.database(), [&]() -> Result<void> {
        if (auto appended = auditlog::append(m_workspace,
                                             {QStringLiteral("exported"),
                                              std::nullopt,
                                              {{QStringLiteral("rows"), double(written)},
                                               {QStringLiteral("unmasked"), unmasked},
                                               {QStringLiteral("path"), path}},
                                              {},
                                              {},
                                              {},
                                              std::nullopt});
            !appended)
            return appended.error();
        if (auto placed = file.commit(); !placed)
            return placed;
        put = true;
        return {};
    });
    if (!recorded) {
        if (!put)
            file.cancel();
        else if (QFileInfo(path).isFile())
            QFile::remove(path);
        return recorded.error();
    }
    return written;
}

} // namespace cd::models
