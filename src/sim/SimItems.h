#pragma once
#include <QList>
#include <QString>
#include <QStringList>

#include <cstddef>

#include <random>

namespace sim {

// A word of `list`, at random (one draw).
template<std::size_t N>
QString pick(std::mt19937 &rng, const char *const (&list)[N])
{
    return QString::fromUtf8(list[rng() % N]);
}

// Up to two different words of `list` (labels): a draw before each try, one for its word.
template<std::size_t N>
QStringList pickDistinct(std::mt19937 &rng, const char *const (&list)[N])
{
    QStringList words;
    for (int i = 0; i < int(rng() % 3); ++i) {
        const QString word = pick(rng, list);
        if (!words.contains(word))
            words << word;
    }
    return words;
}

// The titles of the code hosts' generated pulls and merge requests (test flavour, mixed
// scripts): a verb and a thing.
inline constexpr const char *kPullVerbs[] = {"Fix",     "Add",  "Refactor", "Remove", "Update", "Document", "Speed up",
                                             "Übersetze", "Corrige", "修正", "Исправить"};
inline constexpr const char *kPullThings[] = {"login redirect", "rate limiter", "CSV export", "dark mode", "flaky test",
                                              "Umlaute in Dateinamen", "pagination", "日本語の翻訳", "race in scheduler",
                                              "README typos", "memory leak in parser"};

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
