#include "demoprofile.h"

#include "demorandom.h"
#include "reference.h"

#include <QDateTime>
#include <QHash>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace cd::models::demo {

namespace {

// rules::allBusinessTypes(): POS acquiring, QR-code, online, card repayment, other.
// rules::allDemands(): refund of fees, explanation, compensation, stop harassment, speed
// up, restore service, unfreeze funds, other.
const QHash<QString, CategoryProfile> &profiles()
{
    static const QHash<QString, CategoryProfile> table {
        {QStringLiteral("TRANSACTION_FAILURE"),
         {14, {30, 40, 22, 6, 2}, {45, 25, 5, 0, 15, 10, 0, 0}, true, 200'00}},
        {QStringLiteral("SETTLEMENT"),
         {12, {55, 35, 7, 0, 3}, {0, 30, 10, 0, 55, 0, 0, 5}, true, 3000'00}},
        {QStringLiteral("FEES_BILLING"),
         {12, {50, 25, 10, 10, 5}, {70, 25, 0, 0, 0, 0, 0, 5}, true, 150'00}},
        {QStringLiteral("REFUND"),
         {10, {35, 25, 30, 5, 5}, {80, 5, 0, 0, 15, 0, 0, 0}, true, 300'00}},
        {QStringLiteral("FUNDS_FROZEN"),
         {8, {50, 38, 10, 0, 2}, {0, 20, 0, 0, 8, 0, 70, 2}, true, 5000'00}},
        {QStringLiteral("FUNDS_SECURITY"),
         {7, {20, 30, 35, 10, 5}, {10, 20, 45, 0, 10, 5, 5, 5}, true, 800'00}},
        {QStringLiteral("PRODUCT_FUNCTION"),
         {8, {45, 30, 12, 8, 5}, {0, 20, 0, 0, 10, 65, 0, 5}, false, 0}},
        {QStringLiteral("MARKETING"),
         {7, {60, 20, 10, 5, 5}, {0, 20, 15, 55, 0, 0, 0, 10}, false, 0}},
        {QStringLiteral("SERVICE_QUALITY"),
         {6, {40, 20, 15, 10, 15}, {0, 55, 10, 0, 0, 0, 0, 35}, false, 0}},
        {QStringLiteral("AFTER_SALES"),
         {5, {80, 10, 3, 2, 5}, {0, 10, 0, 0, 45, 40, 0, 5}, false, 0}},
        {QStringLiteral("USABILITY"),
         {4, {20, 25, 40, 10, 5}, {0, 60, 0, 0, 0, 20, 0, 20}, false, 0}},
        {QStringLiteral("DISCLOSURE"),
         {3, {55, 15, 15, 10, 5}, {40, 50, 0, 0, 0, 0, 0, 10}, false, 0}},
        {QStringLiteral("PRIVACY"),
         {3, {40, 20, 25, 10, 5}, {0, 45, 0, 45, 0, 0, 0, 10}, false, 0}},
        {QStringLiteral("COMPLIANCE"),
         {2, {55, 20, 15, 5, 5}, {0, 60, 0, 0, 0, 0, 0, 40}, false, 0}},
        {QStringLiteral("OTHER"), {3, {10, 10, 10, 5, 65}, {0, 70, 0, 0, 0, 0, 0, 30}, false, 0}},
    };
    return table;
}

constexpr int callHoursFrom = 8;
// Calls per hour of the day from 08:00 to 20:00.
const QList<int> &callHourWeights()
{
    static const QList<int> weights {3, 9, 12, 11, 7, 8, 11, 11, 10, 8, 5, 3, 2};
    return weights;
}
constexpr qint64 officeFrom = 9 * msPerHour;
constexpr qint64 officeTo = 18 * msPerHour;

} // namespace

const CategoryProfile &profileOf(const QString &categoryCode)
{
    static const CategoryProfile unknown {1, {0, 0, 0, 0, 1}, {0, 1, 0, 0, 0, 0, 0, 0}, false, 0};
    const auto it = profiles().constFind(categoryCode);
    return it == profiles().cend() ? unknown : *it;
}

qint64 amountFen(QRandomGenerator &rng, qint64 medianFen)
{
    // Box-Muller: a standard normal from two uniform numbers.
    const double u1 = std::max(1e-12, rng.generateDouble());
    const double u2 = rng.generateDouble();
    const double normal = std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
    const double fen = std::clamp(double(medianFen) * std::exp(1.3 * normal), 100.0, 2e8);
    return fen >= 100'00 ? qint64(fen / 100) * 100 : qint64(fen);
}

CentreHours::CentreHours(qint64 fromMs, qint64 toMs)
{
    const QTimeZone zone = rules::businessTimeZone();
    const QDate first = QDateTime::fromMSecsSinceEpoch(fromMs, zone).date();
    const QDate last = QDateTime::fromMSecsSinceEpoch(toMs, zone).date().addDays(14);
    for (QDate day = first; day <= last; day = day.addDays(1)) {
        m_dayStarts.push_back(QDateTime(day, QTime(0, 0), zone).toMSecsSinceEpoch());
        m_dayWeights.push_back(day.dayOfWeek() == 6 ? 55 : day.dayOfWeek() == 7 ? 45 : 100);
    }
}

std::size_t CentreHours::dayOf(qint64 ms) const
{
    const auto after = std::upper_bound(m_dayStarts.cbegin(), m_dayStarts.cend(), ms);
    return after == m_dayStarts.cbegin() ? 0 : std::size_t(after - m_dayStarts.cbegin() - 1);
}

qint64 CentreHours::callTime(QRandomGenerator &rng, qint64 fromMs, qint64 latestMs) const
{
    const std::size_t firstDay = dayOf(fromMs);
    const std::size_t lastDay = dayOf(latestMs);
    const int heaviest = *std::max_element(m_dayWeights.cbegin(), m_dayWeights.cend());
    for (int attempt = 0; attempt < 1000; ++attempt) {
        const std::size_t day =
            firstDay + std::size_t(rng.bounded(quint32(lastDay - firstDay + 1)));
        if (int(rng.bounded(heaviest)) >= m_dayWeights[day])
            continue;
        int hour = 0;
        for (int r = int(rng.bounded(100)); hour < callHourWeights().size(); ++hour) {
            if (r < callHourWeights().at(hour))
                break;
            r -= callHourWeights().at(hour);
        }
        const qint64 at = m_dayStarts[day] + (callHoursFrom + hour) * msPerHour
            + qint64(rng.bounded(double(msPerHour)));
        if (at >= fromMs && at <= latestMs)
            return at;
    }
    // The span holds no call-centre hours (a very short one): any time in it.
    return fromMs + qint64(rng.bounded(double(std::max<qint64>(1, latestMs - fromMs))));
}

qint64 CentreHours::officeTimeFrom(QRandomGenerator &rng, qint64 ms) const
{
    const std::size_t day = dayOf(ms);
    const qint64 timeOfDay = ms - m_dayStarts[day];
    if (timeOfDay >= officeFrom && timeOfDay < officeTo)
        return ms;
    const qint64 start = timeOfDay < officeFrom
        ? m_dayStarts[day] + officeFrom
        : (day + 1 < m_dayStarts.size() ? m_dayStarts[day + 1] : m_dayStarts[day] + msPerDay)
            + officeFrom;
    return start + qint64(rng.bounded(90)) * msPerMinute;
}

QList<rules::Status> statusPath(QRandomGenerator &rng, qint64 ageMs)
{
    using S = rules::Status;
    const qint64 days = ageMs / msPerDay;
    const int closedShare = days > 20 ? 97 : days > 10 ? 88 : days > 5 ? 65 : days > 1 ? 30 : 5;
    if (chance(rng, closedShare)) {
        QList<S> path = chance(rng, 35)
            ? QList<S> {S::Assigned, S::Investigating, S::Replied, S::FollowUp, S::Closed}
            : QList<S> {S::Investigating, S::Replied, S::Closed};
        if (chance(rng, 4))
            path << S::Investigating << S::Replied << S::Closed; // reopened
        return path;
    }
    switch (rng.bounded(6)) {
    case 0:
        return {};
    case 1:
        return {S::Assigned};
    case 2:
        return {S::Assigned, S::Investigating};
    case 3:
        return {S::Investigating, S::WaitingCustomer};
    case 4:
        return {S::Investigating, S::Replied};
    default:
        return {S::Investigating, S::Replied, S::FollowUp};
    }
}

qint64 stepDelay(QRandomGenerator &rng)
{
    const int roll = int(rng.bounded(100));
    if (roll < 80)
        return msPerMinute * (20 + qint64(rng.bounded(6 * 60)));
    if (roll < 97)
        return msPerHour * (6 + qint64(rng.bounded(30)));
    return msPerDay * (3 + qint64(rng.bounded(8)));
}

int escalationPercent(rules::Severity severity, rules::Channel channel)
{
    if (channel == rules::Channel::Regulator)
        return 30;
    switch (severity) {
    case rules::Severity::P1:
        return 15;
    case rules::Severity::P2:
        return 5;
    default:
        return 1;
    }
}

int satisfactionScore(QRandomGenerator &rng, bool disappointed)
{
    static const QList<int> scores {5, 4, 3, 2, 1};
    static const QList<int> content {42, 31, 15, 7, 5};
    static const QList<int> letDown {8, 17, 30, 25, 20};
    return pickWeighted(rng, scores, disappointed ? letDown : content);
}

} // namespace cd::models::demo
