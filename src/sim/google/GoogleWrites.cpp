// The People API's writes (docs/simulator.md "Google People", docs/api-notes.md §2 "Writes"):
// people.createContact, people.updateContact (updatePersonFields, the etag compared),
// people.deleteContact and contactGroups.members.modify. Each goes through the same paths as
// the admin mutations (insertContact, touch, kill): it shows in the sync listing (a changed
// person, a tombstone) and in the groups' member counts at once, and is counted per contact
// for the exactly-once checks (apiWrites).
#include "sim/google/GooglePersonJson.h"
#include "sim/google/GoogleService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace sim {

namespace {

const QString kUpdateDocs = QStringLiteral("https://developers.google.com/people/api/rest/v1/people/updateContact");

HttpReply invalidArgument(const QString &message)
{
    return GoogleService::error(400, QStringLiteral("INVALID_ARGUMENT"), message);
}

HttpReply notFound()
{
    return GoogleService::error(404, QStringLiteral("NOT_FOUND"), QStringLiteral("Requested entity was not found."));
}

// The paths updatePersonFields takes (the method's "Valid values are"), by their PersonField
// bit; those the simulator does not keep (events, genders…) are accepted and change nothing.
const QStringList &updatablePaths()
{
    static const QStringList paths = QStringLiteral(
        "addresses,biographies,birthdays,calendarUrls,clientData,emailAddresses,events,externalIds,genders,imClients,"
        "interests,locales,locations,memberships,miscKeywords,names,nicknames,occupations,organizations,phoneNumbers,"
        "relations,sipAddresses,urls,userDefined").split(u',');
    return paths;
}

// personFields of a write's answer: "Defaults to all fields if not set".
std::optional<quint64> answerMask(const HttpRequest &r, HttpReply *error)
{
    const QString text = r.queryValue(QStringLiteral("personFields"));
    if (text.trimmed().isEmpty())
        return allPersonFields();
    QString bad;
    const auto mask = parsePersonFields(text, &bad);
    if (!mask)
        *error = invalidArgument(QStringLiteral("Invalid personFields mask path: \"%1\". Valid paths are documented at "
                                                "https://developers.google.com/people/api/rest/v1/people/get.").arg(bad));
    return mask;
}

std::optional<QJsonObject> jsonBody(const HttpRequest &r, HttpReply *error)
{
    QJsonParseError e{};
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &e);
    if (r.body.trimmed().isEmpty())
        return QJsonObject();
    if (e.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = invalidArgument(QStringLiteral("Invalid JSON payload received. %1").arg(e.errorString()));
        return std::nullopt;
    }
    return doc.object();
}

QString digitsOf(const QString &phone)
{
    QString out;
    for (QChar c : phone)
        if (c.isDigit())
            out += c;
    return out;
}

// A person write's personFields (the answer's mask) and its body.
std::optional<HttpReply> maskAndBody(const HttpRequest &r, quint64 *mask, QJsonObject *body)
{
    HttpReply error;
    const auto m = answerMask(r, &error);
    if (!m)
        return error;
    const auto b = jsonBody(r, &error);
    if (!b)
        return error;
    *mask = *m;
    *body = *b;
    return std::nullopt;
}

HttpReply personReply(const GContact &c, quint64 mask)
{
    return HttpReply::rawJson(200, personJson(c, mask));
}

} // namespace

