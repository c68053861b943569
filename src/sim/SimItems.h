#pragma once
#include <QList>

#include <random>

namespace sim {

// What the services' changes to their own items share (the admin operations behind them).

// Marks a live item deleted; false when there is none (`item` null).
template<typename Item>
bool markDeleted(Item *item)
{
    if (!item)
        return false;
    item->deleted = true;
    return true;
}

// Changes up to `count` different items of the `size` numbered from 1, drawn at random (at
// most four draws a change); `change(number)` says whether it changed one. The numbers changed.
template<typename Change>
QList<int> changeRandom(std::mt19937 &rng, int size, int count, Change change)
{
    QList<int> changed;
    if (size <= 0)
        return changed;
    for (int i = 0; i < count * 4 && changed.size() < count; ++i) {
        const int n = int(rng() % size) + 1;
        if (!changed.contains(n) && change(n))
            changed << n;
    }
    return changed;
}

} // namespace sim
