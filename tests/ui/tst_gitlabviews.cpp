// GitLab in the window (issue 21, item 7): the real window offscreen, synced from the built-in
// simulator's GitLab, driven by mouse and key — the sidebar row, the merge requests and their
// filter, the detail pane (title, project!iid, approvals), Ctrl+K, the project picker of
// Settings whose OK writes gitlab.projects, and a person's merge requests. Screenshots at a
// small and a large size (build/screenshots/gitlab-*.png).
#include "GlobalSearch.h"
#include "PersonQuery.h"
#include "PickerTest.h"
#include "ReadConnection.h"
#include "SourceViews.h"
#include "WindowFixture.h"
#include "gitlab/GitLabRepo.h"
#include "gitlab/MergeRequestsModel.h"
#include "gitlab/MergeRequestsPage.h"
#include "gitlab/ProjectPickerDialog.h"
#include "sim/gitlab/GitLabService.h"
#include "ui_SettingsDialog.h" // (here too: AUTOUIC generates what a source includes)

#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QTextBrowser>
#include <QTreeView>

using namespace cairn;

namespace {

const QString kGitLab = QStringLiteral("gitlab");

sim::Options options()
{
    sim::Options o = uitest::DemoWindow::options();
    o.contacts = 20;
    o.values.insert(QStringLiteral("gitlab-projects"), QStringLiteral("3"));
    o.values.insert(QStringLiteral("gitlab-merge-requests"), QStringLiteral("25"));
    return o;
}

// The rows of a list's column, every row loaded.
QStringList column(LazySqlModel *model, int c)
{
    model->fetchAll();
    QStringList out;
    for (int r = 0; r < model->rowCount(); ++r)
        out << model->index(r, c).data().toString();
    return out;
}

// Clicks a row of a list page (its first cell).
void clickRow(ListPage *page, int row)
{
    QTableView *table = page->table();
    const QModelIndex index = table->model()->index(row, MergeRequestsModel::Title);
    table->scrollTo(index);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
}

} // namespace

class TestGitLabViews : public QObject
{
    Q_OBJECT

    uitest::DemoWindow m_app;
    MainWindow &w() { return *m_app.window; }

    // The simulator's ground truth of GitLab (asked on its thread).
    QJsonObject truth()
    {
        QJsonObject t;
        m_app.demo.withSimulator([&t](sim::CloudSimulator &s) { t = s.service<sim::GitLabService>().groundTruth(); });
        return t;
    }

    QList<QJsonObject> liveMergeRequests()
    {
        QList<QJsonObject> out;
        for (const QJsonValue &v : truth().value(QLatin1String("merge_requests")).toArray())
            if (!v.toObject().value(QLatin1String("deleted")).toBool())
                out << v.toObject();
        return out;
    }

    qint64 rowIdOf(const QJsonObject &mr)
    {
        ReadConnection reader(m_app.session->databasePath());
        if (!reader.ensureOpen())
            return 0;
        QSqlQuery q(reader.db());
        q.prepare(QStringLiteral("SELECT id FROM gitlab_merge_requests WHERE project = ? AND iid = ?"));
        q.addBindValue(mr.value(QLatin1String("project")).toString());
        q.addBindValue(mr.value(QLatin1String("iid")).toInt());
        return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    }