std::optional<HttpReply> GoogleService::readPerson(GContact &c, const QJsonObject &p, quint64 fields, bool creating)
{
    const auto list = [&p](const char *key) { return p.value(QLatin1String(key)).toArray(); };
    // "The request returns a 400 error if more than one field is specified on a field that is a
    // singleton for contact sources: biographies, birthdays, genders, names".
    for (const char *singleton : {"biographies", "birthdays", "genders", "names"})
        if (list(singleton).size() > 1)
            return invalidArgument(QStringLiteral("Invalid person.%1: only one %1 field is allowed on a contact.").arg(QLatin1String(singleton)));
    if (fields & PersonField::Names) {
        const QJsonObject n = list("names").at(0).toObject();
        c.givenName = n.value(QLatin1String("givenName")).toString();
        c.familyName = n.value(QLatin1String("familyName")).toString();
        c.middleName = n.value(QLatin1String("middleName")).toString();
        c.honorificPrefix = n.value(QLatin1String("honorificPrefix")).toString();
        c.honorificSuffix = n.value(QLatin1String("honorificSuffix")).toString();
        c.familyFirst = false;
        if (!n.isEmpty() && !c.hasName() && n.contains(QLatin1String("unstructuredName")))
            c.givenName = n.value(QLatin1String("unstructuredName")).toString();
    }
    const auto values = [&](const char *key) {
        QList<GValue> out;
        for (const QJsonValue &v : list(key))
            out.append({v[QLatin1String("value")].toString(), v[QLatin1String("type")].toString()});
        return out;
    };
    if (fields & PersonField::Nicknames)
        c.nicknames = values("nicknames");
    if (fields & PersonField::EmailAddresses)
        c.emails = values("emailAddresses");
    if (fields & PersonField::Urls)
        c.urls = values("urls");
    if (fields & PersonField::PhoneNumbers) {
        c.phones.clear();
        for (const QJsonValue &v : list("phoneNumbers")) {
            const QString value = v[QLatin1String("value")].toString();
            // Google adds the E.164 form when it can tell the number's country; here only of a
            // number written with its country code.
            const QString canonical = value.trimmed().startsWith(u'+') ? u'+' + digitsOf(value) : QString();
            c.phones.append({value, canonical, v[QLatin1String("type")].toString()});
        }
    }
    if (fields & PersonField::Organizations) {
        c.organizations.clear();
        for (const QJsonValue &v : list("organizations"))
            c.organizations.append({v[QLatin1String("name")].toString(), v[QLatin1String("title")].toString(),
                                    v[QLatin1String("department")].toString()});
    }
    if (fields & PersonField::Addresses) {
        c.addresses.clear();
        for (const QJsonValue &v : list("addresses"))
            c.addresses.append({v[QLatin1String("type")].toString(), v[QLatin1String("streetAddress")].toString(),
                                v[QLatin1String("city")].toString(), v[QLatin1String("region")].toString(),
                                v[QLatin1String("postalCode")].toString(), v[QLatin1String("country")].toString(),
                                v[QLatin1String("countryCode")].toString()});
    }
    if (fields & PersonField::Birthdays) {
        c.birthdays.clear();
        if (!list("birthdays").isEmpty()) {
            const QJsonObject d = list("birthdays").at(0)[QLatin1String("date")].toObject();
            c.birthdays.append({d.value(QLatin1String("year")).toInt(), d.value(QLatin1String("month")).toInt(),
                                d.value(QLatin1String("day")).toInt()});
        }
    }
    if (fields & PersonField::Biographies)
        c.biography = list("biographies").at(0)[QLatin1String("value")].toString();
    if (fields & PersonField::ClientData) {
        c.clientData.clear();
        for (const QJsonValue &v : list("clientData")) // GValue: type = key
            c.clientData.append({v[QLatin1String("value")].toString(), v[QLatin1String("key")].toString()});
    }
    if (fields & PersonField::Memberships) {
        QStringList groups;
        for (const QJsonValue &v : list("memberships")) {
            const QJsonObject m = v[QLatin1String("contactGroupMembership")].toObject();
            QString id = m.value(QLatin1String("contactGroupId")).toString();
            const QString name = m.value(QLatin1String("contactGroupResourceName")).toString();
            if (!name.isEmpty())
                id = name.mid(int(qstrlen("contactGroups/")));
            const int g = groupIndex(QStringLiteral("contactGroups/") + id);
            if (id.isEmpty() || g < 0 || m_groups[size_t(g)].deleted)
                return invalidArgument(QStringLiteral("Invalid person.memberships: contact group not found: contactGroups/%1").arg(id));
            if (!groups.contains(id))
                groups << id;
        }
        // "The server returns a 400 error if memberships are being updated and there are no
        // contact group memberships specified on the person." A new contact without any is in
        // My Contacts.
        if (groups.isEmpty() && !creating)
            return invalidArgument(QStringLiteral("Invalid person.memberships: a contact must have at least one contact group membership."));
        c.groupIds = groups.isEmpty() ? QStringList{QStringLiteral("myContacts")} : groups;
    }
    return std::nullopt;
}

