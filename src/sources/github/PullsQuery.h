#pragma once
#include "GitHub.h"
#include "ListQuery.h"

namespace cairn {

class PersonQuery;

// The pull requests list: the cached pulls of every GitHub account and repository, newest
// update first or by another column — the review status too, in SQL.
class PullsQuery : public ListQuery
{
public:
    enum Order { Repo, Number, Title, State, Author, ReviewStatus, Updated, Account };

    struct Row
    {
        QString account;
        PullRequest pull;
        QList<PullReview> reviews;
    };

    ListCursor cursor() const override;
    // The rows of `ids` (any order; ids no longer there are missing). Throws cairn::Error.
    static QHash<qint64, Row> rows(QSqlDatabase &db, const QList<qint64> &ids);

    // A person's live pull requests (People): those they opened or reviewed, by one of their
    // names (a login). Newest update first; at most person.limit(). Throws cairn::Error.
    struct OfPerson
    {
        qint64 id = 0;
        QString account;
        QString repo;
        int number = 0;
        QString title;
        QString state; // open, closed
        QDateTime updatedAt;
        bool merged = false;
        bool draft = false;
        bool opened = false; // they opened it (else they reviewed it)
    };
    static QList<OfPerson> ofPerson(QSqlDatabase &db, const PersonQuery &person);

protected:
    QString table() const override { return QStringLiteral("github_pulls"); }
};

} // namespace cairn
