#include "auditkey.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSaveFile>
#include <QStandardPaths>

#include <sodium.h>

namespace cd::storage {

namespace {

const QByteArray fingerprintLabel = QByteArrayLiteral("ComplaintDesk audit key fingerprint");

void initialiseSodium()
{
    [[maybe_unused]] static const int initialised = sodium_init();
}

struct Keyring
{
    QMutex mutex;
    QHash<QString, AuditKey> keys; // by store id
};

Keyring &keyring()
{
    static Keyring instance;
    return instance;
}

} // namespace

AuditKey AuditKey::generate()
{
    initialiseSodium();
    AuditKey key;
    key.m_bytes.resize(size);
    randombytes_buf(key.m_bytes.data(), std::size_t(size));
    return key;
}

QString AuditKey::fingerprint() const
{
    unsigned char out[16];
    crypto_generichash(
        out, sizeof out, reinterpret_cast<const unsigned char *>(fingerprintLabel.constData()),
        std::size_t(fingerprintLabel.size()),
        reinterpret_cast<const unsigned char *>(m_bytes.constData()), std::size_t(m_bytes.size()));
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(out), sizeof out).toHex());
}

QByteArray AuditKey::seal(QByteArrayView content) const
{
    unsigned char out[32];
    crypto_generichash(out, sizeof out, reinterpret_cast<const unsigned char *>(content.data()),
                       std::size_t(content.size()),
                       reinterpret_cast<const unsigned char *>(m_bytes.constData()),
                       std::size_t(m_bytes.size()));
    return QByteArray(reinterpret_cast<const char *>(out), sizeof out).toHex();
}

Result<AuditKey> AuditKey::read(const QString &path, File *file)
{
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly)) {
        return Error::storage(
            tr("The audit key file \"%1\" cannot be read: %2").arg(path, in.errorString()));
    }
    const QByteArray content = in.read(4096);
    File parsed;
    for (const QByteArray &raw : content.split('\n')) {
        const QByteArray line = raw.trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon < 0)
            continue;
        const QByteArray name = line.left(colon).trimmed();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "store")
            parsed.storeId = QString::fromUtf8(value);
        else if (name == "path")
            parsed.storePath = QString::fromUtf8(value);
        else if (name == "key")
            parsed.key = QByteArray::fromHex(value);
    }
    if (parsed.key.size() != size || parsed.storeId.isEmpty()) {
        return Error::storage(tr("\"%1\" is not a ComplaintDesk audit key file.").arg(path));
    }
    AuditKey key;
    key.m_bytes = parsed.key;
    if (file)
        *file = parsed;
    return key;
}

Result<void> AuditKey::write(const QString &path, const QString &storeId,
                             const QString &storePath) const
{
    if (QFileInfo::exists(path)) {
        return Error::storage(tr("There is a file at \"%1\" already; an audit key is never "
                                 "written over another file.")
                                  .arg(path));
    }
    const QString folderPath = QFileInfo(path).absolutePath();
    if (!QFileInfo::exists(folderPath)) {
        if (!QDir().mkpath(folderPath)) {
            return Error::storage(
                tr("The folder \"%1\" for the audit key cannot be created.").arg(folderPath));
        }
        QFile::setPermissions(
            folderPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    QSaveFile out(path);
    const QByteArray text = "# ComplaintDesk audit key. Keep it secret: whoever holds it can "
                            "rewrite this store's audit trail unseen.\n"
                            "store: "
        + storeId.toUtf8()
        + "\n"
          "path: "
        + storePath.toUtf8()
        + "\n"
          "fingerprint: "
        + fingerprint().toLatin1()
        + "\n"
          "key: "
        + m_bytes.toHex() + "\n";
    const bool written = out.open(QIODevice::WriteOnly)
        && out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        && out.write(text) == text.size() && out.commit();
    if (!written) {
        return Error::storage(
            tr("The audit key could not be written to \"%1\": %2").arg(path, out.errorString()));
    }
    return {};
}

QString AuditKey::folder()
{
    const QString configured = qEnvironmentVariable("COMPLAINTDESK_AUDIT_KEY_DIR");
    if (!configured.isEmpty())
        return QDir(configured).absolutePath();
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
        .filePath(QStringLiteral("audit"));
}

QString AuditKey::keyPath(const QString &storeId)
{
    return QDir(folder()).filePath(storeId + QStringLiteral(".key"));
}

QString AuditKey::anchorPath(const QString &storeId)
{
    return QDir(folder()).filePath(storeId + QStringLiteral(".anchors"));
}

QString AuditKey::anchoredKeyOf(const QString &storePath)
{
    const QDir dir(folder());
    for (const QString &name : dir.entryList({QStringLiteral("*.key")}, QDir::Files)) {
        File file;
        if (!read(dir.filePath(name), &file) || file.storePath != storePath)
            continue;
        if (QFileInfo(anchorPath(file.storeId)).size() > 0)
            return dir.filePath(name);
    }
    return {};
}

Result<void> AuditKey::setAside(const QString &storePath, const QString &suffix)
{
    const QDir dir(folder());
    for (const QString &name : dir.entryList({QStringLiteral("*.key")}, QDir::Files)) {
        File file;
        if (!read(dir.filePath(name), &file) || file.storePath != storePath)
            continue;
        for (const QString &path : {dir.filePath(name), anchorPath(file.storeId)}) {
            if (QFileInfo::exists(path) && !QFile::rename(path, path + suffix)) {
                return Error::storage(
                    tr("\"%1\" could not be renamed to \"%2\".").arg(path, path + suffix));
            }
        }
    }
    return {};
}

Result<AuditKey> AuditKey::ofStore(const QString &storeId, const QString &fingerprint)
{
    Keyring &ring = keyring();
    {
        QMutexLocker lock(&ring.mutex);
        const auto found = ring.keys.constFind(storeId);
        if (found != ring.keys.constEnd() && found->fingerprint() == fingerprint)
            return *found;
    }
    const QString path = keyPath(storeId);
    if (!QFileInfo::exists(path)) {
        return Error::storage(tr("The audit key of this store is not on this computer: it is "
                                 "expected at \"%1\" (fingerprint %2). Nothing can be recorded "
                                 "without it. Put the key file the administrator exported there "
                                 "(complaintdesk-cli audit-key import FILE), or work on the "
                                 "computer that holds it.")
                                  .arg(path, fingerprint));
    }
    auto key = read(path);
    if (!key)
        return key.error();
    if (key->fingerprint() != fingerprint) {
        return Error::storage(tr("The audit key \"%1\" does not belong to this store: its "
                                 "fingerprint is %2, the store's is %3. The store or the key "
                                 "file was replaced.")
                                  .arg(path, key->fingerprint(), fingerprint));
    }
    remember(storeId, *key);
    return key;
}

void AuditKey::remember(const QString &storeId, const AuditKey &key)
{
    Keyring &ring = keyring();
    QMutexLocker lock(&ring.mutex);
    ring.keys.insert(storeId, key);
}

} // namespace cd::storage
