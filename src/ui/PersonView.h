#pragma once
#include "SafeTextBrowser.h"
#include "SearchIndex.h"

#include <QStringList>

namespace cairn {

class ReadConnection;
class Settings;

// One person across every source: their contact card, the Asana tasks assigned to them, the
// pull requests they opened or reviewed, and the Jira issues assigned to or reported by them
// — matched by e-mail address and by name, including names the user linked by hand (a
// GitHub login, a differently spelled name). Each item links to its page.
class PersonView : public SafeTextBrowser
{
    Q_OBJECT
public:
    PersonView(ReadConnection &connection, Settings &settings, QWidget *parent = nullptr);

    // A contact's row id; 0 shows the empty state.
    void showPerson(qint64 contactId);
    qint64 contactId() const { return m_id; }
    // The names linked by hand to the shown person (kept in cairn.ini, no secret).
    QStringList linkedNames() const;
    void setLinkedNames(const QStringList &names);
    // What the shown page matched (tests).
    int matchedTasks() const { return m_tasks; }
    int matchedPulls() const { return m_pulls; }
    int matchedIssues() const { return m_issues; }

Q_SIGNALS:
    void openRequested(cairn::SearchIndex::Kind kind, qint64 id);

private:
    QString section(const QString &title, const QStringList &rows) const;

    ReadConnection &m_connection;
    Settings &m_settings;
    qint64 m_id = 0;
    QString m_resourceName;
    int m_tasks = 0;
    int m_pulls = 0;
    int m_issues = 0;
};

} // namespace cairn
