#pragma once
// What the command-line tests of writing back (issue 22) ask of a `cairn` and `cairn-sim` pair.
#include "ProcessHarness.h"

#include <QJsonArray>
#include <QJsonObject>

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

} // namespace cairn::test
