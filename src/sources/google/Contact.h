#pragma once
#include "SearchIndex.h"
#include <QDateTime>
#include <QList>
#include <QString>

namespace cairn {

// Google's search kind (SearchIndex::Kind): its contacts. Numbers never reused: a cache
// keeps its index rows by them.
inline constexpr SearchIndex::Kind kContactKind = SearchIndex::Kind(1);

struct ContactEmail
{
    QString value;
    QString type;
    bool primary = false;
    friend bool operator==(const ContactEmail &, const ContactEmail &) = default;
};

struct ContactPhone
{
    QString value;
    QString canonical;
    QString type;
    friend bool operator==(const ContactPhone &, const ContactPhone &) = default;
};

struct ContactOrganization
{
    QString name;
    QString title;
    QString department;
    friend bool operator==(const ContactOrganization &, const ContactOrganization &) = default;
};

// A Google contact as Cairn keeps it. `resourceName` ("people/c…") is the service id.
struct Contact
{
    QString resourceName;
    QString etag;
    bool deleted = false; // a tombstone from the service (metadata.deleted)
    QString displayName;
    QString givenName;
    QString familyName;
    QString nickname;
    QString birthday; // yyyy-MM-dd or --MM-dd when the year is unknown
    QString note;
    QString photoUrl;
    QList<ContactEmail> emails;
    QList<ContactPhone> phones;
    QList<ContactOrganization> organizations;
    QStringList groups; // contactGroupResourceName of each membership
    QDateTime updatedAt; // metadata.sources[].updateTime, the newest

    friend bool operator==(const Contact &, const Contact &) = default;
};

struct ContactGroup
{
    QString resourceName;
    QString name;
    QString groupType;
    bool deleted = false;
    friend bool operator==(const ContactGroup &, const ContactGroup &) = default;
};

} // namespace cairn
