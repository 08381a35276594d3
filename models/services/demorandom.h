#pragma once

#include <QList>
#include <QRandomGenerator>

// Choices the demonstration data makes at random, from one seeded generator so that a
// seed gives the same data.
namespace cd::models::demo {

template<typename T> const T &pick(QRandomGenerator &rng, const QList<T> &list)
{
    return list.at(int(rng.bounded(quint32(list.size()))));
}

// Weighted choice: `weights` has one entry per item, their sum above zero.
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

// True with `percent` per cent.
inline bool chance(QRandomGenerator &rng, int percent)
{
    return int(rng.bounded(100)) < percent;
}

} // namespace cd::models::demo
