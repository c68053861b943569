// The Google People state: contacts (with tombstones) and contact groups.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace sim {

struct GValue        // email address, url, nickname: value + type ("work", "home", ...)
{
    QString value;
    QString type;
};

struct GPhone
{
    QString value;
    QString canonicalForm;
    QString type;
};

struct GOrganization
{
    QString name;
    QString title;
    QString department;
};

struct GAddress
{
    QString type;
    QString streetAddress;
    QString city;
    QString region;
    QString postalCode;
    QString country;
    QString countryCode;
    QString formattedValue() const;
};

struct GBirthday
{
    int year = 0; // 0 = no year
    int month = 0;
    int day = 0;
};

struct GContact
{
    QString resourceName;    // "people/c<digits>"
    QString sourceId;        // 16 hex digits
    quint64 seq = 0;         // global change sequence of the last change
    qint64 updateMs = 0;     // server clock of the last change
    int revision = 0;
    bool deleted = false;

    QString honorificPrefix, givenName, middleName, familyName, honorificSuffix;
    bool familyFirst = false; // CJK: "王秀英"
    QList<GValue> nicknames;
    QList<GValue> emails;
    QList<GPhone> phones;
    QList<GOrganization> organizations;
    QList<GAddress> addresses;
    QList<GValue> urls;
    QList<GBirthday> birthdays;
    QString biography;
    QString photoId;          // "" = no photo
    bool photoDefault = true;
    QStringList groupIds;     // "myContacts", "starred", user group ids
    QList<GValue> clientData; // clientData [{key (type here), value}], as a client wrote it

    bool hasName() const { return !givenName.isEmpty() || !familyName.isEmpty(); }
    QString displayName() const;
    QString displayNameLastFirst() const;
    QString etag() const;
    QString sourceEtag() const;

    // serialized person JSON for (revision, field mask), built on demand
    mutable QByteArray cachedJson;
    mutable quint64 cachedMask = 0;
    mutable int cachedRevision = -1;
};

struct GGroup
{
    QString id;              // "myContacts", "starred" or 16 hex digits
    QString name;
    bool system = false;
    bool deleted = false;
    quint64 seq = 0;
    qint64 updateMs = 0;
    int revision = 0;
    int memberCount = 0;     // live contacts in the group
    QString resourceName() const { return QStringLiteral("contactGroups/") + id; }
    QString formattedName() const;
    QString etag() const;
};

} // namespace sim
