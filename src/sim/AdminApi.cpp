// /_admin/: ground truth and mutations (each service's), faults, clock, latency and request
// counts (JSON in and out).
#include "sim/CloudSimulator.h"

#include <QJsonArray>

namespace sim {

HttpReply CloudSimulator::handleAdmin(const HttpRequest &r)
{
    bool ok = true;
    const QJsonObject body = r.json(&ok);
    if (!ok)
        return HttpReply::adminError(400, QStringLiteral("body must be a JSON object"));
    const QString path = r.path;
    const QByteArray &m = r.method;

    // Each service's: GET /_admin/truth/<id>, POST /_admin/<id>/mutate.
    if (path.startsWith(QLatin1String("/_admin/truth/")) && m == "GET") {
        const QString source = path.mid(int(qstrlen("/_admin/truth/")));
        const SimService *service = this->service(source);
        if (!service)
            return HttpReply::adminError(404, QStringLiteral("unknown source: ") + source);
        return HttpReply::json(200, service->groundTruth());
    }
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts); // _admin, id, mutate
    if (parts.size() == 3 && parts[2] == QLatin1String("mutate") && m == "POST") {
        if (SimService *service = this->service(parts[1]))
            return service->mutate(body);
    }
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
