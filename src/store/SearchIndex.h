#pragma once
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace cairn {

// One FTS5 index over every source (DESIGN.md §3). An item's row id is derived from its
// kind and its table id, so updating or removing it never scans the index.
namespace SearchIndex {

enum class Kind { Contact = 1, Project = 2, Task = 3, PullRequest = 4, JiraIssue = 5 };

QString kindName(Kind k);
void put(QSqlDatabase &db, Kind kind, qint64 id, const QString &title, const QString &body);
void remove(QSqlDatabase &db, Kind kind, qint64 id);

// The index statements of one page, prepared once and reused for every row of it.
class Batch
{
public:
    explicit Batch(QSqlDatabase &db);
    ~Batch();
    // `isNew`: the item was just inserted, so it has no index entry to replace.
    void put(Kind kind, qint64 id, const QString &title, const QString &body, bool isNew = false);
    void remove(Kind kind, qint64 id);

private:
    struct Statements;
    std::unique_ptr<Statements> m;
};

struct Hit
{
    Kind kind;
    qint64 id;
    QString title;
    QString snippet; // the match marked with [ ]
    double rank;
};

// Every word of `text` must match the start of a word (prefix search); best first.
QList<Hit> query(QSqlDatabase &db, const QString &text, int limit = 50);
// The same within one kind; the snippet marks matches with `open` and `close`.
QList<Hit> query(QSqlDatabase &db, const QString &text, Kind kind, int limit, const QString &open, const QString &close);
// The FTS5 MATCH expression for what a person typed (quotes escaped, each word a prefix).
QString matchExpression(const QString &text);

} // namespace SearchIndex
} // namespace cairn
