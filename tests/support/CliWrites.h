#pragma once
// What the command-line tests of writing back (issue 22) ask of a `cairn` and `cairn-sim` pair.
#include "ProcessHarness.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>

namespace cairn::test {

// `cairn outbox --json`, valid against docs/schemas/outbox.schema.json (else a warning, and an
// array with one "invalid" entry that no test expects).
QJsonArray outboxOf(const ProcessHarness &h);

// The cached item `id` of `source` as `cairn export --format json` has it ({} when it is not
// cached, or deleted).
QJsonObject cachedItem(const ProcessHarness &h, const QString &source, const QString &id);

// How many times the simulator's `source` API wrote each kind of thing to `item`
// ({"created": n, "updated": n, …}: its admin op api_writes).
QJsonObject apiWritesTo(const ProcessHarness &h, const QString &source, const QString &item);

// The items of `items` (the simulator's truth, or an export) that are not deleted.
QJsonArray liveItems(const QJsonArray &items);

// `versionKey` of each of `items` by its `idKey` (Asana's modified_at, Google's etag): two
// caches that are the same hold the same items at the same versions.
QMap<QString, QString> versionsOf(const QJsonArray &items, const char *idKey, const char *versionKey);

// The same of the live items `cairn export --source <source> --format json` has (by "id").
QMap<QString, QString> cachedVersions(const ProcessHarness &h, const QString &source, const char *versionKey);

// How many of `items` have each `key` that starts with `prefix` (what a test made, made once: 1).
QMap<QString, int> countsOf(const QJsonArray &items, const char *key, const QString &prefix);

} // namespace cairn::test
