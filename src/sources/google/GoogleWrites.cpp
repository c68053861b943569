#include "GoogleWrites.h"
#include "Cancellation.h"
#include "Clock.h"
#include "ContactsRepo.h"
#include "Error.h"
#include "GoogleApi.h"
#include "SearchIndex.h"
#include "SendOutbox.h"
#include "Settings.h"
#include "Sql.h"
#include "StoreWriter.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QCoroFuture>
#include <QRegularExpression>

#include <algorithm>

namespace cairn::google {

namespace {
const QString kSource = QStringLiteral("google");
// The clientData key of the id a create carries (its outbox change's client id): a create sent
// before without an answer is looked for by it, so that it is made once.
const QString kClientDataKey = QStringLiteral("cairn.change");
// The etag of a contact whose cached values may not be Google's (markUnknown): no etag Google
// gives, so a listing rewrites it and the next sync reads it again — and a contact Google sent
// without an etag is not read again on every sync.
const QString kUnknownEtag = QStringLiteral("cairn:unknown");
// The contact-group resource names' prefix.
const QString kGroupPrefix = QStringLiteral("contactGroups/");

// The person field (updatePersonFields path) each field a person may set is part of.
QString personFieldOf(const QString &field)
{
    static const QHash<QString, QString> of{
        {QStringLiteral("givenName"), QStringLiteral("names")},
        {QStringLiteral("familyName"), QStringLiteral("names")},
        {QStringLiteral("nickname"), QStringLiteral("nicknames")},
        {QStringLiteral("note"), QStringLiteral("biographies")},
        {QStringLiteral("birthday"), QStringLiteral("birthdays")},
        {QStringLiteral("emails"), QStringLiteral("emailAddresses")},
        {QStringLiteral("phones"), QStringLiteral("phoneNumbers")},
        {QStringLiteral("organization"), QStringLiteral("organizations")},
        {QStringLiteral("groups"), QStringLiteral("memberships")},
    };
    return of.value(field);
}

QJsonArray stringArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &e : v.toArray())
        out << e.toString();
    return out;
}

// A contact's value of a field as `cairn export --format json` names it (an organisation: the
// first one's name; contact groups sorted: their order means nothing).
QJsonValue valueOf(const Contact &c, const QString &field)
{
    if (field == QLatin1String("givenName"))
        return c.givenName;
    if (field == QLatin1String("familyName"))
        return c.familyName;
    if (field == QLatin1String("nickname"))
        return c.nickname;
    if (field == QLatin1String("note"))
        return c.note;
    if (field == QLatin1String("birthday"))
        return c.birthday;
    if (field == QLatin1String("emails")) {
        QStringList values;
        for (const ContactEmail &e : c.emails)
            values << e.value;
        return stringArray(values);
    }
    if (field == QLatin1String("phones")) {
        QStringList values;
        for (const ContactPhone &p : c.phones)
            values << p.value;
        return stringArray(values);
    }
    if (field == QLatin1String("organization"))
        return c.organizations.isEmpty() ? QString() : c.organizations.first().name;
    if (field == QLatin1String("groups")) {
        QStringList groups = c.groups;
        groups.sort();
        return stringArray(groups);
    }
    return {};
}

