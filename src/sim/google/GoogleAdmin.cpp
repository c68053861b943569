// POST /_admin/google/mutate {"op": ..., ...}: changes to the contacts for tests and demos.
//   add {count?}                      modify {resourceName | count}   delete {resourceName | count}
//   add_person {givenName, familyName, email}   random {count}
//   add_group {name}                  rename_group {resourceName, name}   delete_group {resourceName}
//   api_writes {key?, value?}         (changes nothing) how often the API wrote each contact
//                                     ({"writes": {name: {created, updated, deleted, memberships}}}),
//                                     and with key/value the live contacts whose clientData has them
#include "sim/AdminMutation.h"
#include "sim/google/GoogleService.h"

namespace sim {

HttpReply GoogleService::mutate(const QJsonObject &body)
{
    AdminMutation m(body, 1000000);
    const QString name = m.field("resourceName");
    // modify and delete: the contact named, else `count` random ones.
    const auto modifyOrDelete = [&](bool modify) {
        if (!name.isEmpty()) {
            if (modify ? modifyContact(name) : deleteContact(name))
                m.changed(name);
            else
                m.answer(HttpReply::adminError(404, QStringLiteral("no live contact ") + name));
        } else if (body.contains(QStringLiteral("count"))) {
            m.changedAll(modify ? modifyRandom(m.count()) : deleteRandom(m.count()));
        } else {
            m.answer(HttpReply::adminError(400, QStringLiteral("resourceName or count required")));
        }
    };
    const auto inGroup = [&](bool done) {
        if (done)
            m.changed(name);
        else
            m.answer(HttpReply::adminError(404, QStringLiteral("no live user group ") + name));
    };
    return m.run(QString(), {
        {"api_writes", [&] {
             QJsonObject answer{{QStringLiteral("writes"), apiWritesJson()}};
             if (body.contains(QStringLiteral("key")))
                 answer.insert(QStringLiteral("withClientData"),
                               QJsonArray::fromStringList(contactsWithClientData(m.field("key"), m.field("value"))));
             m.answer(HttpReply::json(200, answer));
         }},
        {"add", [&] { m.changedAll(addContacts(m.count())); }},
        {"modify", [&] { modifyOrDelete(true); }},
        {"delete", [&] { modifyOrDelete(false); }},
        // a contact with exactly these names (any text)
        {"add_person", [&] { m.changed(addPerson(m.field("givenName"), m.field("familyName"), m.field("email"))); }},
        {"random", [&] { m.changedAll(randomChanges(m.count())); }},
        {"add_group", [&] { m.changed(addGroup(m.field("name"))); }},
        {"rename_group", [&] { inGroup(renameGroup(name, m.field("name"))); }},
        {"delete_group", [&] { inGroup(deleteGroup(name)); }},
    });
}

} // namespace sim
