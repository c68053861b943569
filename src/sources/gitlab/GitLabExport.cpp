#include "GitLabExport.h"
#include "Export.h"

#include <QJsonArray>

namespace cairn::gitlab::GitLabExport {

namespace {
QJsonValue timeJson(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}
} // namespace

QJsonObject toJson(const MergeRequest &m)
{
    QJsonObject o{{QStringLiteral("id"), m.id},
                  {QStringLiteral("iid"), m.iid},
                  {QStringLiteral("project_id"), m.projectId},
                  {QStringLiteral("project"), m.project},
                  {QStringLiteral("reference"), m.reference()},
                  {QStringLiteral("title"), m.title},
                  {QStringLiteral("description"), m.description},
                  {QStringLiteral("state"), m.state},
                  {QStringLiteral("draft"), m.draft},
                  {QStringLiteral("author"), m.author},
                  {QStringLiteral("assignees"), QJsonArray::fromStringList(m.assignees)},
                  {QStringLiteral("reviewers"), QJsonArray::fromStringList(m.reviewers)},
                  {QStringLiteral("labels"), QJsonArray::fromStringList(m.labels)},
                  {QStringLiteral("source_branch"), m.sourceBranch},
                  {QStringLiteral("target_branch"), m.targetBranch},
                  {QStringLiteral("web_url"), m.webUrl},
                  {QStringLiteral("user_notes_count"), m.userNotesCount},
                  {QStringLiteral("approved_by"), QJsonArray::fromStringList(m.approvedBy)},
                  {QStringLiteral("approvals_required"), m.approvalsRequired},
                  {QStringLiteral("approvals_left"), m.approvalsLeft},
                  {QStringLiteral("created_at"), timeJson(m.createdAt)},
                  {QStringLiteral("updated_at"), timeJson(m.updatedAt)},
                  {QStringLiteral("merged_at"), timeJson(m.mergedAt)},
                  {QStringLiteral("closed_at"), timeJson(m.closedAt)}};
    if (m.deleted)
        o.insert(QStringLiteral("deleted"), true);
    return o;
}

QByteArray toCsv(const QList<MergeRequest> &mergeRequests)
{
    QString out = QStringLiteral("project,iid,state,draft,title,author,reviewers,labels,approved_by,user_notes_count,updated_at,web_url\r\n");
    for (const MergeRequest &m : mergeRequests)
        out += Export::csvRow({m.project, QString::number(m.iid), m.state, m.draft ? QStringLiteral("true") : QStringLiteral("false"),
                               m.title, m.author, m.reviewers.join(QLatin1Char(' ')), m.labels.join(QLatin1Char(' ')),
                               m.approvedBy.join(QLatin1Char(' ')), QString::number(m.userNotesCount),
                               m.updatedAt.toUTC().toString(Qt::ISODateWithMs), m.webUrl});
    return out.toUtf8();
}

} // namespace cairn::gitlab::GitLabExport
