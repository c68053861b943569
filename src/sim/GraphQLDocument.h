// A GraphQL query document as the simulator reads it (GitHub's GraphQL endpoint): one
// operation with variables, fields with aliases and arguments, inline fragments. Written from
// the GraphQL specification (October 2021), shares nothing with the client side.
#pragma once

#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace sim {

struct GqlValue
{
    enum Kind { Null, Int, Float, String, Boolean, Enum, List, Object, Variable } kind = Null;
    QString text;                              // the literal, the enum value or the variable's name
    QList<GqlValue> items;                     // List
    QList<QPair<QString, GqlValue>> fields;    // Object
};

struct GqlSelection
{
    QString alias;         // "" when none
    QString name;          // field name; "" for an inline fragment
    QString typeCondition; // inline fragment "... on Type"
    QList<QPair<QString, GqlValue>> args;
    QList<GqlSelection> selections;
    bool hasSelectionSet = false;
    int line = 1;
    int column = 1;

    QString key() const { return alias.isEmpty() ? name : alias; }
};

struct GqlVariable
{
    QString name;
    QString type; // as written, e.g. "String!", "[PullRequestState!]"
    std::optional<GqlValue> defaultValue;
};

struct GqlDocument
{
    QString operation = QStringLiteral("query"); // query, mutation, subscription
    QString name;
    QList<GqlVariable> variables;
    QList<GqlSelection> selections;
};

struct GqlParseError
{
    QString message; // graphql-ruby's wording: Parse error on "x" (TOKEN) at [line, column]
    int line = 1;
    int column = 1;
};

// Parses a document holding exactly one operation (fragment definitions are refused).
std::optional<GqlDocument> parseGraphQL(const QString &text, GqlParseError *error);

} // namespace sim
