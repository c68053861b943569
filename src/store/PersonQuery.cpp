#include "PersonQuery.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace cairn {

namespace {
// The values as one JSON array, for `IN (SELECT value FROM json_each(?))`.
QString jsonList(const QStringList &values)
{
    QJsonArray a;
    for (const QString &v : values)
        a.append(v.toLower());
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}
} // namespace

PersonQuery::PersonQuery(const QStringList &names, const QStringList &emails, int limit)
    : m_names(jsonList(names))
    , m_emails(jsonList(emails))
    , m_limit(limit)
{
}

} // namespace cairn
