#include "RelativeTime.h"

#include <QCoreApplication>
#include <QLocale>

namespace cairn {

QString relativeTime(const QDateTime &then, const QDateTime &now)
{
    if (!then.isValid())
        return QCoreApplication::translate("cairn::RelativeTime", "never");
    const qint64 secs = then.secsTo(now);
    if (secs < 60)
        return QCoreApplication::translate("cairn::RelativeTime", "just now");
    const int minutes = int(secs / 60);
    if (secs < 3600)
        return QCoreApplication::translate("cairn::RelativeTime", "%n min ago", nullptr, minutes);
    const int hours = int(secs / 3600);
    if (secs < 24 * 3600)
        return QCoreApplication::translate("cairn::RelativeTime", "%n h ago", nullptr, hours);
    const QDate day = then.toLocalTime().date();
    if (day.daysTo(now.toLocalTime().date()) == 1)
        return QCoreApplication::translate("cairn::RelativeTime", "yesterday");
    return QCoreApplication::translate("cairn::RelativeTime", "on %1").arg(QLocale().toString(day, QLocale::ShortFormat));
}

QString countText(qint64 n)
{
    return QLocale().toString(n);
}

} // namespace cairn
