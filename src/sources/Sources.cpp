#include "Sources.h"
#include "Sql.h"
#include "asana/AsanaSource.h"
#include "github/GitHubSource.h"
#include "gitlab/GitLabSource.h"
#include "google/GoogleSource.h"
#include "jira/JiraSource.h"

#include <QCoreApplication>

namespace cairn::Sources {

const QList<const SourceDescriptor *> &all()
{
    // The one list of the sources: one line each (docs/adding-a-source.md).
    static const QList<const SourceDescriptor *> list{
        &googleSource(),
        &asanaSource(),
        &gitHubSource(),
        &jiraSource(),
        &gitLabSource(),
    };
    return list;
}

QStringList ids()
{
    QStringList out;
    for (const SourceDescriptor *d : all())
        out << d->id();
    return out;
}

const SourceDescriptor *find(const QString &id)
{
    for (const SourceDescriptor *d : all())
        if (d->id() == id)
            return d;
    return nullptr;
}

const SourceDescriptor *withSyncSwitch(const QString &name)
{
    for (const SourceDescriptor *d : all())
        for (const SourceDescriptor::SyncSwitch &s : d->syncSwitches)
            if (name == QLatin1String(s.name))
                return d;
    return nullptr;
}

void install()
{
    QList<SourceFacts> facts;
    QList<SignInFacts> signIn;
    QList<StoreFacts> store;
    for (const SourceDescriptor *d : all()) {
        facts << d->facts;
        signIn << d->signIn;
        store << d->store;
        signIn.last().id = store.last().id = d->id(); // one id for all of them
    }
    SourceCatalog::install(facts);
    SignInCatalog::install(signIn);
    StoreCatalog::install(store);
}

} // namespace cairn::Sources

namespace cairn {

void SourceDescriptor::Status::addScopeStates(const QString &key, const QList<SyncState> &states,
                                              QString (*nameOf)(const QString &scope))
{
    QJsonObject named;
    for (const SyncState &st : states) {
        const QString name = nameOf(st.scope);
        if (name.isEmpty())
            continue;
        QJsonObject one{{QStringLiteral("status"), stateStatusName(st.status)}, {QStringLiteral("last_sync_at"), st.lastSyncAt.toString(Qt::ISODate)}};
        if (!st.lastError.isEmpty())
            one.insert(QStringLiteral("last_error"), st.lastError);
        named.insert(name, one);
    }
    if (!named.isEmpty())
        members.insert(key, named);
    for (auto it = named.begin(); it != named.end(); ++it)
        scopes.append({it.key(), it.value().toObject(), QString()});
}

SourceDescriptor::Reference SourceDescriptor::Reference::select(QSqlDatabase &db, const QString &query, const SearchIndex::Hit &hit)
{
    sql::Statement q(db, query);
    q.exec({hit.id});
    Reference r;
    if (q.next())
        sql::readColumns(q, 0, r.id, r.url);
    return r;
}

QString SourceDescriptor::count(int n) const
{
    return items ? QCoreApplication::translate("cairn::Sources", items, nullptr, n) : QString::number(n);
}

} // namespace cairn

// Before main(): the layers below know the sources from the start. The linker keeps this file
// in every program that links the sources' library, whether or not it calls into it
// (src/CMakeLists.txt: --undefined=cairn_sources_installed).
extern "C" {
extern const bool cairn_sources_installed;
const bool cairn_sources_installed = (cairn::Sources::install(), true);
}
