#include "JsonSchema.h"
#include "SearchIndex.h"
#include "Settings.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QFile>
#include <QSet>
#include <QUrl>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace cairn::test {

namespace {

QString typeOf(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QStringLiteral("boolean");
    case QJsonValue::Double: {
        const double d = v.toDouble();
        return std::isfinite(d) && d == std::floor(d) ? QStringLiteral("integer") : QStringLiteral("number");
    }
    case QJsonValue::String: return QStringLiteral("string");
    case QJsonValue::Array: return QStringLiteral("array");
    case QJsonValue::Object: return QStringLiteral("object");
    case QJsonValue::Undefined: break;
    }
    return QStringLiteral("undefined");
}

bool typeMatches(const QString &actual, const QString &wanted)
{
    return actual == wanted || (wanted == QLatin1String("number") && actual == QLatin1String("integer"));
}

QStringList validate(const QJsonValue &value, const QJsonObject &schema, const QJsonObject *root, const QString &path);

// "#/components/schemas/x" in `root`.
QJsonObject resolve(const QJsonObject &root, const QString &ref)
{
    QJsonValue at = root;
    for (const QString &part : ref.mid(2).split(u'/'))
        at = at.toObject().value(QString(part).replace(QLatin1String("~1"), QLatin1String("/")).replace(QLatin1String("~0"), QLatin1String("~")));
    if (!at.isObject())
        qFatal("unresolved $ref %s", qPrintable(ref));
    return at.toObject();
}

QStringList formatProblem(const QJsonValue &value, const QString &format, const QString &path)
{
    if (value.isDouble()) {
        // int32 and uint32 (OpenAPI, Google's discovery documents) bound an integer.
        const double d = value.toDouble();
        const bool ok = format == QLatin1String("int32")    ? d >= -2147483648.0 && d <= 2147483647.0
                        : format == QLatin1String("uint32") ? d >= 0 && d <= 4294967295.0
                                                            : true;
        return ok ? QStringList{} : QStringList{QStringLiteral("%1: %2 is not a %3").arg(path).arg(d, 0, 'g', 17).arg(format)};
    }
    if (!value.isString())
        return {};
    const QString s = value.toString();
    bool ok = true;
    if (format == QLatin1String("int64") || format == QLatin1String("uint64")) {
        // Google's discovery documents: a 64-bit integer is a decimal number in a string.
        static const QRegularExpression decimal(QStringLiteral("^-?(0|[1-9][0-9]*)$"));
        ok = false;
        if (decimal.match(s).hasMatch()) {
            if (format == QLatin1String("int64"))
                s.toLongLong(&ok);
            else if (!s.startsWith(u'-'))
                s.toULongLong(&ok);
        }
    } else if (format == QLatin1String("byte")) {
        const QByteArray bytes = s.toLatin1();
        ok = s.size() % 4 == 0 && QByteArray::fromBase64Encoding(bytes, QByteArray::AbortOnBase64DecodingErrors).decodingStatus
                                      == QByteArray::Base64DecodingStatus::Ok;
    } else if (format == QLatin1String("date-time")) {
        // RFC 3339: a date, "T", a time with seconds, and the offset (Jira's without a colon).
        static const QRegularExpression rfc3339(
            QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:?\\d{2})$"));
        QString t = s;
        // Jira writes the offset without a colon ("+0000").
        if (t.size() > 5 && (t.at(t.size() - 5) == u'+' || t.at(t.size() - 5) == u'-') && t.right(4).toInt() >= 0)
            t.insert(t.size() - 2, u':');
        ok = rfc3339.match(s).hasMatch() && QDateTime::fromString(t, Qt::ISODateWithMs).isValid();
    } else if (format == QLatin1String("date")) {
        ok = QDate::fromString(s, Qt::ISODate).isValid();
    } else if (format == QLatin1String("uri")) {
        const QUrl u(s);
        ok = u.isValid() && !u.scheme().isEmpty();
    }
    return ok ? QStringList{} : QStringList{QStringLiteral("%1: \"%2\" is not a %3").arg(path, s.left(60), format)};
}

