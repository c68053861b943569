#include "SyncHarness.h"
#include "google/ContactExport.h"
#include "Database.h"

#include <QCoroTask>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace cairn::test {

SyncHarness::SyncHarness(const sim::Options &options, const QString &dataDir)
    : m_dataDir(dataDir.isEmpty() ? m_tmp.path() : dataDir)
{
    m_sim = std::make_unique<sim::CloudSimulator>(options);
    if (m_sim->listenLocal(0) == 0)
        qFatal("simulator could not listen");
    m_settings = std::make_unique<Settings>(m_dataDir);
    m_settings->setValue(QStringLiteral("google.api_url"), m_sim->baseUrl().toString() + QStringLiteral("/google"));
    m_writer = std::make_unique<StoreWriter>(m_settings->databasePath());
    m_writer->open().waitForFinished();
    m_engine = std::make_unique<SyncEngine>(*m_settings, *m_writer, m_nam);
    RetryPolicy fast;
    fast.baseDelay = std::chrono::milliseconds(5);
    fast.maxDelay = std::chrono::milliseconds(40);
    m_engine->setRetryPolicy(fast);
    m_engine->setAuthenticator(QStringLiteral("google"), std::make_shared<BearerToken>(options.accessToken.toUtf8()));
}

SyncHarness::~SyncHarness()
{
    m_engine.reset();
    m_writer.reset();
    if (!m_readerName.isEmpty())
        Database::close(m_readerName);
}

SyncRun SyncHarness::sync(const QString &source, SyncMode mode)
{
    return QCoro::waitFor(m_engine->run(source, mode));
}

int SyncHarness::requests() const
{
    return m_sim->requestCounts().value(QLatin1String("total")).toInt();
}

int SyncHarness::requests(const QString &endpoint) const
{
    return m_sim->requestCounts().value(QLatin1String("by_endpoint")).toObject().value(endpoint).toInt();
}

void SyncHarness::resetRequests()
{
    m_sim->resetRequestCounts();
}

