#pragma once

#include "codes.h"

#include <QList>
#include <QRandomGenerator>
#include <QString>

#include <optional>
#include <vector>

// The shape of a payment company's complaint month, as the demonstration data draws it:
// how often each category comes, which business and demand go with it, how large its
// amounts are, when calls come in and work gets done, how far complaints have got, and
// how content their callers are. Numbers only: the texts are in the phrasebook.
namespace cd::models::demo {

constexpr qint64 msPerMinute = 60LL * 1000;
constexpr qint64 msPerHour = 60 * msPerMinute;
constexpr qint64 msPerDay = 24 * msPerHour;

struct CategoryProfile
{
    int volume = 1; // relative number of complaints
    QList<int> businessWeights; // per rules::allBusinessTypes()
    QList<int> demandWeights; // per rules::allDemands()
    bool money = false; // money is at stake: the agent records an amount
    qint64 medianAmountFen = 0; // of such amounts (a long tail above)
};

// The profile of the category with this code (an unknown code: a category of no money,
// "Other" business, asking for an explanation).
const CategoryProfile &profileOf(const QString &categoryCode);

// An amount of money at stake with this median: many small, a few large (log-normal),
// at least 1 yuan; whole yuan from 100 yuan up.
qint64 amountFen(QRandomGenerator &rng, qint64 medianFen);

// The call centre's days, in the business time zone: calls come in 08:00-21:00, most
// around 10:00 and 15:00, fewer at weekends; back-office work is done 09:00-18:00.
class CentreHours
{
public:
    // The days from `fromMs`'s to `toMs`'s (and two weeks after, for work still to come).
    CentreHours(qint64 fromMs, qint64 toMs);
    // A time a call comes in, between `fromMs` and `latestMs`.
    qint64 callTime(QRandomGenerator &rng, qint64 fromMs, qint64 latestMs) const;
    // `ms` if in office hours, else a little after the next office hours start.
    qint64 officeTimeFrom(QRandomGenerator &rng, qint64 ms) const;

private:
    // The index of the day `ms` falls in (clamped to the known days).
    std::size_t dayOf(qint64 ms) const;
    std::vector<qint64> m_dayStarts; // local midnights, ascending
    std::vector<int> m_dayWeights; // calls per weekday vs weekend
};

// The statuses a complaint received `ageMs` ago has moved through by now, in order
// (older ones are mostly closed; a few closed ones were reopened and closed again).
QList<rules::Status> statusPath(QRandomGenerator &rng, qint64 ageMs);

// How long the next step of the work takes: mostly hours, sometimes days.
qint64 stepDelay(QRandomGenerator &rng);

// Per cent of routed complaints sent on to another department or person.
constexpr int transferPercent = 8;
// Per cent of open complaints of this severity and channel a lead takes over.
int escalationPercent(rules::Severity severity, rules::Channel channel);
// Per cent of closed complaints whose caller gave a satisfaction score.
constexpr int ratedPercent = 65;
// A caller's score from 1 to 5: mostly content, less so when the complaint was late or
// had to be reopened.
int satisfactionScore(QRandomGenerator &rng, bool disappointed);

} // namespace cd::models::demo
