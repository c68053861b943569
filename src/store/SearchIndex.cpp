#include "SearchIndex.h"
#include "Collation.h"
#include "Sql.h"
#include "StoreFacts.h"

#include <QRegularExpression>

#include <algorithm>

#include <exception>

namespace cairn::SearchIndex {

namespace {
constexpr qint64 kKindShift = qint64(1) << 40;
qint64 rowId(Kind k, qint64 id) { return qint64(k) * kKindShift + id; }
} // namespace

QList<Kind> kinds()
{
    QList<Kind> out;
    for (const StoreFacts &f : StoreCatalog::all())
        for (const SearchKindFacts &k : f.searchKinds)
            out << k.kind;
    return out;
}

QString sourceOf(Kind kind)
{
    for (const StoreFacts &f : StoreCatalog::all())
        for (const SearchKindFacts &k : f.searchKinds)
            if (k.kind == kind)
                return f.id;
    return {};
}

QString kindName(Kind kind)
{
    for (const StoreFacts &f : StoreCatalog::all())
        for (const SearchKindFacts &k : f.searchKinds)
            if (k.kind == kind)
                return k.name;
    return {};
}

// FTS5 writes its pending terms to disk as a new segment at every statement savepoint, and
// every INSERT/UPDATE of a cached row opens one: index rows written one by one between them
// became one segment each (a third of a Jira sync's instructions went into merging those).
// So a batch stages its changes in two temporary tables (plain rows, a reused statement
// each) and flush() applies them with one DELETE and one INSERT ... SELECT: one segment per
// page. (Multi-row VALUES statements did the same but cost more to compile than to run.)
// The staging tables, once per connection (temporary: they go with it).
static QSqlDatabase &withStagingTables(QSqlDatabase &db)
{
    sql::Statement(db, QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS search_stage("
                                      "rowid INTEGER PRIMARY KEY, kind, ref, title, body)")).exec();
    sql::Statement(db, QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS search_gone(rowid INTEGER PRIMARY KEY)")).exec();
    return db;
}

struct Batch::State
{
    explicit State(QSqlDatabase &db)
        : stage(db, QStringLiteral("INSERT OR REPLACE INTO temp.search_stage(rowid, kind, ref, title, body) VALUES(?,?,?,?,?)"))
        , unstage(db, QStringLiteral("DELETE FROM temp.search_stage WHERE rowid=?"))
        , gone(db, QStringLiteral("INSERT OR IGNORE INTO temp.search_gone(rowid) VALUES(?)"))
        , removeGone(db, QStringLiteral("DELETE FROM search WHERE rowid IN (SELECT rowid FROM temp.search_gone)"))
        , clearGone(db, QStringLiteral("DELETE FROM temp.search_gone"))
        , insertStaged(db, QStringLiteral("INSERT INTO search(rowid, kind, ref, title, body) "
                                          "SELECT rowid, kind, ref, title, body FROM temp.search_stage"))
        , clearStage(db, QStringLiteral("DELETE FROM temp.search_stage"))
    {
    }
    sql::Statement stage, unstage, gone, removeGone, clearGone, insertStaged, clearStage;
    bool pending = false;
};

Batch::Batch(QSqlDatabase &db) : m(std::make_unique<State>(withStagingTables(db))) {}

Batch::~Batch()
{
    // Unwinding from an error: the transaction rolls back, nothing to write.
    if (!m->pending || std::uncaught_exceptions() > 0)
        return;
    try {
        flush();
    } catch (const Error &e) {
        qWarning("cairn: the search index missed a batch: %s", qPrintable(e.message));
    }
}

void Batch::put(Kind kind, qint64 id, const QString &title, const QString &body, bool isNew)
{
    const qint64 row = rowId(kind, id);
    if (!isNew)
        m->gone.exec({row});
    m->stage.exec({row, int(kind), id, title, body});
    m->pending = true;
}

void Batch::remove(Kind kind, qint64 id)
{
    const qint64 row = rowId(kind, id);
    m->unstage.exec({row});
    m->gone.exec({row});
    m->pending = true;
}

void Batch::flush()
{
    if (!m->pending)
        return;
    m->removeGone.exec();
    m->clearGone.exec();
    m->insertStaged.exec();
    m->clearStage.exec();
    m->pending = false;
}

void put(QSqlDatabase &db, Kind kind, qint64 id, const QString &title, const QString &body)
{
    Batch batch(db);
    batch.put(kind, id, title, body);
    batch.flush();
}

void remove(QSqlDatabase &db, Kind kind, qint64 id)
{
    Batch batch(db);
    batch.remove(kind, id);
    batch.flush();
}

namespace {
QStringList words(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s\"]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}
} // namespace

BoundedQuery bounded(const QString &text)
{
    BoundedQuery q;
    qsizetype end = std::min<qsizetype>(text.size(), kMaxChars);
    if (end < text.size() && end > 0 && text.at(end - 1).isHighSurrogate())
        --end; // never half a pair
    QStringList kept = words(text.left(end));
    // A word cut in the middle by the character limit is a shorter prefix: still a fair search.
    q.cut = end < text.size() && !words(text.mid(end)).isEmpty();
    if (kept.size() > kMaxWords) {
        kept.resize(kMaxWords);
        q.cut = true;
    }
    q.text = kept.join(QLatin1Char(' '));
    return q;
}

QString matchExpression(const QString &text)
{
    QStringList terms;
    for (const QString &word : words(bounded(text).text))
        terms << QLatin1Char('"') + word + QStringLiteral("\"*");
    return terms.join(QLatin1Char(' '));
}

namespace {
// Ranking reads the positions of every match: at 100 000 contacts a one- or two-letter
// prefix matches half of them and ranking them all took 50–130 ms a keystroke. The best
// are picked among the first kRankWindow matches of a kind (its oldest items); a query
// narrow enough to have fewer is ranked whole.
constexpr int kRankWindow = 2000;
constexpr qint64 kKindSpan = qint64(1) << 40;
} // namespace

// SearchResults.cpp: each hit's context line.
void addContext(QSqlDatabase &db, Kind kind, QList<Hit> &hits);

QList<Hit> query(QSqlDatabase &db, const QString &text, int limit)
{
    // Each kind's best, then the best of them all (FTS5's rank: lower is better).
    QList<Hit> hits;
    for (Kind kind : kinds())
        hits << query(db, text, kind, limit, QStringLiteral("["), QStringLiteral("]"));
    std::stable_sort(hits.begin(), hits.end(),
                     [](const Hit &a, const Hit &b) { return a.inTitle != b.inTitle ? a.inTitle : a.rank < b.rank; });
    if (hits.size() > limit)
        hits.resize(limit);
    return hits;
}

QList<Hit> query(QSqlDatabase &db, const QString &text, Kind kind, int limit, const QString &open, const QString &close)
{
    QList<Hit> hits;
    const QString match = matchExpression(text);
    if (match.isEmpty())
        return hits;
    // The kind's rows are a rowid range (kind << 40): FTS5 bounds its scan by it.
    const qint64 base = qint64(kind) << 40;
    qint64 last = base + kKindSpan - 1;
    sql::Statement window(db, QStringLiteral(
        "SELECT rowid FROM search WHERE search MATCH ? AND rowid >= ? AND rowid <= ? ORDER BY rowid LIMIT 1 OFFSET ?"));
    window.exec({match, base, last, kRankWindow - 1});
    if (window.next())
        last = window.value(0).toLongLong();
    // The title weighs ten times the body; a few more than asked for, so that every title
    // match among them goes first (below).
    sql::Statement q(db, QStringLiteral(
        "SELECT kind, ref, title, snippet(search, 3, ?, ?, '…', 10), bm25(search, 0.0, 0.0, 10.0, 1.0) AS score FROM search "
        "WHERE search MATCH ? AND rowid >= ? AND rowid <= ? ORDER BY score LIMIT ?"));
    q.exec({open, close, match, base, last, limit * 3});
    const QString words = bounded(text).text;
    while (q.next()) {
        Hit h{Kind(q.value(0).toInt()), q.value(1).toLongLong(), q.value(2).toString(), QString(), q.value(4).toDouble()};
        h.snippet = plainSnippet(q.value(3).toString(), h.title, open, close);
        h.inTitle = Collation::matches(words, h.title);
        hits.append(h);
    }
    std::stable_sort(hits.begin(), hits.end(), [](const Hit &a, const Hit &b) { return a.inTitle > b.inTitle; });
    if (hits.size() > limit)
        hits.resize(limit);
    addContext(db, kind, hits);
    return hits;
}

} // namespace cairn::SearchIndex
