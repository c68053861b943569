#include "DateText.h"

#include <QCoreApplication>
#include <QLocale>

namespace cairn::dates {

namespace {
// The user's locale; English for the C locale (whose short time has seconds).
QLocale displayLocale()
{
    const QLocale l;
    return l.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : l;
}
} // namespace

QString relative(const QDateTime &then)
{
    return relativeTime(then, QDateTime::currentDateTimeUtc());
}

QString exact(const QDateTime &t)
{
    if (!t.isValid())
        return {};
    const QDateTime local = t.toLocalTime();
    const QLocale locale = displayLocale();
    return QCoreApplication::translate("cairn::dates", "%1 %2", "date and time")
        .arg(locale.toString(local.date(), QLocale::LongFormat), locale.toString(local.time(), QLocale::ShortFormat));
}

QString exactDay(const QDate &d)
{
    return d.isValid() ? displayLocale().toString(d, QLocale::LongFormat) : QString();
}

QString day(const QDate &d, const QDate &today)
{
    if (!d.isValid())
        return {};
    switch (today.daysTo(d)) {
    case 0: return QCoreApplication::translate("cairn::dates", "today");
    case 1: return QCoreApplication::translate("cairn::dates", "tomorrow");
    case -1: return QCoreApplication::translate("cairn::dates", "yesterday");
    default: return displayLocale().toString(d, QLocale::ShortFormat);
    }
}

} // namespace cairn::dates
