#include "JsonSchema.h"

#include <QFile>
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

} // namespace

QStringList validateJson(const QJsonValue &value, const QJsonObject &schema, const QString &path)
{
    QStringList problems;
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
                problems << validateJson(it.value(), properties.value(it.key()).toObject(), at);
            else if (additional.isBool() && !additional.toBool())
                problems << QStringLiteral("%1: not in the schema").arg(at);
            else if (additional.isObject())
                problems << validateJson(it.value(), additional.toObject(), at);
        }
    }
    if (value.isArray() && schema.contains(QLatin1String("items"))) {
        const QJsonArray a = value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            problems << validateJson(a.at(i), schema.value(QLatin1String("items")).toObject(), QStringLiteral("%1[%2]").arg(path).arg(i));
    }
    return problems;
}

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

} // namespace cairn::test
