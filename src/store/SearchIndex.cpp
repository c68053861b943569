#include "SearchIndex.h"
#include "Sql.h"

#include <QRegularExpression>

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

struct Batch::Statements
{
    explicit Statements(QSqlDatabase &db)
        : insert(db, QStringLiteral("INSERT INTO search(rowid, kind, ref, title, body) VALUES(?,?,?,?,?)"))
        , remove(db, QStringLiteral("DELETE FROM search WHERE rowid=?"))
    {
    }
    sql::Statement insert;
    sql::Statement remove;
};

Batch::Batch(QSqlDatabase &db) : m(std::make_unique<Statements>(db)) {}
Batch::~Batch() = default;

void Batch::put(Kind kind, qint64 id, const QString &title, const QString &body, bool isNew)
{
    if (!isNew)
        remove(kind, id);
    m->insert.exec({rowId(kind, id), int(kind), id, title, body});
}

void Batch::remove(Kind kind, qint64 id)
{
    m->remove.exec({rowId(kind, id)});
}

void put(QSqlDatabase &db, Kind kind, qint64 id, const QString &title, const QString &body)
{
    Batch(db).put(kind, id, title, body);
}

void remove(QSqlDatabase &db, Kind kind, qint64 id)
{
    Batch(db).remove(kind, id);
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
