#include "SettingsTable.h"
#include "Settings.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTime>
#include <QUrl>

#include <algorithm>

namespace cairn {

namespace {

constexpr const char *kContext = "cairn::Settings";
using T = SettingSpec::Type;

struct OAuthDefaults
{
    const char *authorize, *token, *revoke, *device, *resources, *scope;
    int port;
};

// docs/api-notes.md, "Auth" of each service (OAuthConfig takes its defaults from this table;
// GitHub's revoke address gets /{client_id}/token appended, see oauth::revoke).
OAuthDefaults oauthDefaults(const QString &source)
{
    if (source == QLatin1String("google"))
        return {"https://accounts.google.com/o/oauth2/v2/auth", "https://oauth2.googleapis.com/token",
                "https://oauth2.googleapis.com/revoke", "", "", "https://www.googleapis.com/auth/contacts.readonly", 0};
    if (source == QLatin1String("asana"))
        return {"https://app.asana.com/-/oauth_authorize", "https://app.asana.com/-/oauth_token",
                "https://app.asana.com/-/oauth_revoke", "", "", "default", 47321};
    if (source == QLatin1String("github"))
        return {"https://github.com/login/oauth/authorize", "https://github.com/login/oauth/access_token",
                "https://api.github.com/applications", "https://github.com/login/device/code", "", "repo", 0};
    return {"https://auth.atlassian.com/authorize", "https://auth.atlassian.com/oauth/token", "", "",
            "https://api.atlassian.com/oauth/token/accessible-resources", "read:jira-work read:jira-user offline_access", 47322};
}

QList<SettingSpec> build()
{
    QList<SettingSpec> t;
    const auto add = [&t](const QString &key, T type, const QString &def, const char *description, const QString &source,
                          int min = 0, int max = 0) {
        SettingSpec s;
        s.key = key;
        s.type = type;
        s.defaultValue = def;
        s.description = description;
        s.source = source;
        s.min = min;
        s.max = max;
        t.append(s);
        return &t.last();
    };
    const QStringList sources{QStringLiteral("google"), QStringLiteral("asana"), QStringLiteral("github"), QStringLiteral("jira")};
    // Scheduler::defaultIntervalMinutes reads these.
    const int interval[] = {15, 10, 30, 10};
    const char *apiUrl[] = {"https://people.googleapis.com", "https://app.asana.com/api/1.0", "https://api.github.com", ""};
    for (int i = 0; i < sources.size(); ++i) {
        const QString &s = sources[i];
        add(QStringLiteral("sync.%1.interval_minutes").arg(s), T::Int, QString::number(interval[i]),
            QT_TRANSLATE_NOOP("cairn::Settings", "Minutes between two syncs of %1 while the window or the tray runs."), s, 1, 1440);
        add(s + QStringLiteral(".daily_at"), T::Time, QString(),
            QT_TRANSLATE_NOOP("cairn::Settings", "Also sync %1 once a day at this time (HH:mm, UTC)."), s);
        add(s + QStringLiteral(".enabled"), T::Bool, QStringLiteral("false"),
            QT_TRANSLATE_NOOP("cairn::Settings", "Sync %1 even without a signed-in account (a token from the environment)."), s);
        add(s + QStringLiteral(".api_url"), T::Url, QLatin1String(apiUrl[i]),
            QT_TRANSLATE_NOOP("cairn::Settings", "The address of the %1 API (CAIRN_<SOURCE>_API_URL overrides it)."), s);
        const OAuthDefaults d = oauthDefaults(s);
        add(s + QStringLiteral(".oauth.client_id"), T::Text, QString(),
            QT_TRANSLATE_NOOP("cairn::Settings", "The client id of your own OAuth app for %1 (its secret: `cairn login --client-secret-stdin`)."), s);
        add(s + QStringLiteral(".oauth.scope"), T::Text, QLatin1String(d.scope),
            QT_TRANSLATE_NOOP("cairn::Settings", "The OAuth scopes asked of %1 at sign-in."), s);
        add(s + QStringLiteral(".oauth.authorize_url"), T::Url, QLatin1String(d.authorize),
            QT_TRANSLATE_NOOP("cairn::Settings", "%1's OAuth authorization endpoint."), s);
        add(s + QStringLiteral(".oauth.token_url"), T::Url, QLatin1String(d.token),
            QT_TRANSLATE_NOOP("cairn::Settings", "%1's OAuth token endpoint."), s);
        add(s + QStringLiteral(".oauth.revoke_url"), T::Url, QLatin1String(d.revoke),
            QT_TRANSLATE_NOOP("cairn::Settings", "%1's endpoint that revokes a token at logout."), s);
        add(s + QStringLiteral(".oauth.device_url"), T::Url, QLatin1String(d.device),
            QT_TRANSLATE_NOOP("cairn::Settings", "%1's device-code endpoint (`cairn login --device`)."), s);
        add(s + QStringLiteral(".oauth.resources_url"), T::Url, QLatin1String(d.resources),
            QT_TRANSLATE_NOOP("cairn::Settings", "%1's endpoint that lists the sites a sign-in may read."), s);
        add(s + QStringLiteral(".oauth.redirect_port"), T::Int, QString::number(d.port),
            QT_TRANSLATE_NOOP("cairn::Settings", "The loopback port the browser returns to after signing in to %1 (0: any free port)."), s, 0, 65535);
    }
    const QString google = sources[0], asana = sources[1], github = sources[2], jira = sources[3];
    add(QStringLiteral("google.photo_url"), T::Url, QString(),
        QT_TRANSLATE_NOOP("cairn::Settings", "Where contact photos are fetched from instead of Google's photo host."), google);
    add(QStringLiteral("asana.workspace"), T::Text, QString(),
        QT_TRANSLATE_NOOP("cairn::Settings", "The id of the Asana workspace to sync (default: the first)."), asana);
    add(QStringLiteral("asana.portfolio"), T::Text, QString(),
        QT_TRANSLATE_NOOP("cairn::Settings", "Sync only the projects of this Asana portfolio (its id)."), asana);
    add(QStringLiteral("asana.stale_hours"), T::Int, QStringLiteral("6"),
        QT_TRANSLATE_NOOP("cairn::Settings", "Hours after which an Asana project's tasks are listed again, not only its events."), asana, 0, 168);
    add(QStringLiteral("asana.full_every_days"), T::Int, QStringLiteral("7"),
        QT_TRANSLATE_NOOP("cairn::Settings", "Days between two full syncs of %1."), asana, 1, 90);
    add(QStringLiteral("github.repos"), T::List, QString(),
        QT_TRANSLATE_NOOP("cairn::Settings", "The repositories whose pull requests are synced (owner/name, separated by spaces or commas)."), github);
    add(QStringLiteral("github.base_url"), T::Url, QStringLiteral("https://api.github.com"),
        QT_TRANSLATE_NOOP("cairn::Settings", "The API address of a GitHub Enterprise server."), github);
    add(QStringLiteral("github.full_every_days"), T::Int, QStringLiteral("7"),
        QT_TRANSLATE_NOOP("cairn::Settings", "Days between two full syncs of %1."), github, 1, 90);
    add(QStringLiteral("github.max_wait_seconds"), T::Int, QStringLiteral("60"),
        QT_TRANSLATE_NOOP("cairn::Settings", "The longest wait for GitHub's rate limit to reset before a sync stops."), github, 1, 3600);
    add(QStringLiteral("github.quota_reserve_percent"), T::Int, QStringLiteral("20"),
        QT_TRANSLATE_NOOP("cairn::Settings", "The share of the token's hourly GitHub quota (in percent) that background syncs leave to your other tools and to Sync now."), github, 0, 90);
    add(QStringLiteral("jira.configs"), T::List, QString(),
        QT_TRANSLATE_NOOP("cairn::Settings", "The names of the Jira configurations to sync (default: every jira.<name>.jql)."), jira);
    add(QStringLiteral("jira.sweep_hours"), T::Int, QStringLiteral("24"),
        QT_TRANSLATE_NOOP("cairn::Settings", "Hours between two sweeps for deleted Jira issues."), jira, 1, 720);
    add(QStringLiteral("jira.<name>.site"), T::Url, QString(),
        QT_TRANSLATE_NOOP("cairn::Settings", "The Jira Cloud site of a configuration (https://example.atlassian.net)."), jira);
    add(QStringLiteral("jira.<name>.jql"), T::Text, QString(),
        QT_TRANSLATE_NOOP("cairn::Settings", "The JQL of a configuration: which issues are synced."), jira);
    add(QStringLiteral("app.start_at_login"), T::Bool, QStringLiteral("false"),
        QT_TRANSLATE_NOOP("cairn::Settings", "Start Cairn in the tray when you log in."), QString());
    add(QStringLiteral("notify.asana_assigned"), T::Bool, QStringLiteral("false"),
        QT_TRANSLATE_NOOP("cairn::Settings", "Notify of new Asana tasks assigned to you."), asana);
    add(QStringLiteral("notify.github_review_requested"), T::Bool, QStringLiteral("false"),
        QT_TRANSLATE_NOOP("cairn::Settings", "Notify of pull requests waiting for your review."), github);
    add(QStringLiteral("notify.jira_assigned"), T::Bool, QStringLiteral("false"),
        QT_TRANSLATE_NOOP("cairn::Settings", "Notify of Jira issues newly assigned to you."), jira);
    // Kept by Cairn itself: shown nowhere, never set by hand.
    const char *internal = QT_TRANSLATE_NOOP("cairn::Settings", "Kept by Cairn itself.");
    for (const char *key : {"app.no_tray_notice_shown", "accounts/<name>", "identity/<name>", "people/<name>",
                            "window/<name>"})
        add(QLatin1String(key), T::Text, QString(), internal, QString())->internal = true;
    return t;
}

// Edits (insert, delete, replace, swap two neighbours) from `a` to `b`.
int editDistance(const QString &a, const QString &b)
{
    const qsizetype n = a.size(), m = b.size();
    QList<QList<int>> d(n + 1, QList<int>(m + 1, 0));
    for (qsizetype i = 0; i <= n; ++i)
        d[i][0] = int(i);
    for (qsizetype j = 0; j <= m; ++j)
        d[0][j] = int(j);
    for (qsizetype i = 1; i <= n; ++i)
        for (qsizetype j = 1; j <= m; ++j) {
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    return d[n][m];
}

} // namespace

bool SettingSpec::matches(const QString &concrete) const
{
    if (!isPattern())
        return key == concrete;
    // <name>: letters, digits, '_' and '-' (jira.<name>.site); accounts/<name>: anything below.
    const qsizetype open = key.indexOf(u'<');
    const qsizetype close = key.indexOf(u'>');
    const QString before = key.left(open), after = key.mid(close + 1);
    if (!concrete.startsWith(before) || !concrete.endsWith(after) || concrete.size() <= before.size() + after.size())
        return false;
    const QString part = concrete.mid(before.size(), concrete.size() - before.size() - after.size());
    static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9_-]+$"));
    return before.endsWith(u'/') || name.match(part).hasMatch();
}

QString SettingSpec::describe() const
{
    const QString text = QCoreApplication::translate(kContext, description);
    return text.contains(QLatin1String("%1")) ? text.arg(Settings::displayName(source)) : text;
}

QString SettingSpec::typeName(Type t)
{
    switch (t) {
    case T::Int: return QStringLiteral("int");
    case T::Bool: return QStringLiteral("bool");
    case T::Url: return QStringLiteral("url");
    case T::Time: return QStringLiteral("time");
    case T::List: return QStringLiteral("list");
    case T::Text: break;
    }
    return QStringLiteral("text");
}

namespace SettingsTable {

const QList<SettingSpec> &all()
{
    static const QList<SettingSpec> table = build();
    return table;
}

const SettingSpec *find(const QString &key)
{
    for (const SettingSpec &s : all())
        if (!s.isPattern() && s.key == key)
            return &s;
    for (const SettingSpec &s : all())
        if (s.isPattern() && s.matches(key))
            return &s;
    return nullptr;
}

QString defaultOf(const QString &key)
{
    const SettingSpec *s = find(key);
    return s ? s->defaultValue : QString();
}

QStringList suggestions(const QString &key)
{
    QStringList keys;
    for (const SettingSpec &s : all())
        if (!s.internal)
            keys << s.key;
    QString best = closestMatch(key, keys);
    if (best.isEmpty() && key.size() >= 4) // a key typed only in part: sync.google.interval
        for (const QString &k : std::as_const(keys))
            if (k.startsWith(key, Qt::CaseInsensitive)) {
                best = k;
                break;
            }
    return best.isEmpty() ? QStringList() : QStringList{best};
}

QString valueProblem(const SettingSpec &spec, const QString &value)
{
    const QString v = value.trimmed();
    switch (spec.type) {
    case T::Int: {
        bool ok = false;
        const qlonglong n = v.toLongLong(&ok); // "1e15", "inf", "nan", "1.5" are not
        if (ok && n >= spec.min && n <= spec.max)
            return {};
        return QCoreApplication::translate("cairn::Settings", "%1 must be a whole number from %2 to %3, not \"%4\"")
            .arg(spec.key).arg(spec.min).arg(spec.max).arg(value.left(40));
    }
    case T::Bool:
        if (v == QLatin1String("true") || v == QLatin1String("false"))
            return {};
        return QCoreApplication::translate("cairn::Settings", "%1 must be true or false, not \"%2\"").arg(spec.key, value.left(40));
    case T::Time:
        if (QTime::fromString(v, QStringLiteral("H:mm")).isValid() || QTime::fromString(v, QStringLiteral("H:mm:ss")).isValid())
            return {};
        return QCoreApplication::translate("cairn::Settings", "%1 must be a time of day such as 07:30, not \"%2\"").arg(spec.key, value.left(40));
    case T::Url: {
        const QUrl url(v, QUrl::StrictMode);
        if (v.isEmpty() || (url.isValid() && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")) && !url.host().isEmpty()))
            return {};
        return QCoreApplication::translate("cairn::Settings", "%1 must be a web address (https://…), not \"%2\"").arg(spec.key, value.left(40));
    }
    case T::Text:
    case T::List:
        break;
    }
    return {};
}

} // namespace SettingsTable

QString closestMatch(const QString &word, const QStringList &candidates)
{
    QString best;
    int bestDistance = std::max<int>(1, int(word.size()) / 3) + 1;
    for (const QString &c : candidates) {
        if (c.compare(word, Qt::CaseInsensitive) == 0)
            return c;
        const int d = editDistance(word.toLower(), c.toLower());
        if (d < bestDistance) {
            bestDistance = d;
            best = c;
        }
    }
    return best;
}

} // namespace cairn
