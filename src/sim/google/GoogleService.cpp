#include "sim/google/GoogleService.h"
#include "sim/google/GoogleSimService.h"

#include "sim/SimClock.h"
#include "sim/TokenCodec.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QImage>
#include <QJsonArray>
#include <QPainter>
#include <QSet>
#include <algorithm>

namespace sim {

namespace {
constexpr qint64 kBaseTimeMs = 1640995200000; // 2022-01-01T00:00:00Z: first generated updateTime
}

GoogleService::GoogleService(const SimContext &context)
    : LimitedSimService(googleSimService().id, context)
    , m_gen(context.options.seed, context.options.demo)
{
    const Options &options = context.options;
    GGroup my;
    my.id = QStringLiteral("myContacts");
    my.name = my.id;
    my.system = true;
    GGroup starred;
    starred.id = QStringLiteral("starred");
    starred.name = starred.id;
    starred.system = true;
    m_groups = {my, starred};

    qint64 t = kBaseTimeMs;
    for (int i = 0; i < options.contactGroups; ++i) {
        GGroup g;
        g.id = m_gen.hexId();
        g.name = m_gen.groupName(m_groupsCreated++);
        g.seq = ++m_seq;
        t += 1000 * (1 + m_gen.bounded(3600));
        g.updateMs = t;
        m_groups.push_back(g);
    }
    const QStringList groups = userGroupIds();
    const int n = std::max(0, options.contacts);
    m_contacts.reserve(size_t(n));
    m_livePos.reserve(size_t(n));
    m_live.reserve(size_t(n));
    m_byName.reserve(n);
    for (int i = 0; i < n; ++i) {
        GContact c = m_gen.makeContact(groups);
        do {
            c.resourceName = m_gen.resourceNameCandidate();
        } while (m_byName.contains(c.resourceName));
        c.seq = ++m_seq;
        t += 1000 * (1 + m_gen.bounded(600)) + m_gen.bounded(1000);
        c.updateMs = t;
        const int index = int(m_contacts.size());
        m_byName.insert(c.resourceName, index);
        m_bySeq.emplace_hint(m_bySeq.end(), c.seq, index);
        m_livePos.push_back(int(m_live.size()));
        m_live.push_back(index);
        m_contacts.push_back(std::move(c));
    }
}

QStringList GoogleService::userGroupIds() const
{
    QStringList ids;
    for (const GGroup &g : m_groups) {
        if (!g.system && !g.deleted)
            ids << g.id;
    }
    return ids;
}

QStringList GoogleService::userGroupNames() const
{
    QStringList names;
    for (const QString &id : userGroupIds())
        names << QStringLiteral("contactGroups/") + id;
    return names;
}

int GoogleService::indexOf(const QString &resourceName) const
{
    return m_byName.value(resourceName, -1);
}

const GContact *GoogleService::contact(const QString &resourceName) const
{
    const int i = indexOf(resourceName);
    return i < 0 ? nullptr : &m_contacts[size_t(i)];
}

void GoogleService::touch(int index)
{
    GContact &c = m_contacts[size_t(index)];
    m_bySeq.erase(c.seq);
    c.seq = ++m_seq;
    c.updateMs = std::max(m_clock.nowMs(), c.updateMs + 1);
    ++c.revision;
    m_bySeq.emplace_hint(m_bySeq.end(), c.seq, index);
}

void GoogleService::touchGroup(GGroup &g)
{
    g.seq = ++m_seq;
    g.updateMs = std::max(m_clock.nowMs(), g.updateMs + 1);
    ++g.revision;
}

int GoogleService::addOne()
{
    return insertContact(m_gen.makeContact(userGroupIds()));
}

int GoogleService::insertContact(GContact c)
{
    do {
        c.resourceName = m_gen.resourceNameCandidate();
    } while (m_byName.contains(c.resourceName));
    const int index = int(m_contacts.size());
    c.seq = 0;
    m_byName.insert(c.resourceName, index);
    m_livePos.push_back(int(m_live.size()));
    m_live.push_back(index);
    m_contacts.push_back(std::move(c));
    touch(index);
    m_contacts[size_t(index)].revision = 0;
    return index;
}

void GoogleService::kill(int index)
{
    GContact &c = m_contacts[size_t(index)];
    c.deleted = true;
    const int pos = m_livePos[size_t(index)];
    const int last = m_live.back();
    m_live[size_t(pos)] = last;
    m_livePos[size_t(last)] = pos;
    m_live.pop_back();
    m_livePos[size_t(index)] = -1;
    touch(index);
}

QStringList GoogleService::addContacts(int count)
{
    QStringList out;
    for (int i = 0; i < count; ++i)
        out << m_contacts[size_t(addOne())].resourceName;
    return out;
}

QString GoogleService::addPerson(const QString &given, const QString &family, const QString &email)
{
    GContact &c = m_contacts[size_t(addOne())];
    c.honorificPrefix.clear();
    c.middleName.clear();
    c.honorificSuffix.clear();
    c.givenName = given;
    c.familyName = family;
    c.familyFirst = false;
    c.emails = {GValue{email, QStringLiteral("work")}};
    return c.resourceName;
}

bool GoogleService::modifyContact(const QString &resourceName)
{
    const int i = indexOf(resourceName);
    if (i < 0 || m_contacts[size_t(i)].deleted)
        return false;
    m_gen.mutate(m_contacts[size_t(i)], userGroupIds());
    touch(i);
    return true;
}

bool GoogleService::deleteContact(const QString &resourceName)
{
    const int i = indexOf(resourceName);
    if (i < 0 || m_contacts[size_t(i)].deleted)
        return false;
    kill(i);
    return true;
}

QStringList GoogleService::modifyRandom(int count)
{
    QStringList out;
    QSet<int> seen;
    count = std::min(count, liveCount());
    while (out.size() < count) {
        const int index = m_live[size_t(m_gen.bounded(int(m_live.size())))];
        if (seen.contains(index))
            continue;
        seen.insert(index);
        m_gen.mutate(m_contacts[size_t(index)], userGroupIds());
        touch(index);
        out << m_contacts[size_t(index)].resourceName;
    }
    return out;
}

QStringList GoogleService::deleteRandom(int count)
{
    QStringList out;
    for (int i = 0; i < count && !m_live.empty(); ++i) {
        const int index = m_live[size_t(m_gen.bounded(int(m_live.size())))];
        kill(index);
        out << m_contacts[size_t(index)].resourceName;
    }
    return out;
}

QStringList GoogleService::randomChanges(int count)
{
    QStringList out;
    for (int i = 0; i < count; ++i) {
        const int roll = m_gen.bounded(100);
        if (m_live.empty() || roll < 30) {
            out << addContacts(1);
        } else if (roll < 70) {
            const int index = m_live[size_t(m_gen.bounded(int(m_live.size())))];
            m_gen.mutate(m_contacts[size_t(index)], userGroupIds());
            touch(index);
            out << m_contacts[size_t(index)].resourceName;
        } else {
            out << deleteRandom(1);
        }
    }
    return out;
}

int GoogleService::groupIndex(const QString &resourceName) const
{
    for (size_t i = 0; i < m_groups.size(); ++i) {
        if (m_groups[i].resourceName() == resourceName)
            return int(i);
    }
    return -1;
}

QString GoogleService::addGroup(const QString &name)
{
    GGroup g;
    g.id = m_gen.hexId();
    g.name = name.isEmpty() ? m_gen.groupName(m_groupsCreated) : name;
    ++m_groupsCreated;
    touchGroup(g);
    g.revision = 0;
    m_groups.push_back(g);
    return g.resourceName();
}

bool GoogleService::renameGroup(const QString &resourceName, const QString &name)
{
    const int i = groupIndex(resourceName);
    if (i < 0 || m_groups[size_t(i)].system || m_groups[size_t(i)].deleted || name.isEmpty())
        return false;
    m_groups[size_t(i)].name = name;
    touchGroup(m_groups[size_t(i)]);
    return true;
}

bool GoogleService::deleteGroup(const QString &resourceName)
{
    const int i = groupIndex(resourceName);
    if (i < 0 || m_groups[size_t(i)].system || m_groups[size_t(i)].deleted)
        return false;
    const QString id = m_groups[size_t(i)].id;
    m_groups[size_t(i)].deleted = true;
    touchGroup(m_groups[size_t(i)]);
    for (int index : std::vector<int>(m_live)) {
        if (m_contacts[size_t(index)].groupIds.removeAll(id) > 0)
            touch(index);
    }
    return true;
}

QStringList GoogleService::liveContactNames() const
{
    QStringList out;
    out.reserve(liveCount());
    for (const GContact &c : m_contacts) {
        if (!c.deleted)
            out << c.resourceName;
    }
    return out;
}

QString GoogleService::currentSyncToken() const
{
    return encodeToken({'S', {m_seq, quint64(m_clock.nowMs())}});
}

QJsonObject GoogleService::groundTruth() const
{
    std::vector<const GContact *> sorted;
    sorted.reserve(m_contacts.size());
    for (const GContact &c : m_contacts)
        sorted.push_back(&c);
    std::sort(sorted.begin(), sorted.end(),
              [](const GContact *a, const GContact *b) { return a->resourceName < b->resourceName; });
    QJsonArray contacts;
    for (const GContact *c : sorted) {
        QJsonArray emails, phones, orgs, groups;
        for (const GValue &e : c->emails)
            emails.append(QJsonObject{{QStringLiteral("value"), e.value}, {QStringLiteral("type"), e.type}});
        for (const GPhone &p : c->phones)
            phones.append(QJsonObject{{QStringLiteral("value"), p.value},
                                      {QStringLiteral("type"), p.type},
                                      {QStringLiteral("canonicalForm"), p.canonicalForm}});
        for (const GOrganization &o : c->organizations)
            orgs.append(QJsonObject{{QStringLiteral("name"), o.name},
                                    {QStringLiteral("title"), o.title},
                                    {QStringLiteral("department"), o.department}});
        for (const QString &g : c->groupIds)
            groups.append(QStringLiteral("contactGroups/") + g);
        contacts.append(QJsonObject{
            {QStringLiteral("resourceName"), c->resourceName},
            {QStringLiteral("etag"), c->etag()},
            {QStringLiteral("deleted"), c->deleted},
            {QStringLiteral("displayName"), c->hasName() ? c->displayName() : QString()},
            {QStringLiteral("givenName"), c->givenName},
            {QStringLiteral("familyName"), c->familyName},
            {QStringLiteral("middleName"), c->middleName},
            {QStringLiteral("emails"), emails},
            {QStringLiteral("phones"), phones},
            {QStringLiteral("organizations"), orgs},
            {QStringLiteral("groups"), groups},
            {QStringLiteral("biography"), c->biography},
            {QStringLiteral("updateTime"), SimClock::isoMicros(c->updateMs, int(c->seq % 1000))},
        });
    }
    QJsonArray groups;
    for (const GGroup &g : m_groups) {
        groups.append(QJsonObject{{QStringLiteral("resourceName"), g.resourceName()},
                                  {QStringLiteral("name"), g.name},
                                  {QStringLiteral("formattedName"), g.formattedName()},
                                  {QStringLiteral("groupType"), g.system ? QStringLiteral("SYSTEM_CONTACT_GROUP")
                                                                         : QStringLiteral("USER_CONTACT_GROUP")},
                                  {QStringLiteral("deleted"), g.deleted}});
    }
    return {{QStringLiteral("contacts"), contacts}, {QStringLiteral("groups"), groups}};
}

HttpReply GoogleService::photo(const HttpRequest &request)
{
    // /google-photos/cm/<id>=s100 (the sizes Google serves: "=s<N>").
    const QString path = request.path.mid(int(qstrlen("/google-photos/")));
    const int eq = int(path.lastIndexOf(QLatin1String("=s")));
    bool ok = false;
    const int size = eq > 0 ? path.mid(eq + 2).toInt(&ok) : 0;
    if (request.method != "GET" || !ok || size < 1 || size > 512)
        return HttpReply::html(404, QStringLiteral("Not Found"), QStringLiteral("No such photo: ") + request.path);
    const QByteArray digest = QCryptographicHash::hash(path.left(eq).toUtf8(), QCryptographicHash::Sha1);
    const auto byte = [&digest](int i) { return int(quint8(digest[i])); };
    QImage image(size, size, QImage::Format_RGB32);
    image.fill(QColor(byte(0) / 2, byte(1) / 2, byte(2) / 2));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(byte(3) | 0x80, byte(4) | 0x80, byte(5) | 0x80));
    painter.drawEllipse(QRectF(size * 0.3, size * 0.15, size * 0.4, size * 0.4)); // a head
    painter.drawEllipse(QRectF(size * 0.15, size * 0.6, size * 0.7, size * 0.6));  // shoulders
    painter.end();
    HttpReply reply;
    reply.status = 200;
    reply.contentType = "image/png";
    QBuffer buffer(&reply.body);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    reply.addHeader("Cache-Control", "public, max-age=86400");
    return reply;
}

} // namespace sim
