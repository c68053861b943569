#include "SettingsTable.h"
#include "Settings.h"
#include "SourceFacts.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTime>
#include <QUrl>

#include <algorithm>

namespace cairn {

namespace {

constexpr const char *kContext = "cairn::Settings";
using T = SettingSpec::Type;

QList<SettingSpec> build()
{
    QList<SettingSpec> t;
    const auto add = [&t](const QString &key, T type, const QString &def, const char *description, const QString &source,
                          int min = 0, int max = 0) {
        SettingSpec s = SettingSpec::of(key, type, def, description, min, max);
        s.source = source;
        t.append(s);
        return &t.last();
    };
    // What every source has: its schedule, its API's address and its sign-in (the defaults are
    // the source's, SourceFacts.h). Scheduler::defaultIntervalMinutes and OAuthConfig read them.
    for (const SourceFacts &f : SourceCatalog::all()) {
        const QString &s = f.id;
        add(QStringLiteral("sync.%1.interval_minutes").arg(s), T::Int, QString::number(f.intervalMinutes),
            QT_TRANSLATE_NOOP("cairn::Settings", "Minutes between two syncs of %1 while the window or the tray runs."), s, 1, 1440);
        add(s + QStringLiteral(".daily_at"), T::Time, QString(),
            QT_TRANSLATE_NOOP("cairn::Settings", "Also sync %1 once a day at this time (HH:mm, UTC)."), s);
        add(s + QStringLiteral(".enabled"), T::Bool, QStringLiteral("false"),
            QT_TRANSLATE_NOOP("cairn::Settings", "Sync %1 even without a signed-in account (a token from the environment)."), s);
        add(s + QStringLiteral(".api_url"), T::Url, f.apiUrl,
            QT_TRANSLATE_NOOP("cairn::Settings", "The address of the %1 API (CAIRN_<SOURCE>_API_URL overrides it)."), s);
        const SourceFacts::OAuth &d = f.oauth;
        add(s + QStringLiteral(".oauth.client_id"), T::Text, QString(),
            QT_TRANSLATE_NOOP("cairn::Settings", "The client id of your own OAuth app for %1 (its secret: `cairn login --client-secret-stdin`)."), s);
        add(s + QStringLiteral(".oauth.scope"), T::Text, d.scope,
            QT_TRANSLATE_NOOP("cairn::Settings", "The OAuth scopes asked of %1 at sign-in."), s);
        add(s + QStringLiteral(".oauth.authorize_url"), T::Url, d.authorizeUrl,
            QT_TRANSLATE_NOOP("cairn::Settings", "%1's OAuth authorization endpoint."), s);
        add(s + QStringLiteral(".oauth.token_url"), T::Url, d.tokenUrl,
            QT_TRANSLATE_NOOP("cairn::Settings", "%1's OAuth token endpoint."), s);
        add(s + QStringLiteral(".oauth.revoke_url"), T::Url, d.revokeUrl,
            QT_TRANSLATE_NOOP("cairn::Settings", "%1's endpoint that revokes a token at logout."), s);
        add(s + QStringLiteral(".oauth.device_url"), T::Url, d.deviceUrl,
            QT_TRANSLATE_NOOP("cairn::Settings", "%1's device-code endpoint (`cairn login --device`)."), s);
        add(s + QStringLiteral(".oauth.resources_url"), T::Url, d.resourcesUrl,
            QT_TRANSLATE_NOOP("cairn::Settings", "%1's endpoint that lists the sites a sign-in may read."), s);
        add(s + QStringLiteral(".oauth.redirect_port"), T::Int, QString::number(d.redirectPort),
            QT_TRANSLATE_NOOP("cairn::Settings", "The loopback port the browser returns to after signing in to %1 (0: any free port)."), s, 0, 65535);
    }
    // Each source's own settings.
    for (const SourceFacts &f : SourceCatalog::all())
        for (const SettingSpec &own : f.settings)
            add(own.key, own.type, own.defaultValue, own.description, f.id, own.min, own.max);
    add(QStringLiteral("app.start_at_login"), T::Bool, QStringLiteral("false"),
        QT_TRANSLATE_NOOP("cairn::Settings", "Start Cairn in the tray when you log in."), QString());
    for (const SourceFacts &f : SourceCatalog::all())
        for (const SettingSpec &own : f.notifications)
            add(own.key, own.type, own.defaultValue, own.description, f.id, own.min, own.max);
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
