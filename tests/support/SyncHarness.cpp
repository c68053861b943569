#include "SyncHarness.h"
#include "google/ContactExport.h"
#include "Database.h"

#include <QCoroTask>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
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
    m_auth.insert(QStringLiteral("google"), std::make_shared<BearerToken>(options.accessToken.toUtf8()));
    startEngine();
}

void SyncHarness::startEngine()
{
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_engine = std::make_unique<SyncEngine>(*m_settings, *m_writer, *m_nam);
    RetryPolicy fast;
    fast.baseDelay = std::chrono::milliseconds(5);
    fast.maxDelay = std::chrono::milliseconds(40);
    m_engine->setRetryPolicy(fast);
    for (auto it = m_auth.cbegin(); it != m_auth.cend(); ++it)
        m_engine->setAuthenticator(it.key(), it.value());
    if (m_clock)
        m_engine->setClock(m_clock);
}

void SyncHarness::setAuthenticator(const QString &source, std::shared_ptr<Authenticator> auth)
{
    m_auth.insert(source, auth);
    m_engine->setAuthenticator(source, std::move(auth));
}

void SyncHarness::setClock(const Clock *clock)
{
    m_clock = clock;
    m_engine->setClock(clock);
}

void SyncHarness::killAt(int after, bool afterApply, const QList<QByteArray> &methods)
{
    sim::Fault kill;
    kill.after = after;
    kill.killAfterApply = afterApply;
    kill.onKill = [this, afterApply](const sim::HttpRequest &request) {
        m_lastKill = request.method == "GET" ? QStringLiteral("GET")
                                             : QString::fromLatin1(request.method) + (afterApply ? QStringLiteral(" applied") : QStringLiteral(" not applied"));
        // What a kill -9 leaves: the transactions committed by now (SQLite keeps them), none
        // that was under way. Copied by a connection of its own, as a consistent snapshot.
        const QString connection = QStringLiteral("kill-snapshot");
        m_killSnapshot = m_dataDir + QStringLiteral("/killed.sqlite");
        QFile::remove(m_killSnapshot);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(m_settings->databasePath());
            if (!db.open())
                qFatal("kill: cannot open the cache: %s", qPrintable(db.lastError().text()));
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("VACUUM INTO '%1'").arg(m_killSnapshot)))
                qFatal("kill: cannot copy the cache: %s", qPrintable(q.lastError().text()));
        }
        QSqlDatabase::removeDatabase(connection);
        m_sim->setClientGone(true);
        // The dying run is let end (its requests dropped, then cancelled): its cache is thrown away.
        QMetaObject::invokeMethod(m_engine.get(), [engine = m_engine.get()] { engine->cancelAll(); }, Qt::QueuedConnection);
    };
    if (methods.isEmpty())
        m_sim->faults().add(kill);
    for (const QByteArray &method : methods) { // after the first struck, the others see no request
        kill.method = method;
        m_sim->faults().add(kill);
    }
}

bool SyncHarness::restartIfKilled()
{
    m_sim->faults().removeIf([](const sim::Fault &f) { return bool(f.onKill); });
    if (m_killSnapshot.isEmpty())
        return false;
    m_engine.reset();
    m_nam.reset();
    m_writer.reset();
    if (!m_readerName.isEmpty()) {
        Database::close(m_readerName);
        m_readerName.clear();
    }
    const QString path = m_settings->databasePath();
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    if (!QFile::rename(m_killSnapshot, path))
        qFatal("kill: cannot put the cache back");
    m_killSnapshot.clear();
    m_sim->setClientGone(false);
    m_writer = std::make_unique<StoreWriter>(path);
    m_writer->open().waitForFinished();
    startEngine();
    return true;
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
        if (!deleted)
            ++liveTruth;
        const QString difference = compareItem(name, deleted, itemAt(byName, name), [](const Contact &c) { return canonical(c); },
                                               [&t] { return canonicalTruth(t); });
        if (!difference.isEmpty())
            return difference;
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
