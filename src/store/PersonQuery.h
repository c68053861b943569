#pragma once
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace cairn {

// What one person links to across sources and accounts (People): the Asana tasks assigned to
// them, the pull requests they opened or reviewed, and the Jira issues assigned to or
// reported by them — matched by name and by e-mail address, case aside; the names include
// those linked by hand (a GitHub login, another spelling). Live items only, `limit` a kind.
// A source added later queries its own items with the same parameters (names(), emails(),
// limit(): a query class beside it), for its section of People (src/ui/SourceViews.h).
class PersonQuery
{
public:
    PersonQuery(const QStringList &names, const QStringList &emails, int limit = 50);

    struct Task
    {
        qint64 id = 0;
        QString account;
        QString name;
        bool completed = false;
        QString dueOn; // yyyy-MM-dd
    };
    struct Pull
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
    struct Issue
    {
        qint64 id = 0;
        QString account;
        QString key;
        QString summary;
        QString status;
        QDateTime updated;
    };

    // Open tasks first, then by due day and name. Throws cairn::Error.
    QList<Task> tasks(QSqlDatabase &db) const;
    // Newest update first. Throws cairn::Error.
    QList<Pull> pulls(QSqlDatabase &db) const;
    // Newest update first; an issue that several configurations of one account keep, once.
    // Throws cairn::Error.
    QList<Issue> issues(QSqlDatabase &db) const;

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
