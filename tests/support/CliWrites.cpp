#include "CliWrites.h"
#include "JsonSchema.h"

#include <QJsonDocument>

namespace cairn::test {

QJsonArray outboxOf(const ProcessHarness &h)
{
    const QJsonArray changes = QJsonDocument::fromJson(h.cairn({QStringLiteral("outbox"), QStringLiteral("--json")}).out).array();
    const QStringList problems = validateCliJson(QStringLiteral("outbox"), changes, false);
    if (!problems.isEmpty()) {
        qWarning("cairn outbox --json: %s", qPrintable(problems.join(u'\n')));
        return {{QStringLiteral("invalid")}};
    }
    return changes;
}

QJsonArray liveItems(const QJsonArray &items)
{
    QJsonArray live;
    for (const QJsonValue &item : items)
        if (!item[QLatin1String("deleted")].toBool())
            live.append(item);
    return live;
}

QMap<QString, QString> versionsOf(const QJsonArray &items, const char *idKey, const char *versionKey)
{
    QMap<QString, QString> versions;
    for (const QJsonValue &item : items)
        versions.insert(item[QLatin1String(idKey)].toString(), item[QLatin1String(versionKey)].toString());
    return versions;
}

QMap<QString, QString> cachedVersions(const ProcessHarness &h, const QString &source, const char *versionKey)
{
    const auto exported = h.cairn({QStringLiteral("export"), QStringLiteral("--source"), source, QStringLiteral("--format"), QStringLiteral("json")});
    return versionsOf(liveItems(QJsonDocument::fromJson(exported.out).array()), "id", versionKey);
}

QMap<QString, int> countsOf(const QJsonArray &items, const char *key, const QString &prefix)
{
    QMap<QString, int> counts;
    for (const QJsonValue &item : items)
        if (item[QLatin1String(key)].toString().startsWith(prefix))
            ++counts[item[QLatin1String(key)].toString()];
    return counts;
}

QJsonObject cachedItem(const ProcessHarness &h, const QString &source, const QString &id)
{
    const auto exported = h.cairn({QStringLiteral("export"), QStringLiteral("--source"), source, QStringLiteral("--format"), QStringLiteral("json")});
    for (const QJsonValue &item : QJsonDocument::fromJson(exported.out).array())
        if (item[QLatin1String("id")].toString() == id && !item[QLatin1String("deleted")].toBool())
            return item.toObject();
    return {};
}

QJsonObject apiWritesTo(const ProcessHarness &h, const QString &source, const QString &item)
{
    return h.admin("POST", QStringLiteral("/_admin/%1/mutate").arg(source), {{QStringLiteral("op"), QStringLiteral("api_writes")}})
        .value(QLatin1String("writes"))
        .toObject()
        .value(item)
        .toObject();
}

} // namespace cairn::test
