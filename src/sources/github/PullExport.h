#pragma once
#include "GitHub.h"

#include <QByteArray>
#include <QJsonObject>

namespace cairn::PullExport {

// A pull request as `cairn export --source github --format json` writes it: GitHub's own
// field names (`number`, `user`, `state`, ...), `repo` as "owner/name", its reviews inline.
QJsonObject toJson(const PullRequest &p, const QList<PullReview> &reviews);
// One header row, then one row per pull (spreadsheet formulas neutralised).
QByteArray toCsv(const QList<PullRequest> &pulls);

} // namespace cairn::PullExport
