// The Asana mappers on a response body: `data` (one object or a list) mapped as tasks and as
// projects. A wrong type is a clear one-line error; a mapped item keeps the mapper's promises.
#include "asana/AsanaMapper.h"
#include "FuzzEntries.h"
#include "Json.h"

using namespace cairn;

namespace {

const QString kMe = QStringLiteral("1201");

QString checkTask(const AsanaTask &t)
{
    fuzz::Checks checks;
    checks.expect(!t.gid.isEmpty(), QStringLiteral("a task without gid"));
    for (const QDateTime &when : {t.createdAt, t.modifiedAt, t.completedAt})
        checks.expect(!when.isValid() || when.timeSpec() == Qt::UTC, QStringLiteral("a task time that is not UTC"));
    checks.expect(t.assignedToMe == (!t.assigneeGid.isEmpty() && t.assigneeGid == kMe), QStringLiteral("assignedToMe wrong"));
    QStringList projects;
    for (const AsanaMembership &m : t.memberships) {
        if (m.projectGid.isEmpty() || projects.contains(m.projectGid))
            checks.add(QStringLiteral("an empty or repeated membership ") + fuzz::shown(m.projectGid));
        projects << m.projectGid;
    }
    for (const QJsonValue &tag : t.tags)
        checks.expect(tag.isObject() && tag.toObject().value(QLatin1String("gid")).isString(), QStringLiteral("a malformed tag"));
    for (const QJsonValue &f : t.customFields)
        checks.expect(f.isObject() && f.toObject().size() == 4, QStringLiteral("a malformed custom field"));
    return checks.result();
}

QString checkProject(const AsanaProject &p)
{
    fuzz::Checks checks;
    checks.expect(!p.gid.isEmpty(), QStringLiteral("a project without gid"));
    for (const QDateTime &when : {p.createdAt, p.modifiedAt, p.completedAt})
        checks.expect(!when.isValid() || when.timeSpec() == Qt::UTC, QStringLiteral("a project time that is not UTC"));
    checks.expect(!p.deleted && !p.tasksRefreshedAt.isValid(), QStringLiteral("cache-only project fields set by the mapper"));
    return checks.result();
}

} // namespace

CAIRN_FUZZ_TARGET(asana)
{
    fuzz::Checks checks;
    QList<QJsonObject> items;
    try {
        const QJsonObject body = json::parseObject(data, QStringLiteral("Asana"));
        const QJsonValue d = body.value(QLatin1String("data"));
        if (d.isArray()) {
            for (const QJsonValue &v : d.toArray())
                if (v.isObject())
                    items << v.toObject();
        } else {
            items << (d.isObject() ? d.toObject() : body);
        }
    } catch (const Error &e) {
        return fuzz::errorProblem(e);
    }
    for (const QJsonObject &o : std::as_const(items)) {
        try {
            checks.add(checkTask(asana::taskFromJson(o, kMe)));
        } catch (const Error &e) {
            checks.expect(e.kind == Error::Kind::BadResponse, QStringLiteral("a task error that is not BadResponse"));
            checks.add(fuzz::errorProblem(e));
        }
        try {
            checks.add(checkProject(asana::projectFromJson(o)));
        } catch (const Error &e) {
            checks.expect(e.kind == Error::Kind::BadResponse, QStringLiteral("a project error that is not BadResponse"));
            checks.add(fuzz::errorProblem(e));
        }
    }
    return checks.result();
}
