#pragma once

#include "records.h"
#include "result.h"

#include <QList>
#include <QSqlDatabase>

namespace cd::storage {

// The free text that can hold a customer's personal data, read and rewritten for
// anonymisation: the texts of their complaints, the notes of their calls, the reasons of
// their complaints' pauses and the notes of their complaints' events
// (EventRepository::eraseNotes). Every call runs inside the caller's transaction.
class PersonalDataRepository
{
public:
    explicit PersonalDataRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    // One row's text column.
    struct Text
    {
        qint64 id = 0;
        QString text;
    };
    // The free-text columns of a complaint.
    struct ComplaintTexts
    {
        qint64 id = 0;
        QString reference;
        QString description;
        QString transactionRef;
        QString escalationReason;
        QString callbackNote;
        QString satisfactionComment;
    };

    Result<QList<ComplaintTexts>> complaintsOf(qint64 customerId) const;
    Result<void> setComplaintTexts(const ComplaintTexts &texts);
    Result<QList<Text>> callNotesOf(qint64 customerId) const;
    Result<void> setCallNotes(qint64 callId, const QString &notes);
    Result<QList<Text>> pauseReasonsOf(qint64 complaintId) const;
    Result<void> setPauseReason(qint64 pauseId, const QString &reason);
    Result<QList<Text>> eventNotesOf(qint64 complaintId) const;

    // Deleted and overwritten content is zeroed from now on (PRAGMA secure_delete) on this
    // connection, so that what is erased does not stay in free pages; returns the mode
    // before, for setSecureDelete() to restore. Outside a transaction.
    Result<bool> setSecureDelete(bool on);
    // Merges the full-text index into one segment, dropping what deleted rows left in it.
    Result<void> compactSearchIndex();
    // Copies the write-ahead log into the store and empties it, so that older versions of
    // changed pages are not left in it. Outside a transaction; a reader still holding the
    // log leaves it as it is (the pages are overwritten as the log is reused).
    // On a PostgreSQL server these three do nothing: its VACUUM reclaims the old row
    // versions and its write-ahead log is its own (docs/privacy.md).
    void truncateWriteAheadLog();

private:
    Result<QList<Text>> texts(const QString &sql, qint64 id) const;

    QSqlDatabase m_db;
};

} // namespace cd::storage
