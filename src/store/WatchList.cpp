#include "WatchList.h"
#include "Sql.h"

namespace cairn::WatchList {

QHash<QString, QString> mine(QSqlDatabase &db, const QString &source, const QString &account, const QString &me)
{
    QHash<QString, QString> out;
    if (source == QLatin1String("asana")) {
        sql::Statement q(db, QStringLiteral("SELECT gid, name FROM asana_tasks WHERE account=? AND assigned_to_me=1 "
                                            "AND completed=0 AND deleted_at IS NULL"));
        q.exec({account});
        while (q.next())
            out.insert(q.value(0).toString(), q.value(1).toString());
    } else if (source == QLatin1String("github") && !me.isEmpty()) {
        // requested_reviewers is a JSON array of logins; GitHub logins ignore case.
        const QString quoted = QLatin1Char('"') + me.toLower() + QLatin1Char('"');
        sql::Statement q(db, QStringLiteral("SELECT repo, number, title FROM github_pulls WHERE account=? AND state='open' "
                                            "AND deleted_at IS NULL AND instr(lower(requested_reviewers), ?) > 0"));
        q.exec({account, quoted});
        while (q.next()) {
            const QString ref = QStringLiteral("%1#%2").arg(q.value(0).toString(), q.value(1).toString());
            out.insert(ref, QStringLiteral("%1 %2").arg(ref, q.value(2).toString()));
        }
    } else if (source == QLatin1String("jira") && !me.isEmpty()) {
        // The same issue can match several configurations: one entry per issue.
        sql::Statement q(db, QStringLiteral("SELECT issue_id, issue_key, summary FROM jira_issues WHERE account=? "
                                            "AND assignee_id=? AND deleted_at IS NULL"));
        q.exec({account, me});
        while (q.next())
            out.insert(q.value(0).toString(), QStringLiteral("%1 %2").arg(q.value(1).toString(), q.value(2).toString()));
    }
    return out;
}

} // namespace cairn::WatchList
