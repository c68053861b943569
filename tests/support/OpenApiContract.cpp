#include "OpenApiContract.h"
#include "JsonSchema.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace cairn::test {

namespace {

// A query value as the JSON value its schema's type reads it as (a string when it reads as
// nothing else, which the type check then refuses).
QJsonValue typed(const QString &text, const QString &type)
{
    bool ok = false;
    if (type == QLatin1String("integer")) {
        const qlonglong n = text.toLongLong(&ok);
        return ok ? QJsonValue(double(n)) : QJsonValue(text);
    }
    if (type == QLatin1String("number")) {
        const double d = text.toDouble(&ok);
        return ok ? QJsonValue(d) : QJsonValue(text);
    }
    if (type == QLatin1String("boolean") && (text == QLatin1String("true") || text == QLatin1String("false")))
        return text == QLatin1String("true");
    return text;
}

QJsonObject jsonContent(const QJsonObject &content)
{
    for (auto it = content.begin(); it != content.end(); ++it)
        if (it.key().contains(QLatin1String("json")))
            return it.value().toObject();
    return {};
}

} // namespace

OpenApiContract::OpenApiContract(const QString &specFile)
{
    QFile f(specFile);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("no description %s", qPrintable(specFile));
    m_root = QJsonDocument::fromJson(f.readAll()).object();
    if (m_root.isEmpty())
        qFatal("%s is not a JSON object", qPrintable(specFile));
}

QJsonObject OpenApiContract::resolved(const QJsonValue &maybeRef) const
{
    QJsonObject o = maybeRef.toObject();
    while (o.contains(QLatin1String("$ref"))) {
        QJsonValue at = m_root;
        for (const QString &part : o.value(QLatin1String("$ref")).toString().mid(2).split(u'/'))
            at = at.toObject().value(part);
        o = at.toObject();
    }
    return o;
}

QStringList OpenApiContract::checkParameterValue(const QString &name, const QStringList &values, const QJsonObject &parameter) const
{
    const QJsonObject schema = resolved(parameter.value(QLatin1String("schema")));
    const QString type = schema.value(QLatin1String("type")).toString();
    const QString where = QStringLiteral("parameter %1").arg(name);
    QStringList problems;
    if (type == QLatin1String("array")) {
        // style form (the default of query parameters): explode true repeats the name, false
        // joins the items with commas.
        const bool explode = parameter.value(QLatin1String("explode")).toBool(true);
        QStringList items;
        for (const QString &v : values)
            items << (explode ? QStringList{v} : v.split(u','));
        const QJsonObject itemSchema = resolved(schema.value(QLatin1String("items")));
        for (const QString &item : std::as_const(items))
            problems << validateOpenApi(typed(item, itemSchema.value(QLatin1String("type")).toString()), itemSchema, m_root,
                                        where + QStringLiteral(" item"));
        return problems;
    }
    if (values.size() > 1)
        problems << QStringLiteral("%1 given %2 times").arg(where).arg(values.size());
    for (const QString &v : values)
        problems << validateOpenApi(typed(v, type), schema, m_root, where);
    return problems;
}

