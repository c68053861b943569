#pragma once
#include "GitHub.h"

#include <QJsonObject>

namespace cairn::github {

// GitHub JSON → core types (docs/api-notes.md §3 shapes). Throws cairn::Error(BadResponse) on a
// value of the wrong type or a record without its identity (id, number, updated_at);
// a missing optional field is simply empty.
// Throws the one-line "unexpected answer from GitHub: <detail>" (BadResponse) of every GitHub parser.
[[noreturn]] void badAnswer(const QString &detail);
PullRequest pullFromJson(const QJsonObject &o, const QString &repo);
PullReview reviewFromJson(const QJsonObject &o, const QString &repo, int number);

} // namespace cairn::github
