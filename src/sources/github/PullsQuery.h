#pragma once
#include "GitHub.h"
#include "ListQuery.h"

namespace cairn {

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

protected:
    QString table() const override { return QStringLiteral("github_pulls"); }
};

} // namespace cairn
