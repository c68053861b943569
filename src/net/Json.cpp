#include "Json.h"
#include "Error.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace cairn::json {

namespace {
[[noreturn]] void wrongType(QLatin1String key, const char *expected, const QString &what)
{
    throw Error(Error::Kind::BadResponse,
                QCoreApplication::translate("cairn::json", "unexpected answer from %1: \"%2\" is not %3")
                    .arg(what, QString(key), QCoreApplication::translate("cairn::json", expected)));
}

// The body as a JSON document, or Error(BadResponse) saying where it broke.
QJsonDocument parseDocument(const QByteArray &body, const QString &what)
{
    QJsonParseError err{};
    QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError)
        throw Error(Error::Kind::BadResponse,
                    QCoreApplication::translate("cairn::json", "malformed JSON from %1 (%2 at byte %3 of %4)")
                        .arg(what, err.errorString())
                        .arg(err.offset)
                        .arg(body.size()));
    return doc;
}
} // namespace

QJsonObject parseObject(const QByteArray &body, const QString &what)
{
    const QJsonDocument doc = parseDocument(body, what);
    if (!doc.isObject())
        throw Error(Error::Kind::BadResponse,
                    QCoreApplication::translate("cairn::json", "unexpected answer from %1: not a JSON object").arg(what));
    return doc.object();
}

QJsonArray parseArrayOfObjects(const QByteArray &body, const QString &what)
{
    const QJsonDocument doc = parseDocument(body, what);
    if (!doc.isArray())
        throw Error(Error::Kind::BadResponse,
                    QCoreApplication::translate("cairn::json", "unexpected answer from %1: not a JSON list").arg(what));
    const QJsonArray a = doc.array();
    for (const QJsonValue &v : a)
        if (!v.isObject())
            throw Error(Error::Kind::BadResponse,
                        QCoreApplication::translate("cairn::json", "unexpected answer from %1: an item of the list is not an object").arg(what));
    return a;
}

QString string(const QJsonObject &o, QLatin1String key, const QString &what)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isString())
        wrongType(key, QT_TRANSLATE_NOOP("cairn::json", "a string"), what);
    return v.toString();
}

QJsonArray array(const QJsonObject &o, QLatin1String key, const QString &what)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isArray())
        wrongType(key, QT_TRANSLATE_NOOP("cairn::json", "a list"), what);
    return v.toArray();
}

QJsonObject object(const QJsonObject &o, QLatin1String key, const QString &what)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isObject())
        wrongType(key, QT_TRANSLATE_NOOP("cairn::json", "an object"), what);
    return v.toObject();
}

bool boolean(const QJsonObject &o, QLatin1String key, const QString &what)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return false;
    if (!v.isBool())
        wrongType(key, QT_TRANSLATE_NOOP("cairn::json", "true or false"), what);
    return v.toBool();
}

} // namespace cairn::json
