// How the window presents what it keeps, driven as a person does (typing, clicking) over a real
// cache file: names in the locale's order with the nameless last, one date policy, the same
// words everywhere (a merged pull is "merged"), links to the service, and search results that
// can be told apart, found with or without accents, title matches first.
#include "Collation.h"
#include "google/ContactsModel.h"
#include "google/ContactsPage.h"
#include "google/ContactsRepo.h"
#include "Database.h"
#include "DateText.h"
#include "github/GitHubRepo.h"
#include "GlobalSearch.h"
#include "jira/JiraIssuesModel.h"
#include "jira/JiraIssuesPage.h"
#include "jira/JiraRepo.h"
#include "PeoplePage.h"
#include "PersonView.h"
#include "github/PullsModel.h"
#include "github/PullsPage.h"
#include "ReadConnection.h"
#include "Settings.h"
#include "SyncStateRepo.h"
#include "Words.h"

#include <QApplication>
#include <QCollator>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QDeadlineTimer>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

using namespace cairn;

namespace {
const QString kAccount = QStringLiteral("default");

Contact person(const QString &resource, const QString &name, const QString &email = {}, const QString &org = {},
               const QString &phone = {})
{
    Contact c;
    c.resourceName = QStringLiteral("people/") + resource;
    c.etag = resource;
    c.displayName = name;
    if (!email.isEmpty())
        c.emails.append({email, QStringLiteral("work"), true});
    if (!org.isEmpty())
        c.organizations.append({org, QString(), QString()});
    if (!phone.isEmpty())
        c.phones.append({phone, phone, QStringLiteral("mobile")});
    return c;
}

const QStringList &namedContacts()
{
    static const QStringList names{
        QStringLiteral("Zack Young"), QStringLiteral("Ángel Ruiz"), QStringLiteral("Anna Berg"), QStringLiteral("Çağrı Yılmaz"),
        QStringLiteral("Ørjan Lund"), QStringLiteral("Olga Olsen"), QStringLiteral("Νίκος Παπαδόπουλος"), QStringLiteral("김민준"),
        QStringLiteral("王伟"), QStringLiteral("Agent 10"), QStringLiteral("Agent 9"), QStringLiteral("Zoe Fernandez"),
        QStringLiteral("Mona Lisa")};
    return names;
}

// The cache every test reads: contacts (three namesakes, four nameless, one deleted), two
// pulls of Mona Lisa (one merged), a Jira issue and the site its configuration syncs from.
class Fill
{
public:
    Fill()
    {
        QVERIFY(m_dir.isValid());
        m_path = QDir(m_dir.path()).filePath(QStringLiteral("cairn.sqlite"));
        QSqlDatabase db = Database::open(m_path, QStringLiteral("fill"), Database::Role::Writer);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QList<Contact> contacts;
        int n = 0;
        for (const QString &name : namedContacts()) {
            ++n;
            contacts << person(QString::number(n), name, QStringLiteral("p%1@example.com").arg(n));
        }
        contacts << person(QStringLiteral("a1"), QStringLiteral("Anaïs Johansson"), QStringLiteral("anais@acme.example"), QStringLiteral("Acme"))
                 << person(QStringLiteral("a2"), QStringLiteral("Anaïs Johansson"), QStringLiteral("anais@globex.example"), QStringLiteral("Globex"))
                 << person(QStringLiteral("a3"), QStringLiteral("Anaïs Johansson"), QStringLiteral("aj@home.example"))
                 << person(QStringLiteral("n1"), QString(), QStringLiteral("nobody@example.com"))
                 << person(QStringLiteral("n2"), QString(), QString(), QStringLiteral("Initech"))
                 << person(QStringLiteral("n3"), QString(), QString(), QString(), QStringLiteral("+1 555 0100"))
                 << person(QStringLiteral("n4"), QString())
                 << person(QStringLiteral("z"), QStringLiteral("Zoë Fernández"), QStringLiteral("zf@example.com"));
        db.transaction();
        ContactsRepo::applyPage(db, kAccount, contacts, 1, now);
        Contact gone = person(QStringLiteral("z"), QString());
        gone.deleted = true;
        ContactsRepo::applyPage(db, kAccount, {gone}, 2, now);

        PullRequest merged;
        merged.id = 11;
        merged.repo = QStringLiteral("octo/web");
        merged.number = 1;
        merged.state = QStringLiteral("closed");
        merged.title = QStringLiteral("Fix login redirect");
        merged.body = QStringLiteral("## Why\n\nThe **redirect** after sign-in went to `/home`.\n- [x] tested\n");
        merged.author = QStringLiteral("Mona Lisa");
        merged.htmlUrl = QStringLiteral("https://github.com/octo/web/pull/1");
        merged.createdAt = now.addDays(-2);
        merged.updatedAt = now.addSecs(-3 * 3600 - 60);
        merged.closedAt = merged.mergedAt = merged.updatedAt;
        PullRequest open = merged;
        open.id = 12;
        open.number = 2;
        open.state = QStringLiteral("open");
        open.closedAt = open.mergedAt = QDateTime();
        open.title = QStringLiteral("Refactor sessions");
        open.body = QStringLiteral("Keeps the login cookie\nacross restarts.");
        open.htmlUrl = QStringLiteral("https://github.com/octo/web/pull/2");
        open.updatedAt = now.addDays(-1).addSecs(-60);
        GitHubRepo::applyPulls(db, kAccount, merged.repo, {merged, open}, {}, 1, now);

        JiraIssue issue;
        issue.config = QStringLiteral("main");
        issue.id = QStringLiteral("10001");
        issue.key = QStringLiteral("CAIRN-7");
        issue.summary = QStringLiteral("Crash on start");
        issue.status = QStringLiteral("In Progress");
        issue.projectKey = QStringLiteral("CAIRN");
        issue.projectName = QStringLiteral("Cairn");
        issue.created = QDateTime(QDate(2027, 1, 20), QTime(7, 52, 7), Qt::UTC);
        issue.updated = now.addSecs(-3 * 3600 - 60);
        JiraRepo::applyIssues(db, kAccount, issue.config, {issue}, 1, now);
        SyncState st;
        st.source = QStringLiteral("jira");
        st.scope = issue.config;
        st.status = RunStatus::Ok;
        st.data.insert(QStringLiteral("site"), QStringLiteral("https://example.atlassian.net"));
        SyncStateRepo::save(db, st);
        QVERIFY(db.commit());
        db = QSqlDatabase();
        Database::close(QStringLiteral("fill"));
    }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

QStringList column(LazySqlModel &m, int col)
{
    while (m.canFetchMore({}))
        m.fetchMore({});
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out << m.index(r, col).data().toString();
    return out;
}

void clickHeader(QTableView *table, int section)
{
    QHeaderView *h = table->horizontalHeader();
    const QPoint at(h->sectionViewportPosition(section) + h->sectionSize(section) / 2, h->height() / 2);
    QTest::mouseClick(h->viewport(), Qt::LeftButton, {}, at);
}

void clickRow(QTableView *table, int row)
{
    const QRect r = table->visualRect(table->model()->index(row, 1));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, r.center());
}

// Types `text` as key presses (QTest::keyClicks takes ASCII only: "ë" comes as the text of a key).
void typeText(QWidget *w, const QString &text)
{
    for (const QChar ch : text) {
        if (ch.unicode() < 128) {
            QTest::keyClick(w, ch.toLatin1());
            continue;
        }
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(ch));
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(ch));
        QApplication::sendEvent(w, &press);
        QApplication::sendEvent(w, &release);
    }
}

