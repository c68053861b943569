// The part of GitHub's GraphQL schema the simulator serves (types, fields, arguments, as in
// GitHub's published schema, @octokit/graphql-schema) and the checks GitHub makes before it
// runs a query: unknown fields, arguments, types and variables, selections, pagination
// bounds, the node limit, and the query's cost in points.
#pragma once

#include "sim/GraphQLDocument.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace sim {

struct GqlField
{
    QString type;     // as the schema writes it: "PullRequestConnection!", "[PullRequest]", "Int"
    QStringList args; // argument names; required ones end with "!" (e.g. "owner!")
};

// The named type of a field type ("[PullRequest!]!" → "PullRequest").
QString gqlNamedType(const QString &type);
bool gqlIsLeaf(const QString &namedType);
bool gqlIsAbstract(const QString &namedType);
bool gqlIsPossible(const QString &abstractOrObject, const QString &object); // `object` may stand where the first is asked
bool gqlTypeExists(const QString &namedType);
// The field of a type (`__typename` of every type included); nullptr when it has none such.
const GqlField *gqlField(const QString &type, const QString &name);

struct GqlChecked
{
    QJsonArray errors;              // GitHub's error objects; empty when the query may run
    QHash<const GqlSelection *, QJsonObject> args; // each field's arguments, variables resolved
    int cost = 1;                   // points
    qint64 nodes = 0;               // possible nodes
};

// Validates `doc` against the schema with `variables`, resolves every argument and computes
// the cost (GitHub's "calculating a rate limit score": connection requests / 100, rounded).
GqlChecked checkGraphQL(const GqlDocument &doc, const QJsonObject &variables);

} // namespace sim
