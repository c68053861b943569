#pragma once
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace cairn::test {

// A validator for the part of JSON Schema that docs/schemas/*.schema.json use: type (a name
// or a list of names; "integer" is a number without a fraction), enum, properties, required,
// additionalProperties (false, or a schema for every other member) and items. Any other
// keyword ($schema, $id, title, description) is ignored. Returns what does not conform, one
// line each with the JSON path ("$.google.api_calls: expected integer, got string"); empty
// when `value` conforms.
QStringList validateJson(const QJsonValue &value, const QJsonObject &schema, const QString &path = QStringLiteral("$"));

// The same for the schemas of an OpenAPI 3.0 description (`root`, where "#/components/…"
// references point): also $ref, nullable, allOf, anyOf, oneOf (exactly one), minimum and
// maximum, and formats: date-time and date must parse, uri must have a scheme, int32 and
// uint32 bound a number, int64 and uint64 in a string (Google's way) are decimal integers that
// fit, byte is base64. Other keywords (pattern, discriminator, readOnly…) are not checked.
QStringList validateOpenApi(const QJsonValue &value, const QJsonObject &schema, const QJsonObject &root,
                            const QString &path = QStringLiteral("$"));

// docs/schemas/<name>.schema.json of the source tree.
QJsonObject loadSchema(const QString &name);

// A `cairn <command> --json` document against docs/schemas/<schema>.schema.json and what the
// schemas leave to the registry: every "source" names a registered source (config list's
// settings of the application: ""), every "kind" a registered search kind; a run's own
// counters (sync, history) are valid against run/<source>.schema.json; `cairn status` has one
// member per source, each valid against status/<id>.schema.json — every registered source when
// `allSources` (no --source given).
QStringList validateCliJson(const QString &schema, const QJsonValue &value, bool allSources);

} // namespace cairn::test
