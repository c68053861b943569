// /_admin/: ground truth, mutations, faults, clock and request counts (JSON in and out).
#include "sim/CloudSimulator.h"

#include <QJsonArray>

namespace sim {

namespace {
QJsonArray toArray(const QStringList &l)
{
    return QJsonArray::fromStringList(l);
}
} // namespace

HttpReply CloudSimulator::handleAdmin(const HttpRequest &r)
{
    bool ok = true;
    const QJsonObject body = r.json(&ok);
    if (!ok)
        return HttpReply::adminError(400, QStringLiteral("body must be a JSON object"));
    const QString path = r.path;
    const QByteArray &m = r.method;

    if (path.startsWith(QLatin1String("/_admin/truth/")) && m == "GET") {
        const QString source = path.mid(int(qstrlen("/_admin/truth/")));
        if (source != QLatin1String("google") && source != QLatin1String("asana") && source != QLatin1String("github")
            && source != QLatin1String("jira"))
            return HttpReply::adminError(404, QStringLiteral("unknown source: ") + source);
        return HttpReply::json(200, groundTruth(source));
    }
    if (path == QLatin1String("/_admin/google/mutate") && m == "POST") {
        const QString op = body.value(QStringLiteral("op")).toString();
        const QString name = body.value(QStringLiteral("resourceName")).toString();
        const bool hasCount = body.contains(QStringLiteral("count"));
        const int count = body.value(QStringLiteral("count")).toInt(1);
        if (count < 0 || count > 1000000)
            return HttpReply::adminError(400, QStringLiteral("count out of range"));
        QStringList changed;
        if (op == QLatin1String("add")) {
            changed = m_google->addContacts(count);
        } else if (op == QLatin1String("modify") || op == QLatin1String("delete")) {
            const bool modify = op == QLatin1String("modify");
            if (!name.isEmpty()) {
                if (!(modify ? m_google->modifyContact(name) : m_google->deleteContact(name)))
                    return HttpReply::adminError(404, QStringLiteral("no live contact ") + name);
                changed << name;
            } else if (hasCount) {
                changed = modify ? m_google->modifyRandom(count) : m_google->deleteRandom(count);
            } else {
                return HttpReply::adminError(400, QStringLiteral("resourceName or count required"));
            }
        } else if (op == QLatin1String("add_person")) { // a contact with exactly these names (any text)
            changed << m_google->addPerson(body.value(QStringLiteral("givenName")).toString(),
                                           body.value(QStringLiteral("familyName")).toString(),
                                           body.value(QStringLiteral("email")).toString());
        } else if (op == QLatin1String("random")) {
            changed = m_google->randomChanges(count);
        } else if (op == QLatin1String("add_group")) {
            changed << m_google->addGroup(body.value(QStringLiteral("name")).toString());
        } else if (op == QLatin1String("rename_group")) {
            if (!m_google->renameGroup(name, body.value(QStringLiteral("name")).toString()))
                return HttpReply::adminError(404, QStringLiteral("no live user group ") + name);
            changed << name;
        } else if (op == QLatin1String("delete_group")) {
            if (!m_google->deleteGroup(name))
                return HttpReply::adminError(404, QStringLiteral("no live user group ") + name);
            changed << name;
        } else {
            return HttpReply::adminError(400, QStringLiteral("unknown op: ") + op);
        }
        return HttpReply::json(200, {{QStringLiteral("changed"), toArray(changed)}});
    }
    if (path == QLatin1String("/_admin/asana/mutate") && m == "POST")
        return handleAsanaAdmin(body);
    if (path == QLatin1String("/_admin/github/mutate") && m == "POST")
        return handleGitHubAdmin(body);
    if (path == QLatin1String("/_admin/jira/mutate") && m == "POST")
        return handleJiraAdmin(body);
    if (path == QLatin1String("/_admin/faults")) {
        if (m == "DELETE") {
            m_faults.clear();
            return HttpReply::json(200, {{QStringLiteral("cleared"), true}});
        }
        if (m == "GET") {
            QJsonArray list;
            for (const Fault &f : m_faults.pending())
                list.append(f.toJson());
            return HttpReply::json(200, {{QStringLiteral("faults"), list}});
        }
        if (m == "POST") {
            QString error;
            QList<QJsonObject> items;
            if (body.value(QStringLiteral("faults")).isArray()) {
                const QJsonArray many = body.value(QStringLiteral("faults")).toArray();
                for (const QJsonValue &v : many)
                    items << v.toObject();
            } else {
                items << body;
            }
            for (const QJsonObject &o : items) {
                const auto fault = Fault::fromJson(o, &error);
                if (!fault)
                    return HttpReply::adminError(400, error);
                m_faults.add(*fault);
            }
            return HttpReply::json(200, {{QStringLiteral("queued"), m_faults.size()}});
        }
    }
    if (path == QLatin1String("/_admin/clock")) {
        if (m == "POST") {
            m_clock.advance(qint64(body.value(QStringLiteral("advance_seconds")).toDouble(0)));
        } else if (m != "GET") {
            return HttpReply::adminError(405, QStringLiteral("GET or POST"));
        }
        return HttpReply::json(200, {{QStringLiteral("now"), m_clock.now().toString(Qt::ISODateWithMs)},
                                     {QStringLiteral("offset_seconds"), double(m_clock.offsetMs()) / 1000.0}});
    }
    // POST starts a log of every API GET; GET hands it over ({"log": ["path?query", ...]}) and stops it.
    if (path == QLatin1String("/_admin/requests/log")) {
        if (m == "POST") {
            startRequestLog();
            return HttpReply::json(200, {{QStringLiteral("logging"), true}});
        }
        if (m == "GET")
            return HttpReply::json(200, {{QStringLiteral("log"), QJsonArray::fromStringList(takeRequestLog())}});
    }
    // The latency model (sim/Latency.h): GET its settings, POST {"scale": x} to change it;
    // POST …/journal starts a journal of every API answer with its delay, GET hands it over.
    if (path == QLatin1String("/_admin/latency")) {
        if (m == "POST") {
            const double scale = body.value(QStringLiteral("scale")).toDouble(-1);
            if (scale < 0 || scale > 100)
                return HttpReply::adminError(400, QStringLiteral("scale must be a number in 0..100"));
            m_latency.setScale(scale);
        } else if (m != "GET") {
            return HttpReply::adminError(405, QStringLiteral("GET or POST"));
        }
        return HttpReply::json(200, m_latency.describe());
    }
    if (path == QLatin1String("/_admin/latency/journal")) {
        if (m == "POST") {
            m_latency.startJournal();
            return HttpReply::json(200, {{QStringLiteral("journalling"), true}});
        }
        if (m == "GET")
            return HttpReply::json(200, {{QStringLiteral("entries"), m_latency.takeJournal()}});
    }
    if (path == QLatin1String("/_admin/requests")) {
        if (m == "DELETE") {
            resetRequestCounts();
            return HttpReply::json(200, requestCounts());
        }
        if (m == "GET")
            return HttpReply::json(200, requestCounts());
    }
    return HttpReply::adminError(404, QStringLiteral("no admin endpoint ") + QString::fromLatin1(m) + u' ' + path);
}

} // namespace sim
