// The served part of GitHub's GraphQL schema and the checks before a query runs.
#include "sim/github/GitHubGraphQLSchema.h"

#include <QHash>
#include <QJsonDocument>
#include <QLocale>
#include <QSet>

#include <cmath>

namespace sim {

namespace {

using Fields = QHash<QString, GqlField>;

const QStringList kPaging{QStringLiteral("after:String"), QStringLiteral("before:String"), QStringLiteral("first:Int"),
                          QStringLiteral("last:Int")};

QStringList paging(QStringList more = {})
{
    return kPaging + more;
}

Fields connection(const QString &node)
{
    return {{QStringLiteral("totalCount"), {QStringLiteral("Int!"), {}}},
            {QStringLiteral("pageInfo"), {QStringLiteral("PageInfo!"), {}}},
            {QStringLiteral("nodes"), {QStringLiteral("[%1]").arg(node), {}}}};
}

const QHash<QString, Fields> &objects()
{
    static const QHash<QString, Fields> types = [] {
        QHash<QString, Fields> t;
        t[QStringLiteral("Query")] = {
            {QStringLiteral("repository"), {QStringLiteral("Repository"), {QStringLiteral("owner:String!"), QStringLiteral("name:String!"),
                                                                           QStringLiteral("followRenames:Boolean")}}},
            {QStringLiteral("rateLimit"), {QStringLiteral("RateLimit"), {QStringLiteral("dryRun:Boolean")}}},
            {QStringLiteral("viewer"), {QStringLiteral("User!"), {}}}};
        t[QStringLiteral("RateLimit")] = {{QStringLiteral("cost"), {QStringLiteral("Int!"), {}}},
                                          {QStringLiteral("limit"), {QStringLiteral("Int!"), {}}},
                                          {QStringLiteral("nodeCount"), {QStringLiteral("Int!"), {}}},
                                          {QStringLiteral("remaining"), {QStringLiteral("Int!"), {}}},
                                          {QStringLiteral("resetAt"), {QStringLiteral("DateTime!"), {}}},
                                          {QStringLiteral("used"), {QStringLiteral("Int!"), {}}}};
        t[QStringLiteral("Repository")] = {
            {QStringLiteral("id"), {QStringLiteral("ID!"), {}}},
            {QStringLiteral("databaseId"), {QStringLiteral("Int"), {}}},
            {QStringLiteral("name"), {QStringLiteral("String!"), {}}},
            {QStringLiteral("nameWithOwner"), {QStringLiteral("String!"), {}}},
            {QStringLiteral("url"), {QStringLiteral("URI!"), {}}},
            {QStringLiteral("pullRequests"), {QStringLiteral("PullRequestConnection!"),
                                              paging({QStringLiteral("states:[PullRequestState!]"), QStringLiteral("labels:[String!]"),
                                                      QStringLiteral("headRefName:String"), QStringLiteral("baseRefName:String"),
                                                      QStringLiteral("orderBy:IssueOrder")})}}};
        t[QStringLiteral("PageInfo")] = {{QStringLiteral("hasNextPage"), {QStringLiteral("Boolean!"), {}}},
                                         {QStringLiteral("hasPreviousPage"), {QStringLiteral("Boolean!"), {}}},
                                         {QStringLiteral("startCursor"), {QStringLiteral("String"), {}}},
                                         {QStringLiteral("endCursor"), {QStringLiteral("String"), {}}}};
        t[QStringLiteral("PullRequestConnection")] = connection(QStringLiteral("PullRequest"));
        t[QStringLiteral("LabelConnection")] = connection(QStringLiteral("Label"));
        t[QStringLiteral("UserConnection")] = connection(QStringLiteral("User"));
        t[QStringLiteral("ReviewRequestConnection")] = connection(QStringLiteral("ReviewRequest"));
        t[QStringLiteral("PullRequestReviewConnection")] = connection(QStringLiteral("PullRequestReview"));
        t[QStringLiteral("PullRequest")] = {
            {QStringLiteral("id"), {QStringLiteral("ID!"), {}}},
            {QStringLiteral("databaseId"), {QStringLiteral("Int"), {}}},
            {QStringLiteral("number"), {QStringLiteral("Int!"), {}}},
            {QStringLiteral("title"), {QStringLiteral("String!"), {}}},
            {QStringLiteral("body"), {QStringLiteral("String!"), {}}},
            {QStringLiteral("state"), {QStringLiteral("PullRequestState!"), {}}},
            {QStringLiteral("closed"), {QStringLiteral("Boolean!"), {}}},
            {QStringLiteral("merged"), {QStringLiteral("Boolean!"), {}}},
            {QStringLiteral("isDraft"), {QStringLiteral("Boolean!"), {}}},
            {QStringLiteral("url"), {QStringLiteral("URI!"), {}}},
            {QStringLiteral("createdAt"), {QStringLiteral("DateTime!"), {}}},
            {QStringLiteral("updatedAt"), {QStringLiteral("DateTime!"), {}}},
            {QStringLiteral("closedAt"), {QStringLiteral("DateTime"), {}}},
            {QStringLiteral("mergedAt"), {QStringLiteral("DateTime"), {}}},
            {QStringLiteral("headRefName"), {QStringLiteral("String!"), {}}},
            {QStringLiteral("headRefOid"), {QStringLiteral("GitObjectID!"), {}}},
            {QStringLiteral("baseRefName"), {QStringLiteral("String!"), {}}},
            {QStringLiteral("reviewDecision"), {QStringLiteral("PullRequestReviewDecision"), {}}},
            {QStringLiteral("author"), {QStringLiteral("Actor"), {}}},
            {QStringLiteral("labels"), {QStringLiteral("LabelConnection"), paging({QStringLiteral("orderBy:LabelOrder")})}},
            {QStringLiteral("assignees"), {QStringLiteral("UserConnection!"), paging()}},
            {QStringLiteral("reviewRequests"), {QStringLiteral("ReviewRequestConnection"), paging()}},
            {QStringLiteral("reviews"), {QStringLiteral("PullRequestReviewConnection"),
                                         paging({QStringLiteral("states:[PullRequestReviewState!]"), QStringLiteral("author:String")})}}};
        t[QStringLiteral("PullRequestReview")] = {{QStringLiteral("id"), {QStringLiteral("ID!"), {}}},
                                                  {QStringLiteral("databaseId"), {QStringLiteral("Int"), {}}},
                                                  {QStringLiteral("state"), {QStringLiteral("PullRequestReviewState!"), {}}},
                                                  {QStringLiteral("body"), {QStringLiteral("String!"), {}}},
                                                  {QStringLiteral("url"), {QStringLiteral("URI!"), {}}},
                                                  {QStringLiteral("createdAt"), {QStringLiteral("DateTime!"), {}}},
                                                  {QStringLiteral("submittedAt"), {QStringLiteral("DateTime"), {}}},
                                                  {QStringLiteral("author"), {QStringLiteral("Actor"), {}}},
                                                  {QStringLiteral("commit"), {QStringLiteral("Commit"), {}}}};
        t[QStringLiteral("Commit")] = {{QStringLiteral("id"), {QStringLiteral("ID!"), {}}},
                                       {QStringLiteral("oid"), {QStringLiteral("GitObjectID!"), {}}}};
        t[QStringLiteral("Label")] = {{QStringLiteral("id"), {QStringLiteral("ID!"), {}}},
                                      {QStringLiteral("name"), {QStringLiteral("String!"), {}}},
                                      {QStringLiteral("color"), {QStringLiteral("String!"), {}}}};
        t[QStringLiteral("ReviewRequest")] = {{QStringLiteral("id"), {QStringLiteral("ID!"), {}}},
                                              {QStringLiteral("requestedReviewer"), {QStringLiteral("RequestedReviewer"), {}}}};
        const Fields actor{{QStringLiteral("login"), {QStringLiteral("String!"), {}}},
                           {QStringLiteral("url"), {QStringLiteral("URI!"), {}}},
                           {QStringLiteral("resourcePath"), {QStringLiteral("URI!"), {}}},
                           {QStringLiteral("avatarUrl"), {QStringLiteral("URI!"), {QStringLiteral("size:Int")}}}};
        t[QStringLiteral("Actor")] = actor;
        for (const char *a : {"User", "Bot", "Mannequin", "Organization", "EnterpriseUserAccount"}) {
            t[QLatin1String(a)] = actor;
            t[QLatin1String(a)].insert(QStringLiteral("id"), {QStringLiteral("ID!"), {}});
        }
        t[QStringLiteral("User")].insert(QStringLiteral("name"), {QStringLiteral("String"), {}});
        t[QStringLiteral("User")].insert(QStringLiteral("databaseId"), {QStringLiteral("Int"), {}});
        t[QStringLiteral("Team")] = {{QStringLiteral("id"), {QStringLiteral("ID!"), {}}},
                                     {QStringLiteral("name"), {QStringLiteral("String!"), {}}},
                                     {QStringLiteral("slug"), {QStringLiteral("String!"), {}}}};
        t[QStringLiteral("RequestedReviewer")] = {}; // a union: fields only through fragments
        for (auto it = t.begin(); it != t.end(); ++it)
            it->insert(QStringLiteral("__typename"), {QStringLiteral("String!"), {}});
        return t;
    }();
    return types;
}

const QHash<QString, QStringList> &enums()
{
    static const QHash<QString, QStringList> e{
        {QStringLiteral("PullRequestState"), {QStringLiteral("CLOSED"), QStringLiteral("MERGED"), QStringLiteral("OPEN")}},
        {QStringLiteral("PullRequestReviewState"), {QStringLiteral("APPROVED"), QStringLiteral("CHANGES_REQUESTED"), QStringLiteral("COMMENTED"),
                                                    QStringLiteral("DISMISSED"), QStringLiteral("PENDING")}},
        {QStringLiteral("PullRequestReviewDecision"), {QStringLiteral("APPROVED"), QStringLiteral("CHANGES_REQUESTED"), QStringLiteral("REVIEW_REQUIRED")}},
        {QStringLiteral("IssueOrderField"), {QStringLiteral("COMMENTS"), QStringLiteral("CREATED_AT"), QStringLiteral("UPDATED_AT")}},
        {QStringLiteral("LabelOrderField"), {QStringLiteral("CREATED_AT"), QStringLiteral("NAME")}},
        {QStringLiteral("OrderDirection"), {QStringLiteral("ASC"), QStringLiteral("DESC")}}};
    return e;
}

// Input objects: field → type.
const QHash<QString, QHash<QString, QString>> &inputs()
{
    static const QHash<QString, QHash<QString, QString>> i{
        {QStringLiteral("IssueOrder"), {{QStringLiteral("field"), QStringLiteral("IssueOrderField!")},
                                        {QStringLiteral("direction"), QStringLiteral("OrderDirection!")}}},
        {QStringLiteral("LabelOrder"), {{QStringLiteral("field"), QStringLiteral("LabelOrderField!")},
                                        {QStringLiteral("direction"), QStringLiteral("OrderDirection!")}}}};
    return i;
}

const QSet<QString> kScalars{QStringLiteral("String"), QStringLiteral("Int"), QStringLiteral("Boolean"), QStringLiteral("ID"),
                             QStringLiteral("DateTime"), QStringLiteral("URI"), QStringLiteral("GitObjectID"), QStringLiteral("Float")};

const QHash<QString, QStringList> kPossible{
    {QStringLiteral("Actor"), {QStringLiteral("Bot"), QStringLiteral("EnterpriseUserAccount"), QStringLiteral("Mannequin"),
                               QStringLiteral("Organization"), QStringLiteral("User")}},
    {QStringLiteral("RequestedReviewer"), {QStringLiteral("Bot"), QStringLiteral("Mannequin"), QStringLiteral("Team"), QStringLiteral("User")}}};

// A JSON value (a variable's, or a literal made JSON) checked against a type; "" when it fits.
QString misfit(const QJsonValue &v, const QString &type)
{
    if (type.endsWith(u'!')) {
        if (v.isNull() || v.isUndefined())
            return QStringLiteral("Expected value to not be null");
        return misfit(v, type.chopped(1));
    }
    if (v.isNull() || v.isUndefined())
        return {};
    if (type.startsWith(u'[')) {
        const QString inner = type.mid(1, type.size() - 2);
        if (!v.isArray())
            return misfit(v, inner);
        for (const QJsonValue &item : v.toArray())
            if (const QString m = misfit(item, inner); !m.isEmpty())
                return m;
        return {};
    }
    const QString shown = QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
    const QString cannot = QStringLiteral("Could not coerce value %1 to %2").arg(shown, type);
    if (type == QLatin1String("Int"))
        return v.isDouble() && v.toDouble() == std::floor(v.toDouble()) && std::abs(v.toDouble()) < 2147483648.0 ? QString() : cannot;
    if (type == QLatin1String("Boolean"))
        return v.isBool() ? QString() : cannot;
    if (type == QLatin1String("Float"))
        return v.isDouble() ? QString() : cannot;
    if (kScalars.contains(type))
        return v.isString() || (type == QLatin1String("ID") && v.isDouble()) ? QString() : cannot;
    if (enums().contains(type))
        return v.isString() && enums()[type].contains(v.toString()) ? QString()
                                                                    : QStringLiteral("Expected %1 to be one of: %2").arg(shown, enums()[type].join(QStringLiteral(", ")));
    if (inputs().contains(type)) {
        if (!v.isObject())
            return cannot;
        const QJsonObject o = v.toObject();
        const auto &fields = inputs()[type];
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!fields.contains(it.key()))
                return QStringLiteral("Field is not defined on %1").arg(type);
        for (auto it = fields.begin(); it != fields.end(); ++it)
            if (const QString m = misfit(o.value(it.key()), it.value()); !m.isEmpty())
                return m;
        return {};
    }
    return cannot;
}

class Checker
{
public:
    Checker(const GqlDocument &doc, const QJsonObject &variables) : m_doc(doc), m_given(variables)
    {
        m_opName = doc.name.isEmpty() ? QStringLiteral("anonymous %1").arg(doc.operation) : doc.name;
        for (const GqlVariable &v : doc.variables)
            m_declared.insert(v.name, &v);
    }

