#pragma once
#include "SyncHarness.h"

namespace cairn::test {

// Points the harness's settings at the simulator's Jira: one configuration per entry of
// `configs` (name → JQL), site …/jira, Basic auth (email + API token).
void useJira(SyncHarness &h, const QList<QPair<QString, QString>> &configs = {
                                 {QStringLiteral("main"), QStringLiteral("project in (CAIRN, OPS, WEB)")}});

// "" when the cache of configuration `config` equals the simulator's ground truth for the
// issues of `projects` (empty = every project): every live issue cached live and equal
// field by field (summary, status and category, people, priority, type, project, labels,
// created, updated, ADF description and its text), no deleted or unknown issue live, and
// the counts equal. Else the first difference.
QString compareJira(SyncHarness &h, const QString &config = QStringLiteral("main"), const QStringList &projects = {});

} // namespace cairn::test
