#pragma once
#include "Jira.h"
#include "ListQuery.h"

namespace cairn {

class PersonQuery;

// The Jira issues list: the cached issues of every Jira account and configuration, newest
// update first or by another column.
class IssuesQuery : public ListQuery
{
public:
    enum Order { Key, Summary, Status, Assignee, Updated, Account };

    struct Row
    {
        qint64 id = 0;
        QString account;
        QString key;
        QString summary;
        QString status;
        QString assignee;
        QDateTime updated;
        QString statusCategory; // new, indeterminate, done
        bool deleted = false;
    };

    ListCursor cursor() const override;
    // The rows of `ids` (any order; ids no longer there are missing). Throws cairn::Error.
    static QHash<qint64, Row> rows(QSqlDatabase &db, const QList<qint64> &ids);

    // One issue for its pane: the issue and its account; `found` false when there is no such
    // row. Throws cairn::Error.
    struct Detail
    {
        bool found = false;
        JiraIssue issue;
        QString account;
    };
    static Detail detail(QSqlDatabase &db, qint64 id);

    // A person's live issues (People): those assigned to them (by e-mail or name) or reported
    // by them. Newest update first; an issue that several configurations of one account keep,
    // once; at most person.limit(). Throws cairn::Error.
    struct OfPerson
    {
        qint64 id = 0;
        QString account;
        QString key;
        QString summary;
        QString status;
        QDateTime updated;
    };
    static QList<OfPerson> ofPerson(QSqlDatabase &db, const PersonQuery &person);

protected:
    QString table() const override { return QStringLiteral("jira_issues"); }
};

} // namespace cairn
