#pragma once
#include <QDateTime>
#include <QJsonObject>
#include <QLatin1String>
#include <QString>

namespace cairn {

// The pieces a source's typed state is written with (its Fields' read and toJson).
namespace state {
// A time in a row's data: ISO 8601 with milliseconds; invalid when absent or malformed.
QDateTime time(const QJsonObject &data, const char *key);
// Writes `t` in UTC; an invalid time is left out.
void putTime(QJsonObject &data, const char *key, const QDateTime &t);
// Writes `s`; an empty text is left out.
void putText(QJsonObject &data, const char *key, const QString &s);
// Scopes named "<prefix><name>" ("repo:owner/name"): the scope of a name, and the name of a
// scope ("" when `scope` is not one of them).
QString scopeNamed(QLatin1String prefix, const QString &name);
QString nameOfScope(QLatin1String prefix, const QString &scope);
} // namespace state

} // namespace cairn
