#pragma once
#include "RelativeTime.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace cairn {

// The window's one date policy: lists say how long ago (relativeTime(): "3 h ago",
// "yesterday", "on 4 Dec 2026"), with the exact time in the tooltip; detail panes and
// tooltips give the exact time in one format, the locale's long date and short time.
namespace dates {

// A list's cell: relativeTime() from now.
QString relative(const QDateTime &then);
// Detail panes and tooltips: "Wednesday, 20 January 2027 07:52" (QLocale: long date, short
// time, local time); "" for an invalid time.
QString exact(const QDateTime &t);
// A day without a time (a due date, a birthday) in a detail pane: the locale's long date.
QString exactDay(const QDate &d);
// A day in a list: "today", "tomorrow", "yesterday", else the locale's short date.
QString day(const QDate &d, const QDate &today = QDate::currentDate());

} // namespace dates
} // namespace cairn
