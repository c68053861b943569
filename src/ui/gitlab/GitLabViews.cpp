#include "GitLabViews.h"
#include "MergeRequestsPage.h"
#include "PersonQuery.h"
#include "PersonView.h"
#include "ProjectPickerDialog.h"
#include "Settings.h"
#include "LinesSettings.h"
#include "SettingsDialog.h"
#include "Words.h"
#include "gitlab/GitLabRepo.h"
#include "gitlab/GitLabSource.h"
#include "gitlab/MergeRequestsQuery.h"

#include <QCoreApplication>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace cairn {

namespace {

const QString kGitLab = QStringLiteral("gitlab");

QStringList mergeRequestsOf(QSqlDatabase &db, const PersonQuery &person)
{
    QStringList rows;
    const bool several = gitlab::MergeRequestsQuery().accounts(db).size() > 1;
    for (const gitlab::MergeRequestsQuery::OfPerson &m : gitlab::MergeRequestsQuery::ofPerson(db, person)) {
        const QString what = m.authored    ? QCoreApplication::translate("cairn::PersonView", "opened")
                             : m.reviewing ? QCoreApplication::translate("cairn::PersonView", "reviewer")
                                           : QCoreApplication::translate("cairn::PersonView", "assigned");
        const bool merged = m.state == QLatin1String("merged");
        const QString state = words::pullState(merged || m.state == QLatin1String("closed") ? QStringLiteral("closed") : QStringLiteral("open"),
                                               merged, m.draft);
        rows << QStringLiteral("<li>%1 <span style='color:#888'>%2 · %3 · %4%5</span></li>").arg(
            PersonView::link(gitlab::kMergeRequestKind, m.id, QStringLiteral("%1 %2").arg(m.reference, m.title)), what.toHtmlEscaped(),
            state.toHtmlEscaped(), PersonView::when(m.updatedAt).toHtmlEscaped(), PersonView::accountNote(m.account, several).toHtmlEscaped());
    }
    return rows;
}

bool needsProjects(const Settings &settings)
{
    return gitlab::projects(settings).isEmpty();
}

SyncChoice chooseProjects(SyncEngine &engine, Settings &settings, QWidget *parent)
{
    auto *picker = new ProjectPickerDialog(engine, settings.apiUrl(kGitLab), gitlab::projects(settings), parent);
    return {picker, [&settings, picker] { settings.setValue(QStringLiteral("gitlab.projects"), picker->chosen().join(QLatin1Char(' '))); }};
}

// The projects of a box: paths or ids, separated by white space or commas.
QStringList projectLines(const QString &text)
{
    return text.split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts);
}

// Settings › Syncing › GitLab: the projects (Choose projects…) and a self-managed GitLab's address.
class GitLabSettings : public LinesSettings
{
public:
    explicit GitLabSettings(SettingsDialog &dialog)
        : LinesSettings(dialog, {QCoreApplication::translate("SettingsDialog", "GitLab projects (group/project, one per line)"),
                                 QStringLiteral("gitlabBox"), QStringLiteral("gitlabProjects"),
                                 QCoreApplication::translate("SettingsDialog", "gitlab-org/gitlab"),
                                 QCoreApplication::translate("SettingsDialog", "Choose projec&ts…"), QStringLiteral("chooseGitLab"),
                                 QCoreApplication::translate("SettingsDialog", "Pick from the projects your GitLab account is a member of")})
    {
        m_baseUrl = new QLineEdit(box());
        m_baseUrl->setObjectName(QStringLiteral("gitlabBaseUrl"));
        m_baseUrl->setPlaceholderText(QCoreApplication::translate("SettingsDialog", "empty: GitLab.com"));
        auto *label = new QLabel(QCoreApplication::translate("SettingsDialog", "Self-managed GitLab's API &URL:"), box());
        label->setBuddy(m_baseUrl);
        auto *server = new QHBoxLayout;
        server->addWidget(label);
        server->addWidget(m_baseUrl, 1);
        boxLayout()->addLayout(server);
    }

    void load(const Settings &settings) override
    {
        lines()->setPlainText(projectLines(settings.value(QStringLiteral("gitlab.projects")).toString()).join(QLatin1Char('\n')));
        m_baseUrl->setText(settings.value(QStringLiteral("gitlab.base_url")).toString());
    }