OpenApiContract::Result OpenApiContract::check(const QByteArray &method, const QString &path, const QUrlQuery &query,
                                               const QByteArray &requestBody, int status, const QByteArray &responseBody) const
{
    Result result;
    const QStringList segments = path.split(u'/', Qt::SkipEmptyParts);
    const QJsonObject paths = m_root.value(QLatin1String("paths")).toObject();
    QString best;
    int bestLiterals = -1;
    QHash<QString, QString> pathValues;
    for (auto it = paths.begin(); it != paths.end(); ++it) {
        const QStringList t = it.key().split(u'/', Qt::SkipEmptyParts);
        if (t.size() != segments.size())
            continue;
        int literals = 0;
        QHash<QString, QString> values;
        bool match = true;
        for (qsizetype i = 0; match && i < t.size(); ++i) {
            // "{name}", or a parameter with words beside it in its segment ("{peopleId}:updateContact",
            // Google's custom methods): the words count as literal.
            const qsizetype open = t[i].indexOf(u'{'), close = t[i].indexOf(u'}');
            if (open >= 0 && close > open) {
                const QString prefix = t[i].left(open), suffix = t[i].mid(close + 1);
                const qsizetype length = segments[i].size() - prefix.size() - suffix.size();
                if (length > 0 && segments[i].startsWith(prefix) && segments[i].endsWith(suffix)) {
                    values.insert(t[i].mid(open + 1, close - open - 1), segments[i].mid(prefix.size(), length));
                    literals += !prefix.isEmpty() || !suffix.isEmpty();
                } else {
                    match = false;
                }
            } else if (t[i] == segments[i]) {
                ++literals;
            } else {
                match = false;
            }
        }
        if (match && literals > bestLiterals && it.value().toObject().contains(QString::fromLatin1(method.toLower()))) {
            best = it.key();
            bestLiterals = literals;
            pathValues = values;
        }
    }
    if (best.isEmpty()) {
        result.request << QStringLiteral("%1 %2: no such operation in the description").arg(QString::fromLatin1(method), path);
        return result;
    }
    result.operation = QString::fromLatin1(method) + u' ' + best;
    const QJsonObject op = paths.value(best).toObject().value(QString::fromLatin1(method.toLower())).toObject();

    // Parameters: every one sent is declared and of its type; the required ones are there.
    QHash<QString, QJsonObject> declared; // "query:name"
    for (const QJsonValue &p : op.value(QLatin1String("parameters")).toArray()) {
        const QJsonObject param = resolved(p);
        declared.insert(param.value(QLatin1String("in")).toString() + u':' + param.value(QLatin1String("name")).toString(), param);
    }
    QStringList seen;
    for (const auto &item : query.queryItems(QUrl::FullyDecoded)) {
        if (seen.contains(item.first))
            continue;
        seen << item.first;
        const auto found = declared.constFind(QStringLiteral("query:") + item.first);
        if (found == declared.cend())
            result.request << QStringLiteral("query parameter %1 is not in the description").arg(item.first);
        else
            result.request << checkParameterValue(item.first, query.allQueryItemValues(item.first, QUrl::FullyDecoded), *found);
    }
    for (auto it = declared.cbegin(); it != declared.cend(); ++it) {
        const QString name = it.value().value(QLatin1String("name")).toString();
        if (it.key().startsWith(QLatin1String("path:")))
            result.request << checkParameterValue(name, {pathValues.value(name)}, it.value());
        else if (it.key().startsWith(QLatin1String("query:")) && it.value().value(QLatin1String("required")).toBool() && !seen.contains(name))
            result.request << QStringLiteral("required query parameter %1 is missing").arg(name);
    }

    // The request's body.
    const QJsonObject body = resolved(op.value(QLatin1String("requestBody")));
    if (body.isEmpty() && !requestBody.isEmpty()) {
        result.request << QStringLiteral("a body where the description has none");
    } else if (!body.isEmpty()) {
        if (requestBody.isEmpty()) {
            if (body.value(QLatin1String("required")).toBool())
                result.request << QStringLiteral("the required body is missing");
        } else {
            const QJsonDocument doc = QJsonDocument::fromJson(requestBody);
            const QJsonObject schema = jsonContent(body.value(QLatin1String("content")).toObject()).value(QLatin1String("schema")).toObject();
            if (doc.isNull())
                result.request << QStringLiteral("the body is not JSON");
            else
                result.request << validateOpenApi(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()), schema, m_root,
                                                  QStringLiteral("body"));
        }
    }

    // The answer: its status documented, its body as the description has it.
    const QJsonObject responses = op.value(QLatin1String("responses")).toObject();
    QJsonValue entry = responses.value(QString::number(status));
    if (entry.isUndefined())
        entry = responses.value(QString::number(status / 100) + QStringLiteral("XX"));
    if (entry.isUndefined())
        entry = responses.value(QLatin1String("default"));
    if (entry.isUndefined()) {
        result.undocumentedStatus = true;
        return result;
    }
    const QJsonObject content = jsonContent(resolved(entry).value(QLatin1String("content")).toObject());
    if (content.isEmpty() || !content.contains(QLatin1String("schema")))
        return result;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(responseBody, &error);
    if (doc.isNull()) {
        result.response << QStringLiteral("status %1: the body is not JSON (%2)").arg(status).arg(error.errorString());
        return result;
    }
    result.response << validateOpenApi(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()),
                                       content.value(QLatin1String("schema")).toObject(), m_root, QStringLiteral("$"));
    return result;
}

QStringList OpenApiContract::validate(const QJsonValue &value, const QString &schemaName) const
{
    const QJsonValue schema = m_root.value(QLatin1String("components")).toObject().value(QLatin1String("schemas")).toObject().value(schemaName);
    if (!schema.isObject())
        return {QStringLiteral("the description has no schema %1").arg(schemaName)};
    return validateOpenApi(value, schema.toObject(), m_root, QStringLiteral("$"));
}

} // namespace cairn::test
