#include "GitHubSource.h"
#include "GitHubState.h"
#include "Export.h"
#include "GitHubRepo.h"
#include "GitHubSyncer.h"
#include "HttpClient.h"
#include "PullExport.h"
#include "Settings.h"
#include "Sql.h"
#include "Words.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>

namespace cairn {

namespace github {

QStringList repos(const Settings &settings)
{
    return settings.value(QStringLiteral("github.repos")).toString().split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts);
}

} // namespace github

namespace {

using T = SettingSpec::Type;

std::unique_ptr<Syncer> makeSyncer(const Settings &settings)
{
    GitHubSyncer::Config c;
    c.apiBase = settings.apiUrl(gitHubSource().id());
    c.repos = github::repos(settings);
    c.fullEveryDays = settings.boundedInt(QStringLiteral("github.full_every_days"), 7);
    c.maxWaitSecs = settings.boundedInt(QStringLiteral("github.max_wait_seconds"), 60);
    c.reservePercent = settings.boundedInt(QStringLiteral("github.quota_reserve_percent"), 20);
    return std::make_unique<GitHubSyncer>(c);
}

// The pulls, their reviews, and each repository's own state (a scope "repo:<owner/name>").
SourceDescriptor::Status status(QSqlDatabase *db, const QList<SyncState> &states)
{
    const GitHubRepo::Counts pulls = db ? GitHubRepo::counts(*db) : GitHubRepo::Counts();
    SourceDescriptor::Status s;
    s.members.insert(QStringLiteral("counts"), QJsonObject{{QStringLiteral("pulls"), pulls.live},
                                                           {QStringLiteral("open"), pulls.open},
                                                           {QStringLiteral("reviews"), pulls.reviews},
                                                           {QStringLiteral("deleted"), pulls.deleted}});
    s.cached = QCoreApplication::translate("cairn::Sources", "%1 (%2 open), %n review(s)", nullptr, pulls.reviews)
                   .arg(gitHubSource().count(pulls.live))
                   .arg(pulls.open);
    s.addScopeStates(QStringLiteral("repos"), states, &github::repoOfScope);
    return s;
}

QByteArray exportRecords(QSqlDatabase &db, const QString &account, const QString &format)
{
    QHash<QString, QList<PullReview>> reviews; // by "repo#number"
    if (format == QLatin1String("json"))
        for (const PullReview &v : GitHubRepo::reviews(db, account))
            reviews[v.repo + u'#' + QString::number(v.number)].append(v);
    return Export::records(
        GitHubRepo::pulls(db, account), format,
        [&reviews](const PullRequest &p) { return PullExport::toJson(p, reviews.value(p.repo + u'#' + QString::number(p.number))); },
        &PullExport::toCsv);
}

SourceDescriptor::Reference reference(QSqlDatabase &db, const Settings &, const SearchIndex::Hit &hit)
{
    return SourceDescriptor::Reference::select(db, QStringLiteral("SELECT repo || '#' || number, html_url FROM github_pulls WHERE id = ?"), hit);
}

// The open pulls that ask for my review (`me`: my login).
QHash<QString, QString> watch(QSqlDatabase &db, const QString &account, const QString &me)
{
    QHash<QString, QString> out;
    if (me.isEmpty())
        return out;
    // requested_reviewers is a JSON array of logins; GitHub logins ignore case.
    const QString quoted = QLatin1Char('"') + me.toLower() + QLatin1Char('"');
    sql::Statement q(db, QStringLiteral("SELECT repo, number, title FROM github_pulls WHERE account=? AND state='open' "
                                        "AND deleted_at IS NULL AND instr(lower(requested_reviewers), ?) > 0"));
    q.exec({account, quoted});
    while (q.next()) {
        const QString ref = QStringLiteral("%1#%2").arg(q.value(0).toString(), q.value(1).toString());
        out.insert(ref, QStringLiteral("%1 %2").arg(ref, q.value(2).toString()));
    }
    return out;
}

// Its title holds repository#number: the context is its state and author.
QString pullContext(const sql::Statement &r, const QString &)
{
    return SearchIndex::contextOf({words::pullState(r.value(1).toString(), r.value(2).toBool(), r.value(3).toBool(), r.value(4).toBool()),
                                   r.value(5).toString()});
}

// GitHub revokes an access token as the OAuth app: DELETE /applications/{client_id}/token with
// Basic client_id:client_secret (docs/api-notes.md §3); nothing is sent without the secret.
QCoro::Task<bool> revoke(HttpClient &http, OAuthConfig config, QByteArray token, QByteArray clientSecret)
{
    if (clientSecret.isEmpty() || config.clientId.isEmpty())
        co_return false;
    HttpRequest req;
    req.method = "DELETE";
    req.url = config.revokeUrl;
    req.url.setPath(req.url.path() + QStringLiteral("/%1/token").arg(config.clientId));
    req.headers = {{"Accept", "application/vnd.github+json"},
                   {"X-GitHub-Api-Version", "2022-11-28"},
                   {"Content-Type", "application/json"},
                   {"Authorization", "Basic " + (config.clientId.toUtf8() + ':' + clientSecret).toBase64()}};
    req.body = QJsonDocument(QJsonObject{{QStringLiteral("access_token"), QString::fromUtf8(token)}}).toJson(QJsonDocument::Compact);
    const HttpResponse r = co_await http.send(req);
    // 404: the token is not valid any more, which is what we wanted.
    co_return r.status == 204 || r.status == 404;
}

} // namespace

