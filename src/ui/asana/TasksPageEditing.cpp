#include "Account.h"
// The Projects page's editing (issue 22): New task, and the task pane's Edit shortcut.
#include "asana/AsanaEditing.h"
#include "AsanaTasksModel.h"
#include "ChangeDialog.h"
#include "Error.h"
#include "LocalChanges.h"
#include "ProjectsPage.h"
#include "ReadConnection.h"
#include "TaskPane.h"
#include "asana/TasksQuery.h"

#include <QAction>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QTableView>

namespace cairn {

namespace {
const QString kAsana = QStringLiteral("asana");
}

void TasksPage::addEditing()
{
    m_newTask->setObjectName(QStringLiteral("newTask"));
    m_newTask->setToolTip(tr("A new task in a project: shown at once, made in Asana with the next sync (Ctrl+N)"));
    m_newTask->hide();
    topRow()->addWidget(m_newTask);
    auto *newTask = new QAction(tr("New Task"), this);
    newTask->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    newTask->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(newTask, &QAction::triggered, this, [this] {
        if (m_newTask->isVisible())
            this->newTask();
    });
    addAction(newTask);
    addAction(m_pane->editAction()); // F2 with the list focused too
    table()->addAction(m_pane->deleteAction()); // the Delete key on the list (not in the filter box)
    connect(m_newTask, &QPushButton::clicked, this, &TasksPage::newTask);
    // The list shows it at once; the pane keeps a task the list now hides (completed, or its
    // delete waits for the next sync: the pane says so, and Undo brings it back).
    connect(m_pane, &TaskPane::changeKept, this, [this](qint64 task) {
        reload();
        if (task && !selectedItemId()) {
            m_held = task;
            m_heldIn = m_model->project();
            showDetail(0);
        }
    });
}

void TasksPage::setLocalChanges(LocalChanges *changes)
{
    if (m_changes)
        disconnect(m_changes, nullptr, this, nullptr);
    m_changes = changes;
    m_pane->setLocalChanges(changes);
    if (m_changes) // (writing switched for an account)
        connect(m_changes, &LocalChanges::changed, this, &TasksPage::updateWriting);
    updateWriting();
}

void TasksPage::updateWriting()
{
    m_newTask->setVisible(m_changes && m_changes->writes(kAsana));
}

void TasksPage::newTask()
{
    ReadConnection &reader = m_pane->connection();
    if (!m_changes || !m_changes->writes(kAsana) || !reader.ensureOpen())
        return;
    QList<ProjectsQuery::Project> projects;
    try {
        projects = ProjectsQuery::projects(reader.db());
        // Only the projects of an account that writing is on for (a new task goes to the
        // project's account).
        const QStringList writing = m_changes->accountsWriting(kAsana);
        projects.removeIf([&](const ProjectsQuery::Project &p) {
            const QString account = asana::accountOfProject(reader.db(), p.gid);
            return !writing.contains(account.isEmpty() ? Account::defaultId() : account);
        });
    } catch (const Error &) {
    }
    const QString shown = m_model->project(); // the project shown first, if one is
    using K = FieldEditor::Kind;
    const QHash<QString, QString> labels = TaskPane::fieldLabels();
    FieldEditor project{QStringLiteral("projects"), labels.value(QStringLiteral("projects")), K::Choice, {}, true};
    for (const ProjectsQuery::Project &p : std::as_const(projects))
        if (!p.deleted && ((!p.archived && !p.completed) || p.gid == shown))
            project.choices.append({p.name, QJsonArray{p.gid}});
    if (project.choices.isEmpty())
        return;
    auto *dialog = new ChangeDialog(tr("New Task"),
                                    {project,
                                     {QStringLiteral("name"), labels.value(QStringLiteral("name")), K::Line, {}, true},
                                     {QStringLiteral("due_on"), labels.value(QStringLiteral("due_on")), K::Date, {}, false},
                                     {QStringLiteral("notes"), labels.value(QStringLiteral("notes")), K::Lines, {}, false}},
                                    this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("newTaskDialog"));
    dialog->form()->setValues({{QStringLiteral("projects"), QJsonArray{shown}}});
    dialog->setNote(tr("Shown at once; made in Asana with the next sync."));
    dialog->form()->editor(QStringLiteral("name"))->setFocus(Qt::OtherFocusReason);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        QJsonObject fields;
        const QJsonObject values = dialog->form()->values();
        for (auto it = values.begin(); it != values.end(); ++it)
            if (!it.value().isNull() && it.value() != QJsonValue(QString()))
                fields.insert(it.key(), it.value());
        ReadConnection &reader = m_pane->connection();
        QString account;
        try {
            if (reader.ensureOpen())
                account = asana::accountOfProject(reader.db(), fields.value(QLatin1String("projects")).toArray().first().toString());
        } catch (const Error &) {
        }
        m_changes->queue(kAsana, account.isEmpty() ? QStringLiteral("default") : account, QStringLiteral("create"), QString(),
                         fields, this, [this](const OutboxChange &change) {
                             reload();
                             // The new task, selected: under its stand-in id until Asana names it.
                             m_model->fetchAll();
                             for (int r = 0; r < m_model->rowCount(); ++r)
                                 if (m_model->gidAt(r) == change.item && selectItem(m_model->idAt(r)))
                                     break;
                         },
                         [this](const QString &message) { m_pane->showError(message); });
    });
    dialog->open();
}

} // namespace cairn