    QString problem(QWidget **field) const override
    {
        static const QRegularExpression project(QStringLiteral("^([0-9]+|[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)+)$"));
        *field = lines();
        for (const QString &p : projectLines(lines()->toPlainText()))
            if (!project.match(p).hasMatch())
                return QCoreApplication::translate("cairn::SettingsDialog",
                                                   "“%1” is not a GitLab project: write group/project (or its id), e.g. gitlab-org/gitlab.")
                    .arg(p.left(80));
        const QString base = m_baseUrl->text().trimmed();
        const QUrl url(base);
        *field = m_baseUrl;
        if (!base.isEmpty() && (!url.isValid() || url.host().isEmpty() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))))
            return QCoreApplication::translate("cairn::SettingsDialog",
                                               "“%1” is not an address: write the API address of your GitLab, e.g. "
                                               "https://gitlab.example.com/api/v4, or leave it empty for GitLab.com.")
                .arg(base.left(80));
        *field = nullptr;
        return {};
    }

    void save(Settings &settings) override
    {
        settings.setValue(QStringLiteral("gitlab.projects"), projectLines(lines()->toPlainText()).join(QLatin1Char(' ')));
        const QString base = m_baseUrl->text().trimmed();
        if (base.isEmpty())
            settings.remove(QStringLiteral("gitlab.base_url"));
        else
            settings.setValue(QStringLiteral("gitlab.base_url"), base);
    }

private:
    // Choose projects…: the picker, on the GitLab of the form; its OK writes the ticked projects into the box.
    void choose() override
    {
        if (!dialog().engine())
            return;
        // As the sync does: CAIRN_GITLAB_API_URL (or gitlab.api_url) before the address typed here.
        QUrl api = dialog().settings().apiUrl(kGitLab);
        const QString typed = m_baseUrl->text().trimmed();
        if (qEnvironmentVariableIsEmpty("CAIRN_GITLAB_API_URL") && dialog().settings().value(QStringLiteral("gitlab.api_url")).toString().isEmpty())
            api = typed.isEmpty() ? QUrl(gitLabSource().facts.apiUrl) : QUrl(typed);
        openPicker(new ProjectPickerDialog(*dialog().engine(), api, projectLines(lines()->toPlainText()), &dialog()));
    }

    QLineEdit *m_baseUrl;
};

} // namespace

const SourceViews &gitLabViews()
{
    static const SourceViews views{
        .id = kGitLab,
        .page = SourcePage::listOf<MergeRequestsPage>,
        .changes = {kGitLab},
        .searchKinds = {{gitlab::kMergeRequestKind, QT_TRANSLATE_NOOP("cairn::GlobalSearch", "Merge requests")}},
        .people = {QT_TRANSLATE_NOOP("cairn::PersonView", "Merge requests opened, assigned or to review"), mergeRequestsOf},
        .card = {.keeps = QT_TRANSLATE_NOOP("cairn::ServiceCard",
                                            "The merge requests of the GitLab projects you choose, with their approvals, on GitLab.com or "
                                            "a self-managed GitLab (its address goes in Settings)."),
                 .permission = QT_TRANSLATE_NOOP("cairn::ServiceCard",
                                                 "Asks for read-only access to the API (read_api). A personal access token works too: in "
                                                 "GitLab, Preferences → Access tokens, with the scope read_api."),
                 .signIn = QT_TRANSLATE_NOOP("cairn::ServiceCard", "Sign in with GitLab"),
                 .tokenPage = "https://gitlab.com/-/user_settings/personal_access_tokens?name=Cairn&scopes=read_api",
                 .ownAppSteps = QT_TRANSLATE_NOOP("cairn::ServiceCard",
                                                  "1. In %1, add a new application: redirect URI <tt>%2</tt>, not confidential, "
                                                  "scope read_api.<br>"
                                                  "2. Enter its application ID here."),
                 .ownAppSite = "https://gitlab.com/-/user_settings/applications",
                 .ownAppSiteName = QT_TRANSLATE_NOOP("cairn::ServiceCard", "GitLab's application settings")},
        .needsChoice = needsProjects,
        .choose = chooseProjects,
        .chooseAction = QT_TRANSLATE_NOOP("cairn::MainWindow", "Choose GitLab projects…"),
        .intervalLabel = QT_TRANSLATE_NOOP("SettingsDialog", "Git&Lab:"),
        .settings = SourceViews::settingsOf<GitLabSettings>,
        .notifications = {QT_TRANSLATE_NOOP("SettingsDialog", "&Merge requests assigned to me or waiting for my review"),
                          QT_TRANSLATE_N_NOOP("cairn::WatchNotifier", "%n merge request(s) assigned to you or waiting for your review"), true},
        .commandLineHint = "\\bgitlab\\.(projects|base_url|api_url)\\b",
    };
    return views;
}

} // namespace cairn
