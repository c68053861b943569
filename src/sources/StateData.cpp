#include "StateData.h"

namespace cairn::state {

QDateTime time(const QJsonObject &data, const char *key)
{
    return QDateTime::fromString(data.value(QLatin1String(key)).toString(), Qt::ISODateWithMs);
}

void putTime(QJsonObject &data, const char *key, const QDateTime &t)
{
    if (t.isValid())
        data.insert(QLatin1String(key), t.toUTC().toString(Qt::ISODateWithMs));
}

void putText(QJsonObject &data, const char *key, const QString &s)
{
    if (!s.isEmpty())
        data.insert(QLatin1String(key), s);
}

QString scopeNamed(QLatin1String prefix, const QString &name)
{
    return prefix + name;
}

QString nameOfScope(QLatin1String prefix, const QString &scope)
{
    return scope.startsWith(prefix) ? scope.sliced(prefix.size()) : QString();
}

} // namespace cairn::state
