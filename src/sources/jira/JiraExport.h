#pragma once
#include "Jira.h"

#include <QByteArray>
#include <QJsonObject>

// `cairn export --source jira` of the issues (docs/architecture.md §5): each record with its
// service id under `id` and the fields the views show, named as the service names them;
// deleted ones (JSON only) with `deleted: true`. CSV: the live ones, formulas neutralised.
namespace cairn::JiraExport {
QJsonObject toJson(const JiraIssue &i);
QByteArray toCsv(const QList<JiraIssue> &issues);
} // namespace cairn::JiraExport