QSqlDatabase SyncHarness::reader()
{
    if (m_readerName.isEmpty()) {
        m_readerName = QStringLiteral("test-reader-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        Database::open(m_settings->databasePath(), m_readerName, Database::Role::Reader);
    }
    return QSqlDatabase::database(m_readerName);
}

QJsonObject canonical(const Contact &c)
{
    // The fields the truth dump names alike, as `cairn export --format json` writes them.
    const QJsonObject exported = ContactExport::toJson(c);
    QJsonObject out;
    for (const char *key : {"resourceName", "etag", "displayName", "givenName", "familyName", "emails", "phones",
                            "organizations"})
        out.insert(QLatin1String(key), exported.value(QLatin1String(key)));
    QStringList groups = c.groups;
    groups.sort();
    out.insert(QStringLiteral("groups"), QJsonArray::fromStringList(groups));
    return out;
}

QJsonObject canonicalTruth(const QJsonObject &t)
{
    QJsonObject out;
    for (const char *key : {"resourceName", "etag", "displayName", "givenName", "familyName"})
        out.insert(QLatin1String(key), t.value(QLatin1String(key)).toString());
    QJsonArray emails, phones, orgs;
    for (const auto &v : t.value(QLatin1String("emails")).toArray())
        emails.append(QJsonObject{{QStringLiteral("value"), v[QLatin1String("value")].toString()},
                                  {QStringLiteral("type"), v[QLatin1String("type")].toString()}});
    for (const auto &v : t.value(QLatin1String("phones")).toArray())
        phones.append(QJsonObject{{QStringLiteral("value"), v[QLatin1String("value")].toString()},
                                  {QStringLiteral("type"), v[QLatin1String("type")].toString()}});
    for (const auto &v : t.value(QLatin1String("organizations")).toArray())
        orgs.append(QJsonObject{{QStringLiteral("name"), v[QLatin1String("name")].toString()},
                                {QStringLiteral("title"), v[QLatin1String("title")].toString()},
                                {QStringLiteral("department"), v[QLatin1String("department")].toString()}});
    QStringList groups;
    for (const auto &g : t.value(QLatin1String("groups")).toArray())
        groups << g.toString();
    groups.sort();
    out.insert(QStringLiteral("emails"), emails);
    out.insert(QStringLiteral("phones"), phones);
    out.insert(QStringLiteral("organizations"), orgs);
    out.insert(QStringLiteral("groups"), QJsonArray::fromStringList(groups));
    return out;
}

QString SyncHarness::compareGoogle(const QString &account)
{
    const QJsonObject truth = m_sim->groundTruth(QStringLiteral("google"));
    QSqlDatabase db = reader();
    const QList<Contact> cached = ContactsRepo::all(db, account);
    QHash<QString, Contact> byName;
    for (const Contact &c : cached)
        byName.insert(c.resourceName, c);

    QSet<QString> known;
    int liveTruth = 0;
    for (const QJsonValue &v : truth.value(QLatin1String("contacts")).toArray()) {
        const QJsonObject t = v.toObject();
        const QString name = t.value(QLatin1String("resourceName")).toString();
        known.insert(name);
        const bool deleted = t.value(QLatin1String("deleted")).toBool();
        const auto it = byName.constFind(name);
        if (deleted) {
            if (it != byName.cend() && !it->deleted)
                return QStringLiteral("%1 is deleted on the service but live in the cache").arg(name);
            continue;
        }
        ++liveTruth;
        if (it == byName.cend())
            return QStringLiteral("%1 is missing from the cache").arg(name);
        if (it->deleted)
            return QStringLiteral("%1 is live on the service but deleted in the cache").arg(name);
        const QJsonObject a = canonical(*it);
        const QJsonObject b = canonicalTruth(t);
        if (a != b)
            return differs(name, a, b);
    }
    for (const Contact &c : cached)
        if (!known.contains(c.resourceName))
            return QStringLiteral("%1 is in the cache but never existed on the service").arg(c.resourceName);

    QHash<QString, ContactGroup> groups;
    for (const ContactGroup &g : ContactsRepo::groups(db, account))
        groups.insert(g.resourceName, g);
    for (const QJsonValue &v : truth.value(QLatin1String("groups")).toArray()) {
        const QJsonObject t = v.toObject();
        const QString name = t.value(QLatin1String("resourceName")).toString();
        const bool deleted = t.value(QLatin1String("deleted")).toBool();
        const auto it = groups.constFind(name);
        if (deleted) {
            if (it != groups.cend() && !it->deleted)
                return QStringLiteral("group %1 is deleted on the service but live in the cache").arg(name);
            continue;
        }
        if (it == groups.cend() || it->deleted)
            return QStringLiteral("group %1 is missing from the cache").arg(name);
        if (it->name != t.value(QLatin1String("formattedName")).toString())
            return QStringLiteral("group %1 is named \"%2\" in the cache, \"%3\" on the service")
                .arg(name, it->name, t.value(QLatin1String("formattedName")).toString());
    }
    if (ContactsRepo::counts(db, account).live != liveTruth)
        return QStringLiteral("the cache has %1 live contacts, the service %2").arg(ContactsRepo::counts(db, account).live).arg(liveTruth);
    return {};
}

QString differs(const QString &what, const QJsonObject &cache, const QJsonObject &truth)
{
    const auto text = [](const QJsonValue &v) {
        if (v.isUndefined())
            return QStringLiteral("(absent)");
        const QString t = QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
        return t.size() > 160 ? t.left(160) + QStringLiteral("…") : t;
    };
    QStringList keys = cache.keys() + truth.keys();
    keys.removeDuplicates();
    keys.sort();
    QString out = what + QStringLiteral(" differs:");
    if (qEnvironmentVariableIsSet("CAIRN_TRACE")) // both whole
        qInfo().noquote() << "cache:" << QJsonDocument(cache).toJson(QJsonDocument::Compact) << "\ntruth:" << QJsonDocument(truth).toJson(QJsonDocument::Compact);
    for (const QString &k : std::as_const(keys))
        if (cache.value(k) != truth.value(k))
            out += QStringLiteral("\n %1: cache %2\n %3  truth %4").arg(k, text(cache.value(k)), QString(k.size(), u' '), text(truth.value(k)));
    return out;
}

} // namespace cairn::test