    MergeRequestsPage *page() { return qobject_cast<MergeRequestsPage *>(w().pageOf(kGitLab)); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_app.start(options()));
        w().resize(1500, 950);
        QVERIFY(QTest::qWaitForWindowActive(&w()));
        QVERIFY(SourceViews::find(kGitLab));
    }

    // The sidebar's GitLab row shows the merge requests the simulator has, newest first.
    void listsTheMergeRequests()
    {
        QVERIFY(uitest::clickPage(w(), kGitLab));
        QVERIFY(page());
        QCOMPARE(w().currentPage(), static_cast<QWidget *>(page()));
        const QList<QJsonObject> live = liveMergeRequests();
        QCOMPARE(live.size(), 3 * 25);
        MergeRequestsModel *model = page()->model();
        QTRY_COMPARE(model->matchCount(), int(live.size()));
        QSet<QString> expected, shown;
        for (const QJsonObject &m : live)
            expected.insert(QStringLiteral("%1!%2").arg(m.value(QLatin1String("project")).toString()).arg(m.value(QLatin1String("iid")).toInt()));
        const QStringList projects = column(model, MergeRequestsModel::Project);
        const QStringList iids = column(model, MergeRequestsModel::Iid);
        for (int r = 0; r < projects.size(); ++r)
            shown.insert(projects.at(r) + iids.at(r));
        QCOMPARE(shown, expected);
        QVERIFY2(page()->countLabel()->text().startsWith(QStringLiteral("%1 merge request").arg(live.size())),
                 qPrintable(page()->countLabel()->text()));
        QVERIFY(!page()->emptyActionButton()->isVisible());
    }

    // Typing in the filter narrows the list to what matches; clearing it brings every one back.
    void filters()
    {
        QVERIFY(uitest::clickPage(w(), kGitLab));
        const QList<QJsonObject> live = liveMergeRequests();
        const QJsonObject wanted = live.at(7);
        const QString title = wanted.value(QLatin1String("title")).toString();
        MergeRequestsModel *model = page()->model();
        QLineEdit *filter = page()->filterEdit();
        QTest::mouseClick(filter, Qt::LeftButton);
        QTest::keyClicks(filter, title);
        QTRY_VERIFY(model->filterText() == title.simplified());
        QTRY_VERIFY(model->isCountKnown());
        QVERIFY(model->matchCount() >= 1);
        QVERIFY2(model->matchCount() < live.size(), qPrintable(title));
        QVERIFY(column(model, MergeRequestsModel::Title).contains(title));
        QVERIFY(page()->countLabel()->text().contains(QLatin1String("match")));
        // Nothing matches: the list says so.
        filter->selectAll();
        QTest::keyClicks(filter, QStringLiteral("zzqxv"));
        QTRY_COMPARE(model->filterText(), QStringLiteral("zzqxv"));
        QTRY_COMPARE(model->rowCount(), 0);
        filter->selectAll();
        QTest::keyClick(filter, Qt::Key_Backspace);
        QTRY_COMPARE(model->matchCount(), int(live.size()));
    }

    // A click on a row shows it in the pane: title, project!iid, approvals, comments, the link.
    void selectShowsTheDetail()
    {
        QVERIFY(uitest::clickPage(w(), kGitLab));
        // An open merge request with approvals (Cairn reads the approvals of open ones).
        QJsonObject chosen;
        for (const QJsonObject &m : liveMergeRequests())
            if (m.value(QLatin1String("state")).toString() == QLatin1String("opened")
                && !m.value(QLatin1String("approved_by")).toArray().isEmpty() && !m.value(QLatin1String("description")).toString().isEmpty())
                chosen = m;
        QVERIFY(!chosen.isEmpty());
        const qint64 id = rowIdOf(chosen);
        QVERIFY(id > 0);
        MergeRequestsModel *model = page()->model();
        const int row = model->rowOfId(id);
        QVERIFY(row >= 0);
        clickRow(page(), row);
        QCOMPARE(page()->selectedItemId(), id);
        const QString text = page()->detail()->toPlainText();
        const QString reference = QStringLiteral("%1!%2").arg(chosen.value(QLatin1String("project")).toString()).arg(chosen.value(QLatin1String("iid")).toInt());
        QVERIFY2(text.contains(chosen.value(QLatin1String("title")).toString()), qPrintable(text));
        QVERIFY2(text.contains(reference), qPrintable(text));
        QStringList approvers;
        for (const QJsonValue &a : chosen.value(QLatin1String("approved_by")).toArray())
            approvers << a.toString();
        QVERIFY2(text.contains(QStringLiteral("Approved by ") + approvers.join(QStringLiteral(", "))), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("%1 comment").arg(chosen.value(QLatin1String("user_notes_count")).toInt())), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("Open in GitLab")), qPrintable(text));
        // The list's Approvals column: given of those required while some are missing, else how many.
        const int required = chosen.value(QLatin1String("approvals_required")).toInt();
        const QString approvals = required > approvers.size() ? QStringLiteral("%1 of %2").arg(approvers.size()).arg(required)
                                  : required > 0              ? QStringLiteral("%1 ✓").arg(approvers.size())
                                                              : QString::number(approvers.size());
        QCOMPARE(model->index(row, MergeRequestsModel::Approvals).data().toString(), approvals);
        if (required > 0)
            QVERIFY2(text.contains(QStringLiteral("(%1 required").arg(required)), qPrintable(text));
        QCOMPARE(model->index(row, MergeRequestsModel::State).data().toString(), QStringLiteral("open"));
        // The pane's one live link is the merge request's page; the description's links are inert.
        QVERIFY(page()->detail()->toHtml().contains(QLatin1String("/merge_requests/")));
    }

    // Ctrl+K finds a merge request by its title and Enter opens it in the GitLab page.
    void ctrlKFindsAndOpens()
    {
        QVERIFY(uitest::clickPage(w(), QStringLiteral("google")));
        // One whose title few others share: Ctrl+K shows GlobalSearch::kPerKind hits a kind.
        const QList<QJsonObject> live = liveMergeRequests();
        QHash<QString, int> titles;
        for (const QJsonObject &m : live)
            ++titles[m.value(QLatin1String("title")).toString()];
        QJsonObject wanted = live.first();
        for (const QJsonObject &m : live)
            if (titles.value(m.value(QLatin1String("title")).toString()) < titles.value(wanted.value(QLatin1String("title")).toString()))
                wanted = m;
        QVERIFY(titles.value(wanted.value(QLatin1String("title")).toString()) <= GlobalSearch::kPerKind);
        const qint64 id = rowIdOf(wanted);
        QVERIFY(id > 0);
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &w(), Qt::Key_K, Qt::ControlModifier);
        GlobalSearch *search = w().globalSearch();
        QVERIFY(search && search->isVisible());
        QSignalSpy searched(search, &GlobalSearch::searched);
        QTest::keyClicks(search->input(), wanted.value(QLatin1String("title")).toString());
        QVERIFY(searched.wait(10'000));
        QTRY_VERIFY(search->input()->text() == searched.last().first().toString());
        // The Merge requests group holds it.
        QModelIndex hit;
        for (int g = 0; g < search->model()->rowCount(); ++g) {
            QStandardItem *group = search->model()->item(g);
            for (int r = 0; r < group->rowCount(); ++r)
                if (group->child(r)->data(GlobalSearch::ItemIdRole).toLongLong() == id
                    && group->child(r)->data(GlobalSearch::KindRole).toInt() == int(gitlab::kMergeRequestKind)) {
                    QCOMPARE(group->text(), QStringLiteral("Merge requests"));
                    hit = group->child(r)->index();
                }
        }
        QStringList seen; // (what it shows, for the message)
        for (QLabel *l : search->findChildren<QLabel *>())
            seen << l->text();
        for (int g = 0; g < search->model()->rowCount(); ++g)
            for (int r = 0; r < search->model()->item(g)->rowCount(); ++r)
                seen << search->model()->item(g)->text() + QStringLiteral(": ") + search->model()->item(g)->child(r)->text()
                            + QStringLiteral(" #") + search->model()->item(g)->child(r)->data(GlobalSearch::ItemIdRole).toString();
        QVERIFY2(hit.isValid(), qPrintable(QStringLiteral("%1 (%2) typed “%3”, searched %4 among\n").arg(wanted.value(QLatin1String("title")).toString()).arg(id).arg(search->input()->text()).arg(searched.count()) + seen.join(u'\n')));
        search->results()->setCurrentIndex(hit);
        QTest::keyClick(search->input(), Qt::Key_Return);
        QVERIFY(!search->isVisible());
        QCOMPARE(w().currentPage(), static_cast<QWidget *>(page()));
        QCOMPARE(w().sidebar()->current(), kGitLab);
        QCOMPARE(page()->selectedItemId(), id);
        QVERIFY(page()->detail()->toPlainText().contains(wanted.value(QLatin1String("title")).toString()));
    }

    // People: a person's merge requests, by the local part of their address or by a username
    // linked to them — those they opened, are assigned to or review.
    void peopleSection()
    {
        const SourceViews *views = SourceViews::find(kGitLab);
        QVERIFY(views && views->people.rows);
        ReadConnection reader(m_app.session->databasePath());
        QVERIFY(reader.ensureOpen());
        QSqlDatabase db = reader.db();
        const QString who = QStringLiteral("ada.lovelace");
        int expected = 0;
        for (const QJsonObject &m : liveMergeRequests()) {
            QStringList people{m.value(QLatin1String("author")).toString()};
            for (const char *k : {"assignees", "reviewers"})
                for (const QJsonValue &u : m.value(QLatin1String(k)).toArray())
                    people << u.toString();
            if (people.contains(who) && rowIdOf(m) > 0) // (in the cache: of a project synced)
                ++expected;
        }
        QVERIFY(expected > 0);
        const QStringList byEmail = views->people.rows(db, PersonQuery({QStringLiteral("Ada Lovelace")}, {QStringLiteral("Ada.Lovelace@example.org")}));
        QCOMPARE(byEmail.size(), qMin(expected, 50));
        QVERIFY(byEmail.first().contains(QLatin1String("!")));
        const QStringList byName = views->people.rows(db, PersonQuery({QStringLiteral("ADA.LOVELACE")}, {}));
        QCOMPARE(byName, byEmail);
        QVERIFY(views->people.rows(db, PersonQuery({QStringLiteral("Nobody")}, {QStringLiteral("nobody@example.org")})).isEmpty());
    }

    // Settings › Choose projects…: the projects the account is a member of, the chosen ones
    // ticked; untick one and tick a new one with the mouse, OK, Settings' OK: gitlab.projects.
    void pickerWritesTheProjects()
    {
        QString added;
        m_app.demo.withSimulator([&added](sim::CloudSimulator &s) { added = s.service<sim::GitLabService>().addProject(QStringLiteral("open-tools/zeta"), 2); });
        QCOMPARE(added, QStringLiteral("open-tools/zeta"));
        QStringList paths;
        for (const QJsonValue &p : truth().value(QLatin1String("projects")).toArray())
            paths << p.toObject().value(QLatin1String("path")).toString();
        QCOMPARE(paths.size(), 4);
        const QStringList before = m_app.session->settings().value(QStringLiteral("gitlab.projects")).toString().split(u' ', Qt::SkipEmptyParts);
        QCOMPARE(before.size(), 3);

        // (The demo's Jira configuration names no site — its address comes from the environment —
        // and Settings refuses a configuration without one: give it the simulator's.)
        m_app.session->settings().setValue(QStringLiteral("jira.demo.site"), m_app.demo.baseUrl().toString());
        SettingsDialog *settings = pickertest::openSettings(w());
        QVERIFY(settings);
        auto *box = settings->findChild<QPlainTextEdit *>(QStringLiteral("gitlabProjects"));
        QVERIFY(box);
        QCOMPARE(box->toPlainText(), before.join(u'\n'));
        auto *choose = settings->findChild<QPushButton *>(QStringLiteral("chooseGitLab"));
        QVERIFY(choose && choose->isVisible());
        QTest::mouseClick(choose, Qt::LeftButton);
        auto *picker = settings->findChild<ProjectPickerDialog *>();
        QVERIFY(picker && picker->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!picker->isLoading(), 20'000);
        QCOMPARE(picker->message(), QString());
        auto *view = picker->findChild<QTreeView *>(QStringLiteral("gitlabProjects"));
        QStringList shown = pickertest::shownNames(view);
        shown.sort();
        paths.sort();
        QCOMPARE(shown, paths);
        for (const QString &p : before)
            QCOMPARE(pickertest::rowOf(view, p).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QCOMPARE(pickertest::rowOf(view, added).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        auto *count = picker->findChild<QLabel *>(QStringLiteral("gitlabCount"));
        QCOMPARE(count->text(), QStringLiteral("Chosen: 3 · Shown: 4 of 4"));
        // The search narrows the list as it is typed.
        auto *search = picker->findChild<QLineEdit *>(QStringLiteral("gitlabSearch"));
        QTest::keyClicks(search, QStringLiteral("zeta"));
        QCOMPARE(pickertest::shownNames(view), QStringList{added});
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, pickertest::checkBoxCentre(view, view->model()->index(0, 0)));
        QCOMPARE(count->text(), QStringLiteral("Chosen: 4 · Shown: 1 of 4"));
        search->selectAll();
        QTest::keyClick(search, Qt::Key_Backspace);
        const QModelIndex dropped = pickertest::rowOf(view, before.first());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, pickertest::checkBoxCentre(view, dropped));
        QCOMPARE(dropped.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        pickertest::saveShot(picker, QStringLiteral("gitlab-project-picker"));

        QTest::mouseClick(picker->findChild<QDialogButtonBox *>(QStringLiteral("gitlabButtons"))->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_VERIFY(!settings->findChild<ProjectPickerDialog *>());
        const QStringList expected = before.mid(1) << added;
        QCOMPARE(box->toPlainText(), expected.join(u'\n'));
        // Nothing is written before Settings' own OK.
        QCOMPARE(m_app.session->settings().value(QStringLiteral("gitlab.projects")).toString(), before.join(u' '));
        QVERIFY2(settings->problem().isEmpty(), qPrintable(settings->problem()));
        QTest::mouseClick(settings->form()->buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QCOMPARE(m_app.session->settings().value(QStringLiteral("gitlab.projects")).toString(), expected.join(u' '));
        QCOMPARE(Settings(m_app.dir.path()).value(QStringLiteral("gitlab.projects")).toString(), expected.join(u' '));
    }

    // The page at a small and a large size: no column cut, the detail pane readable.
    void screenshots()
    {
        const QString dir = QStringLiteral(CAIRN_BUILD_DIR "/screenshots");
        QDir().mkpath(dir);
        QVERIFY(uitest::clickPage(w(), kGitLab));
        for (const QSize size : {QSize(820, 560), QSize(1600, 1000)}) {
            w().resize(size);
            QTest::qWait(120);
            clickRow(page(), 2);
            QTest::qWait(60);
            QVERIFY(page()->selectedItemId() != 0);
            const QStringList cut = uitest::narrowColumns(w());
            QVERIFY2(cut.isEmpty(), qPrintable(cut.join(u'\n')));
            QVERIFY(w().grab().save(dir + QStringLiteral("/gitlab-%1x%2.png").arg(size.width()).arg(size.height())));
        }
    }
};

QTEST_MAIN(TestGitLabViews)
#include "tst_gitlabviews.moc"
