#include "AsanaWrites.h"
#include "AsanaApi.h"
#include "AsanaEditing.h"
#include "AsanaRepo.h"
#include "Error.h"
#include "SendOutbox.h"
#include "SearchIndex.h"
#include "Settings.h"
#include "Sql.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>

namespace cairn::asana {

namespace {
const QString kSource = QStringLiteral("asana");


// A task's value of a field as `cairn export --format json` names it (assignee: its gid).
QJsonValue valueOf(const AsanaTask &t, const QString &field)
{
    if (field == QLatin1String("name"))
        return t.name;
    if (field == QLatin1String("notes"))
        return t.notes;
    if (field == QLatin1String("completed"))
        return t.completed;
    if (field == QLatin1String("due_on"))
        return t.dueOn.isEmpty() ? QJsonValue() : QJsonValue(t.dueOn);
    if (field == QLatin1String("assignee"))
        return t.assigneeGid.isEmpty() ? QJsonValue() : QJsonValue(t.assigneeGid);
    return {};
}

// The same field set on `t` (as the cache shows it until Asana answers).
void setValue(AsanaTask *t, const QString &field, const QJsonValue &v)
{
    if (field == QLatin1String("name"))
        t->name = v.toString();
    else if (field == QLatin1String("notes"))
        t->notes = v.toString();
    else if (field == QLatin1String("completed"))
        t->completed = v.toBool();
    else if (field == QLatin1String("due_on"))
        t->dueOn = v.toString();
    else if (field == QLatin1String("assignee")) {
        if (t->assigneeGid != v.toString())
            t->assigneeName.clear(); // known once Asana answers
        t->assigneeGid = v.toString();
    }
}

std::optional<AsanaTask> cachedTask(QSqlDatabase &db, const QString &account, const QString &gid)
{
    sql::Statement q(db, QStringLiteral("SELECT id FROM asana_tasks WHERE account=? AND gid=? AND deleted_at IS NULL"));
    q.exec({account, gid});
    if (!q.next())
        return std::nullopt;
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    return AsanaRepo::taskById(db, id);
}

OutboxChange prepare(QSqlDatabase &db, const QString &account, const QString &action, const QString &item, const QJsonObject &fields)
{
    OutboxChange c = changeOf(kSource, account, action, item, fields);
    if (action == QLatin1String("create")) {
        if (fields.value(QLatin1String("name")).toString().trimmed().isEmpty())
            throw Error(Error::Kind::Config, QCoreApplication::translate("cairn::asana", "a new Asana task needs a name: name=\"…\""));
        const QJsonArray projects = fields.value(QLatin1String("projects")).toArray();
        if (projects.isEmpty())
            throw Error(Error::Kind::Config, QCoreApplication::translate("cairn::asana", "a new Asana task needs a project: projects=<project id>"));
        for (const QJsonValue &p : projects) {
            sql::Statement q(db, QStringLiteral("SELECT 1 FROM asana_projects WHERE account=? AND gid=? AND deleted_at IS NULL"));
            q.exec({account, p.toString()});
            if (!q.next())
                throw Error(Error::Kind::Config, QCoreApplication::translate("cairn::asana", "no Asana project %1 in the cache (cairn sync --source asana first)").arg(p.toString()));
        }
        return c;
    }
    const std::optional<AsanaTask> t = cachedTask(db, account, item);
    if (!t)
        throw Error(Error::Kind::Config, QCoreApplication::translate("cairn::asana", "no Asana task %1 in the cache (cairn sync --source asana first)").arg(item));
    c.baseVersion = t->modifiedAt.toString(Qt::ISODateWithMs);
    for (auto it = fields.begin(); it != fields.end(); ++it)
        c.base.insert(it.key(), valueOf(*t, it.key()));
    return c;
}

void applyLocal(QSqlDatabase &db, const OutboxChange &c, const QDateTime &now)
{
    if (c.action == QLatin1String("comment"))
        return; // the cache keeps no comments of Asana's
    if (c.action == QLatin1String("delete")) {
        AsanaRepo::markTaskDeleted(db, c.account, c.item, now);
        return;
    }
    AsanaTask t;
    if (c.action == QLatin1String("create")) {
        if (const std::optional<AsanaTask> shown = cachedTask(db, c.account, c.item))
            t = *shown; // shown before: a sync's page came since
        t.gid = c.item; // the change's client id until Asana names it
        t.memberships.clear();
        for (const QJsonValue &p : c.fields.value(QLatin1String("projects")).toArray()) {
            sql::Statement q(db, QStringLiteral("SELECT name FROM asana_projects WHERE account=? AND gid=?"));
            q.exec({c.account, p.toString()});
            AsanaMembership m;
            m.projectGid = p.toString();
            m.projectName = q.next() ? q.value(0).toString() : QString();
            t.memberships << m;
        }
    } else {
        const std::optional<AsanaTask> cached = cachedTask(db, c.account, c.item);
        if (!cached)
            return; // deleted on the service since: the change fails when it is sent
        t = *cached;
    }
    for (auto it = c.fields.begin(); it != c.fields.end(); ++it)
        setValue(&t, it.key(), it.value());
    if (c.fields.contains(QLatin1String("assignee"))) { // named as the cache knows the person, until Asana answers
        t.assignedToMe = false;
        for (const Assignee &a : knownAssignees(db, c.account))
            if (a.gid == t.assigneeGid)
                std::tie(t.assigneeName, t.assignedToMe) = std::pair(a.name, a.me);
    }
    AsanaRepo::applyTasks(db, c.account, {t}, QString(), 0, now);
}

// The service's task into the cache, over what the change showed (a create's stand-in goes).
std::function<void(QSqlDatabase &)> recordTask(const OutboxChange &c, const AsanaTask &t)
{
    const QString account = c.account;
    const QString standIn = c.action == QLatin1String("create") ? c.clientId : QString();
    return [account, standIn, t](QSqlDatabase &db) {
        if (!standIn.isEmpty()) {
            sql::Statement q(db, QStringLiteral("SELECT id FROM asana_tasks WHERE account=? AND gid=?"));
            q.exec({account, standIn});
            if (q.next()) {
                const qint64 id = q.value(0).toLongLong();
                q.finish();
                sql::Statement drop(db, QStringLiteral("DELETE FROM asana_tasks WHERE id=?"));
                drop.exec({id});
                SearchIndex::remove(db, kTaskKind, id);
            }
        }
        if (!t.gid.isEmpty())
            AsanaRepo::applyTasks(db, account, {t}, QString(), 0, QDateTime::currentDateTimeUtc());
    };
}

void revertLocal(QSqlDatabase &db, const OutboxChange &c, const QDateTime &now)
{
    if (c.action == QLatin1String("create")) {
        recordTask(c, {})(db); // (drops the stand-in only: an empty task is not written)
        return;
    }
    if (c.action == QLatin1String("delete")) {
        sql::Statement q(db, QStringLiteral("SELECT id FROM asana_tasks WHERE account=? AND gid=?"));
        q.exec({c.account, c.item});
        if (!q.next())
            return;
        const qint64 id = q.value(0).toLongLong();
        q.finish();
        if (std::optional<AsanaTask> t = AsanaRepo::taskById(db, id)) // back, searchable again
            AsanaRepo::applyTasks(db, c.account, {*t}, QString(), 0, now);
        return;
    }
    if (c.action != QLatin1String("edit"))
        return;
    // The values the person saw, and Asana's where a conflict told them…
    applyLocal(db, seenAgain(c), now);
    // …until the next sync lists its projects again: Asana may have changed it since, unseen
    // while the change stood over it.
    if (const std::optional<AsanaTask> t = cachedTask(db, c.account, c.item))
        for (const AsanaMembership &m : t->memberships)
            AsanaRepo::setTasksRefreshed(db, c.account, m.projectGid, QDateTime());
}

class AsanaSender final : public ChangeSender
{
public:
    explicit AsanaSender(QUrl base) : m_base(std::move(base)) {}

