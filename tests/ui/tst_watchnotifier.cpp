// The opt-in "assigned to me" notifications against the simulator, through the window's
// SyncSession: new Asana tasks assigned to me, pull requests asking for my review, Jira
// issues assigned to me — said once, after the sync that brought them, never for the first
// sync of an account, not when switched off, and not lost when a run fails.
#include "Settings.h"
#include "SyncSession.h"
#include "WatchNotifier.h"

#include "sim/asana/AsanaService.h"
#include "sim/CloudSimulator.h"
#include "sim/github/GitHubService.h"
#include "sim/jira/JiraService.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace cairn;

namespace {
const QString kAsana = QStringLiteral("asana");
const QString kGitHub = QStringLiteral("github");
const QString kJira = QStringLiteral("jira");

// The title as the user reads it (plural forms come from the translation).
QString title(const char *text, int n)
{
    return WatchNotifier::tr(text, nullptr, n);
}
} // namespace

class TestWatchNotifier : public QObject
{
    Q_OBJECT

    std::unique_ptr<sim::CloudSimulator> m_sim;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SyncSession> m_session;
    std::unique_ptr<WatchNotifier> m_watch;

    // Syncs every account of `source`; the outcome of sourceDone().
    QString sync(const QString &source)
    {
        QSignalSpy done(m_session.get(), &SyncSession::sourceDone);
        m_session->syncNow(source, SyncMode::Auto);
        if (done.isEmpty() && !done.wait(60'000))
            return QStringLiteral("timeout");
        return statusName(done.first().at(1).value<RunStatus>());
    }

    QString someTaskNotMine()
    {
        for (const QString &p : m_sim->asana().projectGids())
            for (const QString &t : m_sim->asana().taskGids(p)) {
                const sim::ATask *task = m_sim->asana().task(t);
                if (task && !task->completed && task->assigneeGid != m_sim->asana().meGid())
                    return t;
            }
        return {};
    }

    QPair<QString, int> somePullNotAskingMe()
    {
        for (const QString &repo : m_sim->github().repoNames())
            for (int n = 1; n < 100; ++n) {
                const sim::GPull *p = m_sim->github().pull(repo, n);
                if (p && !p->closed && !p->requestedReviewers.contains(sim::GitHubService::viewerLogin()))
                    return {repo, n};
            }
        return {};
    }

    QString someIssueNotMine()
    {
        for (const QString &key : m_sim->jira().issueKeys())
            if (m_sim->jira().issue(key)->assigneeId != m_sim->jira().myAccountId())
                return key;
        return {};
    }

private Q_SLOTS:
    void init()
    {
        sim::Options o;
        o.seed = 11;
        o.contacts = 5;
        o.asanaProjects = 2;
        o.asanaTasksPerProject = 8;
        o.githubRepos = 1;
        o.githubPullsPerRepo = 6;
        o.jiraIssues = 15;
        m_sim = std::make_unique<sim::CloudSimulator>(o);
        QVERIFY(m_sim->listenLocal() != 0);
        for (const QString &s : {kAsana, kGitHub, kJira}) {
            const QByteArray upper = s.toUpper().toLatin1();
            qputenv("CAIRN_" + upper + "_API_URL", (m_sim->baseUrl().toString() + u'/' + s).toUtf8());
            qputenv("CAIRN_" + upper + "_TOKEN", o.accessToken.toUtf8());
        }
        qputenv("CAIRN_JIRA_EMAIL", "me@example.com");
        m_dir = std::make_unique<QTemporaryDir>();
        m_session = std::make_unique<SyncSession>(m_dir->path());
        Settings &settings = m_session->settings();
        settings.setValue(QStringLiteral("github.repos"), m_sim->github().repoNames().join(u','));
        settings.setValue(QStringLiteral("jira.configs"), QStringLiteral("main"));
        settings.setValue(QStringLiteral("jira.main.jql"), QStringLiteral("project in (CAIRN, OPS, WEB)"));
        for (const QString &s : {kAsana, kGitHub, kJira})
            WatchNotifier::setEnabled(settings, s, true);
        m_watch = std::make_unique<WatchNotifier>(*m_session);
        QSignalSpy opened(m_session.get(), &SyncSession::opened);
        m_session->open();
        QVERIFY(opened.wait(10'000));
    }

    void cleanup()
    {
        m_watch.reset();
        m_session.reset();
        m_dir.reset();
        m_sim.reset();
        for (const char *s : {"ASANA", "GITHUB", "JIRA"}) {
            qunsetenv(QByteArray("CAIRN_") + s + "_API_URL");
            qunsetenv(QByteArray("CAIRN_") + s + "_TOKEN");
        }
        qunsetenv("CAIRN_JIRA_EMAIL");
    }

    void newItemsOfMineAreToldOnce()
    {
        QSignalSpy notes(m_watch.get(), &WatchNotifier::notify);
        QSignalSpy learnt(m_watch.get(), &WatchNotifier::identityLearnt);
        // The first sync of each account says nothing (everything would be new) and learns
        // who "me" is where the items name people by login or account id.
        for (const QString &s : {kAsana, kGitHub, kJira})
            QCOMPARE(sync(s), QStringLiteral("ok"));
        QTRY_COMPARE_WITH_TIMEOUT(learnt.count(), 2, 10'000);
        QCOMPARE(WatchNotifier::identity(m_session->settings(), kGitHub, QStringLiteral("default")),
                 sim::GitHubService::viewerLogin());
        QCOMPARE(WatchNotifier::identity(m_session->settings(), kJira, QStringLiteral("default")),
                 m_sim->jira().myAccountId());
        QCOMPARE(WatchNotifier::identity(m_session->settings(), kAsana, QStringLiteral("default")), QString());
        // Nothing new: nothing said.
        for (const QString &s : {kAsana, kGitHub, kJira})
            QCOMPARE(sync(s), QStringLiteral("ok"));
        QCOMPARE(notes.count(), 0);

        const QString task = someTaskNotMine();
        QVERIFY(!task.isEmpty());
        QVERIFY(m_sim->asana().assignTask(task, m_sim->asana().meGid()));
        const QPair<QString, int> pull = somePullNotAskingMe();
        QVERIFY(pull.second > 0);
        QVERIFY(m_sim->github().requestReview(pull.first, pull.second, sim::GitHubService::viewerLogin()));
        const QString issue = someIssueNotMine();
        QVERIFY(!issue.isEmpty());
        QVERIFY(m_sim->jira().assignIssue(issue, m_sim->jira().myAccountId()));

        QCOMPARE(sync(kAsana), QStringLiteral("ok"));
        QCOMPARE(notes.count(), 1);
        QCOMPARE(notes.at(0).at(0).toString(), title("%n new Asana task(s) assigned to you", 1));
        QCOMPARE(notes.at(0).at(1).toString(), m_sim->asana().task(task)->name);
        QCOMPARE(sync(kGitHub), QStringLiteral("ok"));
        QCOMPARE(notes.count(), 2);
        QCOMPARE(notes.at(1).at(0).toString(), title("%n pull request(s) waiting for your review", 1));
        QVERIFY(notes.at(1).at(1).toString().startsWith(QStringLiteral("%1#%2 ").arg(pull.first).arg(pull.second)));
        QCOMPARE(sync(kJira), QStringLiteral("ok"));
        QCOMPARE(notes.count(), 3);
        QCOMPARE(notes.at(2).at(0).toString(), title("%n Jira issue(s) newly assigned to you", 1));
        QVERIFY(notes.at(2).at(1).toString().startsWith(issue + u' '));

        // Said once: the next syncs bring nothing new.
        for (const QString &s : {kAsana, kGitHub, kJira})
            QCOMPARE(sync(s), QStringLiteral("ok"));
        QCOMPARE(notes.count(), 3);
    }

    void aFailedRunLosesNothingAndOffMeansOff()
    {
        QSignalSpy notes(m_watch.get(), &WatchNotifier::notify);
        QCOMPARE(sync(kAsana), QStringLiteral("ok"));
        QCOMPARE(sync(kAsana), QStringLiteral("ok"));
        // Four tasks become mine; the run that would bring them fails at its first request.
        QStringList mine;
        for (int i = 0; i < 4; ++i) {
            const QString t = someTaskNotMine();
            QVERIFY(m_sim->asana().assignTask(t, m_sim->asana().meGid()));
            mine << m_sim->asana().task(t)->name;
        }
        sim::Fault f;
        f.path = QStringLiteral("/asana");
        f.status = 403;
        m_sim->faults().add(f);
        QCOMPARE(sync(kAsana), QStringLiteral("failed"));
        QCOMPARE(notes.count(), 0);
        QCOMPARE(sync(kAsana), QStringLiteral("ok"));
        QCOMPARE(notes.count(), 1);
        QCOMPARE(notes.at(0).at(0).toString(), title("%n new Asana task(s) assigned to you", 4));
        // Three named, in order, and the rest counted.
        std::sort(mine.begin(), mine.end());
        QCOMPARE(notes.at(0).at(1).toString(), mine.mid(0, 3).join(u'\n') + u'\n' + WatchNotifier::tr("and %n more", nullptr, 1));

        WatchNotifier::setEnabled(m_session->settings(), kAsana, false);
        QVERIFY(m_sim->asana().assignTask(someTaskNotMine(), m_sim->asana().meGid()));
        QCOMPARE(sync(kAsana), QStringLiteral("ok"));
        QCOMPARE(notes.count(), 1);
    }
};

QTEST_MAIN(TestWatchNotifier)
#include "tst_watchnotifier.moc"