QStringList combined(const QJsonValue &value, const QJsonObject &schema, const QJsonObject *root, const QString &path)
{
    QStringList problems;
    for (const QJsonValue &s : schema.value(QLatin1String("allOf")).toArray())
        problems << validate(value, s.toObject(), root, path);
    for (const char *key : {"anyOf", "oneOf"}) {
        const QJsonArray branches = schema.value(QLatin1String(key)).toArray();
        if (branches.isEmpty())
            continue;
        int matching = 0;
        QStringList first;
        for (const QJsonValue &s : branches) {
            const QStringList p = validate(value, s.toObject(), root, path);
            matching += p.isEmpty();
            if (first.isEmpty())
                first = p;
        }
        if (matching == 0)
            problems << QStringLiteral("%1: matches none of %2 (the first says: %3)").arg(path, QLatin1String(key), first.join(QLatin1String("; ")));
        else if (matching > 1 && qstrcmp(key, "oneOf") == 0)
            problems << QStringLiteral("%1: matches %2 branches of oneOf").arg(path).arg(matching);
    }
    return problems;
}

} // namespace

QStringList validateJson(const QJsonValue &value, const QJsonObject &schema, const QString &path)
{
    return validate(value, schema, nullptr, path);
}

QStringList validateOpenApi(const QJsonValue &value, const QJsonObject &schema, const QJsonObject &root, const QString &path)
{
    return validate(value, schema, &root, path);
}

namespace {

QStringList validate(const QJsonValue &value, const QJsonObject &schema, const QJsonObject *root, const QString &path)
{
    if (root && schema.contains(QLatin1String("$ref"))) // OpenAPI 3.0: siblings of $ref are ignored
        return validate(value, resolve(*root, schema.value(QLatin1String("$ref")).toString()), root, path);
    // nullable on the schema, or (Asana's way) on a branch of its allOf.
    if (root && value.isNull()) {
        bool nullable = schema.value(QLatin1String("nullable")).toBool();
        for (const QJsonValue &s : schema.value(QLatin1String("allOf")).toArray())
            nullable = nullable || s.toObject().value(QLatin1String("nullable")).toBool();
        if (nullable)
            return {};
    }
    QStringList problems;
    if (root) {
        problems << combined(value, schema, root, path);
        if (schema.contains(QLatin1String("format")))
            problems << formatProblem(value, schema.value(QLatin1String("format")).toString(), path);
    }
    const QString actual = typeOf(value);
    if (schema.contains(QLatin1String("type"))) {
        const QJsonValue t = schema.value(QLatin1String("type"));
        QStringList wanted;
        if (t.isArray())
            for (const QJsonValue &w : t.toArray())
                wanted << w.toString();
        else
            wanted << t.toString();
        bool ok = false;
        for (const QString &w : std::as_const(wanted))
            ok = ok || typeMatches(actual, w);
        if (!ok)
            return {QStringLiteral("%1: expected %2, got %3").arg(path, wanted.join(QStringLiteral(" or ")), actual)};
    }
    if (value.isDouble() && schema.contains(QLatin1String("minimum")) && value.toDouble() < schema.value(QLatin1String("minimum")).toDouble())
        problems << QStringLiteral("%1: %2 is less than the minimum %3").arg(path).arg(value.toDouble()).arg(schema.value(QLatin1String("minimum")).toDouble());
    if (value.isDouble() && schema.contains(QLatin1String("maximum")) && value.toDouble() > schema.value(QLatin1String("maximum")).toDouble())
        problems << QStringLiteral("%1: %2 is more than the maximum %3").arg(path).arg(value.toDouble()).arg(schema.value(QLatin1String("maximum")).toDouble());
    if (schema.contains(QLatin1String("enum")) && !schema.value(QLatin1String("enum")).toArray().contains(value))
        problems << QStringLiteral("%1: %2 is not one of %3")
                        .arg(path, QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)),
                             QString::fromUtf8(QJsonDocument(schema.value(QLatin1String("enum")).toArray()).toJson(QJsonDocument::Compact)));
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        const QJsonObject properties = schema.value(QLatin1String("properties")).toObject();
        for (const QJsonValue &r : schema.value(QLatin1String("required")).toArray())
            if (!o.contains(r.toString()))
                problems << QStringLiteral("%1: lacks \"%2\"").arg(path, r.toString());
        const QJsonValue additional = schema.value(QLatin1String("additionalProperties"));
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString at = path + u'.' + it.key();
            if (properties.contains(it.key()))
                problems << validate(it.value(), properties.value(it.key()).toObject(), root, at);
            else if (additional.isBool() && !additional.toBool())
                problems << QStringLiteral("%1: not in the schema").arg(at);
            else if (additional.isObject())
                problems << validate(it.value(), additional.toObject(), root, at);
        }
    }
    if (value.isArray() && schema.contains(QLatin1String("items"))) {
        const QJsonArray a = value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            problems << validate(a.at(i), schema.value(QLatin1String("items")).toObject(), root, QStringLiteral("%1[%2]").arg(path).arg(i));
    }
    return problems;
}

} // namespace