    QCoro::Task<SendOutcome> send(SyncContext &ctx, OutboxChange c) override
    {
        AsanaApi api(ctx.http, m_base);
        if (m_me.isEmpty())
            m_me = co_await api.meGid();
        api.setMe(m_me);
        SendOutcome out;
        out.item = c.item;
        if (c.action == QLatin1String("create")) {
            std::optional<AsanaTask> made;
            if (c.attempts > 1) // sent before without an answer: did it arrive?
                made = co_await api.taskByExternal(c.clientId);
            if (!made) {
                QJsonObject data;
                for (auto it = c.fields.begin(); it != c.fields.end(); ++it)
                    data.insert(it.key(), it.value());
                data.insert(QStringLiteral("external"), QJsonObject{{QStringLiteral("gid"), c.clientId}});
                std::optional<Error> refused;
                try {
                    made = co_await api.createTask(data);
                } catch (const Error &e) {
                    if (!refusesTheChange(e))
                        throw;
                    refused = e;
                }
                // (Qt sends a request again by itself when a kept-alive connection closes
                // before the answer: the first may have made the task, and the second is
                // refused for its external id.)
                if (refused && !(made = co_await api.taskByExternal(c.clientId)))
                    throw *refused;
            }
            out.item = made->gid;
            out.record = recordTask(c, *made);
            co_return out;
        }
        if (c.action == QLatin1String("delete")) {
            co_await api.deleteTask(c.item); // (gone already: as asked)
            co_return out;
        }
        if (c.action == QLatin1String("comment")) {
            const QString text = c.fields.value(QLatin1String("text")).toString();
            if (!(c.attempts > 1 && co_await api.hasComment(c.item, text)))
                co_await api.addComment(c.item, text);
            // The comment moved the task's modified_at: the task as it is now, so that the sync
            // after finds nothing new.
            if (const std::optional<AsanaTask> now = co_await api.task(c.item))
                out.record = recordTask(c, *now);
            co_return out;
        }
        const std::optional<AsanaTask> now = co_await api.task(c.item);
        if (!now) {
            out.kind = SendOutcome::Kind::Failed;
            out.error = QCoreApplication::translate("cairn::asana", "the task was deleted in Asana");
            co_return out;
        }
        const FieldMerge m = mergeFields(c, [&](const QString &field) { return valueOf(*now, field); });
        if (!m.theirs.isEmpty()) {
            out.kind = SendOutcome::Kind::Conflict;
            out.theirs = m.theirs;
            co_return out;
        }
        const AsanaTask after = m.send.isEmpty() ? *now : co_await api.updateTask(c.item, m.send);
        out.record = recordTask(c, after);
        co_return out;
    }

private:
    QUrl m_base;
    QString m_me;
};

std::unique_ptr<ChangeSender> makeSender(const Settings &settings)
{
    return std::make_unique<AsanaSender>(settings.apiUrl(kSource));
}
} // namespace

WriteFacts writeFacts()
{
    using T = WritableField::Type;
    WriteFacts w;
    w.actions = {QStringLiteral("create"), QStringLiteral("edit"), QStringLiteral("delete"), QStringLiteral("comment")};
    w.fields = {
        {QStringLiteral("name"), T::Text, true, true, true},
        {QStringLiteral("notes"), T::Text},
        {QStringLiteral("due_on"), T::Date},
        {QStringLiteral("completed"), T::Bool},
        {QStringLiteral("assignee"), T::Text},
        {QStringLiteral("projects"), T::List, true, false, true},
    };
    w.prepare = &prepare;
    w.applyLocal = &applyLocal;
    w.revertLocal = &revertLocal;
    w.makeSender = &makeSender;
    w.setting = QStringLiteral("asana.write");
    return w;
}

} // namespace cairn::asana
