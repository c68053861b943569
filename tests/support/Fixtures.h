#pragma once
#include <QByteArray>
#include <QJsonObject>
#include <QStringList>

namespace cairn::test {

// tests/fixtures/<service>/<name> of the source tree: the services' answers, recorded or
// written from their reference examples (each folder's README says which). A missing or
// unreadable file stops the test.
QByteArray fixtureBytes(const QString &service, const QString &name);
QJsonObject fixtureObject(const QString &service, const QString &name);

// What the committed description of `service` (tests/contract/specs/<service>.json) finds
// wrong with `body` as the answer `status` to `method pathAndQuery` (path as the description
// writes it, without the server's base; the query, the request's body and the answer are all
// checked). An operation or a status the description lacks is a violation as well, so that
// a fixture cannot quietly leave what the description covers. Empty when it all fits.
QStringList fixtureViolations(const QString &service, const QByteArray &method, const QString &pathAndQuery, int status,
                              const QByteArray &body, const QByteArray &requestBody = {});

// `value` against the description's #/components/schemas/<schemaName>.
QStringList schemaViolations(const QString &service, const QJsonValue &value, const QString &schemaName);

} // namespace cairn::test
