#pragma once
#include <QByteArray>
#include <QStringList>
#include <QUrlQuery>

namespace cairn::test {

// What the People API's description says in words rather than in its schemas
// (tests/contract/specs/google-people.json), as checks of one exchange.

// Google's JSON error format says beyond its schema (tests/contract/specs/google-people.json,
// GoogleError): the body's `error.code` is the HTTP status, and its `status` is a
// google.rpc.Code that google/rpc/code.proto maps to that status (FAILED_PRECONDITION,
// INVALID_ARGUMENT and OUT_OF_RANGE to 400, UNAVAILABLE to 503…). A status the table maps no
// code to (410, 502) is only held to the first rule. Empty when the body keeps both, or is no
// such error at all (the schema says what is wrong with it then).
QStringList googleErrorProblems(int httpStatus, const QByteArray &body);

// The field masks: "A field mask to restrict which fields on each person are returned"
// (personFields) and "on the group" (groupFields: "Defaults to `metadata`, `groupType`,
// `memberCount`, and `name` if not set or set to empty"). Each person of a connections page,
// each group of a contactGroups page, has only `resourceName`, `etag` and the fields its mask
// names (`formattedName` goes with a group's `name`; a tombstone, `metadata.deleted`, has its
// `metadata`); a group listing has no `memberResourceNames` ("Members of the contact groups are
// not populated"). `path` as the description writes it. Empty when the page keeps to that.
QStringList fieldMaskProblems(const QString &path, const QUrlQuery &query, const QByteArray &body);

// The people and groups of a connections or contactGroups page that are tombstones
// (`metadata.deleted`).
int googleTombstones(const QByteArray &body);

} // namespace cairn::test
