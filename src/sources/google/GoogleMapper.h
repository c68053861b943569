#pragma once
#include "Contact.h"

#include <QJsonObject>

namespace cairn::google {

// People API JSON → Contact. Throws cairn::Error(BadResponse) on a value of the wrong type;
// missing optional parts are simply empty.
Contact contactFromPerson(const QJsonObject &person);
ContactGroup groupFromJson(const QJsonObject &group);

} // namespace cairn::google
