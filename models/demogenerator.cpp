#include "demogenerator.h"

#include "authservice.h"
#include "complaintservice.h"
#include "resourcepaths.h"
#include "transaction.h"
#include "workflow.h"
#include "workspace.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <algorithm>
#include <vector>

namespace cd::models {

namespace {

constexpr qint64 msPerMinute = 60LL * 1000;
constexpr qint64 msPerHour = 60 * msPerMinute;
constexpr qint64 msPerDay = 24 * msPerHour;
constexpr int batchSize = 500;   // complaints per transaction

struct Phrasebook
{
    QJsonObject texts;
    QStringList surnames, givenNames, englishNames, merchants, banks;
    QJsonObject notes;
    QJsonArray agents;
};

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &v : value.toArray())
        list << v.toString();
    return list;
}

template<typename T>
const T &pick(QRandomGenerator &rng, const QList<T> &list)
{
    return list.at(int(rng.bounded(quint32(list.size()))));
}

// Weighted choice: `weights` has one entry per item.
template<typename T>
T pickWeighted(QRandomGenerator &rng, const QList<T> &items, const QList<int> &weights)
{
    int total = 0;
    for (int w : weights)
        total += w;
    int r = int(rng.bounded(quint32(total)));
    for (int i = 0; i < items.size(); ++i) {
        if (r < weights.at(i))
            return items.at(i);
        r -= weights.at(i);
    }
    return items.constLast();
}

QString mobileNumber(QRandomGenerator &rng, int customerIndex)
{
    static const QStringList prefixes{QStringLiteral("138"), QStringLiteral("139"),
                                      QStringLiteral("135"), QStringLiteral("150"),
                                      QStringLiteral("186"), QStringLiteral("177"),
                                      QStringLiteral("188"), QStringLiteral("133")};
    Q_UNUSED(rng);
    // A bijection from the customer index to 8 digits keeps numbers distinct.
    const quint64 scrambled = (quint64(customerIndex) * 2654435761ULL) % 100000000ULL;
    return prefixes.at(customerIndex % prefixes.size())
           + QString::number(scrambled).rightJustified(8, u'0');
}

QString fill(QString text, QRandomGenerator &rng, const Phrasebook &book)
{
    const double rateOld = 0.38 + 0.01 * rng.bounded(30);
    text.replace(QLatin1String("{amount}"),
                 QString::number(10 + rng.bounded(50000)) + QStringLiteral(".00"));
    text.replace(QLatin1String("{days}"), QString::number(2 + rng.bounded(20)));
    text.replace(QLatin1String("{rate_old}"), QString::number(rateOld, 'f', 2) + u'%');
    text.replace(QLatin1String("{rate_new}"),
                 QString::number(rateOld + 0.05 + 0.01 * rng.bounded(20), 'f', 2) + u'%');
    text.replace(QLatin1String("{bank}"), pick(rng, book.banks));
    text.replace(QLatin1String("{merchant}"), pick(rng, book.merchants));
    text.replace(QLatin1String("{time}"), QStringLiteral("%1:%2")
                                              .arg(rng.bounded(24), 2, 10, QLatin1Char('0'))
                                              .arg(rng.bounded(60), 2, 10, QLatin1Char('0')));
    return text;
}

// Where a complaint of this age has got to by now: older ones are mostly closed.
QList<rules::Status> pathFor(QRandomGenerator &rng, qint64 ageMs)
{
    using S = rules::Status;
    const int roll = int(rng.bounded(100));
    const qint64 days = ageMs / msPerDay;
    const int closedShare = days > 14 ? 85 : days > 5 ? 60 : days > 1 ? 30 : 5;
    if (roll < closedShare) {
        if (rng.bounded(3) == 0)
            return {S::Assigned, S::Investigating, S::Replied, S::FollowUp, S::Closed};
        return {S::Investigating, S::Replied, S::Closed};
    }
    switch (rng.bounded(6)) {
    case 0: return {};
    case 1: return {S::Assigned};
    case 2: return {S::Assigned, S::Investigating};
    case 3: return {S::Investigating, S::WaitingCustomer};
    case 4: return {S::Investigating, S::Replied};
    default: return {S::Investigating, S::Replied, S::FollowUp};
    }
}

} // namespace

DemoGenerator::DemoGenerator(Workspace &workspace, ManualClock &clock, quint32 seed)
    : m_workspace(workspace), m_clock(clock), m_seed(seed)
{
}