// Types a filter as a person does and waits for the list to show its matches.
void typeFilter(ListPage &page, const QString &text)
{
    page.filterEdit()->clear();
    typeText(page.filterEdit(), text);
    QTest::keyClick(page.filterEdit(), Qt::Key_Return);
}

// The results of Ctrl+K for `text`: each result's title, context line and plain snippet.
struct Shown
{
    QString title, context, snippet;
};
QList<Shown> searchFor(GlobalSearch &search, const QString &text, QList<int> *kinds = nullptr)
{
    QSignalSpy shown(&search, &GlobalSearch::searched);
    search.input()->clear();
    typeText(search.input(), text);
    const auto answered = [&] {
        for (const QList<QVariant> &args : std::as_const(shown))
            if (args.first().toString() == text.simplified())
                return true;
        return false;
    };
    for (QDeadlineTimer patience(5000); !answered() && !patience.hasExpired();)
        shown.wait(100);
    if (!answered())
        return {};
    QList<Shown> out;
    QStandardItemModel *m = search.model();
    for (int g = 0; g < m->rowCount(); ++g)
        for (int r = 0; r < m->item(g)->rowCount(); ++r) {
            const QStandardItem *i = m->item(g)->child(r);
            out.append({i->text(), i->data(GlobalSearch::ContextRole).toString(), i->data(GlobalSearch::PlainSnippetRole).toString()});
            if (kinds)
                kinds->append(i->data(GlobalSearch::KindRole).toInt());
        }
    return out;
}
// `page` shown (at `size`, when given) with its rows loaded; false when no window showed.
template <typename Page>
bool onScreen(Page &page, QSize size = {})
{
    if (size.isValid())
        page.resize(size);
    page.show();
    if (!QTest::qWaitForWindowExposed(&page))
        return false;
    page.reload();
    return true;
}

} // namespace