    GqlChecked run()
    {
        const QString root = m_doc.operation == QLatin1String("query") ? QStringLiteral("Query") : QString();
        if (root.isEmpty()) {
            addError(QStringLiteral("Schema is not configured for %1s").arg(m_doc.operation), 1, 1, {},
                     {{QStringLiteral("code"), QStringLiteral("missingOperationType")}});
            return m_out;
        }
        for (const GqlVariable &v : m_doc.variables) {
            if (!gqlTypeExists(gqlNamedType(v.type)) || objects().contains(gqlNamedType(v.type)))
                addError(QStringLiteral("%1 isn't a valid input type (on $%2)").arg(v.type, v.name), 1, 1, {},
                         {{QStringLiteral("code"), QStringLiteral("variableRequiresValidType")}});
            QJsonValue value = m_given.contains(v.name) ? m_given.value(v.name) : QJsonValue(QJsonValue::Undefined);
            if (value.isUndefined() && v.defaultValue)
                value = literal(*v.defaultValue, nullptr);
            if (const QString m = misfit(value, v.type); !m.isEmpty()) {
                QJsonObject ext{{QStringLiteral("value"), value.isUndefined() ? QJsonValue() : value},
                                {QStringLiteral("problems"), QJsonArray{QJsonObject{{QStringLiteral("path"), QJsonArray()},
                                                                                   {QStringLiteral("explanation"), m}}}}};
                addError(QStringLiteral("Variable $%1 of type %2 was provided invalid value").arg(v.name, v.type), 1, 1, {}, ext);
            }
            m_values.insert(v.name, value.isUndefined() ? QJsonValue() : value);
        }
        walk(root, m_doc.selections, {m_doc.operation + (m_doc.name.isEmpty() ? QString() : u' ' + m_doc.name)}, 1);
        for (const GqlVariable &v : m_doc.variables)
            if (!m_used.contains(v.name))
                addError(QStringLiteral("Variable $%1 is declared by %2 but not used").arg(v.name, m_opName), 1, 1, {},
                         {{QStringLiteral("code"), QStringLiteral("variableNotUsed")}, {QStringLiteral("variableName"), v.name}});
        const double points = double(m_requests) / 100.0;
        m_out.cost = std::max(1, int(std::lround(points)));
        m_out.nodes = m_nodes;
        if (m_nodes > 500'000 && m_out.errors.isEmpty())
            m_out.errors.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("MAX_NODE_LIMIT_EXCEEDED")},
                                            {QStringLiteral("message"), QStringLiteral("This query requests up to %1 possible nodes which exceeds the maximum limit of 500,000.")
                                                                            .arg(QLocale(QLocale::English).toString(m_nodes))}});
        return m_out;
    }

