#include "Account.h"
// The Projects page's New task (issue 22).
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

void TasksPage::newTask()
{
    ReadConnection &reader = m_pane->connection();
    if (!writes() || !reader.ensureOpen())
        return;
    QList<ProjectsQuery::Project> projects;
    try {
        projects = ProjectsQuery::projects(reader.db());
        // Only the projects of an account that writing is on for (a new task goes to the
        // project's account).
        const QStringList writing = changes()->accountsWriting(kAsana);
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
        changes()->queue(kAsana, account.isEmpty() ? QStringLiteral("default") : account, QStringLiteral("create"), QString(),
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
