#pragma once
#include "SearchIndex.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QDialog;
class QHBoxLayout;
class QLineEdit;
class QSpinBox;
class QSqlDatabase;
class QUrl;
class QWidget;

namespace cairn {

class LazySqlModel;
class LocalChanges;
class PersonQuery;
struct PersonCard;
class ReadConnection;
class Settings;
class SettingsDialog;
class SyncEngine;

// A source's page in the window's stack, as the window drives it (its widget is the window's).
struct SourcePage
{
    QWidget *widget = nullptr;
    std::function<void()> reload;
    std::function<void(bool show)> setShowDeleted;
    // Its detail pane again, for a change of SourceViews::detailChanges the list did not reload for.
    std::function<void()> refreshDetail;
    // Ctrl+F: its list's filter box; Enter on the sidebar: what takes the focus.
    std::function<QLineEdit *()> filter;
    std::function<QWidget *()> focus;
    // Shows an item of one of its search kinds (SourceViews::searchKinds), clearing the filter
    // when it hides it; false when the cache no longer has it.
    std::function<bool(SearchIndex::Kind kind, qint64 id)> open;
    // Lets it change items (issue 22): the window's LocalChanges, given once it is built. Its
    // editing shows only while writing to the source is switched on.
    std::function<void(LocalChanges &changes)> useChanges;

    // A list page (a ListPage, src/ui/ListPage.h) as the window drives it: its own reload and
    // show-deleted, its filter, its list, an item shown by id.
    template <class Page>
    static SourcePage ofList(Page *page)
    {
        SourcePage p;
        p.widget = page;
        p.reload = [page] { page->reload(); };
        p.setShowDeleted = [page](bool show) { page->setShowDeleted(show); };
        p.filter = [page] { return page->filterEdit(); };
        p.focus = [page] { return static_cast<QWidget *>(page->table()); };
        p.open = [page](SearchIndex::Kind, qint64 id) { return page->showItem(id); };
        return p;
    }
    // SourceViews::page for a list page made of the reader and its parent alone (ofList).
    template <class Page>
    static SourcePage listOf(ReadConnection &reader, Settings &, QWidget *parent)
    {
        return ofList(new Page(reader, parent));
    }
};

// One source's part of the Settings dialog: what it adds beside its interval and its own
// group on the Syncing tab, loaded from and saved to the settings with the rest of the form.
class SourceSettings
{
public:
    virtual ~SourceSettings() = default;
    // Adds what sits beside its interval box to `row` (GitHub's "or once a day at").
    virtual void addBesideInterval(QHBoxLayout *row, QSpinBox *interval)
    {
        Q_UNUSED(row);
        Q_UNUSED(interval);
    }
    // Its group on the Syncing tab (nullptr: none), made once, owned by the dialog.
    virtual QWidget *box() { return nullptr; }
    virtual void load(const Settings &settings) = 0;
    // What is wrong with its part of the form ("" when it can be saved); `field`: where.
    virtual QString problem(QWidget **field) const = 0;
    virtual void save(Settings &settings) = 0;
    // Its pickers (Choose…) are offered: the dialog has an engine to ask the service with.
    virtual void setPickersShown(bool shown) { Q_UNUSED(shown); }
    // Where its choices are: what takes the focus when Settings opens for it.
    virtual QWidget *choices() const { return nullptr; }
};

// A picker of what to sync, open, and what its OK writes to the settings.
struct SyncChoice
{
    QDialog *picker = nullptr;
    std::function<void()> save;
};

// What of a source the window shows and says: its page, its search kinds' titles, its section
// of a person, its welcome card's words, what a person chooses to sync and where, its rows of
// the Settings dialog, its notifications. One object per source, made in
// src/ui/<id>/<Name>Views.cpp; the one list is SourceViews.cpp's, one line per source, as the
// registry's (src/sources/Sources.cpp). Nothing else in src/ui names a source
// (tests/sync/tst_sourceregistry.cpp). Texts are untranslated (QT_TRANSLATE_NOOP) in the
// context named beside each; the window translates them.
struct SourceViews
{
    QString id; // the descriptor's (src/sources/<id>/)

    // Its page (built once, by the window) and the writer's change names that concern it
    // (StoreWriter::changed): its list's, and its detail pane's alone.
    SourcePage (*page)(ReadConnection &reader, Settings &settings, QWidget *parent) = nullptr;
    QStringList changes;
    QStringList detailChanges;

