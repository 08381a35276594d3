#include "auditanchors.h"

#include "auditkey.h"
#include "lockedhash.h"
#include "sqlquery.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <syslog.h>
#include <unistd.h>

namespace cd::storage {

namespace {

// Per connection name, the head its transaction appended last; none: read it from the store.
LockedHash<QString, std::optional<AuditAnchors::Head>> &appended()
{
    static LockedHash<QString, std::optional<AuditAnchors::Head>> instance;
    return instance;
}

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

// When each anchor file was last flushed to the disk by this process (ms since the epoch).
LockedHash<QString, qint64> &flushes()
{
    static LockedHash<QString, qint64> instance;
    return instance;
}

// Whether `path` is due to be flushed (at most once a second per file and process): a line
// handed to the kernel survives the program crashing or being killed; only a power cut can
// lose what is not flushed yet. An fdatasync per save cost 5-6 ms on the test machine.
bool flushDue(const QString &path)
{
    constexpr qint64 flushIntervalMs = 1000;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const auto flushedAt = flushes().lock();
    qint64 &last = (*flushedAt)[path];
    if (now - last < flushIntervalMs && now >= last)
        return false;
    last = now;
    return true;
}

// Appends `line` to `path` in one write (O_APPEND: lines of several programs do not mix)
// and flushes it to the disk when due (flushDue).
Result<void> appendLine(const QString &path, const QByteArray &line)
{
    const QString folder = QFileInfo(path).absolutePath();
    if (!QFileInfo::exists(folder)) {
        if (!QDir().mkpath(folder))
            return Error::storage(
                AuditAnchors::tr("The folder \"%1\" cannot be created.").arg(folder));
        QFile::setPermissions(
            folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) {
        return Error::storage(AuditAnchors::tr("The anchor file \"%1\" cannot be opened: %2")
                                  .arg(path, systemError()));
    }
    const ssize_t written = ::write(fd, line.constData(), std::size_t(line.size()));
    const bool ok = written == ssize_t(line.size()) && (!flushDue(path) || ::fdatasync(fd) == 0);
    const QString error = ok ? QString() : systemError();
    if (::close(fd) != 0 || !ok) {
        return Error::storage(AuditAnchors::tr("The anchor file \"%1\" could not be written: %2")
                                  .arg(path, ok ? systemError() : error));
    }
    return {};
}

QByteArray nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toLatin1();
}

bool isSeal(const QByteArray &text)
{
    if (text.size() != 64)
        return false;
    for (const char c : text) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    }
    return true;
}

} // namespace

Result<void> AuditAnchors::record(const QString &path, const QString &storeId, qint64 eventId,
                                  const QByteArray &seal)
{
    auto written =
        appendLine(path, QByteArray::number(eventId) + '\t' + seal + '\t' + nowUtc() + '\n');
    if (qEnvironmentVariable("COMPLAINTDESK_AUDIT_SYSLOG") != QLatin1String("off")) {
        // Short, and without anything personal: enough to compare with the anchor file.
        syslog(LOG_AUTHPRIV | LOG_INFO, "complaintdesk audit store %s event %lld seal %.16s",
               storeId.toLatin1().constData(), static_cast<long long>(eventId), seal.constData());
    }
    return written;
}

Result<void> AuditAnchors::restart(const QString &path, qint64 eventId, const QByteArray &seal)
{
    return appendLine(
        path, "restart\t" + QByteArray::number(eventId) + '\t' + seal + '\t' + nowUtc() + '\n');
}

Result<std::optional<AuditAnchors::Anchor>> AuditAnchors::last(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return std::optional<Anchor>();
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::storage(
            tr("The anchor file \"%1\" cannot be read: %2").arg(path, file.errorString()));
    }
    std::optional<Anchor> highest;
    qint64 lineNumber = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        ++lineNumber;
        if (line.isEmpty())
            continue;
        QList<QByteArray> fields = line.split('\t');
        const bool restarting = fields.first() == "restart";
        if (restarting)
            fields.removeFirst();
        bool numeric = false;
        const qint64 id = fields.size() == 3 ? fields.at(0).toLongLong(&numeric) : 0;
        if (!numeric || id < 0 || !isSeal(fields.at(1))) {
            return Error::storage(tr("Line %1 of the anchor file \"%2\" is not an anchor.")
                                      .arg(lineNumber)
                                      .arg(path));
        }
        if (restarting || !highest || id > highest->eventId)
            highest = Anchor {id, fields.at(1), QString::fromLatin1(fields.at(2))};
    }
    if (file.error() != QFileDevice::NoError) {
        return Error::storage(
            tr("The anchor file \"%1\" cannot be read: %2").arg(path, file.errorString()));
    }
    return highest;
}

void AuditAnchors::noteAppended(const QSqlDatabase &db, const Head &head)
{
    appended().lock()->insert(db.connectionName(), head);
}

void AuditAnchors::noteRolledBack(const QSqlDatabase &db)
{
    const auto heads = appended().lock();
    const auto found = heads->find(db.connectionName());
    if (found != heads->end())
        found->reset();
}

void AuditAnchors::drop(const QSqlDatabase &db)
{
    appended().lock()->remove(db.connectionName());
}

std::optional<AuditAnchors::Head> AuditAnchors::takeHead(const QSqlDatabase &db)
{
    std::optional<Head> head;
    {
        const auto heads = appended().lock();
        const auto found = heads->find(db.connectionName());
        if (found == heads->end())
            return std::nullopt; // nothing appended
        head = *found;
        heads->erase(found);
    }
    if (head)
        return head;
    // A savepoint that appended was rolled back: the head is what the store says now.
    auto stored = runQuery(
        db,
        QStringLiteral("SELECT store_id, last_event_id, last_hash FROM audit_chain WHERE id = 1"));
    if (!stored || !stored->next() || stored->value(0).isNull())
        return std::nullopt;
    return Head {stored->value(0).toString(), stored->value(1).toLongLong(),
                 stored->value(2).toString().toLatin1()};
}

void AuditAnchors::anchor(const Head &head)
{
    auto recorded =
        record(AuditKey::anchorPath(head.storeId), head.storeId, head.eventId, head.seal);
    if (!recorded) {
        qWarning("%s",
                 qPrintable(tr("The audit trail's head (event %1) could not be recorded "
                               "outside the store: %2")
                                .arg(head.eventId)
                                .arg(recorded.error().message)));
    }
}

} // namespace cd::storage
