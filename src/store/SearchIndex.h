#pragma once
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

namespace cairn {

// One FTS5 index over every source (docs/architecture.md §3). An item's row id is derived from its
// kind and its table id, so updating or removing it never scans the index.
namespace SearchIndex {

// The kinds of items in the index, each a source's (StoreFacts.h: its SearchKindFacts give a
// kind's name and context line). A kind is a number, named by its source in its own folder
// (src/sources/<id>/: `inline constexpr SearchIndex::Kind kTaskKind = SearchIndex::Kind(3);`)
// and unique among all sources; the index stores it, so a number is never reused. A new source
// takes the next free one (the numbers taken: kinds()).
enum class Kind : int {};
// Every source's kinds, in the registry's order.
QList<Kind> kinds();
// The id of the source a kind is of; "" when none.
QString sourceOf(Kind k);

QString kindName(Kind k);
void put(QSqlDatabase &db, Kind kind, qint64 id, const QString &title, const QString &body);
void remove(QSqlDatabase &db, Kind kind, qint64 id);

// The index changes of one page, staged and written by flush() in one DELETE and one INSERT
// (FTS5 makes a new segment at each statement of the transaction that follows an index
// write: written row by row, a page became a hundred segments to merge). Call flush()
// before the transaction commits; the destructor flushes what is left (and can only log a
// failure).
class Batch
{
public:
    explicit Batch(QSqlDatabase &db);
    ~Batch();
    // `isNew`: the item was just inserted, so it has no index entry to replace.
    void put(Kind kind, qint64 id, const QString &title, const QString &body, bool isNew = false);
    void remove(Kind kind, qint64 id);
    void flush(); // throws cairn::Error (the transaction then rolls back)

private:
    struct State;
    std::unique_ptr<State> m;
};

struct Hit
{
    Kind kind;
    qint64 id;
    QString title;
    QString snippet; // the match marked with [ ]: one line of the body, without Markdown or the title
    double rank;     // lower is better (FTS5's bm25, a title match weighing ten times a body match)
    // What tells it apart from other hits of the same title, on a line of its own: a
    // contact's organisation and e-mail, a task's project, a pull's repository#number and
    // state, an issue's status and project.
    QString context = {};
    bool inTitle = false; // every word searched for starts a word of the title (ranked first)
};

// What a person typed, bounded: FTS5's work grows with the square of the number of terms
// (1 000 words took 4.8 s, 30 000 more than ten minutes), so a query keeps its first
// kMaxChars characters and, of those, its first kMaxWords words; the rest is ignored.
inline constexpr int kMaxWords = 32;
inline constexpr int kMaxChars = 512;
struct BoundedQuery
{
    QString text; // the words searched for, one space apart
    bool cut = false; // words or characters were left out
};
BoundedQuery bounded(const QString &text);

// Every word of `text` must match the start of a word (prefix search); best first. Only the
// bounded() part of `text` is searched for.
QList<Hit> query(QSqlDatabase &db, const QString &text, int limit = 50);
// The same within one kind; the snippet marks matches with `open` and `close`.
QList<Hit> query(QSqlDatabase &db, const QString &text, Kind kind, int limit, const QString &open, const QString &close);
// A snippet as one line of plain text: Markdown marks, HTML tags and line breaks out, and the
// title it may start with (a contact's body opens with its name) left off. The match marks
// `open` and `close` stay.
QString plainSnippet(const QString &snippet, const QString &title, const QString &open, const QString &close);

// A context line of its parts (SearchKindFacts::contextLine): each one simplified, the empty
// ones and repeats left out, " · " between them.
QString contextOf(QStringList parts);

// The FTS5 MATCH expression for what a person typed (quotes escaped, each word a prefix), of
// its bounded() part.
QString matchExpression(const QString &text);

} // namespace SearchIndex
} // namespace cairn
