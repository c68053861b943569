#pragma once
#include "SafeTextBrowser.h"
#include <QDateTime>
#include "SearchIndex.h"

#include <QHash>
#include <QStringList>

namespace cairn {

class ReadConnection;
class Settings;

// One person as the People page lists them (SourceViews::Directory::person) and PersonView
// shows and matches them across sources.
struct PersonCard
{
    QString key;          // what the names linked by hand are kept under (its id on its service)
    QString name;
    QStringList emails;
    QString organization; // the first
    QString phone;        // the first
};

// One person across every source: their contact card, then a section of each source that has
// one (SourceViews::people: the Asana tasks assigned to them, the pull requests they opened or
// reviewed, the Jira issues assigned to or reported by them) — matched by e-mail address and
// by name, including names the user linked by hand (a GitHub login, a differently spelled
// name). Each item links to its page.
class PersonView : public SafeTextBrowser
{
    Q_OBJECT
public:
    PersonView(ReadConnection &connection, Settings &settings, QWidget *parent = nullptr);

    // A person's row id in the People page's list (a contact's); 0 shows the empty state.
    void showPerson(qint64 contactId);
    qint64 contactId() const { return m_id; }
    // The names linked by hand to the shown person (kept in cairn.ini, no secret).
    QStringList linkedNames() const;
    void setLinkedNames(const QStringList &names);
    // What the shown page matched in the section of `source` (tests).
    int matched(const QString &source) const { return m_matched.value(source); }

    // For a source's section (SourceViews::people): an item that opens in its page, an
    // item's time, and " · work", the account an item is of when its source has several.
    static QString link(SearchIndex::Kind kind, qint64 id, const QString &text);
    static QString when(const QDateTime &time);
    static QString accountNote(const QString &account, bool several);

Q_SIGNALS:
    void openRequested(cairn::SearchIndex::Kind kind, qint64 id);

private:
    QString section(const QString &title, const QStringList &rows) const;

    ReadConnection &m_connection;
    Settings &m_settings;
    qint64 m_id = 0;
    QString m_resourceName;
    QHash<QString, int> m_matched; // by source
};

} // namespace cairn
