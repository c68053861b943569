#include "SearchIndex.h"
#include "Sql.h"

#include <QHash>
#include <QRegularExpression>

#include <exception>

namespace cairn::SearchIndex {

namespace {
constexpr qint64 kKindShift = qint64(1) << 40;
qint64 rowId(Kind k, qint64 id) { return qint64(k) * kKindShift + id; }
} // namespace

QString kindName(Kind k)
{
    switch (k) {
    case Kind::Contact: return QStringLiteral("contact");
    case Kind::Project: return QStringLiteral("project");
    case Kind::Task: return QStringLiteral("task");
    case Kind::PullRequest: return QStringLiteral("pull");
    case Kind::JiraIssue: return QStringLiteral("issue");
    }
    return {};
}

// FTS5 writes its pending terms to disk as a new segment at every statement savepoint, and
// every INSERT/UPDATE of a cached row opens one: index rows written one by one between them
// became one segment each (a third of a Jira sync's instructions went into merging those).
// So a batch collects its changes and writes them in a few multi-row statements at flush().
struct Batch::State
{
    explicit State(QSqlDatabase &d) : db(d) {}
    struct Entry
    {
        int kind;
        qint64 ref;
        QString title;
        QString body;
    };
    QSqlDatabase &db;
    QList<qint64> removals;       // rowids, deleted first
    QHash<qint64, Entry> entries; // rowid → what to insert (the last put wins)
};

Batch::Batch(QSqlDatabase &db) : m(std::make_unique<State>(db)) {}

Batch::~Batch()
{
    // Unwinding from an error: the transaction rolls back, nothing to write.
    if ((m->removals.isEmpty() && m->entries.isEmpty()) || std::uncaught_exceptions() > 0)
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
    if (!isNew && !m->entries.contains(row))
        m->removals << row;
    m->entries.insert(row, {int(kind), id, title, body});
}

void Batch::remove(Kind kind, qint64 id)
{
    const qint64 row = rowId(kind, id);
    m->entries.remove(row);
    m->removals << row;
}

void Batch::flush()
{
    constexpr qsizetype kRowsPerStatement = 200; // 1 000 bound values at most
    for (qsizetype i = 0; i < m->removals.size(); i += kRowsPerStatement) {
        const QList<qint64> chunk = m->removals.mid(i, kRowsPerStatement);
        QStringList marks(chunk.size(), QStringLiteral("?"));
        sql::Statement remove(m->db, QStringLiteral("DELETE FROM search WHERE rowid IN (%1)").arg(marks.join(u',')));
        QVariantList values;
        for (qint64 row : chunk)
            values << row;
        remove.execList(values);
    }
    m->removals.clear();
    QVariantList values;
    qsizetype rows = 0;
    const auto insert = [this, &values, &rows] {
        QStringList marks(rows, QStringLiteral("(?,?,?,?,?)"));
        sql::Statement statement(m->db, QStringLiteral("INSERT INTO search(rowid, kind, ref, title, body) VALUES %1")
                                            .arg(marks.join(u',')));
        statement.execList(values);
        values.clear();
        rows = 0;
    };
    for (auto it = m->entries.cbegin(); it != m->entries.cend(); ++it) {
        values << it.key() << it->kind << it->ref << it->title << it->body;
        if (++rows == kRowsPerStatement)
            insert();
    }
    if (rows > 0)
        insert();
    m->entries.clear();
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

QString matchExpression(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s\"]+"));
    QStringList terms;
    for (const QString &word : text.split(separators, Qt::SkipEmptyParts))
        terms << QLatin1Char('"') + word + QStringLiteral("\"*");
    return terms.join(QLatin1Char(' '));
}

QList<Hit> query(QSqlDatabase &db, const QString &text, int limit)
{
    QList<Hit> hits;
    const QString match = matchExpression(text);
    if (match.isEmpty())
        return hits;
    sql::Statement q(db, QStringLiteral(
        "SELECT kind, ref, title, snippet(search, -1, '[', ']', '…', 12), rank FROM search "
        "WHERE search MATCH ? ORDER BY rank LIMIT ?"));
    q.exec({match, limit});
    while (q.next())
        hits.append({Kind(q.value(0).toInt()), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
                     q.value(4).toDouble()});
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
    sql::Statement q(db, QStringLiteral(
        "SELECT kind, ref, title, snippet(search, -1, ?, ?, '…', 12), rank FROM search "
        "WHERE search MATCH ? AND rowid >= ? AND rowid < ? ORDER BY rank LIMIT ?"));
    q.exec({open, close, match, base, base + (qint64(1) << 40), limit});
    while (q.next())
        hits.append({Kind(q.value(0).toInt()), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
                     q.value(4).toDouble()});
    return hits;
}

} // namespace cairn::SearchIndex
