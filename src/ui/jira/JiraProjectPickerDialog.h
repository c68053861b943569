#pragma once
#include "PickerDialog.h"

#include <QCoroTask>
#include <QUrl>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTreeView;

namespace cairn {

class SyncEngine;

// Choosing which Jira issues a configuration syncs by picking projects (Settings › Jira
// configurations › Choose…, and the first-run welcome page): the projects of the site the
// account can see (GET /project/search, every page, through the engine's HttpClient with the
// account's credentials), by name with their keys, each with a checkbox, a search that filters
// as you type and a count; the ticked ones make the JQL `project in (A, B) ORDER BY updated`.
// "Advanced: edit the JQL" takes any JQL instead. OK has Jira check the JQL first
// (POST /jql/parse?validation=strict): an invalid or unbounded one is refused with Jira's
// words next to the field and the dialog stays open. Loading never blocks the window and
// Cancel stops it; without an account or a network it says so in one sentence. Nothing is
// saved here: the caller reads jql() after OK (jira.<name>.jql).
class JiraProjectPickerDialog : public PickerDialog
{
    Q_OBJECT
public:
    // `site`: the configuration's site (https://example.atlassian.net) or Jira's API root.
    // `jql`: its JQL now ("" for none); the projects of `project in (…)` / `project = X` are
    // ticked, any other JQL opens in the advanced field.
    JiraProjectPickerDialog(SyncEngine &engine, QUrl site, QString jql, QWidget *parent = nullptr);
    ~JiraProjectPickerDialog() override;

    // The JQL to save: after OK, the one Jira accepted.
    QString jql() const;
    // The ticked projects' keys, in the list's order.
    QStringList chosenKeys() const;
    // Whether Jira is checking the JQL (after OK).
    bool isChecking() const { return m_checking; }
    // What is wrong with the JQL, as shown next to it ("" when nothing).
    QString jqlProblem() const;

    // OK: Jira checks the JQL; the dialog closes only when Jira accepted it.
    void accept() override;

    // The JQL of `keys`: `project in (A, B) ORDER BY updated` ("" for none).
    static QString jqlFor(const QStringList &keys);
    // The keys of a JQL of that form (or `project = A`), else empty.
    static QStringList keysOf(const QString &jql);

Q_SIGNALS:
    // Jira's check of the JQL ended: the dialog was accepted, or jqlProblem() says why not.
    void checked();

private:
    static QCoro::Task<> fetch(QPointer<JiraProjectPickerDialog> self, SyncEngine *engine, QUrl site);
    static QCoro::Task<> check(QPointer<JiraProjectPickerDialog> self, SyncEngine *engine, QUrl site, QString jql);
    void projectsListed();
    void setAdvanced(bool on);
    void ticksChanged();
    void showJqlProblem(const QString &text, bool isError);

    SyncEngine &m_engine;
    QUrl m_site;
    QString m_initialJql;
    QStringList m_initialKeys;
    bool m_checking = false;
    bool m_listed = false;
    QLineEdit *m_search;
    QTreeView *m_view;
    QLabel *m_count;
    QCheckBox *m_advanced;
    QLineEdit *m_jql;
    QLabel *m_jqlProblem;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_filter;
};

} // namespace cairn
