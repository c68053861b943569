#pragma once
#include <QByteArray>
#include <QLocale>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace cairn {

// How the cache sorts and matches text as a person expects (docs/architecture.md §3): names and
// titles in the order of the user's locale, numbers by value ("Item 9" before "Item 10"),
// "Ángel" beside "Angel" and not after "Z"; and a search that finds "Zoë Fernández" for "zoe
// fernandez" everywhere (FTS5's unicode61 tokenizer with remove_diacritics, and matches()
// where the index does not reach: deleted items).
namespace Collation {

// The locale sorting follows: the user's, or English for the C locale (whose code-point order
// puts every accented name after "Z").
QLocale locale();
// The ICU sort key of `text` in locale(), numeric: comparing two keys byte by byte orders them
// as QCollator (locale(), numeric mode) orders their texts. Kept in a column beside a name so
// that SQLite sorts 100 000 rows by an index.
QByteArray sortKey(const QString &text);

// Lower case without diacritics (as FTS5's unicode61 remove_diacritics 2 folds).
QString fold(const QString &text);
// The words of `text` as FTS5's unicode61 tokenizer splits them (runs of letters and digits),
// folded.
QStringList tokens(const QString &text);
// Whether every word of `query` starts a word of `text` (both folded): the prefix search of
// the full-text index, for text the index does not hold.
bool matches(const QString &query, const QString &text);

// On a connection: the collation `cairn_locale` (QCollator, locale(), numeric) and the function
// `cairn_match(query, text, …)` (matches() over the texts given). Database::open registers both
// on every connection it opens.
void registerOn(QSqlDatabase &db);

} // namespace Collation
} // namespace cairn
