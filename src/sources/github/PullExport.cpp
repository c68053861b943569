#include "PullExport.h"
#include "Export.h"

#include <QJsonArray>

namespace cairn::PullExport {

namespace {
QJsonValue timeJson(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue();
}
} // namespace

QJsonObject toJson(const PullRequest &p, const QList<PullReview> &reviews)
{
    QJsonArray rv;
    for (const PullReview &r : reviews)
        rv.append(QJsonObject{{QStringLiteral("id"), r.id}, {QStringLiteral("user"), r.author},
                              {QStringLiteral("state"), r.state}, {QStringLiteral("body"), r.body},
                              {QStringLiteral("commit_id"), r.commitId}, {QStringLiteral("html_url"), r.htmlUrl},
                              {QStringLiteral("submitted_at"), timeJson(r.submittedAt)}});
    QJsonObject o{{QStringLiteral("id"), p.id},
                  {QStringLiteral("repo"), p.repo},
                  {QStringLiteral("number"), p.number},
                  {QStringLiteral("state"), p.state},
                  {QStringLiteral("draft"), p.draft},
                  {QStringLiteral("merged"), p.merged()},
                  {QStringLiteral("title"), p.title},
                  {QStringLiteral("body"), p.body},
                  {QStringLiteral("user"), p.author},
                  {QStringLiteral("labels"), QJsonArray::fromStringList(p.labels)},
                  {QStringLiteral("assignees"), QJsonArray::fromStringList(p.assignees)},
                  {QStringLiteral("requested_reviewers"), QJsonArray::fromStringList(p.requestedReviewers)},
                  {QStringLiteral("head"), p.headRef},
                  {QStringLiteral("base"), p.baseRef},
                  {QStringLiteral("html_url"), p.htmlUrl},
                  {QStringLiteral("created_at"), timeJson(p.createdAt)},
                  {QStringLiteral("updated_at"), timeJson(p.updatedAt)},
                  {QStringLiteral("closed_at"), timeJson(p.closedAt)},
                  {QStringLiteral("merged_at"), timeJson(p.mergedAt)},
                  {QStringLiteral("reviews"), rv}};
    if (p.deleted)
        o.insert(QStringLiteral("deleted"), true);
    return o;
}

QByteArray toCsv(const QList<PullRequest> &pulls)
{
    QString out = QStringLiteral("repo,number,state,merged,draft,title,user,labels,updated_at,html_url\r\n");
    for (const PullRequest &p : pulls) {
        out += Export::csvRow({p.repo, QString::number(p.number), p.state, p.merged() ? QStringLiteral("true") : QStringLiteral("false"),
                                      p.draft ? QStringLiteral("true") : QStringLiteral("false"), p.title, p.author,
                                      p.labels.join(QLatin1Char(' ')), p.updatedAt.toUTC().toString(Qt::ISODate), p.htmlUrl});
    }
    return out.toUtf8();
}

} // namespace cairn::PullExport
