// POST /_admin/google/mutate {"op": ..., ...}: changes to the contacts for tests and demos.
//   add {count?}                      modify {resourceName | count}   delete {resourceName | count}
//   add_person {givenName, familyName, email}   random {count}
//   add_group {name}                  rename_group {resourceName, name}   delete_group {resourceName}
//   api_writes {key?, value?}         (changes nothing) how often the API wrote each contact
//                                     ({"writes": {name: {created, updated, deleted, memberships}}}),
//                                     and with key/value the live contacts whose clientData has them
#include "sim/google/GoogleService.h"

#include <QJsonArray>

namespace sim {

HttpReply GoogleService::mutate(const QJsonObject &body)
{
    const QString op = body.value(QStringLiteral("op")).toString();
    const QString name = body.value(QStringLiteral("resourceName")).toString();
    const bool hasCount = body.contains(QStringLiteral("count"));
    const int count = body.value(QStringLiteral("count")).toInt(1);
    if (count < 0 || count > 1000000)
        return HttpReply::adminError(400, QStringLiteral("count out of range"));
    QStringList changed;
    if (op == QLatin1String("api_writes")) {
        QJsonObject answer{{QStringLiteral("writes"), apiWritesJson()}};
        if (body.contains(QStringLiteral("key")))
            answer.insert(QStringLiteral("withClientData"),
                          QJsonArray::fromStringList(contactsWithClientData(adminField(body, "key"), adminField(body, "value"))));
        return HttpReply::json(200, answer);
    }
    if (op == QLatin1String("add")) {
        changed = addContacts(count);
    } else if (op == QLatin1String("modify") || op == QLatin1String("delete")) {
        const bool modify = op == QLatin1String("modify");
        if (!name.isEmpty()) {
            if (!(modify ? modifyContact(name) : deleteContact(name)))
                return HttpReply::adminError(404, QStringLiteral("no live contact ") + name);
            changed << name;
        } else if (hasCount) {
            changed = modify ? modifyRandom(count) : deleteRandom(count);
        } else {
            return HttpReply::adminError(400, QStringLiteral("resourceName or count required"));
        }
    } else if (op == QLatin1String("add_person")) { // a contact with exactly these names (any text)
        changed << addPerson(body.value(QStringLiteral("givenName")).toString(),
                             body.value(QStringLiteral("familyName")).toString(),
                             body.value(QStringLiteral("email")).toString());
    } else if (op == QLatin1String("random")) {
        changed = randomChanges(count);
    } else if (op == QLatin1String("add_group")) {
        changed << addGroup(body.value(QStringLiteral("name")).toString());
    } else if (op == QLatin1String("rename_group")) {
        if (!renameGroup(name, body.value(QStringLiteral("name")).toString()))
            return HttpReply::adminError(404, QStringLiteral("no live user group ") + name);
        changed << name;
    } else if (op == QLatin1String("delete_group")) {
        if (!deleteGroup(name))
            return HttpReply::adminError(404, QStringLiteral("no live user group ") + name);
        changed << name;
    } else {
        return HttpReply::adminError(400, QStringLiteral("unknown op: ") + op);
    }
    return HttpReply::json(200, {{QStringLiteral("changed"), QJsonArray::fromStringList(changed)}});
}

} // namespace sim
