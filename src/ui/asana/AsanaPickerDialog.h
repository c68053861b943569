#pragma once
#include "PickerDialog.h"

#include <QCoroTask>
#include <QUrl>

class QLineEdit;
class QListWidget;

namespace cairn {

class SyncEngine;

// Choosing what of Asana to sync by picking it (Settings › Syncing › Asana › Choose…, and the
// first-run welcome page): the workspaces the signed-in account can see (GET /workspaces), and
// for the chosen one the account's portfolios (GET /portfolios?workspace=&owner=me), after
// "All projects of the workspace". Every page of each list, through the engine's HttpClient
// with the account's credentials; loading never blocks the window and Cancel stops it; without
// an account or a network it says so in one sentence. Nothing is saved here: the caller reads
// workspace() and portfolio() after OK (asana.workspace, asana.portfolio).
class AsanaPickerDialog : public PickerDialog
{
    Q_OBJECT
public:
    // `apiBase`: Asana's API (Settings::apiUrl("asana")). `workspace`, `portfolio`: the ids
    // chosen now ("" for none: the first workspace, all of its projects), chosen again when listed.
    AsanaPickerDialog(SyncEngine &engine, QUrl apiBase, QString workspace, QString portfolio, QWidget *parent = nullptr);
    ~AsanaPickerDialog() override;

    // The chosen workspace's id ("" when none could be listed) and name.
    QString workspace() const;
    QString workspaceName() const;
    // The chosen portfolio's id, "" for every project of the workspace; and its name.
    QString portfolio() const;
    QString portfolioName() const;

private:
    // Every page of the workspaces (`workspace` "") or of a workspace's portfolios.
    static QCoro::Task<> fetch(QPointer<AsanaPickerDialog> self, SyncEngine *engine, QUrl apiBase, QString workspace);
    void workspacesListed();
    void portfoliosListed(const QString &workspace);
    void workspaceChosen();
    void filterPortfolios();

    SyncEngine &m_engine;
    QUrl m_apiBase;
    QString m_initialWorkspace;
    QString m_initialPortfolio;
    QListWidget *m_workspaces;
    QLineEdit *m_search;
    QListWidget *m_portfolios;
};

} // namespace cairn
