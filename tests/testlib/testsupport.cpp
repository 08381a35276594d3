#include "testsupport.h"

#include "auditservice.h"
#include "authservice.h"
#include "complaintqueries.h"
#include "complaintservice.h"
#include "demogenerator.h"
#include "language.h"
#include "migrations.h"
#include "reference.h"
#include "searchtext.h"
#include "serveraddress.h"
#include "transaction.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QUuid>

#include <sys/stat.h>

namespace cd::test {

qint64 wednesdayMorning()
{
    return QDateTime(QDate(2026, 11, 25), QTime(10, 0), rules::businessTimeZone())
        .toMSecsSinceEpoch();
}

void pinEnvironment()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    models::setUiPrefersChinese(false);
}

QString testServer()
{
    return qEnvironmentVariable("COMPLAINTDESK_TEST_PG");
}

namespace {

// A connection to testServer()'s own database, for this thread.
QSqlDatabase serverAdminConnection()
{
    const QString name = QStringLiteral("cd-test-server-admin");
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    auto address = storage::ServerAddress::parse(testServer());
    if (!address)
        qFatal("COMPLAINTDESK_TEST_PG: %s", qPrintable(address.error().message));
    db.setConnectOptions(address->connectOptions());
    if (!db.open())
        qFatal("cannot reach the test server: %s", qPrintable(db.lastError().text()));
    return db;
}

} // namespace

bool onTestServer(const QString &sql)
{
    QSqlQuery query(serverAdminConnection());
    if (!query.exec(sql)) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return false;
    }
    return true;
}

QString databaseName(const QString &address)
{
    static const QRegularExpression last(QStringLiteral("(?:^|\\s)dbname=(\\S+)\\s*$"));
    return last.match(address).captured(1);
}

ServerDatabase::ServerDatabase()
    : m_name(QStringLiteral("cdtest_") + QUuid::createUuid().toString(QUuid::Id128).left(20))
{
    if (!onTestServer(QStringLiteral("CREATE DATABASE %1").arg(m_name)))
        qFatal("cannot create a test database on the server");
    // The server's address in keyword form, with this database (a later keyword wins).
    auto address = storage::ServerAddress::parse(testServer());
    if (!address)
        qFatal("COMPLAINTDESK_TEST_PG: %s", qPrintable(address.error().message));
    m_address = QString(address->connectOptions()).replace(u';', u' ') + QStringLiteral(" dbname=")
        + m_name;
}

