#include "JiraSource.h"
#include "Error.h"
#include "Export.h"
#include "HttpClient.h"
#include "JiraExport.h"
#include "JiraRepo.h"
#include "JiraSyncer.h"
#include "Settings.h"
#include "Sql.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace cairn {

namespace jira {

QStringList configNames(const Settings &settings)
{
    // jira.configs=<name>[,<name>...]; without it, every <name> that has a jira.<name>.jql.
    QStringList names = settings.value(QStringLiteral("jira.configs")).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString &n : names)
        n = n.trimmed();
    names.removeAll(QString());
    if (names.isEmpty()) {
        for (const QString &key : settings.keys()) {
            const QStringList parts = key.split(QLatin1Char('.'));
            if (parts.size() == 3 && parts[0] == jiraSource().id() && parts[2] == QLatin1String("jql"))
                names << parts[1];
        }
    }
    names.removeDuplicates();
    return names;
}

} // namespace jira

namespace {

using T = SettingSpec::Type;

std::unique_ptr<Syncer> makeSyncer(const Settings &settings)
{
    JiraSyncer::Config c;
    // CAIRN_JIRA_API_URL (or jira.api_url) points every configuration at one site: the simulator.
    const QUrl override = settings.apiUrl(jiraSource().id());
    for (const QString &name : jira::configNames(settings)) {
        JiraSyncer::Configuration one;
        one.name = name;
        one.site = override.isValid() && !override.isEmpty()
                       ? override
                       : QUrl::fromUserInput(settings.value(QStringLiteral("jira.%1.site").arg(name)).toString());
        one.jql = settings.value(QStringLiteral("jira.%1.jql").arg(name)).toString();
        c.configurations << one;
    }
    c.sweepHours = settings.boundedInt(QStringLiteral("jira.sweep_hours"), 24);
    return std::make_unique<JiraSyncer>(c);
}

// One entry per configuration: its own state row (scope = its name) and issue counts.
SourceDescriptor::Status status(QSqlDatabase *db, const QList<SyncState> &states)
{
    QHash<QString, JiraRepo::Counts> counts; // by configuration
    if (db)
        for (const SyncState &st : states)
            if (!st.scope.isEmpty())
                counts.insert(st.scope, JiraRepo::counts(*db, st.account, st.scope));
    QJsonObject configs;
    for (const SyncState &st : states) {
        if (st.scope.isEmpty())
            continue;
        QJsonObject c{{QStringLiteral("status"), stateStatusName(st.status)},
                      {QStringLiteral("initial_sync_completed"), st.initialSyncCompleted},
                      {QStringLiteral("last_sync_at"), st.lastSyncAt.toString(Qt::ISODate)},
                      {QStringLiteral("last_sync"), st.lastSyncAt.toString(Qt::ISODate)}, // (its old name)
                      {QStringLiteral("issues"), counts.value(st.scope).live},
                      {QStringLiteral("deleted"), counts.value(st.scope).deleted}};
        if (!st.lastError.isEmpty())
            c.insert(QStringLiteral("last_error"), st.lastError);
        configs.insert(st.scope, c);
    }
    SourceDescriptor::Status s;
    s.members.insert(QStringLiteral("configs"), configs);
    for (auto it = configs.begin(); it != configs.end(); ++it) {
        const QJsonObject c = it.value().toObject();
        s.scopes.append({it.key(), c,
                         QCoreApplication::translate("cairn::Sources", "%1 (%2 deleted)")
                             .arg(jiraSource().count(c.value(QLatin1String("issues")).toInt()))
                             .arg(c.value(QLatin1String("deleted")).toInt())});
    }
    return s;
}

QByteArray exportRecords(QSqlDatabase &db, const QString &account, const QString &format)
{
    return Export::records(JiraRepo::issues(db, account), format, &JiraExport::toJson, &JiraExport::toCsv);
}

// An issue's page: the site of its configuration, /browse/<key>.
SourceDescriptor::Reference reference(QSqlDatabase &db, const Settings &settings, const SearchIndex::Hit &hit)
{
    sql::Statement q(db, QStringLiteral("SELECT issue_key, config FROM jira_issues WHERE id = ?"));
    q.exec({hit.id});
    if (!q.next())
        return {};
    SourceDescriptor::Reference r{q.value(0).toString(), QString()};
    const QString site = settings.value(QStringLiteral("jira.%1.site").arg(q.value(1).toString())).toString();
    if (!site.isEmpty())
        r.url = site.chopped(site.endsWith(u'/') ? 1 : 0) + QStringLiteral("/browse/") + r.id;
    return r;
}

// The issues assigned to me (`me`: my accountId); an issue of several configurations once.
QHash<QString, QString> watch(QSqlDatabase &db, const QString &account, const QString &me)
{
    QHash<QString, QString> out;
    if (me.isEmpty())
        return out;
    sql::Statement q(db, QStringLiteral("SELECT issue_id, issue_key, summary FROM jira_issues WHERE account=? "
                                        "AND assignee_id=? AND deleted_at IS NULL"));
    q.exec({account, me});
    while (q.next())
        out.insert(q.value(0).toString(), QStringLiteral("%1 %2").arg(q.value(1).toString(), q.value(2).toString()));
    return out;
}

QString issueContext(const sql::Statement &r, const QString &)
{
    return SearchIndex::contextOf({r.value(1).toString(), r.value(2).toString(), r.value(3).toString()});
}

// 3LO: API calls go to api.atlassian.com/ex/jira/<cloud id>; the first site the sign-in may
// read (accessible-resources) is the account's.
QCoro::Task<Account> completeAccount(HttpClient &http, OAuthConfig config, Account account, QByteArray accessToken)
{
    if (config.resourcesUrl.isEmpty())
        co_return account;
    HttpRequest req;
    req.url = config.resourcesUrl;
    req.headers = {{"Accept", "application/json"}, {"Authorization", "Bearer " + accessToken}};
    const HttpResponse r = co_await http.send(req);
    const QJsonObject site = QJsonDocument::fromJson(r.body).array().at(0).toObject();
    if (!r.ok() || site.value(QLatin1String("id")).toString().isEmpty())
        throw Error(Error::Kind::Auth, QCoreApplication::translate("cairn::SignIn", "Jira did not list a site this sign-in may use (accessible-resources: HTTP %1)")
                                           .arg(r.status));
    account.extra.insert(QStringLiteral("cloud_id"), site.value(QLatin1String("id")).toString());
    account.extra.insert(QStringLiteral("site"), site.value(QLatin1String("url")).toString());
    account.displayName = site.value(QLatin1String("name")).toString();
    co_return account;
}

} // namespace

