#include "GitHubViews.h"
#include "PersonQuery.h"
#include "PersonView.h"
#include "PullsPage.h"
#include "github/PullsQuery.h"
#include "RepoPickerDialog.h"
#include "Settings.h"
#include "LinesSettings.h"
#include "SettingsDialog.h"
#include "Words.h"
#include "github/GitHubSource.h"
#include "sim/CloudSimulator.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QUrl>
#include <QTableView>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace cairn {

namespace {

const QString kGitHub = QStringLiteral("github");

QStringList pullsOf(QSqlDatabase &db, const PersonQuery &person)
{
    QStringList rows;
    const bool several = PullsQuery().accounts(db).size() > 1;
    for (const PullsQuery::OfPerson &p : PullsQuery::ofPerson(db, person)) {
        const QString what = p.opened ? QCoreApplication::translate("cairn::PersonView", "opened")
                                       : QCoreApplication::translate("cairn::PersonView", "reviewed");
        const QString state = words::pullState(p.state, p.merged, p.draft);
        rows << QStringLiteral("<li>%1 <span style='color:#888'>%2 · %3 · %4%5</span></li>").arg(
            PersonView::link(kPullRequestKind, p.id, QStringLiteral("%1#%2 %3").arg(p.repo, QString::number(p.number), p.title)),
            what.toHtmlEscaped(), state.toHtmlEscaped(), PersonView::when(p.updatedAt).toHtmlEscaped(),
            PersonView::accountNote(p.account, several).toHtmlEscaped());
    }
    return rows;
}

bool needsRepositories(const Settings &settings)
{
    return settings.value(QStringLiteral("github.repos")).toString().trimmed().isEmpty();
}

SyncChoice chooseRepositories(SyncEngine &engine, Settings &settings, QWidget *parent)
{
    auto *picker = new RepoPickerDialog(engine, settings.apiUrl(kGitHub), github::repos(settings), parent);
    return {picker, [&settings, picker] { settings.setValue(QStringLiteral("github.repos"), picker->chosen().join(QLatin1Char(','))); }};
}

// The repositories of a box: owner/name, separated by white space or commas.
QStringList repoLines(const QString &text)
{
    QStringList out;
    for (const QString &line : text.split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts))
        out << line.trimmed();
    return out;
}

// Settings › Syncing: "or once a day at (UTC)" beside its interval, and the repositories.
class GitHubSettings : public LinesSettings
{
public:
    explicit GitHubSettings(SettingsDialog &dialog)
        : LinesSettings(dialog, {QCoreApplication::translate("SettingsDialog", "GitHub repositories (owner/name, one per line)"),
                                 QStringLiteral("githubBox"), QStringLiteral("githubRepos"), QCoreApplication::translate("SettingsDialog", "qt/qtbase"),
                                 QCoreApplication::translate("SettingsDialog", "Ch&oose…"), QStringLiteral("chooseRepos"),
                                 QCoreApplication::translate("SettingsDialog", "Pick from the repositories your GitHub account can see")})
    {
    }

    void addBesideInterval(QHBoxLayout *row, QSpinBox *interval) override
    {
        m_interval = interval;
        m_daily = new QCheckBox(QCoreApplication::translate("SettingsDialog", "or once a day at (UTC)"), &dialog());
        m_daily->setObjectName(QStringLiteral("githubDaily"));
        m_dailyAt = new QTimeEdit(&dialog());
        m_dailyAt->setObjectName(QStringLiteral("githubDailyAt"));
        m_dailyAt->setDisplayFormat(QCoreApplication::translate("SettingsDialog", "HH:mm"));
        m_dailyAt->setTimeSpec(Qt::UTC);
        QObject::connect(m_daily, &QCheckBox::toggled, m_dailyAt, &QWidget::setEnabled);
        QObject::connect(m_daily, &QCheckBox::toggled, interval, [interval](bool daily) { interval->setEnabled(!daily); });
        row->addWidget(m_daily);
        row->addWidget(m_dailyAt);
        SettingsDialog::endRow(row);
    }

