#include "sim/google/GooglePersonJson.h"

#include "sim/SimClock.h"

#include <QStringList>

namespace sim {

namespace {

const QStringList &fieldNames()
{
    // index = bit number; the 29 paths of connections_initial_fetch_request.txt first
    static const QStringList names = QStringLiteral(
        "addresses,ageRanges,biographies,birthdays,calendarUrls,clientData,coverPhotos,emailAddresses,"
        "events,externalIds,genders,imClients,interests,locales,locations,memberships,metadata,miscKeywords,"
        "names,nicknames,occupations,organizations,phoneNumbers,photos,relations,sipAddresses,skills,urls,"
        "userDefined,ageRange,braggingRights,relationshipInterests,relationshipStatuses,residences,taglines")
                                         .split(u',');
    return names;
}

QString formatted(const QString &type)
{
    return type.isEmpty() ? type : type.left(1).toUpper() + type.mid(1);
}

void fieldMetadata(JsonWriter &w, const GContact &c, bool primary)
{
    w.key("metadata");
    w.beginObject();
    if (primary)
        w.field("primary", true);
    w.key("source");
    w.beginObject();
    w.field("type", QStringLiteral("CONTACT"));
    w.field("id", c.sourceId);
    w.endObject();
    w.endObject();
}

void personMetadata(JsonWriter &w, const GContact &c)
{
    w.key("metadata");
    w.beginObject();
    w.key("sources");
    w.beginArray();
    w.beginObject();
    w.field("type", QStringLiteral("CONTACT"));
    w.field("id", c.sourceId);
    w.field("etag", c.sourceEtag());
    w.field("updateTime", SimClock::isoMicros(c.updateMs, int(c.seq % 1000)));
    w.endObject();
    w.endArray();
    if (c.deleted)
        w.field("deleted", true);
    w.field("objectType", QStringLiteral("PERSON"));
    w.endObject();
}

template<typename List, typename Body>
void writeList(JsonWriter &w, const char *key, const GContact &c, const List &list, Body body)
{
    if (list.isEmpty())
        return;
    w.key(key);
    w.beginArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        w.beginObject();
        fieldMetadata(w, c, i == 0);
        body(list[i]);
        w.endObject();
    }
    w.endArray();
}

void typed(JsonWriter &w, const QString &type)
{
    if (!type.isEmpty()) {
        w.field("type", type);
        w.field("formattedType", formatted(type));
    }
}

QByteArray buildPerson(const GContact &c, quint64 mask)
{
    JsonWriter w(1024);
    w.beginObject();
    w.field("resourceName", c.resourceName);
    w.field("etag", c.etag());
    if (mask & PersonField::Metadata)
        personMetadata(w, c);
    if ((mask & PersonField::Names) && c.hasName()) {
        w.key("names");
        w.beginArray();
        w.beginObject();
        fieldMetadata(w, c, true);
        w.field("displayName", c.displayName());
        w.fieldIfNotEmpty("familyName", c.familyName);
        w.fieldIfNotEmpty("givenName", c.givenName);
        w.fieldIfNotEmpty("middleName", c.middleName);
        w.fieldIfNotEmpty("honorificPrefix", c.honorificPrefix);
        w.fieldIfNotEmpty("honorificSuffix", c.honorificSuffix);
        w.field("displayNameLastFirst", c.displayNameLastFirst());
        w.field("unstructuredName", c.displayName());
        w.endObject();
        w.endArray();
    }
    if (mask & PersonField::Nicknames)
        writeList(w, "nicknames", c, c.nicknames, [&](const GValue &v) { w.field("value", v.value); });
    if (mask & PersonField::Photos) {
        w.key("photos");
        w.beginArray();
        w.beginObject();
        fieldMetadata(w, c, true);
        const QString id = c.photoId.isEmpty() ? QStringLiteral("AAkdd") + c.sourceId : c.photoId;
        w.field("url", QStringLiteral("https://lh3.googleusercontent.com/cm/") + id + QStringLiteral("=s100"));
        if (c.photoDefault || c.photoId.isEmpty())
            w.field("default", true);
        w.endObject();
        w.endArray();
    }
    if (mask & PersonField::Birthdays) {
        writeList(w, "birthdays", c, c.birthdays, [&](const GBirthday &b) {
            w.key("date");
            w.beginObject();
            if (b.year)
                w.field("year", b.year);
            w.field("month", b.month);
            w.field("day", b.day);
            w.endObject();
        });
    }
    if (mask & PersonField::Addresses) {
        writeList(w, "addresses", c, c.addresses, [&](const GAddress &a) {
            w.field("formattedValue", a.formattedValue());
            typed(w, a.type);
            w.fieldIfNotEmpty("streetAddress", a.streetAddress);
            w.fieldIfNotEmpty("city", a.city);
            w.fieldIfNotEmpty("region", a.region);
            w.fieldIfNotEmpty("postalCode", a.postalCode);
            w.fieldIfNotEmpty("country", a.country);
            w.fieldIfNotEmpty("countryCode", a.countryCode);
        });
    }
    if (mask & PersonField::EmailAddresses) {
        writeList(w, "emailAddresses", c, c.emails, [&](const GValue &e) {
            w.field("value", e.value);
            typed(w, e.type);
        });
    }
    if (mask & PersonField::PhoneNumbers) {
        writeList(w, "phoneNumbers", c, c.phones, [&](const GPhone &p) {
            w.field("value", p.value);
            w.fieldIfNotEmpty("canonicalForm", p.canonicalForm);
            typed(w, p.type);
        });
    }
    if ((mask & PersonField::Biographies) && !c.biography.isEmpty()) {
        const QList<QString> bios{c.biography};
        writeList(w, "biographies", c, bios, [&](const QString &b) {
            w.field("value", b);
            w.field("contentType", QStringLiteral("TEXT_PLAIN"));
        });
    }
    if (mask & PersonField::Urls) {
        writeList(w, "urls", c, c.urls, [&](const GValue &u) {
            w.field("value", u.value);
            typed(w, u.type);
        });
    }
    if (mask & PersonField::Organizations) {
        writeList(w, "organizations", c, c.organizations, [&](const GOrganization &o) {
            w.fieldIfNotEmpty("name", o.name);
            w.fieldIfNotEmpty("department", o.department);
            w.fieldIfNotEmpty("title", o.title);
        });
    }
    if ((mask & PersonField::Memberships) && !c.groupIds.isEmpty()) {
        w.key("memberships");
        w.beginArray();
        for (const QString &g : c.groupIds) {
            w.beginObject();
            fieldMetadata(w, c, false);
            w.key("contactGroupMembership");
            w.beginObject();
            w.field("contactGroupId", g);
            w.field("contactGroupResourceName", QStringLiteral("contactGroups/") + g);
            w.endObject();
            w.endObject();
        }
        w.endArray();
    }
    if (mask & PersonField::ClientData) {
        writeList(w, "clientData", c, c.clientData, [&](const GValue &d) {
            w.field("key", d.type);
            w.field("value", d.value);
        });
    }
    w.endObject();
    return w.take();
}

} // namespace

