#pragma once
#include "GitLab.h"
#include "ListQuery.h"

#include <QDateTime>

namespace cairn {

class PersonQuery;

namespace gitlab {

// The window's merge requests list: the cached merge requests of every GitLab account and
// project, newest update first or by another column (approvals too, in SQL), filtered through
// the full-text index (project!iid, title, description, author, branch, labels).
class MergeRequestsQuery : public ListQuery
{
public:
    enum Order { Project, Iid, Title, State, Author, Approvals, Updated, Account };

    struct Row
    {
        QString account;
        MergeRequest mergeRequest;
    };

    ListCursor cursor() const override;
    // The rows of `ids` (any order; ids no longer there are missing). Throws cairn::Error.
    static QHash<qint64, Row> rows(QSqlDatabase &db, const QList<qint64> &ids);

    // A person's live merge requests (People): those they opened, are assigned to or are asked
    // to review, matched by username among the person's names and the local parts of their
    // e-mail addresses (ada.lovelace@example.org → ada.lovelace), case aside. Newest update
    // first, at most person.limit(). Throws cairn::Error.
    struct OfPerson
    {
        qint64 id = 0;
        QString account;
        QString reference; // group/project!iid
        QString title;
        QString state;
        bool draft = false;
        QDateTime updatedAt;
        bool authored = false;  // they opened it
        bool reviewing = false; // else: they review it (or, neither: it is assigned to them)
    };
    static QList<OfPerson> ofPerson(QSqlDatabase &db, const PersonQuery &person);

protected:
    QString table() const override { return QStringLiteral("gitlab_merge_requests"); }
};

} // namespace gitlab
} // namespace cairn
