#include "sim/FaultPlan.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sim {

std::optional<Fault> Fault::fromJson(const QJsonObject &o, QString *error)
{
    Fault f;
    f.method = o.value(QStringLiteral("method")).toString().toUpper().toLatin1();
    f.path = o.value(QStringLiteral("path")).toString();
    f.status = o.value(QStringLiteral("status")).toInt(0);
    const QJsonObject headers = o.value(QStringLiteral("headers")).toObject();
    for (auto it = headers.begin(); it != headers.end(); ++it) {
        const QJsonValue v = it.value();
        const QString text = v.isDouble() ? QString::number(v.toDouble()) : v.toString();
        f.headers.append(qMakePair(it.key().toLatin1(), text.toUtf8()));
    }
    const QJsonValue body = o.value(QStringLiteral("body"));
    if (body.isString())
        f.body = body.toString().toUtf8();
    else if (body.isObject())
        f.body = QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    f.delayMs = o.value(QStringLiteral("delay_ms")).toInt(0);
    f.truncate = o.value(QStringLiteral("truncate")).toBool(false);
    f.drop = o.value(QStringLiteral("drop")).toBool(false);
    f.count = o.value(QStringLiteral("count")).toInt(1);
    f.after = o.value(QStringLiteral("after")).toInt(0);
    if (f.status != 0 && (f.status < 100 || f.status > 599)) {
        if (error)
            *error = QStringLiteral("status must be 0 or 100..599");
        return std::nullopt;
    }
    if (f.count < 1 || f.after < 0 || f.delayMs < 0) {
        if (error)
            *error = QStringLiteral("count must be >= 1, after and delay_ms >= 0");
        return std::nullopt;
    }
    return f;
}

QJsonObject Fault::toJson() const
{
    QJsonObject headerObj;
    for (const auto &h : headers)
        headerObj.insert(QString::fromLatin1(h.first), QString::fromUtf8(h.second));
    return {{QStringLiteral("method"), QString::fromLatin1(method)},
            {QStringLiteral("path"), path},
            {QStringLiteral("status"), status},
            {QStringLiteral("headers"), headerObj},
            {QStringLiteral("body"), QString::fromUtf8(body)},
            {QStringLiteral("delay_ms"), delayMs},
            {QStringLiteral("truncate"), truncate},
            {QStringLiteral("drop"), drop},
            {QStringLiteral("count"), count},
            {QStringLiteral("after"), after}};
}

void FaultPlan::add(const Fault &fault)
{
    m_faults.append(fault);
}

void FaultPlan::clear()
{
    m_faults.clear();
}

void FaultPlan::removeIf(const std::function<bool(const Fault &)> &which)
{
    m_faults.removeIf(which);
}

std::optional<Fault> FaultPlan::take(const QByteArray &method, const QString &path)
{
    std::optional<Fault> applied;
    for (qsizetype i = 0; i < m_faults.size();) {
        Fault &f = m_faults[i];
        const bool matches = (f.method.isEmpty() || f.method == method) && path.startsWith(f.path);
        if (!matches) {
            ++i;
            continue;
        }
        if (f.after > 0) {
            --f.after;
            ++i;
            continue;
        }
        if (applied) {
            ++i;
            continue;
        }
        applied = f;
        if (--f.count <= 0) {
            m_faults.removeAt(i);
            continue;
        }
        ++i;
    }
    return applied;
}

} // namespace sim