quint64 allPersonFields()
{
    return (1ull << fieldNames().size()) - 1;
}

std::optional<quint64> parsePersonFields(const QString &list, QString *badPath)
{
    quint64 mask = 0;
    const QStringList parts = list.split(u',', Qt::SkipEmptyParts);
    for (QString p : parts) {
        p = p.trimmed();
        if (p.startsWith(QLatin1String("person.")))
            p = p.mid(7);
        const qsizetype bit = fieldNames().indexOf(p);
        if (bit < 0) {
            if (badPath)
                *badPath = p;
            return std::nullopt;
        }
        mask |= 1ull << bit;
    }
    if (mask == 0) {
        if (badPath)
            badPath->clear();
        return std::nullopt;
    }
    return mask;
}

QString canonicalPersonFields(quint64 mask)
{
    QStringList out;
    for (qsizetype i = 0; i < fieldNames().size(); ++i) {
        if (mask & (1ull << i))
            out << fieldNames()[i];
    }
    return out.join(u',');
}

const QByteArray &personJson(const GContact &c, quint64 mask)
{
    if (c.cachedRevision != c.revision || c.cachedMask != mask) {
        c.cachedJson = buildPerson(c, mask);
        c.cachedMask = mask;
        c.cachedRevision = c.revision;
    }
    return c.cachedJson;
}

QByteArray tombstoneJson(const GContact &c)
{
    JsonWriter w(256);
    w.beginObject();
    w.field("resourceName", c.resourceName);
    w.field("etag", c.etag());
    personMetadata(w, c);
    w.endObject();
    return w.take();
}

} // namespace sim
