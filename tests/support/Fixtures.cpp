#include "Fixtures.h"
#include "OpenApiContract.h"

#include <QFile>
#include <QJsonDocument>
#include <QUrl>
#include <QUrlQuery>

namespace cairn::test {

namespace {
OpenApiContract contract(const QString &service)
{
    return OpenApiContract(QStringLiteral(CAIRN_SOURCE_DIR "/tests/contract/specs/%1.json").arg(service));
}
} // namespace

QByteArray fixtureBytes(const QString &service, const QString &name)
{
    QFile f(QStringLiteral(CAIRN_SOURCE_DIR "/tests/fixtures/%1/%2").arg(service, name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s/%s", qPrintable(service), qPrintable(name));
    return f.readAll();
}

QJsonObject fixtureObject(const QString &service, const QString &name)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(fixtureBytes(service, name), &error);
    if (!doc.isObject())
        qFatal("fixture %s/%s is not a JSON object: %s", qPrintable(service), qPrintable(name), qPrintable(error.errorString()));
    return doc.object();
}

QStringList fixtureViolations(const QString &service, const QByteArray &method, const QString &pathAndQuery, int status,
                              const QByteArray &body, const QByteArray &requestBody)
{
    const QUrl url(QStringLiteral("http://fixture") + pathAndQuery);
    const OpenApiContract::Result r = contract(service).check(method, url.path(), QUrlQuery(url), requestBody, status, body);
    QStringList out;
    if (r.operation.isEmpty())
        out << QStringLiteral("%1 %2: no such operation in the description").arg(QString::fromLatin1(method), url.path());
    if (r.undocumentedStatus)
        out << QStringLiteral("%1: status %2 is not in the description").arg(r.operation).arg(status);
    for (const QString &p : r.request)
        out << QStringLiteral("request: ") + p;
    for (const QString &p : r.response)
        out << QStringLiteral("answer: ") + p;
    return out;
}

QStringList schemaViolations(const QString &service, const QJsonValue &value, const QString &schemaName)
{
    return contract(service).validate(value, schemaName);
}

} // namespace cairn::test
