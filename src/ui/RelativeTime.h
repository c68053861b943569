#pragma once
#include <QDateTime>
#include <QString>

namespace cairn {

// "just now", "5 min ago", "3 h ago", "yesterday", or the date: how long ago `then` was.
QString relativeTime(const QDateTime &then, const QDateTime &now);
// "3 000": a count with the locale's group separator.
QString countText(qint64 n);

} // namespace cairn