// The same field set on `c` (as the cache shows it until Google answers); an e-mail or a phone
// the contact had keeps its type.
void setValue(Contact *c, const QString &field, const QJsonValue &v)
{
    if (field == QLatin1String("givenName") || field == QLatin1String("familyName")) {
        (field == QLatin1String("givenName") ? c->givenName : c->familyName) = v.toString();
        const QString shown = QStringList{c->givenName, c->familyName}.join(u' ').trimmed();
        if (!shown.isEmpty())
            c->displayName = shown; // (Google's own display name comes with its answer)
    } else if (field == QLatin1String("nickname")) {
        c->nickname = v.toString();
    } else if (field == QLatin1String("note")) {
        c->note = v.toString();
    } else if (field == QLatin1String("birthday")) {
        c->birthday = v.toString();
    } else if (field == QLatin1String("emails")) {
        QList<ContactEmail> emails;
        for (const QString &value : strings(v)) {
            ContactEmail e{value, QString(), false};
            for (const ContactEmail &had : c->emails)
                if (had.value == value)
                    e.type = had.type;
            emails << e;
        }
        c->emails = emails;
    } else if (field == QLatin1String("phones")) {
        QList<ContactPhone> phones;
        for (const QString &value : strings(v)) {
            ContactPhone p{value, QString(), QString()};
            for (const ContactPhone &had : c->phones)
                if (had.value == value)
                    p = had;
            phones << p;
        }
        c->phones = phones;
    } else if (field == QLatin1String("organization")) {
        const QString name = v.toString();
        if (c->organizations.isEmpty() && !name.isEmpty())
            c->organizations.append({name, QString(), QString()});
        else if (!c->organizations.isEmpty() && name.isEmpty())
            c->organizations.removeFirst();
        else if (!c->organizations.isEmpty())
            c->organizations.first().name = name;
    } else if (field == QLatin1String("groups")) {
        c->groups = strings(v);
    }
}

[[noreturn]] void refuse(const QString &message)
{
    throw Error(Error::Kind::Config, message);
}

// The fields as Google takes them: name="Ada Lovelace" as its given and family name (the last
// word is the family name), a birthday yyyy-mm-dd or --mm-dd, contact groups by their resource
// names (myContacts → contactGroups/myContacts), sorted.
QJsonObject normalised(QJsonObject fields)
{
    if (fields.contains(QLatin1String("name"))) {
        QStringList words = fields.take(QLatin1String("name")).toString().simplified().split(u' ', Qt::SkipEmptyParts);
        const QString family = words.size() > 1 ? words.takeLast() : QString();
        fields.insert(QStringLiteral("givenName"), words.join(u' '));
        fields.insert(QStringLiteral("familyName"), family);
    }
    if (fields.contains(QLatin1String("birthday"))) {
        const QString b = fields.value(QLatin1String("birthday")).toString().trimmed();
        static const QRegularExpression dayOnly(QStringLiteral("^--(\\d\\d)-(\\d\\d)$"));
        const QRegularExpressionMatch m = dayOnly.match(b);
        const bool valid = b.isEmpty() || QDate::fromString(b, Qt::ISODate).isValid()
            || (m.hasMatch() && QDate(2000, m.captured(1).toInt(), m.captured(2).toInt()).isValid());
        if (!valid)
            refuse(QCoreApplication::translate("cairn::google", "birthday is a date (yyyy-mm-dd, --mm-dd without the year, or empty for none), not \"%1\"")
                       .arg(b.left(40)));
        fields.insert(QStringLiteral("birthday"), b);
    }
    if (fields.contains(QLatin1String("groups"))) {
        QStringList groups;
        for (QString g : strings(fields.value(QLatin1String("groups")))) {
            if (!g.startsWith(kGroupPrefix))
                g.prepend(kGroupPrefix);
            if (!groups.contains(g))
                groups << g;
        }
        groups.sort();
        fields.insert(QStringLiteral("groups"), stringArray(groups));
    }
    return fields;
}

