// Faults injected into matching requests: an error status with headers and body, a delay,
// a truncated body or a dropped connection, for the next `count` matches after `after`.
#pragma once

#include "sim/HttpTypes.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <functional>
#include <optional>

namespace sim {

struct Fault
{
    QByteArray method;      // "" = any method
    QString path;           // prefix of the request path, "" = any
    int status = 0;         // 0 = pass through (useful with delayMs or truncate)
    HeaderList headers;     // extra headers, e.g. {"Retry-After","1"}
    QByteArray body;        // "" = a default error body in the service's shape
    int delayMs = 0;
    bool truncate = false;  // full Content-Length, half the body, then close
    bool drop = false;      // close without any reply
    int count = 1;          // how many matching requests get it
    int after = 0;          // matching requests to let through first
    // In-process tests only (not in JSON): the client is killed at this request. `onKill` runs
    // before the request is applied, or after it was applied and before its answer is written
    // (`killAfterApply`: the service made the change, the client never learnt it); the
    // connection is then closed without a reply.
    std::function<void(const HttpRequest &request)> onKill;
    bool killAfterApply = false;

    static std::optional<Fault> fromJson(const QJsonObject &o, QString *error);
    QJsonObject toJson() const;
};

class FaultPlan
{
public:
    void add(const Fault &fault);
    void clear();
    // The faults still waiting that `which` picks are dropped.
    void removeIf(const std::function<bool(const Fault &)> &which);
    int size() const { return int(m_faults.size()); }
    QList<Fault> pending() const { return m_faults; }

    // Called once per request. Every matching fault still waiting (`after` > 0) counts the
    // request; the first matching fault that is due is applied and consumed once.
    std::optional<Fault> take(const QByteArray &method, const QString &path);

private:
    QList<Fault> m_faults;
};

} // namespace sim
