#include "MergeRequestsQuery.h"
#include "GitLabRepo.h"
#include "PersonQuery.h"
#include "Sql.h"

namespace cairn::gitlab {

namespace {
// The state as sorted: open, draft, merged, closed, deleted.
const QString kStateOrder = QStringLiteral(
    "CASE WHEN m.deleted_at IS NOT NULL THEN 4 WHEN m.state = 'merged' THEN 2 WHEN m.state = 'closed' THEN 3 "
    "WHEN m.draft THEN 1 ELSE 0 END");
// Approvals as sorted: by the approvals given, then by those still required.
const QString kApprovalsOrder = QStringLiteral("coalesce(json_array_length(m.approved_by), 0)%1, m.approvals_left%1");

QString orderKey(int order, const QString &dir)
{
    switch (order) {
    case MergeRequestsQuery::Project: return QStringLiteral("m.project COLLATE NOCASE%1, m.iid%1").arg(dir);
    case MergeRequestsQuery::Iid: return QStringLiteral("m.iid") + dir;
    case MergeRequestsQuery::Title: return QStringLiteral("m.title COLLATE cairn_locale") + dir;
    case MergeRequestsQuery::State: return kStateOrder + dir;
    case MergeRequestsQuery::Author: return QStringLiteral("m.author COLLATE NOCASE") + dir;
    case MergeRequestsQuery::Approvals: return kApprovalsOrder.arg(dir);
    case MergeRequestsQuery::Account: return QStringLiteral("m.account%1, m.updated_at%1").arg(dir);
    default: return QStringLiteral("m.updated_at") + dir;
    }
}

// Whether a username of a JSON array column is among `who`'s.
QString anyOf(const QString &column)
{
    return QStringLiteral("EXISTS (SELECT 1 FROM json_each(coalesce(%1, '[]')) u WHERE lower(u.value) IN (SELECT name FROM who))")
        .arg(column);
}
} // namespace

ListCursor MergeRequestsQuery::cursor() const
{
    return itemsCursor(QStringLiteral("m"), QStringLiteral("m.id"), int(kMergeRequestKind),
                       QStringLiteral("m.deleted_at IS NOT NULL AND cairn_match(?, m.project, m.title, m.author)"),
                       orderKey(order(), direction()));
}

QHash<qint64, MergeRequestsQuery::Row> MergeRequestsQuery::rows(QSqlDatabase &db, const QList<qint64> &ids)
{
    QHash<qint64, Row> out;
    const QHash<qint64, GitLabRepo::Cached> cached = GitLabRepo::byRow(db, ids);
    for (auto it = cached.cbegin(); it != cached.cend(); ++it)
        out.insert(it.key(), Row{it->account, it->mergeRequest});
    return out;
}

QList<MergeRequestsQuery::OfPerson> MergeRequestsQuery::ofPerson(QSqlDatabase &db, const PersonQuery &person)
{
    // GitLab names people by username: a name of the person's (one linked by hand), or the
    // local part of an address of theirs.
    sql::Statement q(db, QStringLiteral(
        "WITH who(name) AS (SELECT value FROM json_each(?) UNION "
        "  SELECT substr(value, 1, instr(value, '@') - 1) FROM json_each(?) WHERE instr(value, '@') > 1) "
        "SELECT m.id, m.account, m.project || '!' || m.iid, m.title, m.state, m.draft, m.updated_at, "
        "lower(m.author) IN (SELECT name FROM who), %1 FROM gitlab_merge_requests m "
        "WHERE m.deleted_at IS NULL AND (lower(m.author) IN (SELECT name FROM who) OR %1 OR %2) "
        "ORDER BY m.updated_at DESC, m.id DESC LIMIT ?")
        .arg(anyOf(QStringLiteral("m.reviewers")), anyOf(QStringLiteral("m.assignees"))));
    QList<OfPerson> out;
    for (q.exec({person.names(), person.emails(), person.limit()}); q.next();) {
        OfPerson m;
        sql::readRow(q, m.id, m.account, m.reference, m.title, m.state, m.draft, m.updatedAt, m.authored, m.reviewing);
        out.append(m);
    }
    return out;
}

} // namespace cairn::gitlab
