#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace cd::storage {

// The installation's audit key of one store (docs/security.md): 32 random bytes kept
// outside the store, with which every event is sealed (keyed BLAKE2b-256), so that someone
// who can write the store but does not hold the key can neither rewrite nor recompute the
// trail. The store records only the key's fingerprint, which does not reveal it.
class AuditKey
{
    Q_DECLARE_TR_FUNCTIONS(AuditKey)
public:
    static constexpr int size = 32;

    // A new random key (libsodium's randombytes).
    static AuditKey generate();

    bool isValid() const { return m_bytes.size() == size; }
    // 32 hex digits naming the key (a keyed hash of a fixed label): equal keys, equal
    // fingerprints; the key cannot be found from it.
    QString fingerprint() const;
    // The seal of `content`: 64 hex digits (keyed BLAKE2b-256).
    QByteArray seal(QByteArrayView content) const;

    // A key file holds the key of one store, with the store's id and the path the store had
    // when the key was made (text: "key: <64 hex digits>" and such lines).
    struct File
    {
        QString storeId;
        QString storePath;
        QByteArray key; // raw bytes
    };
    // Reads a key file; an Error::Storage saying what is wrong with it otherwise.
    static Result<AuditKey> read(const QString &path, File *file = nullptr);
    // Writes this key as the key file `path` for `storeId` (mode 0600; no partial file on
    // failure). Refuses to replace an existing file.
    Result<void> write(const QString &path, const QString &storeId, const QString &storePath) const;

    // The folder of the key and anchor files: $COMPLAINTDESK_AUDIT_KEY_DIR when set (tests,
    // several installations under one account), else "audit" in the application's
    // configuration folder (~/.config/ComplaintDesk/ComplaintDesk/audit).
    static QString folder();
    static QString keyPath(const QString &storeId); // <folder>/<store id>.key
    static QString anchorPath(const QString &storeId); // <folder>/<store id>.anchors

    // A key file in folder() made for a store at `storePath` whose anchor file holds
    // anchors (the key was used); empty when there is none.
    static QString anchoredKeyOf(const QString &storePath);

    // Renames the key files made for a store at `storePath`, and their anchor files, by
    // appending `suffix` (kept, no longer used): the store there is replaced by one that
    // is not sealed yet, which its upgrade seals with a key of its own.
    static Result<void> setAside(const QString &storePath, const QString &suffix);

    // The key of store `storeId` whose fingerprint the store records: read from keyPath()
    // once per process, then kept. Errors name the file expected and what to do.
    static Result<AuditKey> ofStore(const QString &storeId, const QString &fingerprint);
    // Makes `key` the one ofStore() gives for `storeId` in this process (a key just made).
    static void remember(const QString &storeId, const AuditKey &key);

private:
    QByteArray m_bytes;
};

} // namespace cd::storage