const SourceDescriptor &gitHubSource()
{
    static const SourceDescriptor d{
        .facts = {.id = QStringLiteral("github"), .name = QT_TRANSLATE_NOOP("cairn::Settings", "GitHub"),
                  .apiUrl = QStringLiteral("https://api.github.com"), .apiUrlSetting = QStringLiteral("github.base_url"), .intervalMinutes = 30,
                  .oauth = {.authorizeUrl = QStringLiteral("https://github.com/login/oauth/authorize"),
                            .tokenUrl = QStringLiteral("https://github.com/login/oauth/access_token"),
                            .revokeUrl = QStringLiteral("https://api.github.com/applications"), // + /{client_id}/token: revoke()
                            .deviceUrl = QStringLiteral("https://github.com/login/device/code"),
                            .scope = QStringLiteral("repo")},
                  .settings = {
                      SettingSpec::of(QStringLiteral("github.repos"), T::List, QString(),
                                      QT_TRANSLATE_NOOP("cairn::Settings", "The repositories whose pull requests are synced (owner/name, separated by spaces or commas).")),
                      SettingSpec::of(QStringLiteral("github.base_url"), T::Url, QStringLiteral("https://api.github.com"),
                                      QT_TRANSLATE_NOOP("cairn::Settings", "The API address of a GitHub Enterprise server.")),
                      SettingSpec::of(QStringLiteral("github.full_every_days"), T::Int, QStringLiteral("7"),
                                      QT_TRANSLATE_NOOP("cairn::Settings", "Days between two full syncs of %1."), 1, 90),
                      SettingSpec::of(QStringLiteral("github.max_wait_seconds"), T::Int, QStringLiteral("60"),
                                      QT_TRANSLATE_NOOP("cairn::Settings", "The longest wait for GitHub's rate limit to reset before a sync stops."), 1, 3600),
                      SettingSpec::of(QStringLiteral("github.quota_reserve_percent"), T::Int, QStringLiteral("20"),
                                      QT_TRANSLATE_NOOP("cairn::Settings", "The share of the token's hourly GitHub quota (in percent) that background syncs leave to your other tools and to Sync now."), 0, 90),
                  },
                  .notifications = {
                      SettingSpec::of(QStringLiteral("notify.github_review_requested"), T::Bool, QStringLiteral("false"),
                                      QT_TRANSLATE_NOOP("cairn::Settings", "Notify of pull requests waiting for your review.")),
                  }},
        .signIn = {.methods = SignInFacts::Browser | SignInFacts::Device | SignInFacts::PersonalToken,
                   .needsClientSecret = true,
                   .revokesAccessToken = true,
                   .revoke = &revoke},
        .store = {.searchKinds = {{.kind = kPullRequestKind, .name = QStringLiteral("pull"),
                                   .contextSql = QStringLiteral("SELECT id, state, merged_at IS NOT NULL, draft, deleted_at IS NOT NULL, author FROM github_pulls"),
                                   .contextLine = &pullContext}},
                  .watch = &watch, .releasedSteps = GitHubRepo::releasedSteps()},
        .items = QT_TRANSLATE_N_NOOP("cairn::Sources", "%n pull request(s)"),
        .makeSyncer = &makeSyncer, .status = &status, .exportRecords = &exportRecords, .reference = &reference};
    return d;
}

} // namespace cairn