QJsonObject loadSchema(const QString &name)
{
    QFile f(QStringLiteral(CAIRN_SOURCE_DIR "/docs/schemas/") + name + QStringLiteral(".schema.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("no schema %s", qPrintable(f.fileName()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
    if (!doc.isObject())
        qFatal("%s: %s", qPrintable(f.fileName()), qPrintable(error.errorString()));
    return doc.object();
}

namespace {
QStringList registryProblems(const QString &schema, const QJsonValue &v, bool allSources, const QString &path = QStringLiteral("$"))
{
    const QStringList sources = cairn::Settings::sources();
    QStringList problems;
    if (schema == QLatin1String("status") && path == QLatin1String("$")) {
        const QStringList keys = v.toObject().keys();
        for (const QString &key : keys) {
            if (!sources.contains(key))
                problems << QStringLiteral("$.%1: not a registered source").arg(key);
            else
                problems << validateJson(v[key], loadSchema(QStringLiteral("status/") + key), QStringLiteral("$.") + key);
        }
        if (allSources && QSet<QString>(keys.cbegin(), keys.cend()) != QSet<QString>(sources.cbegin(), sources.cend()))
            problems << QStringLiteral("$: %1, not every registered source (%2)").arg(keys.join(u','), sources.join(u','));
        return problems;
    }
    if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            problems << registryProblems(schema, a.at(i), allSources, QStringLiteral("%1[%2]").arg(path).arg(i));
        return problems;
    }
    const QJsonObject o = v.toObject();
    if ((schema == QLatin1String("sync") || schema == QLatin1String("history")) && o.contains(QLatin1String("started_at"))) {
        // A run: what its schema does not name are its source's counters (run/<source>.schema.json).
        const QJsonObject whole = loadSchema(schema);
        const QJsonObject generic = (schema == QLatin1String("sync") ? whole[QLatin1String("additionalProperties")]
                                                                      : whole[QLatin1String("items")])[QLatin1String("properties")].toObject();
        QJsonObject own;
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!generic.contains(it.key()))
                own.insert(it.key(), it.value());
        const QString source = o[QLatin1String("source")].toString();
        if (sources.contains(source))
            problems << validateJson(own, loadSchema(QStringLiteral("run/") + source), path);
    }
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString at = path + u'.' + it.key();
        const QString text = it.value().toString();
        if (it.key() == QLatin1String("source") && it.value().isString() && !sources.contains(text)
            && !(schema == QLatin1String("config-list") && text.isEmpty()))
            problems << at + QStringLiteral(": \"%1\" is not a registered source").arg(text);
        else if (it.key() == QLatin1String("kind") && it.value().isString()) {
            QStringList kinds;
            for (const cairn::SearchIndex::Kind k : cairn::SearchIndex::kinds())
                kinds << cairn::SearchIndex::kindName(k);
            if (!kinds.contains(text))
                problems << at + QStringLiteral(": \"%1\" is not a registered search kind").arg(text);
        } else if (it.value().isObject() || it.value().isArray()) {
            problems << registryProblems(schema, it.value(), allSources, at);
        }
    }
    return problems;
}
} // namespace

QStringList validateCliJson(const QString &schema, const QJsonValue &value, bool allSources)
{
    return validateJson(value, loadSchema(schema)) + registryProblems(schema, value, allSources);
}

} // namespace cairn::test
