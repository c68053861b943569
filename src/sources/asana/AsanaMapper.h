#pragma once
#include "Asana.h"

#include <QJsonObject>

namespace cairn::asana {

// Asana JSON → core types. Throws cairn::Error(BadResponse) on a value of the wrong type;
// a missing optional field is simply empty.
AsanaProject projectFromJson(const QJsonObject &o);
// `meGid` sets assignedToMe.
AsanaTask taskFromJson(const QJsonObject &o, const QString &meGid);
QDateTime timeFromJson(const QJsonObject &o, QLatin1String key, const QString &what);

} // namespace cairn::asana
