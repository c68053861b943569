// The HTTP side of GoogleService: connections.list and contactGroups.list with Google's
// paging, field masks, sync tokens and error bodies.
#include "sim/google/GooglePersonJson.h"
#include "sim/google/GoogleService.h"
#include "sim/SimClock.h"
#include "sim/TokenCodec.h"

#include <QRegularExpression>

#include <algorithm>
#include <limits>

namespace sim {

namespace {

constexpr qint64 kTokenLifetimeMs = 7ll * 24 * 3600 * 1000;

enum Mode : quint64 { FullAscending = 0, FullDescending = 1, FullByName = 2, Incremental = 3 };

HttpReply invalidArgument(const QString &message)
{
    return GoogleService::error(400, QStringLiteral("INVALID_ARGUMENT"), message);
}

HttpReply parameterMismatch()
{
    return invalidArgument(QStringLiteral("Parameters in the request must match the parameters of the first request"));
}

bool parseBool(const QString &text, bool *value)
{
    const QString t = text.toLower();
    if (t.isEmpty() || t == QLatin1String("true") || t == QLatin1String("1")) {
        *value = true;
        return true;
    }
    if (t == QLatin1String("false") || t == QLatin1String("0")) {
        *value = false;
        return true;
    }
    return false;
}

// Validates pageSize (1..max, default def); nullopt + error reply when bad.
std::optional<int> pageSizeOf(const HttpRequest &r, int def, int max, HttpReply *error)
{
    if (!r.hasQuery(QStringLiteral("pageSize")))
        return def;
    bool ok = false;
    const int n = r.queryValue(QStringLiteral("pageSize")).toInt(&ok);
    if (!ok || n < 0 || n > max) {
        *error = invalidArgument(QStringLiteral("Invalid pageSize: must be between 1 and %1.").arg(max));
        return std::nullopt;
    }
    return n == 0 ? def : n;
}

} // namespace

std::optional<HttpReply> GoogleService::readSyncToken(const QString &token, char kind, quint64 *sequence) const
{
    const auto t = decodeToken(token, kind);
    if (!t || t->values.size() != 2)
        return invalidArgument(QStringLiteral("Request contains an invalid argument: sync token is invalid."));
    *sequence = t->values[0];
    if (m_clock.nowMs() - qint64(t->values[1]) > kTokenLifetimeMs) {
        const int code = m_options.expiredTokenAs410 ? 410 : 400;
        return GoogleService::error(code, QStringLiteral("FAILED_PRECONDITION"),
                                    QStringLiteral("Sync token is expired. Clear local cache and retry call without the sync token."),
                                    QStringLiteral("EXPIRED_SYNC_TOKEN"), QStringLiteral("people.googleapis.com"));
    }
    return std::nullopt;
}

HttpReply GoogleService::handle(const HttpRequest &request)
{
    if (request.method == "GET" && request.path == QLatin1String("/google/v1/people/me/connections"))
        return listConnections(request);
    if (request.method == "GET" && request.path == QLatin1String("/google/v1/contactGroups"))
        return listContactGroups(request);
    // The writes (GoogleWrites.cpp): people.createContact, updateContact, deleteContact and
    // contactGroups.members.modify, at their paths ("v1/{+resourceName}:updateContact").
    static const QRegularExpression personCall(QStringLiteral("^/google/v1/(people/[^/:]+):(updateContact|deleteContact)$"));
    static const QRegularExpression membersCall(QStringLiteral("^/google/v1/(contactGroups/[^/:]+)/members:modify$"));
    // people.get ("v1/{+resourceName}"), which Cairn calls before an edit.
    static const QRegularExpression personGet(QStringLiteral("^/google/v1/(people/[^/:]+)$"));
    if (const QRegularExpressionMatch m = personGet.match(request.path); m.hasMatch() && request.method == "GET")
        return getPerson(request, m.captured(1));
    if (request.method == "POST" && request.path == QLatin1String("/google/v1/people:createContact"))
        return createContact(request);
    if (const QRegularExpressionMatch m = personCall.match(request.path); m.hasMatch()) {
        if (request.method == "PATCH" && m.captured(2) == QLatin1String("updateContact"))
            return updateContact(request, m.captured(1));
        if (request.method == "DELETE" && m.captured(2) == QLatin1String("deleteContact"))
            return deleteContactCall(request, m.captured(1));
    }
    if (const QRegularExpressionMatch m = membersCall.match(request.path); m.hasMatch() && request.method == "POST")
        return modifyMembers(request, m.captured(1));
    return GoogleService::error(404, QStringLiteral("NOT_FOUND"), QStringLiteral("Requested entity was not found."));
}

HttpReply GoogleService::listConnections(const HttpRequest &r)
{
    // personFields: required, known paths only
    const QString fieldsText = r.queryValue(QStringLiteral("personFields"));
    QString badPath;
    const auto mask = parsePersonFields(fieldsText, &badPath);
    if (!mask) {
        if (badPath.isEmpty())
            return invalidArgument(QStringLiteral(
                "personFields mask is required. Please specify one or more valid paths. Valid paths are "
                "documented at https://developers.google.com/people/api/rest/v1/people/connections/list."));
        return invalidArgument(QStringLiteral("Invalid personFields mask path: \"%1\". Valid paths are documented at "
                                              "https://developers.google.com/people/api/rest/v1/people/connections/list.")
                                   .arg(badPath));
    }
    HttpReply error;
    const auto pageSize = pageSizeOf(r, 100, 1000, &error);
    if (!pageSize)
        return error;
    bool requestSyncToken = false;
    if (r.hasQuery(QStringLiteral("requestSyncToken"))
        && !parseBool(r.queryValue(QStringLiteral("requestSyncToken")), &requestSyncToken))
        return invalidArgument(QStringLiteral("Invalid value at 'request_sync_token' (TYPE_BOOL)"));
    QStringList sources = r.query.allQueryItemValues(QStringLiteral("sources"), QUrl::FullyDecoded);
    static const QStringList knownSources{QStringLiteral("READ_SOURCE_TYPE_CONTACT"), QStringLiteral("READ_SOURCE_TYPE_PROFILE"),
                                          QStringLiteral("READ_SOURCE_TYPE_DOMAIN_CONTACT"),
                                          QStringLiteral("READ_SOURCE_TYPE_OTHER_CONTACT")};
    for (const QString &s : sources) {
        if (!knownSources.contains(s))
            return invalidArgument(QStringLiteral("Invalid value at 'sources' (type.googleapis.com/google.apps.people.v1.ReadSourceType), \"%1\"").arg(s));
    }
    std::sort(sources.begin(), sources.end());
    const QString sortOrder = r.queryValue(QStringLiteral("sortOrder"));
    static const QStringList knownOrders{QStringLiteral("LAST_MODIFIED_ASCENDING"), QStringLiteral("LAST_MODIFIED_DESCENDING"),
                                         QStringLiteral("FIRST_NAME_ASCENDING"), QStringLiteral("LAST_NAME_ASCENDING")};
    if (!sortOrder.isEmpty() && !knownOrders.contains(sortOrder))
        return invalidArgument(QStringLiteral("Invalid value at 'sort_order' (type.googleapis.com/google.apps.people.v1.ListConnectionsRequest.SortOrder), \"%1\"").arg(sortOrder));

    // syncToken: garbage -> INVALID_ARGUMENT, older than 7 days -> EXPIRED_SYNC_TOKEN
    const QString syncToken = r.queryValue(QStringLiteral("syncToken"));
    quint64 tokenSeq = 0;
    const bool incremental = !syncToken.isEmpty();
    if (incremental) {
        if (std::optional<HttpReply> refused = readSyncToken(syncToken, 'S', &tokenSeq))
            return *refused;
    }
    const bool syncRequested = incremental || requestSyncToken;
    quint64 mode = incremental ? Incremental : FullAscending;
    if (!syncRequested && sortOrder == QLatin1String("LAST_MODIFIED_DESCENDING"))
        mode = FullDescending;
    else if (!syncRequested && (sortOrder == QLatin1String("FIRST_NAME_ASCENDING") || sortOrder == QLatin1String("LAST_NAME_ASCENDING")))
        mode = FullByName;

    const quint64 params = fingerprint(canonicalPersonFields(*mask) + u'|' + QString::number(*pageSize) + u'|'
                                       + sources.join(u',') + u'|' + syncToken + u'|'
                                       + (requestSyncToken ? u'1' : u'0') + u'|' + sortOrder);
    // pageToken: [mode, cursor, startSeq, params]
    quint64 cursor = mode == FullDescending ? std::numeric_limits<quint64>::max() : (incremental ? tokenSeq : 0);
    quint64 startSeq = m_seq;
    const QString pageToken = r.queryValue(QStringLiteral("pageToken"));
    if (!pageToken.isEmpty()) {
        const auto t = decodeToken(pageToken, 'P');
        if (!t || t->values.size() != 4)
            return invalidArgument(QStringLiteral("Request contains an invalid argument: page token is invalid."));
        if (t->values[3] != params || t->values[0] != mode)
            return parameterMismatch();
        cursor = t->values[1];
        startSeq = t->values[2];
    }

    // collect the page
    std::vector<const GContact *> page;
    page.reserve(size_t(*pageSize));
    bool more = false;
    quint64 lastCursor = cursor;
    int total = 0;
    if (mode == FullAscending || mode == Incremental) {
        for (auto it = m_bySeq.upper_bound(cursor); it != m_bySeq.end(); ++it) {
            const GContact &c = m_contacts[size_t(it->second)];
            if (c.deleted && mode != Incremental)
                continue;
            if (int(page.size()) == *pageSize) {
                more = true;
                break;
            }
            page.push_back(&c);
            lastCursor = it->first;
        }
        if (mode == Incremental) {
            for (auto it = m_bySeq.upper_bound(tokenSeq); it != m_bySeq.end(); ++it)
                ++total;
        } else {
            total = liveCount();
        }
    } else if (mode == FullDescending) {
        auto it = m_bySeq.lower_bound(cursor);
        while (it != m_bySeq.begin()) {
            --it;
            const GContact &c = m_contacts[size_t(it->second)];
            if (c.deleted)
                continue;
            if (int(page.size()) == *pageSize) {
                more = true;
                break;
            }
            page.push_back(&c);
            lastCursor = it->first;
        }
        total = liveCount();
    } else {
        const bool byFirst = sortOrder == QLatin1String("FIRST_NAME_ASCENDING");
        std::vector<const GContact *> all;
        all.reserve(m_live.size());
        for (const GContact &c : m_contacts) {
            if (!c.deleted)
                all.push_back(&c);
        }
        std::stable_sort(all.begin(), all.end(), [byFirst](const GContact *a, const GContact *b) {
            const QString &ka = byFirst ? a->givenName : a->familyName;
            const QString &kb = byFirst ? b->givenName : b->familyName;
            return ka < kb;
        });
        const size_t from = std::min<size_t>(all.size(), size_t(cursor));
        const size_t to = std::min<size_t>(all.size(), from + size_t(*pageSize));
        page.assign(all.begin() + qsizetype(from), all.begin() + qsizetype(to));
        more = to < all.size();
        lastCursor = to;
        total = int(all.size());
    }

    // write it (compact, in the recorded responses' key order)
    QByteArray body;
    body.reserve(qsizetype(page.size()) * 1200 + 256);
    body += '{';
    if (!page.empty()) {
        body += "\"connections\":[";
        for (size_t i = 0; i < page.size(); ++i) {
            if (i)
                body += ',';
            body += page[i]->deleted ? tombstoneJson(*page[i]) : personJson(*page[i], *mask);
        }
        body += "],";
    }
    if (more)
        body += "\"nextPageToken\":\"" + encodeToken({'P', {mode, lastCursor, startSeq, params}}).toLatin1() + "\",";
    if (!more && syncRequested)
        body += "\"nextSyncToken\":\"" + encodeToken({'S', {startSeq, quint64(m_clock.nowMs())}}).toLatin1() + "\",";
    if (total > 0)
        body += "\"totalPeople\":" + QByteArray::number(total) + ",\"totalItems\":" + QByteArray::number(total) + ',';
    if (body.endsWith(','))
        body.chop(1);
    body += '}';
    return HttpReply::rawJson(200, std::move(body));
}

HttpReply GoogleService::listContactGroups(const HttpRequest &r)
{
    HttpReply error;
    const auto pageSize = pageSizeOf(r, 30, 1000, &error);
    if (!pageSize)
        return error;
    QString fields = r.queryValue(QStringLiteral("groupFields"));
    // "Defaults to `metadata`, `groupType`, `memberCount`, and `name` if not set or set to empty."
    if (fields.isEmpty())
        fields = QStringLiteral("metadata,groupType,memberCount,name");
    QStringList fieldList = fields.split(u',', Qt::SkipEmptyParts);
    for (QString &f : fieldList) {
        f = f.trimmed();
        static const QStringList known{QStringLiteral("clientData"), QStringLiteral("groupType"), QStringLiteral("memberCount"),
                                       QStringLiteral("metadata"), QStringLiteral("name")};
        if (!known.contains(f))
            return invalidArgument(QStringLiteral("Invalid groupFields mask path: \"%1\".").arg(f));
    }
    fieldList.sort();
    const QString syncToken = r.queryValue(QStringLiteral("syncToken"));
    const bool incremental = !syncToken.isEmpty();
    quint64 tokenSeq = 0;
    if (incremental) {
        if (std::optional<HttpReply> refused = readSyncToken(syncToken, 'G', &tokenSeq))
            return *refused;
    }
    const quint64 params = fingerprint(fieldList.join(u',') + u'|' + QString::number(*pageSize) + u'|' + syncToken);
    quint64 offset = 0, startSeq = m_seq, issued = quint64(m_clock.nowMs());
    const QString pageToken = r.queryValue(QStringLiteral("pageToken"));
    if (!pageToken.isEmpty()) {
        const auto t = decodeToken(pageToken, 'Q');
        if (!t || t->values.size() != 4)
            return invalidArgument(QStringLiteral("Request contains an invalid argument: page token is invalid."));
        if (t->values[3] != params)
            return parameterMismatch();
        offset = t->values[0];
        startSeq = t->values[1];
        issued = t->values[2];
    }
    std::vector<const GGroup *> selected;
    for (const GGroup &g : m_groups) {
        if (incremental ? g.seq > tokenSeq : !g.deleted)
            selected.push_back(&g);
    }
    const bool wantMeta = fieldList.contains(QStringLiteral("metadata"));
    const bool wantType = fieldList.contains(QStringLiteral("groupType"));
    const bool wantName = fieldList.contains(QStringLiteral("name"));
    const bool wantCount = fieldList.contains(QStringLiteral("memberCount"));
    QHash<QString, int> counts;
    if (wantCount) {
        for (int index : m_live) {
            for (const QString &id : m_contacts[size_t(index)].groupIds)
                ++counts[id];
        }
    }
    const size_t from = std::min<size_t>(selected.size(), size_t(offset));
    const size_t to = std::min<size_t>(selected.size(), from + size_t(*pageSize));
    JsonWriter w(4096);
    w.beginObject();
    if (to > from) {
        w.key("contactGroups");
        w.beginArray();
        for (size_t i = from; i < to; ++i) {
            const GGroup &g = *selected[i];
            w.beginObject();
            w.field("resourceName", g.resourceName());
            if (!g.system) {
                w.field("etag", g.etag());
                if (wantMeta || g.deleted) {
                    w.key("metadata");
                    w.beginObject();
                    w.field("updateTime", SimClock::isoMicros(g.updateMs, int(g.seq % 1000)));
                    if (g.deleted)
                        w.field("deleted", true);
                    w.endObject();
                }
            }
            if (!g.deleted) {
                if (wantType)
                    w.field("groupType", g.system ? QStringLiteral("SYSTEM_CONTACT_GROUP") : QStringLiteral("USER_CONTACT_GROUP"));
                if (wantName) {
                    w.field("name", g.name);
                    w.field("formattedName", g.formattedName());
                }
                if (wantCount && counts.value(g.id) > 0)
                    w.field("memberCount", counts.value(g.id));
            }
            w.endObject();
        }
        w.endArray();
    }
    if (!selected.empty())
        w.field("totalItems", int(selected.size()));
    if (to < selected.size())
        w.field("nextPageToken", encodeToken({'Q', {quint64(to), startSeq, issued, params}}));
    w.field("nextSyncToken", encodeToken({'G', {startSeq, issued}}));
    w.endObject();
    return HttpReply::rawJson(200, w.take());
}

} // namespace sim
