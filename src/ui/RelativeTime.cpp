#include "RelativeTime.h"

#include <QCoreApplication>
#include <QLocale>

namespace cairn {

namespace {
QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("cairn::RelativeTime", text, nullptr, n);
}
} // namespace

QString relativeTime(const QDateTime &then, const QDateTime &now)
{
    if (!then.isValid())
        return tr("never");
    const qint64 secs = then.secsTo(now);
    if (secs < 60)
        return tr("just now");
    if (secs < 3600)
        return tr("%n min ago", int(secs / 60));
    if (secs < 24 * 3600)
        return tr("%n h ago", int(secs / 3600));
    const QDate day = then.toLocalTime().date();
    if (day.daysTo(now.toLocalTime().date()) == 1)
        return tr("yesterday");
    return tr("on %1").arg(QLocale().toString(day, QLocale::ShortFormat));
}

QString countText(qint64 n)
{
    return QLocale().toString(n);
}

} // namespace cairn
