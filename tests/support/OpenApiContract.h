#pragma once
#include <QByteArray>
#include <QJsonObject>
#include <QStringList>
#include <QUrlQuery>

namespace cairn::test {

// One service's OpenAPI description (a subset in tests/contract/specs/, written by
// scripts/extract-specs) as a contract: whether a request is one the description allows (path,
// method, query parameters declared and of their type, required ones present, the JSON body)
// and whether an answer is one it describes (the body of a documented status against its
// schema). JSON Schema through validateOpenApi (JsonSchema.h).
class OpenApiContract
{
public:
    explicit OpenApiContract(const QString &specFile);

    struct Result
    {
        QString operation;      // "GET /repos/{owner}/{repo}/pulls", "" when no path matched
        QStringList request;    // what the request does wrong
        QStringList response;   // what the answer does wrong
        bool undocumentedStatus = false; // the status has no entry (and no default): not checked
    };
    // `path` as the description writes it (without the server's base path).
    Result check(const QByteArray &method, const QString &path, const QUrlQuery &query, const QByteArray &requestBody,
                 int status, const QByteArray &responseBody) const;
    // `value` against the description's schema #/components/schemas/<name> (an error body, say,
    // where a status has no schema of its own); what does not conform, empty when it does.
    QStringList validate(const QJsonValue &value, const QString &schemaName) const;

private:
    QJsonObject resolved(const QJsonValue &maybeRef) const;
    QStringList checkParameterValue(const QString &name, const QStringList &values, const QJsonObject &parameter) const;

    QJsonObject m_root;
};

} // namespace cairn::test
