#include "ClipLine.h"
#include "GitHubMapper.h"
#include "Error.h"
#include "Json.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace cairn::github {

namespace {

const QString kWhat = QStringLiteral("GitHub");

qint64 requiredId(const QJsonObject &o, QLatin1String key, const char *what)
{
    const QJsonValue v = o.value(key);
    const double d = v.toDouble(-1);
    if (!v.isDouble() || d < 1 || d != double(qint64(d)))
        badAnswer(QCoreApplication::translate("cairn::github", "a %1 without a valid \"%2\"").arg(QLatin1String(what), QString(key)));
    return qint64(d);
}

QDateTime timeOf(const QJsonObject &o, QLatin1String key)
{
    const QString text = json::string(o, key, kWhat);
    if (text.isEmpty())
        return {};
    const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        badAnswer(QCoreApplication::translate("cairn::github", "\"%1\" is not a date and time: %2").arg(QString(key), text.left(40)));
    return t.toUTC();
}

QString loginOf(const QJsonObject &o)
{
    return json::string(json::object(o, QLatin1String("user"), kWhat), QLatin1String("login"), kWhat);
}

} // namespace

void badAnswer(const QString &detail)
{
    // The detail may quote the service's text: one clean line.
    throw Error(Error::Kind::BadResponse,
                clipLine(QCoreApplication::translate("cairn::github", "unexpected answer from GitHub: %1").arg(detail), 400));
}

PullRequest pullFromJson(const QJsonObject &o, const QString &repo)
{
    PullRequest p;
    p.repo = repo;
    p.id = requiredId(o, QLatin1String("id"), "pull request");
    p.number = int(requiredId(o, QLatin1String("number"), "pull request"));
    p.state = json::string(o, QLatin1String("state"), kWhat);
    if (p.state != QLatin1String("open") && p.state != QLatin1String("closed"))
        badAnswer(QCoreApplication::translate("cairn::github", "pull request #%1 has the unknown state \"%2\"").arg(p.number).arg(p.state.left(20)));
    p.draft = json::boolean(o, QLatin1String("draft"), kWhat);
    p.title = json::string(o, QLatin1String("title"), kWhat);
    p.body = json::string(o, QLatin1String("body"), kWhat);
    p.author = loginOf(o);
    for (const QJsonValue &l : json::array(o, QLatin1String("labels"), kWhat)) {
        if (!l.isObject())
            badAnswer(QCoreApplication::translate("cairn::github", "a label of pull request #%1 is not an object").arg(p.number));
        p.labels << json::string(l.toObject(), QLatin1String("name"), kWhat);
    }
    for (const char *key : {"assignees", "requested_reviewers"}) {
        QStringList &logins = qstrcmp(key, "assignees") == 0 ? p.assignees : p.requestedReviewers;
        for (const QJsonValue &u : json::array(o, QLatin1String(key), kWhat)) {
            if (!u.isObject())
                badAnswer(QCoreApplication::translate("cairn::github", "a user in \"%1\" of pull request #%2 is not an object")
                        .arg(QLatin1String(key)).arg(p.number));
            logins << json::string(u.toObject(), QLatin1String("login"), kWhat);
        }
    }
    p.headRef = json::string(json::object(o, QLatin1String("head"), kWhat), QLatin1String("ref"), kWhat);
    p.baseRef = json::string(json::object(o, QLatin1String("base"), kWhat), QLatin1String("ref"), kWhat);
    p.htmlUrl = json::string(o, QLatin1String("html_url"), kWhat);
    p.createdAt = timeOf(o, QLatin1String("created_at"));
    p.updatedAt = timeOf(o, QLatin1String("updated_at"));
    if (!p.updatedAt.isValid())
        badAnswer(QCoreApplication::translate("cairn::github", "pull request #%1 has no \"updated_at\"").arg(p.number));
    p.closedAt = timeOf(o, QLatin1String("closed_at"));
    p.mergedAt = timeOf(o, QLatin1String("merged_at"));
    return p;
}

PullReview reviewFromJson(const QJsonObject &o, const QString &repo, int number)
{
    PullReview r;
    r.repo = repo;
    r.number = number;
    r.id = requiredId(o, QLatin1String("id"), "review");
    r.author = loginOf(o);
    r.state = json::string(o, QLatin1String("state"), kWhat);
    r.body = json::string(o, QLatin1String("body"), kWhat);
    r.commitId = json::string(o, QLatin1String("commit_id"), kWhat);
    r.htmlUrl = json::string(o, QLatin1String("html_url"), kWhat);
    r.submittedAt = timeOf(o, QLatin1String("submitted_at"));
    return r;
}

} // namespace cairn::github
