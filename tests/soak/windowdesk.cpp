#include "windowdesk.h"

#include "complaintqueries.h"
#include "complaintservice.h"
#include "database.h"
#include "queuereader.h"
#include "queuerepository.h"
#include "workflow.h"
#include "workspace.h"

namespace cd::soak {

namespace {

const QStringList texts {
    QStringLiteral("Charged a fee for a transfer that was free last month."),
    QStringLiteral("The merchant refund has been pending for ten days."),
    QStringLiteral("\u8d26\u6237\u88ab\u51bb\u7ed3\uff0c\u5ba2\u670d\u4e00\u76f4\u6ca1\u6709"
                   "\u56de\u590d\u3002"),
    QStringLiteral("\u626b\u7801\u652f\u4ed8\u5931\u8d25\u4f46\u94b1\u5df2\u7ecf\u6263\u4e86"
                   "\u3002"),
};

} // namespace

WindowDesk::WindowDesk(models::Workspace &workspace, quint32 seed, Ledger &ledger, Tally &tally)
    : m_workspace(workspace)
    , m_rng(seed)
    , m_ledger(ledger)
    , m_tally(tally)
{
    m_writeTimer.setSingleShot(true);
    QObject::connect(&m_writeTimer, &QTimer::timeout, &m_context, [this] { writeOnce(); });
    m_readTimer.setInterval(100);
    QObject::connect(&m_readTimer, &QTimer::timeout, &m_context, [this] { readOnce(); });
}

WindowDesk::~WindowDesk() = default;

void WindowDesk::start()
{
    m_reader = std::make_unique<models::QueueReader>(m_workspace.database().path());
    m_writeTimer.start(0);
    m_readTimer.start();
}

void WindowDesk::stop()
{
    m_writeTimer.stop();
    m_readTimer.stop();
    m_reader.reset(); // waits for the read in progress
}

void WindowDesk::writeOnce()
{
    const int roll = int(m_rng.bounded(100));
    if (roll < 60 || m_own.isEmpty())
        logCall();
    else if (roll < 90)
        changeStatus();
    else
        recordContact();
    m_writeTimer.start(20 + int(m_rng.bounded(100)));
}

void WindowDesk::logCall()
{
    const auto &categories = m_workspace.taxonomy().categories();
    models::NewCallInput in;
    in.phone = QStringLiteral("139%1").arg(m_rng.bounded(100000000), 8, 10, QLatin1Char('0'));
    in.description = texts.at(int(m_rng.bounded(quint32(texts.size()))));
    in.categoryId = categories.at(int(m_rng.bounded(quint32(categories.size())))).id;
    in.callDurationMs = 1000 * qint64(30 + m_rng.bounded(600));
    m_tally.add(QStringLiteral("window log started"));
    auto outcome = m_workspace.complaints().logCall(in);
    if (!outcome) {
        m_tally.problem(QStringLiteral("the window's save failed: ") + outcome.error().message);
        return;
    }
    const rules::Status status =
        rules::statusFromCode(outcome->status).value_or(rules::Status::New);
    m_own.append({outcome->complaintId, outcome->reference, status});
    m_ledger.saved(outcome->reference, Ledger::Writer::Window, {outcome->status});
    m_tally.add(QStringLiteral("saves reported by the window"));
}

void WindowDesk::changeStatus()
{
    Own &own = m_own[int(m_rng.bounded(quint32(m_own.size())))];
    const QList<rules::Status> next = rules::nextStatuses(own.status);
    const rules::Status to = next.at(int(m_rng.bounded(quint32(next.size()))));
    m_tally.add(QStringLiteral("window status started"));
    auto moved = m_workspace.complaints().changeStatus(own.id, own.status, to,
                                                       QStringLiteral("Soak: moved in the window"));
    if (!moved) {
        m_tally.problem(QStringLiteral("the window's status change of %1 failed: %2")
                            .arg(own.reference, moved.error().message));
        return;
    }
    own.status = to;
    m_ledger.moved(own.reference, rules::code(to));
    m_tally.add(QStringLiteral("status changes reported by the window"));
}

void WindowDesk::recordContact()
{
    const Own &own = m_own.at(int(m_rng.bounded(quint32(m_own.size()))));
    if (!rules::isOpen(own.status))
        return; // a closed complaint takes no contact until it is reopened
    m_tally.add(QStringLiteral("window contact started"));
    auto recorded = m_workspace.complaints().recordContact(
        own.id, QStringLiteral("Soak: called the customer back"));
    if (!recorded) {
        m_tally.problem(QStringLiteral("the window's contact on %1 failed: %2")
                            .arg(own.reference, recorded.error().message));
        return;
    }
    m_tally.add(QStringLiteral("window contact ok"));
}

void WindowDesk::readOnce()
{
    if (!m_reader || m_reader->pending() > 0)
        return; // one read at a time, as the queue's model reads
    storage::QueueQuery query;
    switch (m_rng.bounded(3)) {
    case 0:
        break;
    case 1:
        query.openOnly = true;
        break;
    default:
        query.status = QStringLiteral("INVESTIGATING");
        break;
    }
    models::QueueRead read;
    read.query = m_workspace.queries().visibleOnly(query);
    read.count = true;
    read.limit = 50;
    m_reader->start(std::move(read), [this](models::QueueReadResult &&result) {
        m_tally.add(QStringLiteral("window queue reads"));
        if (result.count && !*result.count)
            m_tally.problem(QStringLiteral("the queue's count failed: ")
                            + result.count->error().message);
        if (!result.rows)
            m_tally.problem(QStringLiteral("the queue's page failed: ")
                            + result.rows.error().message);
    });
}

StoreOpener::StoreOpener(QString databasePath, quint32 seed, Tally &tally)
    : m_path(std::move(databasePath))
{
    m_thread.reset(QThread::create([this, seed, &tally] {
        QRandomGenerator rng(seed);
        while (!m_stop) {
            QThread::msleep(200 + rng.bounded(1300));
            auto database = storage::Database::open(m_path, storage::Database::Upgrade::None);
            if (!database) {
                tally.problem(QStringLiteral("a second connection could not open the store: ")
                              + database.error().message);
                continue;
            }
            auto counted = storage::QueueRepository((*database)->connection())
                               .queueCount(storage::QueueQuery {});
            if (!counted)
                tally.problem(QStringLiteral("a second connection could not count: ")
                              + counted.error().message);
            tally.add(QStringLiteral("window second connections opened"));
        }
    }));
    m_thread->start();
}

StoreOpener::~StoreOpener()
{
    m_stop = true;
    m_thread->wait();
}

} // namespace cd::soak
