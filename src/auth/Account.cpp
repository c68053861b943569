#include "Account.h"
#include "Settings.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace cairn {

namespace {
QString prefix(const QString &source, const QString &id)
{
    return QStringLiteral("accounts/%1/%2/").arg(source, id);
}
} // namespace

QString Account::kindName(Kind k)
{
    switch (k) {
    case Kind::OAuth: return QStringLiteral("oauth");
    case Kind::Token: return QStringLiteral("token");
    case Kind::Basic: return QStringLiteral("basic");
    }
    return {};
}

std::optional<Account::Kind> Account::kindFromName(const QString &name)
{
    for (Kind k : {Kind::OAuth, Kind::Token, Kind::Basic})
        if (kindName(k) == name)
            return k;
    return std::nullopt;
}

QString AccountStore::checkId(const QString &id)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    if (valid.match(id).hasMatch())
        return {};
    return QCoreApplication::translate("cairn::AccountStore",
                                       "invalid account name \"%1\": use letters, digits, dot, dash or underscore")
        .arg(id);
}

QList<Account> AccountStore::all() const
{
    QList<Account> out;
    for (const QString &source : Settings::sources())
        out += of(source);
    return out;
}

QList<Account> AccountStore::of(const QString &source) const
{
    QList<Account> out;
    for (const QString &id : idsOf(m_settings, source))
        if (auto a = find(source, id))
            out.append(*a);
    return out;
}

QStringList AccountStore::idsOf(const Settings &settings, const QString &source)
{
    QStringList ids;
    const QString group = QStringLiteral("accounts/%1/").arg(source);
    for (const QString &k : settings.keys()) {
        if (!k.startsWith(group))
            continue;
        const QString id = k.mid(group.size()).section(u'/', 0, 0);
        if (!ids.contains(id))
            ids.append(id);
    }
    ids.sort();
    // "default" first: it is what a plain `cairn sync` means
    if (ids.removeOne(QStringLiteral("default")))
        ids.prepend(QStringLiteral("default"));
    return ids;
}

std::optional<Account> AccountStore::find(const QString &source, const QString &id) const
{
    const QString p = prefix(source, id);
    const auto kind = Account::kindFromName(m_settings.value(p + QStringLiteral("kind")).toString());
    if (!kind)
        return std::nullopt;
    Account a;
    a.source = source;
    a.id = id;
    a.kind = *kind;
    a.displayName = m_settings.value(p + QStringLiteral("display_name"), id).toString();
    a.status = m_settings.value(p + QStringLiteral("status"), QStringLiteral("signed-in")).toString();
    for (const QString &k : m_settings.keys()) {
        if (!k.startsWith(p))
            continue;
        const QString field = k.mid(p.size());
        if (field != QLatin1String("kind") && field != QLatin1String("display_name") && field != QLatin1String("status"))
            a.extra.insert(field, m_settings.value(k));
    }
    return a;
}

void AccountStore::save(const Account &a)
{
    const QString p = prefix(a.source, a.id);
    m_settings.remove(p.chopped(1));
    m_settings.setValue(p + QStringLiteral("kind"), Account::kindName(a.kind));
    m_settings.setValue(p + QStringLiteral("display_name"), a.displayName.isEmpty() ? a.id : a.displayName);
    m_settings.setValue(p + QStringLiteral("status"), a.status);
    for (auto it = a.extra.begin(); it != a.extra.end(); ++it)
        m_settings.setValue(p + it.key(), it.value());
}

void AccountStore::remove(const QString &source, const QString &id)
{
    m_settings.remove(prefix(source, id).chopped(1));
}

void AccountStore::setStatus(const QString &source, const QString &id, const QString &status)
{
    if (find(source, id))
        m_settings.setValue(prefix(source, id) + QStringLiteral("status"), status);
}

std::optional<bool> AccountStore::ownWriteSwitch(const Settings &settings, const QString &source, const QString &id)
{
    const QVariant own = settings.value(prefix(source, id) + Account::writeKey());
    if (!own.isValid())
        return std::nullopt;
    return own.toBool();
}

bool AccountStore::writesBack(const Settings &settings, const QString &source, const QString &account)
{
    if (const std::optional<bool> own = ownWriteSwitch(settings, source, account))
        return *own;
    return settings.value(source + QStringLiteral(".write")).toBool();
}

bool AccountStore::setWriteSwitch(const QString &source, const QString &id, std::optional<bool> on)
{
    if (!find(source, id))
        return false;
    if (!on)
        return m_settings.remove(prefix(source, id) + Account::writeKey());
    return m_settings.setValue(prefix(source, id) + Account::writeKey(), *on);
}

} // namespace cairn
