#include "GoogleContract.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cairn::test {

QStringList googleErrorProblems(int httpStatus, const QByteArray &body)
{
    // google/rpc/code.proto, "HTTP Mapping" of each code.
    static const QHash<QString, int> httpOf{
        {QStringLiteral("CANCELLED"), 499},          {QStringLiteral("UNKNOWN"), 500},
        {QStringLiteral("INVALID_ARGUMENT"), 400},   {QStringLiteral("DEADLINE_EXCEEDED"), 504},
        {QStringLiteral("NOT_FOUND"), 404},          {QStringLiteral("ALREADY_EXISTS"), 409},
        {QStringLiteral("PERMISSION_DENIED"), 403},  {QStringLiteral("UNAUTHENTICATED"), 401},
        {QStringLiteral("RESOURCE_EXHAUSTED"), 429}, {QStringLiteral("FAILED_PRECONDITION"), 400},
        {QStringLiteral("ABORTED"), 409},            {QStringLiteral("OUT_OF_RANGE"), 400},
        {QStringLiteral("UNIMPLEMENTED"), 501},      {QStringLiteral("INTERNAL"), 500},
        {QStringLiteral("UNAVAILABLE"), 503},        {QStringLiteral("DATA_LOSS"), 500},
    };
    const QJsonObject error = QJsonDocument::fromJson(body).object().value(QLatin1String("error")).toObject();
    if (error.isEmpty())
        return {};
    QStringList problems;
    const QJsonValue code = error.value(QLatin1String("code"));
    if (code.isDouble() && code.toInt() != httpStatus)
        problems << QStringLiteral("$.error.code: %1 is not the HTTP status %2").arg(code.toInt()).arg(httpStatus);
    const QString status = error.value(QLatin1String("status")).toString();
    bool mapped = false;
    for (auto it = httpOf.cbegin(); it != httpOf.cend(); ++it)
        mapped = mapped || it.value() == httpStatus;
    if (mapped && httpOf.contains(status) && httpOf.value(status) != httpStatus)
        problems << QStringLiteral("$.error.status: %1 is HTTP %2, not %3").arg(status).arg(httpOf.value(status)).arg(httpStatus);
    return problems;
}

QStringList fieldMaskProblems(const QString &path, const QUrlQuery &query, const QByteArray &body)
{
    const bool people = path.endsWith(QLatin1String("/connections"));
    if (!people && path != QLatin1String("/v1/contactGroups"))
        return {};
    const QString maskName = people ? QStringLiteral("personFields") : QStringLiteral("groupFields");
    QStringList mask = query.queryItemValue(maskName, QUrl::FullyDecoded).split(u',', Qt::SkipEmptyParts);
    if (mask.isEmpty() && !people)
        mask = QStringList{QStringLiteral("metadata"), QStringLiteral("groupType"), QStringLiteral("memberCount"), QStringLiteral("name")};
    QStringList allowed{QStringLiteral("resourceName"), QStringLiteral("etag")};
    for (const QString &field : std::as_const(mask))
        allowed << field.trimmed();
    if (!people && allowed.contains(QLatin1String("name")))
        allowed << QStringLiteral("formattedName");
    QStringList problems;
    const QString list = people ? QStringLiteral("connections") : QStringLiteral("contactGroups");
    const QJsonArray items = QJsonDocument::fromJson(body).object().value(list).toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject item = items.at(i).toObject();
        const bool tombstone = item.value(QLatin1String("metadata")).toObject().value(QLatin1String("deleted")).toBool();
        for (auto it = item.begin(); it != item.end(); ++it)
            if (!allowed.contains(it.key()) && !(tombstone && it.key() == QLatin1String("metadata")))
                problems << QStringLiteral("$.%1[%2].%3: not asked for by %4").arg(list).arg(i).arg(it.key(), maskName);
    }
    return problems;
}

int googleTombstones(const QByteArray &body)
{
    const QJsonObject page = QJsonDocument::fromJson(body).object();
    int n = 0;
    for (const char *list : {"connections", "contactGroups"})
        for (const QJsonValue &item : page.value(QLatin1String(list)).toArray())
            n += item[QLatin1String("metadata")][QLatin1String("deleted")].toBool();
    return n;
}

} // namespace cairn::test
