#include "personaldataeraser.h"

#include "auditlog.h"
#include "complaintrepository.h"
#include "customerrepository.h"
#include "database.h"
#include "eventrepository.h"
#include "personaldatarepository.h"
#include "redaction.h"
#include "workspace.h"

#include <QCoreApplication>

namespace cd::models {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PersonalDataEraser)
};

} // namespace

Result<int> eraseCustomer(Workspace &workspace, qint64 customerId)
{
    const QSqlDatabase db = workspace.database().connection();
    storage::CustomerRepository customers(db);
    storage::PersonalDataRepository texts(db);
    auto customer = customers.findById(customerId);
    if (!customer)
        return customer.error();
    if (!*customer)
        return Error::notFound(Tr::tr("There is no customer %1 to anonymise.").arg(customerId));
    const QString name = (*customer)->name;
    int erased = 0;
    auto erase = [&](const QString &text) {
        int found = 0;
        const QString left = rules::erasePersonalData(text, name, &found);
        erased += found;
        return left;
    };
    // Erases from each of `found` and writes back, through `write`, the texts it changed.
    auto eraseEach = [&](const Result<QList<storage::PersonalDataRepository::Text>> &found,
                         const auto &write) -> Result<void> {
        if (!found)
            return found.error();
        for (const auto &text : std::as_const(*found)) {
            if (const QString left = erase(text.text); left != text.text) {
                if (auto written = write(text.id, left); !written)
                    return written.error();
            }
        }
        return {};
    };

    if (auto calls =
            eraseEach(texts.callNotesOf(customerId),
                      [&](qint64 id, const QString &left) { return texts.setCallNotes(id, left); });
        !calls)
        return calls.error();

    auto complaints = texts.complaintsOf(customerId);
    if (!complaints)
        return complaints.error();
    storage::ComplaintRepository complaintRows(db);
    storage::EventRepository events(db);
    for (const auto &before : std::as_const(*complaints)) {
        const int erasedBefore = erased;
        storage::PersonalDataRepository::ComplaintTexts after = before;
        for (QString *text : {&after.description, &after.transactionRef, &after.escalationReason,
                              &after.callbackNote, &after.satisfactionComment})
            *text = erase(*text);
        if (auto written = texts.setComplaintTexts(after); !written)
            return written.error();
        // Search finds it by what is left: no name, no number.
        if (auto indexed = complaintRows.setSearchTokens(
                after.id,
                storage::searchTokensOf(after.reference, QString(), QString(), after.description,
                                        after.transactionRef));
            !indexed)
            return indexed.error();

        if (auto pauses = eraseEach(
                texts.pauseReasonsOf(after.id),
                [&](qint64 id, const QString &left) { return texts.setPauseReason(id, left); });
            !pauses)
            return pauses.error();

        auto notes = texts.eventNotesOf(after.id);
        if (!notes)
            return notes.error();
        QHash<qint64, QString> changed;
        for (const auto &note : std::as_const(*notes)) {
            if (const QString left = erase(note.text); left != note.text)
                changed.insert(note.id, left);
        }
        auto seals = events.eraseNotes(changed);
        if (!seals)
            return seals.error();
        if (erased > erasedBefore || !changed.isEmpty()) {
            auditlog::Entry entry = auditlog::complaintEvent(
                QString::fromLatin1(storage::EventRepository::erasureEventType), after.id);
            entry.details = {{QStringLiteral("erased"), erased - erasedBefore},
                             {QStringLiteral("events"), *seals}};
            if (auto appended = auditlog::append(workspace, entry); !appended)
                return appended.error();
        }
    }
    if (auto done = customers.anonymise(customerId); !done)
        return done.error();
    return erased;
}

} // namespace cd::models