const SourceDescriptor &jiraSource()
{
    static const SourceDescriptor d{
        .facts = {.id = QStringLiteral("jira"), .name = QT_TRANSLATE_NOOP("cairn::Settings", "Jira"),
                  .intervalMinutes = 10, // the API's address: each configuration's site
                  .oauth = {.authorizeUrl = QStringLiteral("https://auth.atlassian.com/authorize"),
                            .tokenUrl = QStringLiteral("https://auth.atlassian.com/oauth/token"),
                            .resourcesUrl = QStringLiteral("https://api.atlassian.com/oauth/token/accessible-resources"),
                            .scope = QStringLiteral("read:jira-work read:jira-user offline_access"),
                            .redirectPort = 47322}, // registered with the app
                  .settings = {
                      SettingSpec::of(QStringLiteral("jira.configs"), T::List, QString(),
                                      QT_TRANSLATE_NOOP("cairn::Settings", "The names of the Jira configurations to sync (default: every jira.<name>.jql).")),
                      SettingSpec::of(QStringLiteral("jira.sweep_hours"), T::Int, QStringLiteral("24"),
                                      QT_TRANSLATE_NOOP("cairn::Settings", "Hours between two sweeps for deleted Jira issues."), 1, 720),
                      SettingSpec::of(QStringLiteral("jira.<name>.site"), T::Url, QString(),
                                      QT_TRANSLATE_NOOP("cairn::Settings", "The Jira Cloud site of a configuration (https://example.atlassian.net).")),
                      SettingSpec::of(QStringLiteral("jira.<name>.jql"), T::Text, QString(),
                                      QT_TRANSLATE_NOOP("cairn::Settings", "The JQL of a configuration: which issues are synced.")),
                  },
                  .notifications = {
                      SettingSpec::of(QStringLiteral("notify.jira_assigned"), T::Bool, QStringLiteral("false"),
                                      QT_TRANSLATE_NOOP("cairn::Settings", "Notify of Jira issues newly assigned to you.")),
                  }},
        // Atlassian's 3LO in the browser, or a site, an e-mail address and an API token.
        .signIn = {.methods = SignInFacts::Browser | SignInFacts::SiteToken,
                   .needsClientSecret = true,
                   .authorizeParameters = {{QStringLiteral("audience"), QStringLiteral("api.atlassian.com")},
                                           {QStringLiteral("prompt"), QStringLiteral("consent")}},
                   .siteExample = QStringLiteral("https://example.atlassian.net"),
                   .completeAccount = &completeAccount},
        .store = {.searchKinds = {{.kind = kJiraIssueKind, .name = QStringLiteral("issue"),
                                   .contextSql = QStringLiteral("SELECT id, status, project_name, issue_type FROM jira_issues"),
                                   .contextLine = &issueContext}},
                  .watch = &watch, .releasedSteps = JiraRepo::releasedSteps()},
        .items = QT_TRANSLATE_N_NOOP("cairn::Sources", "%n issue(s)"),
        .makeSyncer = &makeSyncer, .status = &status, .exportRecords = &exportRecords, .reference = &reference};
    return d;
}

} // namespace cairn