class TestPresentation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contactsSortInTheLocalesOrderNamelessLast()
    {
        Fill fill;
        ReadConnection reader(fill.path());
        ContactsPage page(reader);
        QVERIFY(onScreen(page, QSize{900, 600}));
        const QStringList shown = column(*page.model(), ContactsModel::Name);

        QStringList named = namedContacts();
        named << QStringLiteral("Anaïs Johansson") << QStringLiteral("Anaïs Johansson") << QStringLiteral("Anaïs Johansson");
        QCollator collator(Collation::locale());
        collator.setNumericMode(true);
        std::stable_sort(named.begin(), named.end(), [&](const QString &a, const QString &b) { return collator.compare(a, b) < 0; });
        // The nameless ones last, titled by e-mail, then organisation, then phone (in that
        // order among themselves), and the one with nothing at all at the very end.
        QStringList untitled{QStringLiteral("+1 555 0100"), QStringLiteral("Initech"), QStringLiteral("nobody@example.com")};
        std::stable_sort(untitled.begin(), untitled.end(), [&](const QString &a, const QString &b) { return collator.compare(a, b) < 0; });
        QCOMPARE(shown, named + untitled + QStringList{QStringLiteral("(no name)")});
        // What a person checks: accents beside their letter, numbers by value, other scripts after Latin.
        QVERIFY(shown.indexOf(QStringLiteral("Ángel Ruiz")) < shown.indexOf(QStringLiteral("Anna Berg")));
        QVERIFY(shown.indexOf(QStringLiteral("Çağrı Yılmaz")) < shown.indexOf(QStringLiteral("Mona Lisa")));
        QVERIFY(shown.indexOf(QStringLiteral("Ørjan Lund")) < shown.indexOf(QStringLiteral("Zack Young")));
        QVERIFY(shown.indexOf(QStringLiteral("Agent 9")) < shown.indexOf(QStringLiteral("Agent 10")));
        QVERIFY(shown.indexOf(QStringLiteral("Zoe Fernandez")) < shown.indexOf(QStringLiteral("Νίκος Παπαδόπουλος")));
        QVERIFY(shown.indexOf(QStringLiteral("Νίκος Παπαδόπουλος")) < shown.indexOf(QStringLiteral("김민준")));
        QCOMPARE(page.model()->index(shown.indexOf(QStringLiteral("Initech")), ContactsModel::Name).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Initech (no name)"));

        // Sorted by e-mail with a click, then by name again with a click: the same order.
        clickHeader(page.table(), ContactsModel::Email);
        QTRY_COMPARE(page.model()->sortColumn(), int(ContactsModel::Email));
        QVERIFY(column(*page.model(), ContactsModel::Name) != shown);
        clickHeader(page.table(), ContactsModel::Name);
        QTRY_COMPARE(page.model()->sortColumn(), int(ContactsModel::Name));
        if (page.model()->sortOrder() != Qt::AscendingOrder)
            clickHeader(page.table(), ContactsModel::Name);
        QCOMPARE(column(*page.model(), ContactsModel::Name), shown);
    }

    void filtersFoldAccentsAndWordsWithDeletedOnAndOff()
    {
        Fill fill;
        ReadConnection reader(fill.path());
        ContactsPage page(reader);
        QVERIFY(onScreen(page));
        const QString live = QStringLiteral("Zoe Fernandez"), gone = QStringLiteral("Zoë Fernández");
        for (bool showDeleted : {false, true}) {
            page.setShowDeleted(showDeleted);
            const QStringList expected = showDeleted ? QStringList{live, gone} : QStringList{live};
            for (const QString &typed : {QStringLiteral("fernandez"), QStringLiteral("zoe fernandez"), QStringLiteral("ZOË FERNÁNDEZ"),
                                         QStringLiteral("fern zo")}) {
                typeFilter(page, typed);
                QStringList names = column(*page.model(), ContactsModel::Name);
                names.sort();
                QCOMPARE(names, expected);
            }
            typeFilter(page, QStringLiteral("zoe berg"));
            QCOMPARE(page.model()->rowCount(), 0);
        }
    }

    void searchResultsCanBeToldApart()
    {
        Fill fill;
        ReadConnection reader(fill.path());
        GlobalSearch search(reader);
        search.show();
        QVERIFY(QTest::qWaitForWindowExposed(&search));

        // Three namesakes: the second line tells them apart; no snippet repeats the name.
        QList<Shown> hits = searchFor(search, QStringLiteral("anais johansson"));
        QCOMPARE(hits.size(), 3);
        QSet<QString> contexts;
        for (const Shown &s : hits) {
            QCOMPARE(s.title, QStringLiteral("Anaïs Johansson"));
            QVERIFY(!s.context.isEmpty());
            QVERIFY2(!s.snippet.contains(QLatin1String("Johansson")), qPrintable(s.snippet));
            contexts.insert(s.context);
        }
        QCOMPARE(contexts.size(), 3);
        QVERIFY(contexts.contains(QStringLiteral("Acme · anais@acme.example")));

        // A title match before a body match; the snippet is one line without Markdown.
        QList<int> kinds;
        hits = searchFor(search, QStringLiteral("login"), &kinds);
        QCOMPARE(hits.size(), 2);
        QCOMPARE(hits.at(0).title, QStringLiteral("octo/web#1 Fix login redirect"));
        QCOMPARE(hits.at(0).context, QStringLiteral("merged · Mona Lisa"));
        QCOMPARE(hits.at(1).title, QStringLiteral("octo/web#2 Refactor sessions"));
        QCOMPARE(hits.at(1).context, QStringLiteral("open · Mona Lisa"));
        QVERIFY2(hits.at(1).snippet.startsWith(QStringLiteral("Keeps the login cookie across restarts.")), qPrintable(hits.at(1).snippet));
        hits = searchFor(search, QStringLiteral("redirect"));
        QCOMPARE(hits.size(), 1);
        QVERIFY2(!hits.at(0).snippet.contains(u'#') && !hits.at(0).snippet.contains(u'*') && !hits.at(0).snippet.contains(u'`')
                     && !hits.at(0).snippet.contains(u'\n'),
                 qPrintable(hits.at(0).snippet));
        // Each result is drawn on whole lines: as tall as its lines, none cut.
        const QModelIndex first = search.model()->index(0, 0, search.model()->index(0, 0));
        QCOMPARE(GlobalSearch::linesOf(first), 3);
        QVERIFY(search.results()->visualRect(first).height() >= 3 * search.fontMetrics().height());

        // Accents either way; a deleted contact is not offered.
        for (const QString &typed : {QStringLiteral("zoe fernandez"), QStringLiteral("zoë fernández")}) {
            hits = searchFor(search, typed);
            QCOMPARE(hits.size(), 1);
            QCOMPARE(hits.at(0).title, QStringLiteral("Zoe Fernandez"));
        }
        // A nameless contact is titled by its e-mail.
        hits = searchFor(search, QStringLiteral("nobody"));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.at(0).title, QStringLiteral("nobody@example.com"));
    }

    void pullsSayMergedShowDatesAndLinkToGitHub()
    {
        Fill fill;
        ReadConnection reader(fill.path());
        PullsPage page(reader);
        QVERIFY(onScreen(page, QSize{1000, 600}));
        QCOMPARE(column(*page.model(), PullsModel::State), (QStringList{QStringLiteral("merged"), QStringLiteral("open")}));
        QCOMPARE(column(*page.model(), PullsModel::Updated), (QStringList{QStringLiteral("3 h ago"), QStringLiteral("yesterday")}));
        clickRow(page.table(), 0);
        const QString html = page.detail()->toHtml();
        QVERIFY2(html.contains(QLatin1String("href=\"https://github.com/octo/web/pull/1\"")), qPrintable(html));
        QVERIFY(page.detail()->toPlainText().contains(QLatin1String("Open in GitHub")));
        QVERIFY(page.detail()->toPlainText().contains(QLatin1String("merged")));
        const QDateTime updated = QDateTime::currentDateTimeUtc().addSecs(-3 * 3600 - 60);
        QVERIFY(page.detail()->toPlainText().contains(dates::exactDay(updated.toLocalTime().date())));
    }

    void jiraIssueDatesAndLinkToJira()
    {
        Fill fill;
        ReadConnection reader(fill.path());
        JiraIssuesPage page(reader);
        QVERIFY(onScreen(page, QSize{1000, 600}));
        QCOMPARE(column(*page.model(), JiraIssuesModel::Updated), QStringList{QStringLiteral("3 h ago")});
        const QModelIndex updated = page.model()->index(0, JiraIssuesModel::Updated);
        QCOMPARE(updated.data(Qt::ToolTipRole).toString(),
                 dates::exact(QDateTime::currentDateTimeUtc().addSecs(-3 * 3600 - 60)));
        clickRow(page.table(), 0);
        QVERIFY(page.detail()->toHtml().contains(QLatin1String("href=\"https://example.atlassian.net/browse/CAIRN-7\"")));
        const QString text = page.detail()->toPlainText();
        QVERIFY(text.contains(QLatin1String("Open in Jira")));
        // Detail panes: the locale's long date and short time, no seconds.
        const QDateTime created(QDate(2027, 1, 20), QTime(7, 52, 7), Qt::UTC);
        QVERIFY2(text.contains(dates::exact(created)), qPrintable(text));
        QVERIFY(!dates::exact(created).contains(QLatin1String(":07")));
    }

    void peoplePageSaysMerged()
    {
        Fill fill;
        ReadConnection reader(fill.path());
        Settings settings(fill.dir());
        PeoplePage page(reader, settings);
        QVERIFY(onScreen(page, QSize{1000, 600}));
        typeFilter(page, QStringLiteral("mona"));
        QTRY_COMPARE(page.listModel()->rowCount(), 1);
        clickRow(page.table(), 0);
        const QString text = page.person()->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("Fix login redirect opened · merged · 3 h ago")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Refactor sessions opened · open · yesterday")));
        QVERIFY(!text.contains(QLatin1String("closed")));
    }

    void sameWordsAsTheCommandLine()
    {
        QCOMPARE(words::syncMode(SyncMode::Partial), QStringLiteral("incremental"));
        QCOMPARE(words::syncMode(SyncMode::Full), QStringLiteral("full"));
        QCOMPARE(words::pullState(QStringLiteral("closed"), true, false), QStringLiteral("merged"));
        QCOMPARE(dates::day(QDate(2026, 12, 15), QDate(2026, 12, 14)), QStringLiteral("tomorrow"));
    }
};

QTEST_MAIN(TestPresentation)
#include "tst_presentation.moc"
