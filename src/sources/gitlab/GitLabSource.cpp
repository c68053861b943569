#include "GitLabSource.h"
#include "Export.h"
#include "GitLabExport.h"
#include "GitLabRepo.h"
#include "GitLabState.h"
#include "GitLabSyncer.h"
#include "Settings.h"
#include "Sql.h"
#include "Words.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace cairn {

namespace gitlab {

QStringList projects(const Settings &settings)
{
    return settings.value(QStringLiteral("gitlab.projects")).toString().split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts);
}

} // namespace gitlab

namespace {

using T = SettingSpec::Type;
using gitlab::GitLabRepo::Counts;

std::unique_ptr<Syncer> makeSyncer(const Settings &settings)
{
    GitLabSyncer::Config c;
    c.apiBase = settings.apiUrl(gitLabSource().id());
    c.projects = gitlab::projects(settings);
    c.sweepHours = settings.boundedInt(QStringLiteral("gitlab.sweep_hours"), 24);
    return std::make_unique<GitLabSyncer>(c);
}

// The merge requests, and each project's own state (a scope "project:<project>").
SourceDescriptor::Status status(QSqlDatabase *db, const QList<SyncState> &states)
{
    const Counts counts = db ? gitlab::GitLabRepo::counts(*db) : Counts();
    SourceDescriptor::Status s;
    s.members.insert(QStringLiteral("counts"), QJsonObject{{QStringLiteral("merge_requests"), counts.live},
                                                           {QStringLiteral("open"), counts.open},
                                                           {QStringLiteral("approved"), counts.approved},
                                                           {QStringLiteral("deleted"), counts.deleted}});
    s.cached = QCoreApplication::translate("cairn::Sources", "%1 (%2 open, %3 approved)")
                   .arg(gitLabSource().count(counts.live))
                   .arg(counts.open)
                   .arg(counts.approved);
    s.addScopeStates(QStringLiteral("projects"), states, &gitlab::projectOfScope);
    return s;
}

QByteArray exportRecords(QSqlDatabase &db, const QString &account, const QString &format)
{
    return Export::records(gitlab::GitLabRepo::mergeRequests(db, account), format, &gitlab::GitLabExport::toJson, &gitlab::GitLabExport::toCsv);
}

SourceDescriptor::Reference reference(QSqlDatabase &db, const Settings &, const SearchIndex::Hit &hit)
{
    return SourceDescriptor::Reference::select(
        db, QStringLiteral("SELECT project || '!' || iid, web_url FROM gitlab_merge_requests WHERE id = ?"), hit);
}

// The open merge requests that wait for my review or are assigned to me (`me`: my username).
QHash<QString, QString> watch(QSqlDatabase &db, const QString &account, const QString &me)
{
    QHash<QString, QString> out;
    if (me.isEmpty())
        return out;
    // reviewers and assignees are JSON arrays of usernames; GitLab usernames ignore case.
    const QString quoted = QLatin1Char('"') + me.toLower() + QLatin1Char('"');
    sql::Statement q(db, QStringLiteral("SELECT project, iid, title FROM gitlab_merge_requests WHERE account=? "
                                        "AND state IN ('opened', 'locked') AND deleted_at IS NULL "
                                        "AND (instr(lower(reviewers), ?) > 0 OR instr(lower(assignees), ?) > 0)"));
    q.exec({account, quoted, quoted});
    while (q.next()) {
        const QString ref = QStringLiteral("%1!%2").arg(q.value(0).toString(), q.value(1).toString());
        out.insert(ref, QStringLiteral("%1 %2").arg(ref, q.value(2).toString()));
    }
    return out;
}

// Its title holds project!iid: the context is its state, author and approvals.
QString mergeRequestContext(const sql::Statement &r, const QString &)
{
    const QString state = r.value(1).toString();
    const QString approvedBy = r.value(5).toString();
    return SearchIndex::contextOf({words::pullState(state == QLatin1String("closed") || state == QLatin1String("merged") ? QStringLiteral("closed")
                                                                                                                          : QStringLiteral("open"),
                                                    state == QLatin1String("merged"), r.value(2).toBool(), r.value(3).toBool()),
                                   r.value(4).toString(),
                                   approvedBy.isEmpty() ? QString() : QCoreApplication::translate("cairn::Sources", "approved")});
}

} // namespace

const SourceDescriptor &gitLabSource()
{
    static const SourceDescriptor d{
        .facts = {.id = QStringLiteral("gitlab"), .name = QT_TRANSLATE_NOOP("cairn::Settings", "GitLab"),
                  .apiUrl = QStringLiteral("https://gitlab.com/api/v4"), .apiUrlSetting = QStringLiteral("gitlab.base_url"), .intervalMinutes = 30,
                  // PKCE without a client secret (a public application, docs/api-notes.md §7); a self-managed
                  // instance has its own: gitlab.oauth.authorize_url, .token_url, .revoke_url.
                  .oauth = {.authorizeUrl = QStringLiteral("https://gitlab.com/oauth/authorize"),
                            .tokenUrl = QStringLiteral("https://gitlab.com/oauth/token"),
                            .revokeUrl = QStringLiteral("https://gitlab.com/oauth/revoke"),
                            .scope = QStringLiteral("read_api"),
                            .redirectPort = 47323}, // registered with the app: GitLab matches the redirect URI exactly
                  .settings = {
                      SettingSpec::of(QStringLiteral("gitlab.projects"), T::List, QString(),
                                      QT_TRANSLATE_NOOP("cairn::Settings", "The projects whose merge requests are synced (group/project paths or project ids, separated by spaces or commas).")),
                      SettingSpec::of(QStringLiteral("gitlab.base_url"), T::Url, QStringLiteral("https://gitlab.com/api/v4"),
                                      QT_TRANSLATE_NOOP("cairn::Settings", "The API address of a self-managed GitLab (https://gitlab.example.com/api/v4).")),
                      SettingSpec::of(QStringLiteral("gitlab.sweep_hours"), T::Int, QStringLiteral("24"),
                                      QT_TRANSLATE_NOOP("cairn::Settings", "Hours between two complete listings of %1, which find deleted merge requests."), 1, 720),
                  },
                  .notifications = {
                      SettingSpec::of(QStringLiteral("notify.gitlab_review_requested"), T::Bool, QStringLiteral("false"),
                                      QT_TRANSLATE_NOOP("cairn::Settings", "Notify of merge requests assigned to you or waiting for your review.")),
                  }},
        .signIn = {.methods = SignInFacts::Browser | SignInFacts::PersonalToken, .needsClientSecret = false},
        .store = {.searchKinds = {{.kind = gitlab::kMergeRequestKind, .name = QStringLiteral("merge_request"),
                                   .contextSql = QStringLiteral("SELECT id, state, draft, deleted_at IS NOT NULL, author, approved_by "
                                                                "FROM gitlab_merge_requests"),
                                   .contextLine = &mergeRequestContext}},
                  .watch = &watch, .schema = gitlab::GitLabRepo::schema()},
        .items = QT_TRANSLATE_N_NOOP("cairn::Sources", "%n merge request(s)"),
        .makeSyncer = &makeSyncer, .status = &status, .exportRecords = &exportRecords, .reference = &reference};
    return d;
}

} // namespace cairn
