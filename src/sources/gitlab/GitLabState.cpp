#include "GitLabState.h"
#include "StateData.h"

namespace cairn::gitlab {

ProjectFields ProjectFields::read(SyncState *row)
{
    const QJsonObject d = row->data;
    ProjectFields f;
    f.projectId = d.value(QLatin1String("project_id")).toInteger();
    f.path = d.value(QLatin1String("path")).toString();
    f.webUrl = d.value(QLatin1String("web_url")).toString();
    f.watermark = state::time(d, "watermark");
    f.nextWatermark = state::time(d, "next_watermark");
    f.confirmRun = d.value(QLatin1String("confirm_run")).toInteger();
    if (!row->pageToken.isEmpty() && !Cursor::parse(row->pageToken))
        row->pageToken.clear(); // not a cursor of this version: that listing starts over
    return f;
}

QJsonObject ProjectFields::toJson() const
{
    QJsonObject o{{QStringLiteral("v"), kVersion}};
    if (projectId != 0)
        o.insert(QStringLiteral("project_id"), projectId);
    if (!path.isEmpty())
        o.insert(QStringLiteral("path"), path);
    if (!webUrl.isEmpty())
        o.insert(QStringLiteral("web_url"), webUrl);
    state::putTime(o, "watermark", watermark);
    state::putTime(o, "next_watermark", nextWatermark);
    if (confirmRun != 0)
        o.insert(QStringLiteral("confirm_run"), confirmRun);
    return o;
}

QString Cursor::text() const
{
    return (updatedAfter.isValid() ? updatedAfter.toUTC().toString(Qt::ISODateWithMs) : QString()) + u'|' + QString::number(page);
}

std::optional<Cursor> Cursor::parse(const QString &token)
{
    const qsizetype bar = token.lastIndexOf(u'|');
    if (bar < 0)
        return std::nullopt;
    Cursor c;
    bool ok = false;
    c.page = token.sliced(bar + 1).toInt(&ok);
    if (!ok || c.page < 1)
        return std::nullopt;
    if (bar > 0) {
        c.updatedAfter = QDateTime::fromString(token.left(bar), Qt::ISODateWithMs);
        if (!c.updatedAfter.isValid())
            return std::nullopt;
        c.updatedAfter = c.updatedAfter.toUTC();
    }
    return c;
}

} // namespace cairn::gitlab