    void load(const Settings &settings) override
    {
        if (m_daily) {
            const QString dailyAt = settings.value(QStringLiteral("github.daily_at")).toString();
            m_daily->setChecked(!dailyAt.isEmpty());
            m_dailyAt->setTime(dailyAt.isEmpty() ? QTime(4, 0) : QTime::fromString(dailyAt, QStringLiteral("HH:mm")));
            m_dailyAt->setEnabled(!dailyAt.isEmpty());
            m_interval->setEnabled(dailyAt.isEmpty());
        }
        lines()->setPlainText(repoLines(settings.value(QStringLiteral("github.repos")).toString()).join(QLatin1Char('\n')));
    }

    QString problem(QWidget **field) const override
    {
        static const QRegularExpression repo(QStringLiteral("^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"));
        *field = lines();
        for (const QString &r : repoLines(lines()->toPlainText()))
            if (!repo.match(r).hasMatch())
                return QCoreApplication::translate("cairn::SettingsDialog", "“%1” is not a repository: write owner/name, e.g. qt/qtbase.")
                    .arg(r.left(80));
        *field = nullptr;
        return {};
    }

    void save(Settings &settings) override
    {
        if (m_daily && m_daily->isChecked())
            settings.setValue(QStringLiteral("github.daily_at"), m_dailyAt->time().toString(QStringLiteral("HH:mm")));
        else
            settings.remove(QStringLiteral("github.daily_at"));
        settings.setValue(QStringLiteral("github.repos"), repoLines(lines()->toPlainText()).join(QLatin1Char(',')));
    }

private:
    // Choose…: the picker of the repositories the account can see.
    void choose() override
    {
        if (dialog().engine())
            openPicker(new RepoPickerDialog(*dialog().engine(), dialog().settings().apiUrl(kGitHub), repoLines(lines()->toPlainText()),
                                            &dialog()));
    }

    QSpinBox *m_interval = nullptr;
    QCheckBox *m_daily = nullptr;
    QTimeEdit *m_dailyAt = nullptr;
};

} // namespace

const SourceViews &gitHubViews()
{
    static const SourceViews views{
        .id = kGitHub,
        .page = SourcePage::listOf<PullsPage>,
        .changes = {kGitHub},
        .searchKinds = {{kPullRequestKind, QT_TRANSLATE_NOOP("cairn::GlobalSearch", "Pull requests")}},
        .people = {QT_TRANSLATE_NOOP("cairn::PersonView", "Pull requests opened or reviewed"), pullsOf},
        .card = {.keeps = QT_TRANSLATE_NOOP("cairn::ServiceCard", "The pull requests of the repositories you choose, with their reviews."),
                 .permission = QT_TRANSLATE_NOOP("cairn::ServiceCard",
                                                 "GitHub's sign-in grants access to your repositories; Cairn only reads pull requests. "
                                                 "A fine-grained token with read-only access to pull requests is enough."),
                 .signIn = QT_TRANSLATE_NOOP("cairn::ServiceCard", "Sign in with GitHub"),
                 .tokenPage = "https://github.com/settings/personal-access-tokens/new",
                 .ownAppSteps = QT_TRANSLATE_NOOP("cairn::ServiceCard",
                                                  "1. In %1, register a new OAuth app (any homepage; callback <tt>http://127.0.0.1/</tt>).<br>"
                                                  "2. Tick <i>Enable Device Flow</i>.<br>"
                                                  "3. Enter its client ID (and, to revoke on sign-out, a client secret) here."),
                 .ownAppSite = "https://github.com/settings/applications/new",
                 .ownAppSiteName = QT_TRANSLATE_NOOP("cairn::ServiceCard", "GitHub's developer settings")},
        .needsChoice = needsRepositories,
        .choose = chooseRepositories,
        .chooseAction = QT_TRANSLATE_NOOP("cairn::MainWindow", "Choose repositories…"),
        .intervalLabel = QT_TRANSLATE_NOOP("SettingsDialog", "Git&Hub:"),
        .settings = SourceViews::settingsOf<GitHubSettings>,
        .notifications = {QT_TRANSLATE_NOOP("SettingsDialog", "&Pull requests where my review is requested"),
                          QT_TRANSLATE_N_NOOP("cairn::WatchNotifier", "%n pull request(s) waiting for your review"), true},
        .commandLineHint = "\\bgithub\\.(repos|base_url)\\b",
    };
    return views;
}

} // namespace cairn
