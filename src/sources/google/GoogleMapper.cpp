#include "GoogleMapper.h"
#include "Error.h"
#include "Json.h"

#include <QCoreApplication>

namespace cairn::google {

namespace {

const QString kWhat = QStringLiteral("Google People");

QList<QJsonObject> objects(const QJsonObject &o, const char *key)
{
    QList<QJsonObject> out;
    for (const QJsonValue &v : json::array(o, QLatin1String(key), kWhat)) {
        if (!v.isObject())
            throw Error(Error::Kind::BadResponse,
                        QCoreApplication::translate("cairn::GoogleMapper", "unexpected answer from Google People: an entry of \"%1\" is not an object")
                            .arg(QLatin1String(key)));
        out.append(v.toObject());
    }
    return out;
}

bool isPrimary(const QJsonObject &field)
{
    return json::boolean(json::object(field, QLatin1String("metadata"), kWhat), QLatin1String("primary"), kWhat);
}

// The primary entry of a multi-valued field, else the first.
QJsonObject primaryOf(const QList<QJsonObject> &list)
{
    for (const QJsonObject &o : list)
        if (isPrimary(o))
            return o;
    return list.isEmpty() ? QJsonObject() : list.first();
}

QString str(const QJsonObject &o, const char *key)
{
    return json::string(o, QLatin1String(key), kWhat);
}

QString birthdayOf(const QJsonObject &b)
{
    const QJsonObject date = json::object(b, QLatin1String("date"), kWhat);
    if (date.isEmpty())
        return str(b, "text");
    const int year = date.value(QLatin1String("year")).toInt();
    const int month = date.value(QLatin1String("month")).toInt();
    const int day = date.value(QLatin1String("day")).toInt();
    if (month < 1 || month > 12 || day < 1 || day > 31)
        return str(b, "text");
    const QString md = QStringLiteral("%1-%2").arg(month, 2, 10, QLatin1Char('0')).arg(day, 2, 10, QLatin1Char('0'));
    return year > 0 ? QStringLiteral("%1-%2").arg(year, 4, 10, QLatin1Char('0')).arg(md) : QStringLiteral("--") + md;
}

// Appends `item`, or puts it first when it is the primary one.
template<typename T>
void primaryFirst(QList<T> &list, const T &item, bool primary)
{
    if (primary)
        list.prepend(item);
    else
        list.append(item);
}

} // namespace

Contact contactFromPerson(const QJsonObject &person)
{
    Contact c;
    c.resourceName = str(person, "resourceName");
    if (c.resourceName.isEmpty())
        throw Error(Error::Kind::BadResponse, QCoreApplication::translate("cairn::GoogleMapper", "unexpected answer from Google People: a person without resourceName"));
    c.etag = str(person, "etag");

    const QJsonObject metadata = json::object(person, QLatin1String("metadata"), kWhat);
    c.deleted = json::boolean(metadata, QLatin1String("deleted"), kWhat);
    for (const QJsonObject &source : objects(metadata, "sources")) {
        const QDateTime t = QDateTime::fromString(str(source, "updateTime"), Qt::ISODateWithMs);
        if (t.isValid() && (!c.updatedAt.isValid() || t > c.updatedAt))
            c.updatedAt = t.toUTC();
    }
    if (c.deleted)
        return c;

    const QJsonObject name = primaryOf(objects(person, "names"));
    c.displayName = str(name, "displayName");
    c.givenName = str(name, "givenName");
    c.familyName = str(name, "familyName");
    c.nickname = str(primaryOf(objects(person, "nicknames")), "value");
    c.note = str(primaryOf(objects(person, "biographies")), "value");
    const QList<QJsonObject> birthdays = objects(person, "birthdays");
    if (!birthdays.isEmpty())
        c.birthday = birthdayOf(primaryOf(birthdays));
    for (const QJsonObject &photo : objects(person, "photos")) {
        if (!json::boolean(photo, QLatin1String("default"), kWhat) && c.photoUrl.isEmpty())
            c.photoUrl = str(photo, "url");
    }
    // Google marks at most one entry of a list primary and promises no order; the first entry is
    // the main one everywhere in Cairn (the contact list's phone, the vCard's ORG, the title of a
    // contact without a name), so the primary one goes first.
    for (const QJsonObject &e : objects(person, "emailAddresses")) {
        const QString value = str(e, "value");
        if (!value.isEmpty())
            primaryFirst(c.emails, {value, str(e, "type"), isPrimary(e)}, isPrimary(e));
    }
    for (const QJsonObject &p : objects(person, "phoneNumbers")) {
        const QString value = str(p, "value");
        if (!value.isEmpty())
            primaryFirst(c.phones, {value, str(p, "canonicalForm"), str(p, "type")}, isPrimary(p));
    }
    for (const QJsonObject &o : objects(person, "organizations"))
        primaryFirst(c.organizations, {str(o, "name"), str(o, "title"), str(o, "department")}, isPrimary(o));
    for (const QJsonObject &m : objects(person, "memberships")) {
        const QJsonObject g = json::object(m, QLatin1String("contactGroupMembership"), kWhat);
        QString group = str(g, "contactGroupResourceName");
        if (group.isEmpty() && !str(g, "contactGroupId").isEmpty())
            group = QStringLiteral("contactGroups/") + str(g, "contactGroupId");
        if (!group.isEmpty() && !c.groups.contains(group))
            c.groups.append(group);
    }
    c.groups.sort();
    return c;
}

ContactGroup groupFromJson(const QJsonObject &group)
{
    ContactGroup g;
    g.resourceName = str(group, "resourceName");
    if (g.resourceName.isEmpty())
        throw Error(Error::Kind::BadResponse, QCoreApplication::translate("cairn::GoogleMapper", "unexpected answer from Google People: a contact group without resourceName"));
    g.name = str(group, "formattedName");
    if (g.name.isEmpty())
        g.name = str(group, "name");
    g.groupType = str(group, "groupType");
    g.deleted = json::boolean(json::object(group, QLatin1String("metadata"), kWhat), QLatin1String("deleted"), kWhat);
    return g;
}

} // namespace cairn::google
