#pragma once
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

namespace cairn::json {

// Parses a whole response body that must be one JSON object. A truncated, non-JSON or
// wrongly typed body throws cairn::Error(BadResponse) naming `what` — never an empty page.
QJsonObject parseObject(const QByteArray &body, const QString &what);
// The same for a body that must be one JSON array whose items are all objects (GitHub lists).
QJsonArray parseArrayOfObjects(const QByteArray &body, const QString &what);

// Typed reads that reject a present value of the wrong type (missing → the default).
QString string(const QJsonObject &o, QLatin1String key, const QString &what);
QJsonArray array(const QJsonObject &o, QLatin1String key, const QString &what);
QJsonObject object(const QJsonObject &o, QLatin1String key, const QString &what);
bool boolean(const QJsonObject &o, QLatin1String key, const QString &what);

} // namespace cairn::json