std::optional<qint64> rowOf(QSqlDatabase &db, const QString &account, const QString &resourceName, bool deletedToo = false)
{
    sql::Statement q(db, QStringLiteral("SELECT id FROM contacts WHERE account=? AND resource_name=?%1")
                             .arg(deletedToo ? QString() : QStringLiteral(" AND deleted_at IS NULL")));
    q.exec({account, resourceName});
    if (!q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

std::optional<Contact> cachedContact(QSqlDatabase &db, const QString &account, const QString &resourceName)
{
    const std::optional<qint64> id = rowOf(db, account, resourceName);
    return id ? std::optional<Contact>(ContactsRepo::byId(db, *id)) : std::nullopt;
}

// Writes `c` whatever the cache has (its etag may be the cached one: a local change over it),
// keeping the row's mark of the listing that last saw it.
void putContact(QSqlDatabase &db, const QString &account, const Contact &c, const QDateTime &now)
{
    qint64 runId = 0;
    sql::Statement q(db, QStringLiteral("SELECT id, run_id FROM contacts WHERE account=? AND resource_name=?"));
    q.exec({account, c.resourceName});
    if (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        runId = q.value(1).toLongLong();
        q.finish();
        sql::Statement unmark(db, QStringLiteral("UPDATE contacts SET etag=NULL WHERE id=?")); // (so that it is written)
        unmark.exec({id});
    }
    ContactsRepo::applyPage(db, account, {c}, runId, now);
}

// A create's stand-in (named by its client id) out of the cache.
void dropStandIn(QSqlDatabase &db, const QString &account, const QString &clientId)
{
    const std::optional<qint64> id = rowOf(db, account, clientId, true);
    if (!id)
        return;
    sql::Statement drop(db, QStringLiteral("DELETE FROM contacts WHERE id=?")); // (its parts go with it)
    drop.exec({*id});
    SearchIndex::remove(db, kContactKind, *id);
}

OutboxChange prepare(QSqlDatabase &db, const QString &account, const QString &action, const QString &item, const QJsonObject &given)
{
    OutboxChange c = changeOf(kSource, account, action, item, {});
    const std::optional<Contact> cached = action == QLatin1String("create") ? std::nullopt : cachedContact(db, account, item);
    if (action != QLatin1String("create") && !cached)
        refuse(QCoreApplication::translate("cairn::google", "no Google contact %1 in the cache (cairn sync --source google first)").arg(item));
    c.fields = normalised(given);
    // email=… and phone=…: the first (primary) one, the others kept.
    for (const auto &[one, all] : {std::pair{QStringLiteral("email"), QStringLiteral("emails")}, std::pair{QStringLiteral("phone"), QStringLiteral("phones")}}) {
        if (!c.fields.contains(one))
            continue;
        QStringList values = c.fields.contains(all) ? strings(c.fields.value(all)) : (cached ? strings(valueOf(*cached, all)) : QStringList());
        const QString value = c.fields.take(one).toString().trimmed();
        if (!values.isEmpty())
            values.removeFirst();
        if (!value.isEmpty())
            values.prepend(value);
        c.fields.insert(all, stringArray(values));
    }
    if (action == QLatin1String("create")) {
        bool named = false;
        for (const char *f : {"givenName", "familyName", "organization"})
            named = named || !c.fields.value(QLatin1String(f)).toString().trimmed().isEmpty();
        if (!named && c.fields.value(QLatin1String("emails")).toArray().isEmpty()
            && c.fields.value(QLatin1String("phones")).toArray().isEmpty())
            refuse(QCoreApplication::translate("cairn::google", "a new contact needs a name, an e-mail, a phone or an organisation: name=\"…\""));
        return c;
    }
    c.baseVersion = cached->etag;
    for (auto it = c.fields.begin(); it != c.fields.end(); ++it)
        c.base.insert(it.key(), valueOf(*cached, it.key()));
    return c;
}

void applyLocal(QSqlDatabase &db, const OutboxChange &c, const QDateTime &now)
{
    if (c.action == QLatin1String("delete")) {
        Contact gone;
        gone.resourceName = c.item;
        gone.deleted = true;
        ContactsRepo::applyPage(db, c.account, {gone}, 0, now);
        return;
    }
    Contact shown;
    if (c.action == QLatin1String("create")) {
        if (const std::optional<Contact> before = cachedContact(db, c.account, c.item))
            shown = *before; // shown before: a sync's page came since
        shown.resourceName = c.item; // the change's client id until Google names it
    } else {
        const std::optional<Contact> cached = cachedContact(db, c.account, c.item);
        if (!cached)
            return; // deleted on the service since: the change fails when it is sent
        shown = *cached;
    }
    for (auto it = c.fields.begin(); it != c.fields.end(); ++it)
        setValue(&shown, it.key(), it.value());
    putContact(db, c.account, shown, now);
}

// The service's contact into the cache, over what the change showed (a create's stand-in goes).
std::function<void(QSqlDatabase &)> recordContact(const OutboxChange &c, const Contact &person)
{
    const QString account = c.account;
    const QString standIn = c.action == QLatin1String("create") ? c.clientId : QString();
    return [account, standIn, person](QSqlDatabase &db) {
        if (!standIn.isEmpty())
            dropStandIn(db, account, standIn);
        putContact(db, account, person, QDateTime::currentDateTimeUtc());
    };
}

// A contact whose cached values may not be Google's (a change over it was discarded): marked
// by its etag (kUnknownEtag), so that the next sync reads it again (rereadUnknown) and any
// listing rewrites it.
void markUnknown(QSqlDatabase &db, const QString &account, const QString &resourceName)
{
    sql::Statement q(db, QStringLiteral("UPDATE contacts SET etag=? WHERE account=? AND resource_name=?"));
    q.exec({kUnknownEtag, account, resourceName});
}

void revertLocal(QSqlDatabase &db, const OutboxChange &c, const QDateTime &now)
{
    if (c.action == QLatin1String("create")) {
        dropStandIn(db, c.account, c.clientId);
        return;
    }
    if (c.action == QLatin1String("delete")) {
        if (const std::optional<qint64> id = rowOf(db, c.account, c.item, true)) {
            Contact back = ContactsRepo::byId(db, *id);
            back.deleted = false; // back, searchable again
            putContact(db, c.account, back, now);
            markUnknown(db, c.account, c.item); // (Google may have changed it meanwhile, unseen)
        }
        return;
    }
    // The values the person saw, and Google's where a conflict told them, until the next sync
    // reads the contact again: the cache does not keep what Google has of them whole (an
    // e-mail's type), and Google may have changed other fields, unseen under the change.
    applyLocal(db, seenAgain(c), now);
    markUnknown(db, c.account, c.item);
}

// An entry of a person's list field without what only Google writes (its metadata, the forms
// it derives).
QJsonObject writable(QJsonObject entry)
{
    for (const char *key : {"metadata", "formattedType", "canonicalForm", "displayName", "displayNameLastFirst",
                            "unstructuredName", "formattedProtocol"})
        entry.remove(QLatin1String(key));
    return entry;
}

// The entries of `current`'s list `key` for `values` in their order: an entry the person had
// (by its value) as it was, a new one with its value only.
QJsonArray entriesFor(const QJsonObject &current, const char *key, const QStringList &values)
{
    QJsonArray out;
    for (const QString &value : values) {
        QJsonObject entry{{QStringLiteral("value"), value}};
        for (const QJsonValue &had : current.value(QLatin1String(key)).toArray())
            if (had[QLatin1String("value")].toString() == value) {
                entry = writable(had.toObject());
                break;
            }
        out.append(entry);
    }
    return out;
}

// The Person to send: `current` (the contact as Google has it; empty for a create) with
// `fields` set, each person field it touches whole (an update replaces whole person fields:
// names with the middle name, e-mails with their types — which the cache does not keep whole).
// `touched` gets the person fields (updatePersonFields).
QJsonObject personWith(const QJsonObject &current, const QJsonObject &fields, QStringList *touched)
{
    QJsonObject person;
    if (current.contains(QLatin1String("etag")))
        person.insert(QStringLiteral("etag"), current.value(QLatin1String("etag")));
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const QString personField = personFieldOf(it.key());
        if (!personField.isEmpty() && !touched->contains(personField))
            *touched << personField;
    }
    const auto text = [&fields](const char *f) { return fields.value(QLatin1String(f)).toString(); };
    const auto single = [](const QString &value, QJsonObject entry) {
        return value.isEmpty() ? QJsonArray() : QJsonArray{entry};
    };
    for (const QString &pf : std::as_const(*touched)) {
        QJsonArray list;
        if (pf == QLatin1String("names")) {
            QJsonObject name = writable(current.value(pf).toArray().at(0).toObject());
            for (const char *f : {"givenName", "familyName"})
                if (fields.contains(QLatin1String(f)))
                    name.insert(QLatin1String(f), text(f));
            list.append(name);
        } else if (pf == QLatin1String("nicknames")) {
            list = single(text("nickname"), {{QStringLiteral("value"), text("nickname")}});
        } else if (pf == QLatin1String("biographies")) {
            list = single(text("note"), {{QStringLiteral("value"), text("note")}, {QStringLiteral("contentType"), QStringLiteral("TEXT_PLAIN")}});
        } else if (pf == QLatin1String("birthdays")) {
            const QString b = text("birthday");
            const QDate full = QDate::fromString(b, Qt::ISODate);
            QJsonObject date;
            if (full.isValid())
                date = {{QStringLiteral("year"), full.year()}, {QStringLiteral("month"), full.month()}, {QStringLiteral("day"), full.day()}};
            else if (b.startsWith(QLatin1String("--")))
                date = {{QStringLiteral("month"), b.mid(2, 2).toInt()}, {QStringLiteral("day"), b.mid(5, 2).toInt()}};
            list = single(b, {{QStringLiteral("date"), date}});
        } else if (pf == QLatin1String("emailAddresses")) {
            list = entriesFor(current, "emailAddresses", strings(fields.value(QLatin1String("emails"))));
        } else if (pf == QLatin1String("phoneNumbers")) {
            list = entriesFor(current, "phoneNumbers", strings(fields.value(QLatin1String("phones"))));
        } else if (pf == QLatin1String("organizations")) {
            for (const QJsonValue &o : current.value(pf).toArray())
                list.append(writable(o.toObject()));
            const QString name = text("organization");
            if (list.isEmpty() && !name.isEmpty())
                list.append(QJsonObject{{QStringLiteral("name"), name}});
            else if (!list.isEmpty() && name.isEmpty())
                list.removeFirst();
            else if (!list.isEmpty()) {
                QJsonObject first = list.at(0).toObject();
                first.insert(QStringLiteral("name"), name);
                list[0] = first;
            }
        } else if (pf == QLatin1String("memberships")) {
            for (const QString &g : strings(fields.value(QLatin1String("groups"))))
                list.append(QJsonObject{{QStringLiteral("contactGroupMembership"),
                                         QJsonObject{{QStringLiteral("contactGroupResourceName"), g}}}});
        }
        person.insert(pf, list);
    }
    return person;
}

class GoogleSender final : public ChangeSender
{
public:
    explicit GoogleSender(QUrl base) : m_base(std::move(base)) {}

    QCoro::Task<SendOutcome> send(SyncContext &ctx, OutboxChange c) override
    {
        GoogleApi api(ctx.http, m_base);
        SendOutcome out;
        out.item = c.item;
        if (c.action == QLatin1String("create")) {
            std::optional<PersonRecord> made;
            if (c.attempts > 1) { // sent before without an answer: did it arrive?
                const QString found = co_await api.contactWithClientData(kClientDataKey, c.clientId);
                if (!found.isEmpty())
                    made = co_await api.person(found);
            }
            if (!made) {
                QStringList touched;
                QJsonObject person = personWith({}, c.fields, &touched);
                person.insert(QStringLiteral("clientData"),
                              QJsonArray{QJsonObject{{QStringLiteral("key"), kClientDataKey}, {QStringLiteral("value"), c.clientId}}});
                made = co_await api.createContact(person);
            }
            out.item = made->contact.resourceName;
            out.record = recordContact(c, made->contact);
            co_return out;
        }
        if (c.action == QLatin1String("delete")) {
            co_await api.deleteContact(c.item); // (gone already: as asked)
            co_return out;
        }
        // An edit: read the contact, write what only the person changed over the etag just read;
        // Google refuses it when the contact changed in between (FAILED_PRECONDITION): read again.
        for (int attempt = 1;; ++attempt) {
            const std::optional<PersonRecord> now = co_await api.person(c.item);
            if (!now) {
                out.kind = SendOutcome::Kind::Failed;
                out.error = QCoreApplication::translate("cairn::google", "the contact was deleted in Google");
                co_return out;
            }
            const FieldMerge m = mergeFields(c, [&](const QString &field) { return valueOf(now->contact, field); });
            if (!m.theirs.isEmpty()) {
                out.kind = SendOutcome::Kind::Conflict;
                out.theirs = m.theirs;
                co_return out;
            }
            if (m.send.isEmpty()) {
                out.record = recordContact(c, now->contact);
                co_return out;
            }
            QStringList touched;
            const QJsonObject person = personWith(now->json, m.send, &touched);
            try {
                const PersonRecord after = co_await api.updateContact(c.item, person, touched);
                out.record = recordContact(c, after.contact);
                co_return out;
            } catch (const Error &e) {
                if (e.reason != QLatin1String("FAILED_PRECONDITION") || attempt >= 3)
                    throw;
            }
        }
    }

private:
    QUrl m_base;
};

std::unique_ptr<ChangeSender> makeSender(const Settings &settings)
{
    return std::make_unique<GoogleSender>(settings.apiUrl(kSource));
}
} // namespace