ServerDatabase::~ServerDatabase()
{
    onTestServer(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
}

bool suiteOnServer()
{
    return qEnvironmentVariable("COMPLAINTDESK_TEST_STORE") == QLatin1String("postgresql");
}

StoreFixture::StoreFixture(Store store)
{
    pinEnvironment();
    const bool server = store == Store::Server || (store == Store::Default && suiteOnServer());
    if (server) {
        if (testServer().isEmpty())
            qFatal("a test asked for the PostgreSQL server, but COMPLAINTDESK_TEST_PG is not set");
        m_server = std::make_unique<ServerDatabase>();
    }
}

StoreFixture::StoreFixture(const QString &serverAddress)
    : m_serverAddress(serverAddress)
{
    pinEnvironment();
}

StoreFixture::~StoreFixture()
{
    close();
}

QString StoreFixture::path() const
{
    if (!m_serverAddress.isEmpty())
        return m_serverAddress;
    return m_server ? m_server->address() : m_dir.filePath(QStringLiteral("store.sqlite"));
}

namespace {

// The schema version a new store file of a fixture starts from: the steps up to it are the
// same for every store (the audit trail is sealed, the store named and its audit key made
// by the next one, 14), so a test process runs them once, into templateStore().
constexpr int templateVersion = 13;

// A store file of templateVersion in a folder of this process, closed (no -wal beside it).
QString templateStore()
{
    static QTemporaryDir folder;
    static const QString path = [] {
        const QString file = folder.filePath(QStringLiteral("template.sqlite"));
        if (!folder.isValid() || !storeOfVersion(file, templateVersion))
            qFatal("cannot make the template store");
        return file;
    }();
    return path;
}

// Makes a new store at `path` as Workspace::create would, from a copy of templateStore()
// taken up to the latest version by the steps a new store runs after templateVersion.
void createFromTemplate(const QString &path)
{
    if (!QFile::copy(templateStore(), path))
        qFatal("cannot copy the template store to %s", qPrintable(path));
    if (!storeOfVersion(path, storage::Migrations::latestVersion()))
        qFatal("cannot finish the store %s", qPrintable(path));
}

} // namespace

models::Workspace &StoreFixture::open(qint64 now, const QString &username, const QString &role,
                                      const QString &departmentCode)
{
    if (!m_server && m_serverAddress.isEmpty() && !QFileInfo::exists(path()))
        createFromTemplate(path());
    auto clock = std::make_unique<models::ManualClock>(now);
    m_clock = clock.get();
    auto workspace =
        models::Workspace::create(path(), std::move(clock), models::PasswordHasher::Strength::Fast);
    if (!workspace)
        qFatal("cannot open test store: %s", qPrintable(workspace.error().message));
    m_workspace = std::move(workspace).value();
    if (m_workspace->auth().needsFirstAdministrator().value()) {
        auto admin = m_workspace->auth().createFirstAdministrator(
            QStringLiteral("tester"), QStringLiteral("tester"), password());
        if (!admin)
            qFatal("cannot create the administrator: %s", qPrintable(admin.error().message));
    }
    signInAs(username, role, departmentCode);
    return *m_workspace;
}

void StoreFixture::signInAs(const QString &username, const QString &role,
                            const QString &departmentCode)
{
    models::AuthService &auth = m_workspace->auth();
    if (!auth.signIn(username, password())) {
        if (!auth.signIn(QStringLiteral("tester"), password()))
            qFatal("cannot sign in as the administrator");
        auto created = auth.createUser(username, username, role, departmentCode, password());
        if (!created)
            qFatal("cannot create %s: %s", qPrintable(username),
                   qPrintable(created.error().message));
        if (!auth.signIn(username, password()))
            qFatal("cannot sign in as %s", qPrintable(username));
    }
}

void StoreFixture::close()
{
    m_workspace.reset();
    m_clock = nullptr;
}

void fillWithDemo(StoreFixture &store, int count, quint32 seed)
{
    models::Workspace &workspace = store.open();
    auto created = models::DemoGenerator(workspace, store.clock(), seed).generate(count);
    if (!created)
        qFatal("cannot fill the store: %s", qPrintable(created.error().message));
    store.close();
}

rules::BusinessCalendar chinaCalendar()
{
    QFile file(QStringLiteral(":/cn-public-holidays.csv"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("holiday resource missing");
    auto calendar = rules::BusinessCalendar::chinaStandard(file.readAll());
    if (!calendar)
        qFatal("cannot read the holidays: %s", qPrintable(calendar.error().message));
    return *calendar;
}

models::NewCallInput sampleCall(models::Workspace &workspace, const QString &phone,
                                const QString &categoryCode)
{
    models::NewCallInput in;
    in.phone = phone;
    in.description = QStringLiteral("Rate raised from 0.60% to 0.68% without notice");
    in.categoryId = workspace.taxonomy().categoryByCode(categoryCode)->id;
    in.callDurationMs = 95'000;
    return in;
}

QList<qint64> logCalls(models::Workspace &workspace, int count,
                       const std::function<models::NewCallInput(int)> &make)
{
    QList<qint64> ids;
    ids.reserve(count);
    storage::Transaction transaction(workspace.database());
    if (!transaction.isActive())
        qFatal("cannot begin: %s", qPrintable(transaction.beginError().message));
    for (int i = 0; i < count; ++i) {
        auto logged = workspace.complaints().logCall(make ? make(i) : sampleCall(workspace));
        if (!logged)
            qFatal("call %d: %s", i, qPrintable(logged.error().message));
        ids << logged->complaintId;
    }
    if (auto committed = transaction.commit(); !committed)
        qFatal("cannot commit: %s", qPrintable(committed.error().message));
    return ids;
}

QList<qint64> logCallsFromDistinctNumbers(models::Workspace &workspace, int count,
                                          qint64 firstNumber)
{
    return logCalls(workspace, count,
                    [&](int i) { return sampleCall(workspace, QString::number(firstNumber + i)); });
}

storage::ComplaintRecord complaintOf(models::Workspace &workspace, qint64 id)
{
    auto detail = workspace.queries().detail(id);
    if (!detail)
        qFatal("cannot read complaint %lld: %s", id, qPrintable(detail.error().message));
    return detail->complaint;
}

QList<QString> searchReferences(models::Workspace &workspace, const QString &typed)
{
    storage::QueueQuery query;
    query.searchMatch = rules::SearchText::matchQuery(typed);
    auto rows = workspace.queries().queuePage(query, std::nullopt, 100);
    if (!rows)
        qFatal("search failed: %s", qPrintable(rows.error().message));
    QList<QString> references;
    for (const auto &row : *rows)
        references << row.reference;
    return references;
}

qint64 at(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), rules::businessTimeZone())
        .toMSecsSinceEpoch();
}

QString auditProblems(models::Workspace &workspace)
{
    auto report = models::AuditService::verify(workspace.database(), {});
    if (!report)
        return report.error().message;
    return report->intact() ? QString() : report->findings.join(u'\n');
}

void copyComplaints(models::Workspace &workspace, int copies, const QString &where)
{
    QStringList columns;
    const QSqlRecord record =
        workspace.database().connection().record(QStringLiteral("complaints"));
    for (int i = 0; i < record.count(); ++i) {
        const QString column = record.fieldName(i);
        if (column != QLatin1String("id") && column != QLatin1String("reference"))
            columns << column;
    }
    QSqlQuery copy(workspace.database().connection());
    if (!copy.exec(
            QStringLiteral(
                "WITH RECURSIVE n(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM n WHERE k < %1)"
                " INSERT INTO complaints (reference, %2) SELECT reference || '-' || k, %2"
                " FROM complaints, n WHERE %3")
                .arg(copies)
                .arg(columns.join(QStringLiteral(", ")), where)))
        qFatal("cannot copy the complaints: %s", qPrintable(copy.lastError().text()));
}

void padStore(models::Workspace &workspace, int count)
{
    QSqlQuery query(workspace.database().connection());
    if (!query.exec(
            QStringLiteral(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1)"
                " INSERT INTO settings (key, value) SELECT 'pad-' || i, zeroblob(4000) FROM n")
                .arg(count)))
        qFatal("cannot pad the store: %s", qPrintable(query.lastError().text()));
}

