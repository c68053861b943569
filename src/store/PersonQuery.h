#pragma once
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace cairn {

// Who one person is across sources and accounts (People): their names and e-mail addresses,
// matched case aside — the names include those linked by hand (a GitHub login, another
// spelling) — and how many items a kind to show. Each source finds its own items of them with
// these parameters (a query class in its folder: TasksQuery::ofPerson, …), for its section of
// People (src/ui/SourceViews.h). Live items only.
class PersonQuery
{
public:
    PersonQuery(const QStringList &names, const QStringList &emails, int limit = 50);

    // The names and the e-mail addresses, lower-case, each as one JSON array for
    // `IN (SELECT value FROM json_each(?))`; at most this many items a kind.
    QString names() const { return m_names; }
    QString emails() const { return m_emails; }
    int limit() const { return m_limit; }

private:
    QString m_names;  // JSON arrays of the lower-case values
    QString m_emails;
    int m_limit;
};

} // namespace cairn