Result<int> DemoGenerator::generate(int count, const std::function<void(int)> &progress)
{
    if (count < 1 || count > 10'000'000)
        return Error::invalid(tr("The count must be between 1 and 10,000,000."));
    QFile file(resources::demoComplaintsJsonPath());
    if (!file.open(QIODevice::ReadOnly))
        return Error::storage(tr("The demonstration phrasebook is missing from the program."));
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    Phrasebook book{json[QLatin1String("texts")].toObject(), strings(json[QLatin1String("surnames")]),
                    strings(json[QLatin1String("given_names")]),
                    strings(json[QLatin1String("english_names")]),
                    strings(json[QLatin1String("merchants")]), strings(json[QLatin1String("banks")]),
                    json[QLatin1String("notes")].toObject(), json[QLatin1String("agents")].toArray()};

    const storage::UserRecord originalActor = m_workspace.actor();
    const qint64 now = m_clock.nowMs();
    QRandomGenerator rng(m_seed);

    QHash<QString, QList<storage::UserRecord>> agentsByDepartment;
    for (const QJsonValue &value : book.agents) {
        const QJsonObject a = value.toObject();
        auto user = m_workspace.auth().ensureUserWithoutPassword(
            a[QLatin1String("username")].toString(), a[QLatin1String("name")].toString(),
            QStringLiteral("agent"), a[QLatin1String("department")].toString());
        if (!user)
            return user.error();
        agentsByDepartment[a[QLatin1String("department")].toString()].append(*user);
    }
    const QList<storage::UserRecord> hotlineAgents = agentsByDepartment.value(QStringLiteral("CS"));

    std::vector<qint64> receipts(static_cast<std::size_t>(count));
    for (auto &r : receipts)
        r = now - qint64(rng.bounded(90.0 * double(msPerDay)));
    std::sort(receipts.begin(), receipts.end());

    const auto &categories = m_workspace.taxonomy().categories();
    const QList<rules::Channel> channels = rules::allChannels();
    const QList<int> channelWeights{60, 8, 5, 5, 10, 3, 4, 5};
    const int customerCount = std::max(1, count * 2 / 3);
    QHash<int, qint64> openComplaintOfCustomer;
    ComplaintService &service = m_workspace.complaints();

    int created = 0;
    for (int start = 0; start < count; start += batchSize) {
        storage::Transaction batch(m_workspace.database());
        if (!batch.isActive())
            return batch.beginError();
        for (int i = start; i < std::min(count, start + batchSize); ++i) {
            const qint64 receivedAt = receipts[std::size_t(i)];
            const int customer = int(rng.bounded(quint32(customerCount)));
            const auto &category = categories.at(i < categories.size()
                                                     ? i
                                                     : int(rng.bounded(quint32(categories.size()))));
            const auto subs = m_workspace.taxonomy().subcategoriesOf(category.id);
            const bool english = rng.bounded(10) == 0;

            NewCallInput in;
            in.phone = mobileNumber(rng, customer);
            in.customerName = english ? pick(rng, book.englishNames)
                                      : pick(rng, book.surnames) + pick(rng, book.givenNames);
            in.channel = pickWeighted(rng, channels, channelWeights);
            in.callStartedAt = receivedAt;
            in.callDurationMs = (60 + qint64(rng.bounded(900))) * 1000;
            in.receivedAt = receivedAt;
            in.demand = pick(rng, rules::allDemands());
            if (rng.bounded(3) != 0)
                in.amountText = QString::number(rng.bounded(100000)) + u'.'
                                + QString::number(rng.bounded(100)).rightJustified(2, u'0');
            if (rng.bounded(2) == 0)
                in.transactionRef = QStringLiteral("P%1").arg(quint64(rng.generate64() % 1000000000000ULL),
                                                              12, 10, QLatin1Char('0'));

            m_workspace.actAs(pick(rng, hotlineAgents));
            m_clock.set(receivedAt + in.callDurationMs);

            const qint64 openId = openComplaintOfCustomer.value(customer);
            const QJsonObject texts = book.texts[category.code].toObject();
            QStringList phrasings = strings(texts[english ? QLatin1String("en") : QLatin1String("zh")]);
            if (phrasings.isEmpty())
                phrasings = strings(texts[QLatin1String("zh")]);
            in.description = fill(pick(rng, phrasings), rng, book);

            // Some callers ring again about a complaint still open before raising this one.
            if (openId != 0 && rng.bounded(4) == 0) {
                NewCallInput followUp = in;
                followUp.followUpOf = openId;
                followUp.description = english
                    ? QStringLiteral("Calling again: is there any news?")
                    : QStringLiteral("\u53c8\u6253\u6765\u50ac\u529e\uff0c"
                                     "\u95ee\u5904\u7406\u8fdb\u5ea6\u3002");
                if (auto logged = service.logCall(followUp); !logged)
                    return logged.error();
            }

            in.categoryId = category.id;
            if (!subs.isEmpty() && rng.bounded(5) != 0)
                in.subcategoryId = pick(rng, subs).id;
            if (rng.bounded(8) == 0)
                in.severity = pick(rng, rules::allSeverities());
            in.solvedOnCall = rng.bounded(5) == 0;
            auto logged = service.logCall(in);
            if (!logged)
                return logged.error();
            ++created;
            if (in.solvedOnCall)
                continue;

            // Walk the complaint along the workflow, each step some hours after the last,
            // never past now.
            const QList<storage::UserRecord> handlers = agentsByDepartment.value(
                m_workspace.taxonomy().departmentCode(category.defaultDepartmentId),
                hotlineAgents);
            rules::Status status = rules::statusFromCode(logged->status).value_or(rules::Status::New);
            qint64 at = receivedAt + in.callDurationMs;
            bool open = true;
            for (const rules::Status next : pathFor(rng, now - receivedAt)) {
                if (next == status)
                    continue;   // routing assigned it already
                at += msPerMinute * (20 + qint64(rng.bounded(60 * 30)));
                if (at >= now || !rules::canMove(status, next))
                    break;
                m_clock.set(at);
                m_workspace.actAs(pick(rng, handlers));
                const QJsonObject note = book.notes[rules::code(next)].toObject();
                auto moved = service.changeStatus(logged->complaintId, status, next,
                                                  note[english ? QLatin1String("en")
                                                               : QLatin1String("zh")].toString());
                if (!moved)
                    return moved.error();
                status = next;
                open = rules::isOpen(status);
            }
            if (open)
                openComplaintOfCustomer.insert(customer, logged->complaintId);
            else
                openComplaintOfCustomer.remove(customer);
        }
        if (auto committed = batch.commit(); !committed)
            return committed.error();
        if (progress)
            progress(std::min(count, start + batchSize));
    }
    m_clock.set(now);
    m_workspace.actAs(originalActor);
    return created;
}

} // namespace cd::models
