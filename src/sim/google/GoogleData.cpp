#include "sim/google/GoogleData.h"

#include <QByteArray>

namespace sim {

namespace {
quint64 mix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ull;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
    return x ^ (x >> 31);
}

QByteArray bytesOf(quint64 seed, int words)
{
    QByteArray b;
    for (int i = 0; i < words; ++i) {
        seed = mix(seed + quint64(i));
        b.append(reinterpret_cast<const char *>(&seed), 8);
    }
    return b;
}

quint64 hashOf(const QString &s)
{
    quint64 h = 1469598103934665603ull;
    for (QChar c : s) {
        h ^= c.unicode();
        h *= 1099511628211ull;
    }
    return h;
}
} // namespace

QString GAddress::formattedValue() const
{
    QStringList parts;
    for (const QString &p : {streetAddress, city, region, postalCode, countryCode}) {
        if (!p.isEmpty())
            parts << p;
    }
    return parts.join(u'\n');
}

QString GContact::displayName() const
{
    if (familyFirst)
        return familyName + givenName;
    QStringList parts;
    for (const QString &p : {honorificPrefix, givenName, middleName, familyName, honorificSuffix}) {
        if (!p.isEmpty())
            parts << p;
    }
    return parts.join(u' ');
}

QString GContact::displayNameLastFirst() const
{
    if (familyFirst || familyName.isEmpty())
        return displayName();
    QStringList first;
    for (const QString &p : {honorificPrefix, givenName, middleName}) {
        if (!p.isEmpty())
            first << p;
    }
    QString s = familyName;
    if (!first.isEmpty())
        s += QStringLiteral(", ") + first.join(u' ');
    if (!honorificSuffix.isEmpty())
        s += QStringLiteral(", ") + honorificSuffix;
    return s;
}

QString GContact::etag() const
{
    const quint64 seed = hashOf(resourceName) ^ (quint64(revision) << 32) ^ quint64(deleted);
    return u'%' + QString::fromLatin1(("\x12\x27" + bytesOf(seed, 3)).toBase64());
}

QString GContact::sourceEtag() const
{
    return u'#' + QString::fromLatin1(bytesOf(hashOf(sourceId) + quint64(revision), 1).toBase64());
}

QString GGroup::formattedName() const
{
    if (id == QLatin1String("myContacts"))
        return QStringLiteral("My Contacts");
    if (id == QLatin1String("starred"))
        return QStringLiteral("Starred");
    return name;
}

QString GGroup::etag() const
{
    return QString::fromLatin1(bytesOf(hashOf(id) + quint64(revision) * 7919, 1).toBase64());
}

} // namespace sim
