#include "TaskDetailView.h"
#include "asana/Asana.h"
#include "asana/AsanaEditing.h"
#include "asana/AsanaRepo.h"
#include "DateText.h"
#include "Error.h"
#include "Outbox.h"
#include "ReadConnection.h"

#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

namespace cairn {

namespace {
QString row(const QString &label, const QString &valueHtml)
{
    return QStringLiteral("<tr><td style='color:#777; padding-right:12px'>%1</td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), valueHtml);
}

QString dateText(const QString &isoDate, const QString &isoDateTime)
{
    if (!isoDateTime.isEmpty()) {
        const QDateTime t = QDateTime::fromString(isoDateTime, Qt::ISODateWithMs);
        if (t.isValid())
            return dates::exact(t);
    }
    return dates::exactDay(QDate::fromString(isoDate, Qt::ISODate));
}
} // namespace

TaskDetailView::TaskDetailView(ReadConnection &connection, QWidget *parent)
    : SafeTextBrowser(parent)
    , m_connection(connection)
{
    setAccessibleName(tr("Task details"));
    showTask(0);
}

void TaskDetailView::showTask(qint64 id)
{
    m_id = id;
    std::optional<AsanaTask> task;
    if (id && m_connection.ensureOpen()) {
        try {
            task = AsanaRepo::taskById(m_connection.db(), id);
            // Deleted in Cairn, not in Asana yet: shown as it is until then (the pane says so).
            if (task && task->deleted) {
                const std::optional<asana::TaskRef> ref = asana::taskRef(m_connection.db(), id);
                task->deleted = !ref || !OutboxRepo::deleteOpen(m_connection.db(), QStringLiteral("asana"), ref->account, ref->gid);
            }
        } catch (const Error &e) {
            setHtml(QStringLiteral("<p style='color:#a33'>%1</p>").arg(tr("Cannot read the task: %1").arg(e.message).toHtmlEscaped()));
            return;
        }
    }
    if (!task)
        setHtml(QStringLiteral("<p style='color:#888'>%1</p>").arg(tr("Select a task to see its details.").toHtmlEscaped()));
    else
        setHtml(taskHtml(*task));
    Q_EMIT taskShown(id);
}

QString TaskDetailView::notesHtml(const QString &htmlNotes, const QString &plainNotes)
{
    if (htmlNotes.trimmed().isEmpty() || htmlNotes.trimmed() == QLatin1String("<body></body>"))
        return plainNotes.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    QString html = htmlNotes;
    // Nothing that could load or run anything: drop scripts, styles, frames, objects and
    // images outright (SafeTextBrowser refuses remote loads as well).
    static const QRegularExpression blocks(QStringLiteral("<(script|style|iframe|object|embed)\\b.*?</\\1\\s*>"),
                                           QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression singles(QStringLiteral("<(img|link|meta|base|script|iframe)\\b[^>]*>"),
                                            QRegularExpression::CaseInsensitiveOption);
    html.remove(blocks);
    html.remove(singles);
    html.replace(QRegularExpression(QStringLiteral("</?body[^>]*>"), QRegularExpression::CaseInsensitiveOption), QString());
    return html;
}

QString TaskDetailView::taskHtml(const AsanaTask &t)
{
    QString h;
    const QString title = t.name.isEmpty() ? tr("(untitled task)") : t.name;
    h += QStringLiteral("<h2 style='margin-bottom:2px'>%1</h2>").arg(title.toHtmlEscaped());
    QStringList states;
    if (t.deleted)
        states << tr("Deleted in Asana");
    if (t.completed)
        states << (t.completedAt.isValid() ? tr("Completed %1").arg(dates::exact(t.completedAt))
                                           : tr("Completed"));
    if (!states.isEmpty())
        h += QStringLiteral("<p style='color:#777'>%1</p>").arg(states.join(QStringLiteral(" · ")).toHtmlEscaped());

    QString table;
    QStringList places;
    for (const AsanaMembership &m : t.memberships) {
        const QString p = m.projectName.isEmpty() ? m.projectGid : m.projectName;
        places << (m.sectionName.isEmpty() ? p.toHtmlEscaped() : QStringLiteral("%1 › %2").arg(p.toHtmlEscaped(), m.sectionName.toHtmlEscaped()));
    }
    if (!places.isEmpty())
        table += row(tr("Project"), places.join(QStringLiteral("<br>")));
    if (!t.assigneeName.isEmpty() || !t.assigneeGid.isEmpty())
        table += row(tr("Assignee"), (t.assigneeName.isEmpty() ? t.assigneeGid : t.assigneeName).toHtmlEscaped()
                                         + (t.assignedToMe ? QStringLiteral(" <i>(%1)</i>").arg(tr("me").toHtmlEscaped()) : QString()));
    const QString due = dateText(t.dueOn, t.dueAt);
    if (!due.isEmpty())
        table += row(tr("Due"), due.toHtmlEscaped());
    const QString start = dateText(t.startOn, QString());
    if (!start.isEmpty())
        table += row(tr("Starts"), start.toHtmlEscaped());
    QStringList tags;
    for (const QJsonValue &v : t.tags)
        tags << v.toObject().value(QLatin1String("name")).toString().toHtmlEscaped();
    tags.removeAll(QString());
    if (!tags.isEmpty())
        table += row(tr("Tags"), tags.join(QStringLiteral(", ")));
    for (const QJsonValue &v : t.customFields) {
        const QJsonObject f = v.toObject();
        const QString value = f.value(QLatin1String("display_value")).toString();
        if (!value.isEmpty())
            table += row(f.value(QLatin1String("name")).toString(), value.toHtmlEscaped());
    }
    if (t.numSubtasks > 0)
        table += row(tr("Subtasks"), QString::number(t.numSubtasks));
    if (t.modifiedAt.isValid())
        table += row(tr("Modified"), dates::exact(t.modifiedAt).toHtmlEscaped());
    if (!t.permalinkUrl.isEmpty() && QUrl(t.permalinkUrl).scheme() == QLatin1String("https"))
        table += row(tr("Open"), QStringLiteral("<a href='%1'>%2</a>").arg(t.permalinkUrl.toHtmlEscaped(), tr("in Asana").toHtmlEscaped()));
    h += QStringLiteral("<table cellspacing='2'>%1</table>").arg(table);
    const QString notes = notesHtml(t.htmlNotes, t.notes);
    if (!notes.trimmed().isEmpty())
        h += QStringLiteral("<hr>") + notes;
    return h;
}

} // namespace cairn