private:
    void addError(const QString &message, int line, int column, const QJsonArray &path, QJsonObject extensions, const QString &type = {})
    {
        QJsonObject e;
        if (!type.isEmpty())
            e.insert(QStringLiteral("type"), type);
        if (!path.isEmpty())
            e.insert(QStringLiteral("path"), path);
        if (!extensions.isEmpty())
            e.insert(QStringLiteral("extensions"), extensions);
        e.insert(QStringLiteral("locations"), QJsonArray{QJsonObject{{QStringLiteral("line"), line}, {QStringLiteral("column"), column}}});
        e.insert(QStringLiteral("message"), message);
        m_out.errors.append(e);
    }

    // A literal as JSON; variables replaced by their values (and counted as used).
    QJsonValue literal(const GqlValue &v, const GqlSelection *at)
    {
        switch (v.kind) {
        case GqlValue::Null: return QJsonValue();
        case GqlValue::Int: return v.text.toLongLong();
        case GqlValue::Float: return v.text.toDouble();
        case GqlValue::String:
        case GqlValue::Enum: return v.text;
        case GqlValue::Boolean: return v.text == QLatin1String("true");
        case GqlValue::List: {
            QJsonArray a;
            for (const GqlValue &i : v.items)
                a.append(literal(i, at));
            return a;
        }
        case GqlValue::Object: {
            QJsonObject o;
            for (const auto &f : v.fields)
                o.insert(f.first, literal(f.second, at));
            return o;
        }
        case GqlValue::Variable:
            m_used.insert(v.text);
            if (!m_declared.contains(v.text) && at)
                addError(QStringLiteral("Variable $%1 is used by %2 but not declared").arg(v.text, m_opName), at->line, at->column, {},
                         {{QStringLiteral("code"), QStringLiteral("variableNotDefined")}, {QStringLiteral("variableName"), v.text}});
            return m_values.value(v.text);
        }
        return {};
    }

    void walk(const QString &type, const QList<GqlSelection> &selections, const QJsonArray &path, qint64 multiplier)
    {
        for (const GqlSelection &s : selections) {
            if (!s.typeCondition.isEmpty()) {
                if (!gqlTypeExists(s.typeCondition) || !objects().contains(s.typeCondition)) {
                    addError(QStringLiteral("No such type %1, so it can't be a fragment condition").arg(s.typeCondition), s.line, s.column,
                             path, {{QStringLiteral("code"), QStringLiteral("undefinedType")}, {QStringLiteral("typeName"), s.typeCondition}});
                } else if (!gqlIsPossible(type, s.typeCondition) && !gqlIsPossible(s.typeCondition, type)) {
                    addError(QStringLiteral("Fragment on %1 can't be spread inside %2").arg(s.typeCondition, type), s.line, s.column, path,
                             {{QStringLiteral("code"), QStringLiteral("fragmentSpreadImpossible")},
                              {QStringLiteral("fragmentName"), QStringLiteral("... on %1").arg(s.typeCondition)}});
                } else {
                    QJsonArray inner = path;
                    inner.append(QStringLiteral("... on %1").arg(s.typeCondition));
                    walk(s.typeCondition, s.selections, inner, multiplier);
                }
                continue;
            }
            QJsonArray here = path;
            here.append(s.key());
            const GqlField *f = gqlField(type, s.name);
            if (!f) {
                addError(QStringLiteral("Field '%1' doesn't exist on type '%2'").arg(s.name, type), s.line, s.column, here,
                         {{QStringLiteral("code"), QStringLiteral("undefinedField")}, {QStringLiteral("typeName"), type},
                          {QStringLiteral("fieldName"), s.name}});
                continue;
            }
            QJsonObject args;
            bool argsOk = true;
            for (const auto &a : s.args) {
                const auto def = std::find_if(f->args.cbegin(), f->args.cend(),
                                              [&a](const QString &d) { return d.section(u':', 0, 0) == a.first; });
                if (def == f->args.cend()) {
                    addError(QStringLiteral("Field '%1' doesn't accept argument '%2'").arg(s.name, a.first), s.line, s.column, here,
                             {{QStringLiteral("code"), QStringLiteral("argumentNotAccepted")}, {QStringLiteral("name"), s.name},
                              {QStringLiteral("typeName"), QStringLiteral("Field")}, {QStringLiteral("argumentName"), a.first}});
                    argsOk = false;
                    continue;
                }
                const QJsonValue v = literal(a.second, &s);
                const QString argType = def->section(u':', 1);
                if (a.second.kind != GqlValue::Variable && !misfit(v, argType).isEmpty()) {
                    const QString shown = a.second.kind == GqlValue::String ? u'"' + a.second.text + u'"'
                                                                            : QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
                    addError(QStringLiteral("Argument '%1' on Field '%2' has an invalid value (%3). Expected type '%4'.")
                                 .arg(a.first, s.name, shown, argType),
                             s.line, s.column, here,
                             {{QStringLiteral("code"), QStringLiteral("argumentLiteralsIncompatible")}, {QStringLiteral("typeName"), QStringLiteral("Field")},
                              {QStringLiteral("argumentName"), a.first}});
                    argsOk = false;
                }
                args.insert(a.first, v);
            }
            QStringList missing;
            for (const QString &d : f->args)
                if (d.endsWith(u'!') && !args.contains(d.section(u':', 0, 0)))
                    missing << d.section(u':', 0, 0);
            if (!missing.isEmpty()) {
                addError(QStringLiteral("Field '%1' is missing required arguments: %2").arg(s.name, missing.join(QStringLiteral(", "))),
                         s.line, s.column, here,
                         {{QStringLiteral("code"), QStringLiteral("missingRequiredArguments")}, {QStringLiteral("className"), QStringLiteral("Field")},
                          {QStringLiteral("name"), s.name}, {QStringLiteral("arguments"), missing.join(QStringLiteral(", "))}});
                argsOk = false;
            }
            m_out.args.insert(&s, args);
            const QString named = gqlNamedType(f->type);
            if (gqlIsLeaf(named) && s.hasSelectionSet) {
                addError(QStringLiteral("Selections can't be made on scalars (field '%1' returns %2 but has selections [%3])")
                             .arg(s.name, named, selectionNames(s)),
                         s.line, s.column, here,
                         {{QStringLiteral("code"), QStringLiteral("selectionMismatch")}, {QStringLiteral("nodeName"), QStringLiteral("field '%1'").arg(s.name)},
                          {QStringLiteral("typeName"), named}});
                continue;
            }
            if (!gqlIsLeaf(named) && !s.hasSelectionSet) {
                addError(QStringLiteral("Field must have selections (field '%1' returns %2 but has no selections. Did you mean '%1 { ... }'?)")
                             .arg(s.name, f->type),
                         s.line, s.column, here,
                         {{QStringLiteral("code"), QStringLiteral("selectionMismatch")}, {QStringLiteral("nodeName"), QStringLiteral("field '%1'").arg(s.name)},
                          {QStringLiteral("typeName"), f->type}});
                continue;
            }
            qint64 inner = multiplier;
            if (named.endsWith(QLatin1String("Connection")) && argsOk) {
                const bool hasFirst = !args.value(QLatin1String("first")).isNull() && !args.value(QLatin1String("first")).isUndefined();
                const bool hasLast = !args.value(QLatin1String("last")).isNull() && !args.value(QLatin1String("last")).isUndefined();
                const char *which = hasFirst ? "first" : "last";
                const int n = args.value(QLatin1String(which)).toInt();
                if (!hasFirst && !hasLast) {
                    addError(QStringLiteral("You must provide a `first` or `last` value to properly paginate the `%1` connection.").arg(s.name),
                             s.line, s.column, here, {}, QStringLiteral("MISSING_PAGINATION_BOUNDARIES"));
                } else if (n > 100 || n < 0) {
                    addError(QStringLiteral("Requesting %1 records on the `%2` connection exceeds the `%3` limit of 100 records.")
                                 .arg(n).arg(s.name, QLatin1String(which)),
                             s.line, s.column, here, {}, QStringLiteral("EXCESSIVE_PAGINATION"));
                } else {
                    m_requests += multiplier;
                    inner = multiplier * n;
                    m_nodes += inner;
                }
            }
            if (s.hasSelectionSet)
                walk(named, s.selections, here, inner);
        }
    }

    static QString selectionNames(const GqlSelection &s)
    {
        QStringList names;
        for (const GqlSelection &c : s.selections)
            names << u'"' + (c.name.isEmpty() ? QStringLiteral("... on ") + c.typeCondition : c.name) + u'"';
        return names.join(QStringLiteral(", "));
    }

    const GqlDocument &m_doc;
    QJsonObject m_given;
    QString m_opName;
    QHash<QString, const GqlVariable *> m_declared;
    QHash<QString, QJsonValue> m_values;
    QSet<QString> m_used;
    qint64 m_requests = 0;
    qint64 m_nodes = 0;
    GqlChecked m_out;
};

} // namespace

QString gqlNamedType(const QString &type)
{
    QString t = type;
    t.remove(u'[').remove(u']').remove(u'!');
    return t;
}

bool gqlIsLeaf(const QString &namedType)
{
    return kScalars.contains(namedType) || enums().contains(namedType);
}

bool gqlIsAbstract(const QString &namedType)
{
    return kPossible.contains(namedType);
}

bool gqlIsPossible(const QString &abstractOrObject, const QString &object)
{
    return abstractOrObject == object || kPossible.value(abstractOrObject).contains(object);
}

bool gqlTypeExists(const QString &namedType)
{
    return objects().contains(namedType) || gqlIsLeaf(namedType) || inputs().contains(namedType);
}

const GqlField *gqlField(const QString &type, const QString &name)
{
    const auto t = objects().constFind(type);
    if (t == objects().cend())
        return nullptr;
    const auto f = t->constFind(name);
    return f == t->cend() ? nullptr : &*f;
}

GqlChecked checkGraphQL(const GqlDocument &doc, const QJsonObject &variables)
{
    Checker c(doc, variables);
    return c.run();
}

} // namespace sim
