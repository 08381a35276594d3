#include "testsupport.h"

#include "authservice.h"
#include "complaintservice.h"
#include "demogenerator.h"
#include "language.h"
#include "reference.h"
#include "transaction.h"

#include <QCryptographicHash>
#include <QFile>
#include <QLocale>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

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

StoreFixture::StoreFixture() { pinEnvironment(); }

StoreFixture::~StoreFixture() { close(); }

QString StoreFixture::path() const { return m_dir.filePath(QStringLiteral("store.sqlite")); }

models::Workspace &StoreFixture::open(qint64 now, const QString &username, const QString &role,
                                      const QString &departmentCode)
{
    auto clock = std::make_unique<models::ManualClock>(now);
    m_clock = clock.get();
    auto workspace = models::Workspace::create(path(), std::move(clock),
                                             models::PasswordHasher::Strength::Fast);
    if (!workspace)
        qFatal("cannot open test store: %s", qPrintable(workspace.error().message));
    m_workspace = std::move(workspace).value();
    if (m_workspace->auth().needsFirstAdministrator().value()) {
        auto admin = m_workspace->auth().createFirstAdministrator(QStringLiteral("tester"),
                                                                  QStringLiteral("tester"),
                                                                  password());
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

void logCalls(models::Workspace &workspace, int count,
              const std::function<models::NewCallInput(int)> &make)
{
    storage::Transaction transaction(workspace.database());
    if (!transaction.isActive())
        QFAIL(qPrintable(transaction.beginError().message));
    for (int i = 0; i < count; ++i) {
        auto logged = workspace.complaints().logCall(make ? make(i) : sampleCall(workspace));
        if (!logged)
            QFAIL(qPrintable(QStringLiteral("call %1: %2").arg(i).arg(logged.error().message)));
    }
    if (auto committed = transaction.commit(); !committed)
        QFAIL(qPrintable(committed.error().message));
}

qint64 at(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), rules::businessTimeZone())
        .toMSecsSinceEpoch();
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
    struct stat info{};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 07777);
}

QByteArray contentOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
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
    if (list.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"))) {
        while (list.next())
            tables << list.value(0).toString();
    }
    QStringList texts;
    for (const QString &table : std::as_const(tables)) {
        QSqlQuery rows(db);
        if (!rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table)))
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
    struct stat info{};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 && S_ISCHR(info.st_mode);
}

void fillClosedStore(StoreFixture &store, int count, quint32 seed)
{
    models::Workspace &ws = store.open();
    auto created = models::DemoGenerator(ws, store.clock(), seed).generate(count);
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
    store.close();
}

ProcessRun finishedRun(QProcess &process)
{
    process.waitForFinished(60000);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()).trimmed(),
            QString::fromUtf8(process.readAllStandardError()).trimmed()};
}

} // namespace cd::test
