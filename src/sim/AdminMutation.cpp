#include "sim/AdminMutation.h"

namespace sim {

AdminMutation::AdminMutation(const QJsonObject &body, int maxCount)
    : m_body(body)
    , m_op(adminField(body, "op"))
    , m_count(body.value(QLatin1String("count")).toInt(1))
    , m_maxCount(maxCount)
{
}

HttpReply AdminMutation::run(const QString &missing, std::initializer_list<Op> ops)
{
    if (m_count < 0 || m_count > m_maxCount)
        return HttpReply::adminError(400, QStringLiteral("count out of range"));
    const Op *op = nullptr;
    for (const Op &o : ops)
        if (m_op == QLatin1String(o.name))
            op = &o;
    if (!op)
        return HttpReply::adminError(400, QStringLiteral("unknown op: ") + m_op);
    op->run();
    if (m_answer)
        return *m_answer;
    if (!m_ok)
        return HttpReply::adminError(404, QStringLiteral("%1: no such %2").arg(m_op, missing));
    return HttpReply::json(200, {{QStringLiteral("changed"), m_changed}});
}

} // namespace sim