    // The titles of its search kinds' groups in Ctrl+K ("cairn::GlobalSearch"); each opens in its page.
    struct SearchKind
    {
        SearchIndex::Kind kind;
        const char *title;
    };
    QList<SearchKind> searchKinds;

    // Its section of a person on the People page: a title ("cairn::PersonView") and the items
    // the person is linked to, as list items (PersonView::link …); none when `rows` is null.
    struct PeopleSection
    {
        const char *title = nullptr;
        QStringList (*rows)(QSqlDatabase &db, const PersonQuery &person) = nullptr;
    };
    PeopleSection people;

    // The People page's list, of the one source whose items are the people (its contacts): a
    // model of them, made once by the page, which shows its name column stretched and hides
    // `hiddenColumns`; and one of them by its row id, as the page's PersonView shows them and
    // matches them in the other sources' sections. None when `model` is null.
    struct Directory
    {
        LazySqlModel *(*model)(ReadConnection &reader) = nullptr;
        int nameColumn = 0;
        QList<int> hiddenColumns;
        PersonCard (*person)(QSqlDatabase &db, qint64 id) = nullptr;
    };
    Directory directory;

    // The welcome page's card ("cairn::ServiceCard"): what Cairn keeps, the permission it asks
    // for, the sign-in button, where the service issues a token, and the steps of registering
    // one's own OAuth app (%1: a link to `ownAppSite` named `ownAppSiteName`, %2: the redirect URL).
    struct Card
    {
        const char *keeps = nullptr;
        const char *permission = nullptr;
        const char *signIn = nullptr;
        const char *tokenPage = nullptr;
        const char *ownAppSteps = nullptr;
        const char *ownAppSite = nullptr;
        const char *ownAppSiteName = nullptr;
    };
    Card card;

    // What to sync, when it is chosen (GitHub's repositories, Asana's workspace, Jira's
    // projects): nothing chosen yet (a sync would have nothing to do), the picker after sign-in
    // ({} when it cannot be asked: the window opens Settings where its choices are), and the
    // button that offers it after a failed sync ("cairn::MainWindow"). All null: every item syncs.
    bool (*needsChoice)(const Settings &settings) = nullptr;
    SyncChoice (*choose)(SyncEngine &engine, Settings &settings, QWidget *parent) = nullptr;
    const char *chooseAction = nullptr;

    // The Settings dialog ("SettingsDialog"): the label of its interval, and its own part.
    const char *intervalLabel = nullptr;
    std::unique_ptr<SourceSettings> (*settings)(SettingsDialog &dialog) = nullptr;
    // `settings` of a SourceSettings made of the dialog alone: settingsOf<GitHubSettings>.
    template <class Part>
    static std::unique_ptr<SourceSettings> settingsOf(SettingsDialog &dialog)
    {
        return std::make_unique<Part>(dialog);
    }

    // "Assigned to me" notifications (the descriptor's first facts.notifications setting
    // switches them): the Settings checkbox ("SettingsDialog"), the title of one
    // ("cairn::WatchNotifier", %n items), and whether "me" is learnt from the service
    // (Syncer::whoAmI) rather than known to the watch list.
    struct Notifications
    {
        const char *setting = nullptr;
        const char *title = nullptr;
        bool needsIdentity = false;
    };
    Notifications notifications;

    // What only a terminal user acts on in its messages (a settings key: "github.repos"), cut
    // from them by the window (WindowText.h): a regular expression, or null.
    const char *commandLineHint = nullptr;


    // The window's parts of each source that has them, in the registry's order (SourceViews.cpp).
    // A source without views is still listed (the sidebar, the tray, Accounts, the status bar)
    // and can be set up and synced; its page says it has none in this version and its card has
    // no words of its own (tests/ui/tst_sourceviews.cpp).
    static const QList<const SourceViews *> &all();
    // nullptr when `id` has none.
    static const SourceViews *find(const QString &id);
    // The one whose items are the People page's (its `directory`); nullptr when none.
    static const SourceViews *ofPeople();
    // Replaces the list (tests: a source without views); `{}` puts the one list back.
    static void install(const QList<const SourceViews *> &views);
    // `text` translated in `context` ("" for null; `n` for a plural).
    static QString translated(const char *context, const char *text, int n = -1);
};

} // namespace cairn