HttpReply GoogleService::getPerson(const HttpRequest &r, const QString &resourceName)
{
    // "The request returns a 400 error if 'personFields' is not specified."
    QString bad;
    const auto mask = parsePersonFields(r.queryValue(QStringLiteral("personFields")), &bad);
    if (!mask)
        return invalidArgument(bad.isEmpty()
            ? QStringLiteral("personFields mask is required. Please specify one or more valid paths. Valid paths are "
                             "documented at https://developers.google.com/people/api/rest/v1/people/get.")
            : QStringLiteral("Invalid personFields mask path: \"%1\". Valid paths are documented at "
                             "https://developers.google.com/people/api/rest/v1/people/get.").arg(bad));
    const int index = indexOf(resourceName);
    if (index < 0 || m_contacts[size_t(index)].deleted)
        return notFound();
    return personReply(m_contacts[size_t(index)], *mask);
}

HttpReply GoogleService::createContact(const HttpRequest &r)
{
    quint64 mask = 0;
    QJsonObject person;
    if (std::optional<HttpReply> bad = maskAndBody(r, &mask, &person))
        return *bad;
    GContact c;
    c.sourceId = m_gen.hexId();
    // Every field the body has, as a contact source keeps it (what updatePersonFields could name).
    quint64 fields = PersonField::Memberships;
    for (const QString &path : updatablePaths()) {
        const auto bit = parsePersonFields(path, nullptr);
        if (bit && person.contains(path))
            fields |= *bit;
    }
    if (std::optional<HttpReply> bad = readPerson(c, person, fields, true))
        return *bad;
    const int index = insertContact(std::move(c));
    const GContact &created = m_contacts[size_t(index)];
    ++m_apiWrites[created.resourceName].created;
    return personReply(created, mask);
}

HttpReply GoogleService::updateContact(const HttpRequest &r, const QString &resourceName)
{
    const QString maskText = r.queryValue(QStringLiteral("updatePersonFields"));
    quint64 fields = 0;
    for (QString path : maskText.split(u',', Qt::SkipEmptyParts)) {
        path = path.trimmed();
        if (path.startsWith(QLatin1String("person.")))
            path = path.mid(7);
        if (!updatablePaths().contains(path))
            return invalidArgument(QStringLiteral("Invalid updatePersonFields mask path: \"%1\". Valid paths are documented at %2.")
                                       .arg(path, kUpdateDocs));
        fields |= *parsePersonFields(path, nullptr);
    }
    if (fields == 0)
        return invalidArgument(QStringLiteral("updatePersonFields mask is required. Please specify one or more valid paths. "
                                              "Valid paths are documented at %1.").arg(kUpdateDocs));
    quint64 mask = 0;
    QJsonObject body;
    if (std::optional<HttpReply> bad = maskAndBody(r, &mask, &body))
        return *bad;
    const QJsonObject *person = &body;
    // The person's etag, or its contact source's (person.metadata.sources[].etag): one is needed.
    const QString etag = person->value(QLatin1String("etag")).toString();
    QString sourceEtag;
    for (const QJsonValue &s : person->value(QLatin1String("metadata"))[QLatin1String("sources")].toArray())
        if (s[QLatin1String("type")].toString() == QLatin1String("CONTACT"))
            sourceEtag = s[QLatin1String("etag")].toString();
    if (etag.isEmpty() && sourceEtag.isEmpty())
        return invalidArgument(QStringLiteral("Request must set person.etag or person.metadata.sources.etag for the source that is being updated."));
    const int index = indexOf(resourceName);
    if (index < 0 || m_contacts[size_t(index)].deleted)
        return notFound();
    GContact &c = m_contacts[size_t(index)];
    if (!etag.isEmpty() && etag != c.etag())
        return GoogleService::error(400, QStringLiteral("FAILED_PRECONDITION"),
                                    QStringLiteral("Request person.etag is different than the current person.etag. Clear local "
                                                   "cache and get the latest person."));
    if (etag.isEmpty() && sourceEtag != c.sourceEtag())
        return GoogleService::error(400, QStringLiteral("FAILED_PRECONDITION"),
                                    QStringLiteral("Request person.metadata.sources.etag is different than the current "
                                                   "person.metadata.sources.etag. Clear local cache and get the latest person."));
    GContact changed = c;
    if (std::optional<HttpReply> bad = readPerson(changed, *person, fields, false))
        return *bad;
    c = std::move(changed);
    touch(index); // a new etag and updateTime; in the next sync listing
    ++m_apiWrites[resourceName].updated;
    return personReply(c, mask);
}