int rowCount(models::Workspace &workspace, const QString &table)
{
    QSqlQuery query(workspace.database().connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !query.next())
        return -1;
    return query.value(0).toInt();
}

int eventCount(models::Workspace &workspace, const QString &type)
{
    QSqlQuery query(workspace.database().connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM events WHERE type = ?"));
    query.addBindValue(type);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toInt();
}

int modeOf(const QString &path)
{
    struct stat info
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 07777);
}

QByteArray contentOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(bytes) == bytes.size() && file.flush();
}

std::unique_ptr<storage::Database> storeOfVersion(const QString &path, int version)
{
    auto database = storage::Database::open(path, storage::Database::Upgrade::None,
                                            storage::Database::Missing::Create);
    if (!database) {
        qWarning("cannot create %s: %s", qPrintable(path), qPrintable(database.error().message));
        return {};
    }
    if (auto built = storage::Migrations::upgradeTo(**database, version); !built) {
        qWarning("cannot build %s up to version %d: %s", qPrintable(path), version,
                 qPrintable(built.error().message));
        return {};
    }
    return std::move(*database);
}

QVariant scalar(models::Workspace &workspace, const QString &sql)
{
    QSqlQuery query(workspace.database().connection());
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

QStringList storedTexts(models::Workspace &workspace)
{
    const QSqlDatabase db = workspace.database().connection();
    QStringList tables;
    QSqlQuery list(db);
    const bool server = db.driverName() == QLatin1String("QPSQL");
    if (list.exec(server ? QStringLiteral("SELECT table_name FROM information_schema.tables"
                                          " WHERE table_schema = current_schema()")
                         : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"))) {
        while (list.next())
            tables << list.value(0).toString();
    }
    QStringList texts;
    for (const QString &table : std::as_const(tables)) {
        QSqlQuery rows(db);
        // (the search index's tsvector as its text: what someone reading it would find)
        const QString select = server && table == QLatin1String("complaint_search")
            ? QStringLiteral("SELECT rowid, CAST(tokens AS text) AS tokens"
                             " FROM complaint_search")
            : QStringLiteral("SELECT * FROM \"%1\"").arg(table);
        if (!rows.exec(select))
            continue;
        while (rows.next()) {
            const QSqlRecord record = rows.record();
            for (int column = 0; column < record.count(); ++column) {
                const QVariant value = rows.value(column);
                if (value.typeId() == QMetaType::QString)
                    texts << table + u'.' + record.fieldName(column) + QStringLiteral(": ")
                            + value.toString();
            }
        }
    }
    return texts;
}

QString digitsIn(const QString &text)
{
    QString digits;
    for (const QChar c : text) {
        if (c >= u'0' && c <= u'9')
            digits += c;
        else if (c.unicode() >= 0xff10 && c.unicode() <= 0xff19)
            digits += QChar(u'0' + (c.unicode() - 0xff10));
        else if (c == u'X' || c == u'x' || c.unicode() == 0xff38 || c.unicode() == 0xff58)
            digits += u'X';
    }
    return digits;
}

void damageTheMiddle(const QString &path)
{
    constexpr qint64 page = 4096;
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        qFatal("cannot open %s to damage it", qPrintable(path));
    QByteArray garbage(page, Qt::Uninitialized);
    QRandomGenerator random(19);
    random.fillRange(reinterpret_cast<quint32 *>(garbage.data()), page / 4);
    if (!file.seek(file.size() / 2 / page * page) || file.write(garbage) != page)
        qFatal("cannot damage %s", qPrintable(path));
}

QByteArray digestOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result();
}

bool isCharacterDevice(const QString &path)
{
    struct stat info
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 && S_ISCHR(info.st_mode);
}

QStringList eventGuardsDropped(bool onServer)
{
    const QString on = onServer ? QStringLiteral(" ON events") : QString();
    return {QStringLiteral("DROP TRIGGER events_are_append_only_update") + on,
            QStringLiteral("DROP TRIGGER events_are_append_only_delete") + on};
}

QStringList eventsAsBeforeVersion21()
{
    return eventGuardsDropped(false)
        + QStringList {
            QStringLiteral("ALTER TABLE events ADD COLUMN prev_hash TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE events ADD COLUMN hash TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("UPDATE events SET hash = lower(hex(seal))"),
            QStringLiteral("UPDATE events SET prev_hash = coalesce((SELECT p.hash FROM events p"
                           " WHERE p.id < events.id ORDER BY p.id DESC LIMIT 1), '')"),
            QStringLiteral("ALTER TABLE events DROP COLUMN seal")};
}

} // namespace cd::test