QCoro::Task<> rereadUnknown(SyncContext &ctx, GoogleApi &api)
{
    const QString account = ctx.account;
    const QStringList unknown = co_await ctx.writer.transact([account](QSqlDatabase &db) {
        QStringList names;
        sql::Statement q(db, QStringLiteral("SELECT resource_name FROM contacts WHERE account=? AND etag=? AND deleted_at IS NULL "
                                            "AND resource_name LIKE 'people/%' ORDER BY resource_name"));
        for (q.exec({account, kUnknownEtag}); q.next();)
            names << q.value(0).toString();
        return names;
    });
    for (const QString &name : unknown) {
        ctx.cancel.throwIfCancelled();
        const std::optional<PersonRecord> now = co_await api.person(name);
        Contact person;
        if (now) {
            person = now->contact;
        } else {
            person.resourceName = name;
            person.deleted = true;
        }
        const QDateTime at = ctx.clock.now();
        co_await ctx.writer.transact([account, person, at](QSqlDatabase &db) {
            putContact(db, account, person, at);
            reapplyOpenChanges(db, kSource, account, at); // a local change still shows over it
        });
    }
}

WriteFacts writeFacts()
{
    using T = WritableField::Type;
    WriteFacts w;
    w.actions = {QStringLiteral("create"), QStringLiteral("edit"), QStringLiteral("delete")};
    w.fields = {
        {QStringLiteral("name"), T::Text},
        {QStringLiteral("givenName"), T::Text},
        {QStringLiteral("familyName"), T::Text},
        {QStringLiteral("nickname"), T::Text},
        {QStringLiteral("email"), T::Text},
        {QStringLiteral("emails"), T::List},
        {QStringLiteral("phone"), T::Text},
        {QStringLiteral("phones"), T::List},
        {QStringLiteral("organization"), T::Text},
        {QStringLiteral("birthday"), T::Text},
        {QStringLiteral("note"), T::Text},
        {QStringLiteral("groups"), T::List},
    };
    w.prepare = &prepare;
    w.applyLocal = &applyLocal;
    w.revertLocal = &revertLocal;
    w.makeSender = &makeSender;
    w.setting = QStringLiteral("google.write");
    return w;
}

} // namespace cairn::google