HttpReply GoogleService::deleteContactCall(const HttpRequest &, const QString &resourceName)
{
    if (!deleteContact(resourceName))
        return notFound();
    ++m_apiWrites[resourceName].deleted;
    return HttpReply::rawJson(200, "{}");
}

HttpReply GoogleService::modifyMembers(const HttpRequest &r, const QString &groupResourceName)
{
    HttpReply error;
    const auto body = jsonBody(r, &error);
    if (!body)
        return error;
    const int g = groupIndex(groupResourceName);
    if (g < 0 || m_groups[size_t(g)].deleted)
        return notFound();
    const QJsonArray add = body->value(QLatin1String("resourceNamesToAdd")).toArray();
    const QJsonArray remove = body->value(QLatin1String("resourceNamesToRemove")).toArray();
    // "The total number of resource names in resource_names_to_add and
    // resource_names_to_remove must be less than or equal to 1000."
    if (add.size() + remove.size() > 1000)
        return invalidArgument(QStringLiteral("The total number of resource names to add and remove must be at most 1000."));
    const QString id = m_groups[size_t(g)].id;
    QStringList notFoundNames, lastGroup;
    const auto live = [this](const QString &name) {
        const int i = indexOf(name);
        return i >= 0 && !m_contacts[size_t(i)].deleted ? i : -1;
    };
    for (const QJsonValue &v : add) {
        const int i = live(v.toString());
        if (i < 0) {
            notFoundNames << v.toString();
            continue;
        }
        if (!m_contacts[size_t(i)].groupIds.contains(id)) {
            m_contacts[size_t(i)].groupIds << id;
            touch(i);
            ++m_apiWrites[v.toString()].memberships;
        }
    }
    for (const QJsonValue &v : remove) {
        const int i = live(v.toString());
        if (i < 0) {
            notFoundNames << v.toString();
            continue;
        }
        QStringList &groups = m_contacts[size_t(i)].groupIds;
        if (!groups.contains(id))
            continue;
        if (groups.size() == 1) { // "cannot be removed from their last contact group"
            lastGroup << v.toString();
            continue;
        }
        groups.removeAll(id);
        touch(i);
        ++m_apiWrites[v.toString()].memberships;
    }
    QJsonObject answer; // proto3 JSON: empty lists are left out
    if (!notFoundNames.isEmpty())
        answer.insert(QStringLiteral("notFoundResourceNames"), QJsonArray::fromStringList(notFoundNames));
    if (!lastGroup.isEmpty())
        answer.insert(QStringLiteral("canNotRemoveLastContactGroupResourceNames"), QJsonArray::fromStringList(lastGroup));
    return HttpReply::json(200, answer);
}

QJsonObject GoogleService::apiWritesJson() const
{
    QJsonObject out;
    for (auto it = m_apiWrites.cbegin(); it != m_apiWrites.cend(); ++it)
        out.insert(it.key(), QJsonObject{{QStringLiteral("created"), it->created}, {QStringLiteral("updated"), it->updated},
                                         {QStringLiteral("deleted"), it->deleted}, {QStringLiteral("memberships"), it->memberships}});
    return out;
}

QStringList GoogleService::contactsWithClientData(const QString &key, const QString &value) const
{
    QStringList out;
    for (const GContact &c : m_contacts) {
        if (c.deleted)
            continue;
        for (const GValue &d : c.clientData)
            if (d.type == key && d.value == value) {
                out << c.resourceName;
                break;
            }
    }
    return out;
}

} // namespace sim
