// json:: strict helpers: parseObject on any body, then string/array/object/boolean on every
// plain key at every depth, each either the value or a clear one-line BadResponse.
#include "FuzzEntries.h"
#include "Json.h"

#include <QRegularExpression>

using namespace cairn;

namespace {

const QString kWhat = QStringLiteral("Fuzz");

template<typename Read>
bool reads(Read read, fuzz::Checks &checks)
{
    try {
        read();
        return true;
    } catch (const Error &e) {
        checks.expect(e.kind == Error::Kind::BadResponse, QStringLiteral("a json:: error that is not BadResponse"));
        checks.add(fuzz::errorProblem(e));
        return false;
    }
}

void walk(const QJsonObject &o, int depth, fuzz::Checks &checks)
{
    // Callers pass fixed ASCII keys; keys of other shapes are not how the helpers are used.
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_.]{1,40}\\z"));
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!plain.match(it.key()).hasMatch())
            continue;
        const QByteArray latin = it.key().toLatin1();
        const QLatin1String key(latin);
        const QJsonValue v = it.value();
        const bool absent = v.isNull() || v.isUndefined();
        const bool isString = reads([&] { checks.expect(json::string(o, key, kWhat) == v.toString(), QStringLiteral("string() changed ") + it.key()); }, checks);
        const bool isArray = reads([&] { checks.expect(json::array(o, key, kWhat) == v.toArray(), QStringLiteral("array() changed ") + it.key()); }, checks);
        const bool isObject = reads([&] { checks.expect(json::object(o, key, kWhat) == v.toObject(), QStringLiteral("object() changed ") + it.key()); }, checks);
        const bool isBool = reads([&] { checks.expect(json::boolean(o, key, kWhat) == v.toBool(), QStringLiteral("boolean() changed ") + it.key()); }, checks);
        checks.expect(isString == (absent || v.isString()) && isArray == (absent || v.isArray())
                          && isObject == (absent || v.isObject()) && isBool == (absent || v.isBool()),
                      QStringLiteral("a helper accepted a wrong type or refused a right one at ") + it.key());
        if (depth < 64 && v.isObject())
            walk(v.toObject(), depth + 1, checks);
        if (depth < 64 && v.isArray())
            for (const QJsonValue &item : v.toArray())
                if (item.isObject())
                    walk(item.toObject(), depth + 1, checks);
    }
    // A key that is not there reads as the default.
    checks.expect(json::string(o, QLatin1String("\x01missing"), kWhat).isNull(), QStringLiteral("a missing key is not empty"));
}

} // namespace

CAIRN_FUZZ_TARGET(json)
{
    fuzz::Checks checks;
    try {
        walk(json::parseObject(data, kWhat), 0, checks);
    } catch (const Error &e) {
        checks.expect(e.kind == Error::Kind::BadResponse, QStringLiteral("a parse error that is not BadResponse"));
        checks.add(fuzz::errorProblem(e));
    }
    return checks.result();
}
