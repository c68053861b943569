#include "TaskPane.h"
#include "asana/AsanaEditing.h"
#include "ConflictView.h"
#include "DateText.h"
#include "Error.h"
#include "LocalChanges.h"
#include "ReadConnection.h"
#include "TaskDetailView.h"

#include <QHBoxLayout>
#include <QJsonArray>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace cairn {

namespace {
const QString kAsana = QStringLiteral("asana");
} // namespace

TaskPane::TaskPane(ReadConnection &connection, QWidget *parent)
    : ItemPane(connection, kAsana, new TaskDetailView(connection), fieldLabels(),
               {QStringLiteral("Task"), tr("Edit Task"),
                tr("Change this task in Cairn: it goes to %1 with the next sync (F2)"),
                tr("Leave the task as it was (Esc)"), tr("A task needs a name."), tr("Delete Task"),
                tr("Delete this task in %1 with the next sync, after asking (Delete)")},
               parent)
    , m_view(static_cast<TaskDetailView *>(ItemPane::view()))
    , m_commentRow(new QWidget(this))
    , m_comment(new QPlainTextEdit(m_commentRow))
    , m_addComment(new QPushButton(tr("Add &comment"), m_commentRow))
{
    m_comment->setObjectName(QStringLiteral("commentBox"));
    m_comment->setAccessibleName(tr("New comment"));
    m_comment->setPlaceholderText(tr("Add a comment… (Ctrl+Enter)"));
    m_comment->setTabChangesFocus(true);
    m_comment->setFixedHeight(m_comment->fontMetrics().lineSpacing() * 2 + 12);
    m_addComment->setObjectName(QStringLiteral("addComment"));
    m_addComment->setToolTip(tr("The comment goes to %1 with the next sync (Ctrl+Enter)").arg(serviceName()));
    m_addComment->setEnabled(false);
    connect(m_comment, &QPlainTextEdit::textChanged, this,
            [this] { m_addComment->setEnabled(!m_comment->toPlainText().trimmed().isEmpty()); });
    connect(m_addComment, &QPushButton::clicked, this, &TaskPane::addComment);
    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)})
        connect(new QShortcut(keys, m_comment, nullptr, nullptr, Qt::WidgetShortcut), &QShortcut::activated, this, &TaskPane::addComment);
    auto *commentLayout = new QHBoxLayout(m_commentRow);
    commentLayout->setContentsMargins(0, 0, 0, 0);
    commentLayout->addWidget(m_comment, 1);
    commentLayout->addWidget(m_addComment, 0, Qt::AlignBottom);
    paneLayout()->addWidget(m_commentRow);

    connect(m_view, &TaskDetailView::taskShown, this, [this](qint64 id) { onShown(id); });
    onShown(0);
}

QHash<QString, QString> TaskPane::fieldLabels()
{
    return {{QStringLiteral("name"), tr("&Name:")},     {QStringLiteral("assignee"), tr("&Assignee:")},
            {QStringLiteral("due_on"), tr("D&ue:")},    {QStringLiteral("completed"), tr("Co&mpleted")},
            {QStringLiteral("notes"), tr("No&tes:")},   {QStringLiteral("projects"), tr("&Project:")}};
}

QString TaskPane::valueText(const QString &field, const QJsonValue &v, const QHash<QString, QString> &names)
{
    if (field == QLatin1String("completed"))
        return v.toBool() ? tr("Completed") : tr("Not completed");
    if (field == QLatin1String("due_on")) {
        const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
        return d.isValid() ? dates::exactDay(d) : tr("No due date");
    }
    if (field == QLatin1String("assignee"))
        return v.toString().isEmpty() ? tr("Nobody") : names.value(v.toString(), v.toString());
    if (v.isArray()) {
        QStringList items;
        for (const QJsonValue &e : v.toArray())
            items << e.toString();
        return items.join(QStringLiteral(", "));
    }
    return v.toString().isEmpty() ? tr("(empty)") : v.toString();
}

QString TaskPane::valueText(const QString &field, const QJsonValue &value) const
{
    return valueText(field, value, peopleNames());
}

QHash<QString, QString> TaskPane::peopleNames() const
{
    QHash<QString, QString> names;
    if (!item() || !connection().isOpen())
        return names;
    try {
        for (const asana::Assignee &a : asana::knownAssignees(connection().db(), item()->account))
            names.insert(a.gid, a.name);
    } catch (const Error &) {
    }
    return names;
}

void TaskPane::refresh()
{
    m_view->showTask(m_view->taskId()); // (onShown follows)
}

std::optional<ItemPane::Item> TaskPane::itemOf(qint64 id)
{
    if (const std::optional<asana::TaskRef> ref = asana::taskRef(connection().db(), id))
        return Item{id, ref->account, ref->gid, ref->deleted, ref->name};
    return std::nullopt;
}

void TaskPane::updateExtras(bool editable)
{
    m_commentRow->setVisible(editable && !conflictView()->changeId()); // a conflict first: it needs the room
}

QList<FieldEditor> TaskPane::editorsFor(const QJsonObject &values)
{
    const QList<asana::Assignee> people = asana::knownAssignees(connection().db(), item()->account);
    const QHash<QString, QString> labels = fieldLabels();
    using K = FieldEditor::Kind;
    QList<FieldEditor> editors{{QStringLiteral("name"), labels.value(QStringLiteral("name")), K::Line, {}, true}};
    // Whom to assign it to: the people the cache knows in this workspace (it keeps no list of
    // its users), else the assignee is left as it is.
    const QString assignee = values.value(QLatin1String("assignee")).toString();
    FieldEditor who{QStringLiteral("assignee"), labels.value(QStringLiteral("assignee")), K::Choice, {{tr("Nobody"), QJsonValue()}}};
    bool known = assignee.isEmpty();
    for (const asana::Assignee &a : std::as_const(people)) {
        who.choices.append({a.me ? tr("%1 (me)").arg(a.name) : a.name, a.gid});
        known = known || a.gid == assignee;
    }
    if (!known)
        who.choices.append({assignee, assignee});
    m_assignable = !people.isEmpty();
    if (m_assignable)
        editors.append(who);
    editors.append({QStringLiteral("due_on"), labels.value(QStringLiteral("due_on")), K::Date, {}, false});
    editors.append({QStringLiteral("completed"), labels.value(QStringLiteral("completed")), K::Check, {}, false});
    editors.append({QStringLiteral("notes"), labels.value(QStringLiteral("notes")), K::Lines, {}, false});
    return editors;
}

void TaskPane::formMade(ChangeForm *form)
{
    if (QWidget *notes = form->editor(QStringLiteral("notes")))
        notes->setToolTip(tr("Plain text: new notes replace the task's formatted notes in %1").arg(serviceName()));
    if (!m_assignable)
        setFormNote(tr("The assignee cannot be changed here yet: Cairn knows the people of a workspace from "
                       "its tasks' assignees, and none of this workspace's tasks is assigned."));
}

void TaskPane::addComment()
{
    const QString text = m_comment->toPlainText().trimmed();
    if (!changes() || !item() || text.isEmpty() || !m_commentRow->isVisible())
        return;
    m_addComment->setEnabled(false);
    const qint64 id = item()->id;
    changes()->queue(kAsana, item()->account, QStringLiteral("comment"), item()->item, {{QStringLiteral("text"), text}}, this,
                     [this, id](const OutboxChange &change) {
                         m_comment->clear();
                         refresh();
                         Q_EMIT changeKept(id, change);
                     },
                     [this](const QString &message) {
                         m_addComment->setEnabled(true);
                         showError(message);
                     });
}

} // namespace cairn
