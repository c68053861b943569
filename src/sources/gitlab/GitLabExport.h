#pragma once
#include "GitLab.h"

#include <QByteArray>
#include <QJsonObject>

namespace cairn::gitlab::GitLabExport {

// A merge request as `cairn export --source gitlab --format json` writes it: GitLab's own field
// names (`iid`, `project_id`, `state`, `user_notes_count`, …), people by username, `project` as
// its path, its approvals inline.
QJsonObject toJson(const MergeRequest &m);
// One header row, then one row per merge request (spreadsheet formulas neutralised).
QByteArray toCsv(const QList<MergeRequest> &mergeRequests);

} // namespace cairn::gitlab::GitLabExport
