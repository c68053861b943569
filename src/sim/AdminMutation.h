// POST /_admin/<id>/mutate {"op": …, "count"?: …, …}, the frame each service's mutate() fills
// with its ops: `count` (default 1) out of range is 400 "count out of range", an op it does not
// know 400 "unknown op: <op>", an op whose target is not there 404 "<op>: no such <missing>";
// else {"changed": [what the op touched]} — or the answer the op gave itself.
// Not thread-safe: use it from the thread the CloudSimulator lives in.
#pragma once

#include "sim/HttpTypes.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <functional>
#include <initializer_list>
#include <optional>

namespace sim {

class AdminMutation
{
public:
    // One op: its name, and what it does (through the AdminMutation it was run by).
    struct Op
    {
        const char *name;
        std::function<void()> run;
    };

    AdminMutation(const QJsonObject &body, int maxCount);

    const QJsonObject &body() const { return m_body; }
    QString field(const char *key) const { return adminField(m_body, key); }
    int count() const { return m_count; }

    // What the op touched, in the answer's "changed".
    void changed(const QJsonValue &what) { m_changed.append(what); }
    template<class List>
    void changedAll(const List &all)
    {
        for (const auto &what : all)
            m_changed.append(what);
    }
    // `done` false: its target was not there (the answer is the 404); `what` listed either way.
    void attempted(bool done, const QJsonValue &what)
    {
        require(done);
        changed(what);
    }
    void require(bool done) { m_ok = m_ok && done; }
    bool ok() const { return m_ok; }
    // The op's own answer instead of "changed" (an error, or what it was asked for).
    void answer(HttpReply reply) { m_answer = std::move(reply); }

    // Runs the op the body names among `ops`; `missing` names what a failed one did not find
    // ("live task or project").
    HttpReply run(const QString &missing, std::initializer_list<Op> ops);

private:
    const QJsonObject &m_body;
    QString m_op;
    int m_count = 1;
    int m_maxCount = 0;
    QJsonArray m_changed;
    bool m_ok = true;
    std::optional<HttpReply> m_answer;
};

} // namespace sim
