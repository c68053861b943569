#pragma once
#include "PickerDialog.h"

#include <QCoroTask>
#include <QStringList>
#include <QUrl>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTreeView;

namespace cairn {

class SyncEngine;
namespace gitlab {
struct Project;
}

// Choosing the GitLab projects whose merge requests sync (Settings › Syncing › GitLab ›
// Choose projects…, and the first-run welcome page): the projects the signed-in account is a
// member of (GET /projects?membership=true, every page, through the engine's HttpClient with
// the account's credentials and the client's GitLabApi), most recently active first, each with
// a checkbox — the ones chosen now ticked —, a search that filters as you type and a count.
// Loading never blocks the window and Cancel stops it; without an account or a network it says
// so in one sentence. Nothing is saved here: the caller reads chosen() after OK (gitlab.projects).
class ProjectPickerDialog : public PickerDialog
{
    Q_OBJECT
public:
    // `apiBase`: GitLab's API (Settings::apiUrl("gitlab")). `chosen`: the projects chosen now
    // (paths "group/project" or ids).
    ProjectPickerDialog(SyncEngine &engine, QUrl apiBase, QStringList chosen, QWidget *parent = nullptr);
    ~ProjectPickerDialog() override;

    // The ticked projects by path: those chosen before that stay ticked, in their order, then
    // the newly ticked ones in the list's order.
    QStringList chosen() const;

private:
    static QCoro::Task<> fetch(QPointer<ProjectPickerDialog> self, SyncEngine *engine, QUrl apiBase);
    void addProjects(const QList<gitlab::Project> &projects);
    void projectsListed();
    void updateCount();

    QStringList m_initial;
    QLineEdit *m_search;
    QTreeView *m_view;
    QLabel *m_count;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_filter;
};

} // namespace cairn
