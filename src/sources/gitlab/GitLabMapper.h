#pragma once
#include "GitLab.h"

#include <QByteArray>
#include <QJsonObject>

namespace cairn::gitlab {

// GitLab JSON → Cairn's types (docs/api-notes.md §7 shapes). Throws cairn::Error(BadResponse)
// ("unexpected answer from GitLab: …") for a value of the wrong type or an item without its
// identity (id, iid, project_id, updated_at, a known state); a missing optional field is empty.
[[noreturn]] void badAnswer(const QString &detail);
MergeRequest mergeRequestFromJson(const QJsonObject &o, const QString &project);
Approvals approvalsFromJson(const QJsonObject &o);
Project projectFromJson(const QJsonObject &o);
// The username of GET /user.
QString usernameFromJson(const QJsonObject &o);

// Whole bodies (pure: GitLabApi parses them off the calling thread, the tests on fixtures).
// A page of merge requests: a JSON array of objects.
QList<MergeRequest> parseMergeRequests(const QByteArray &body, const QString &project);
QList<Project> parseProjects(const QByteArray &body);

} // namespace cairn::gitlab
