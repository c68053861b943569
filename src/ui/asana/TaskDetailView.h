#pragma once
#include "SafeTextBrowser.h"

namespace cairn {

class ReadConnection;
struct AsanaTask;

// The selected Asana task in full: state, projects and sections, assignee, dates, tags,
// custom fields, and the notes as rich text (html_notes; plain notes when there are none),
// with no remote loading (SafeTextBrowser).
class TaskDetailView : public SafeTextBrowser
{
    Q_OBJECT
public:
    explicit TaskDetailView(ReadConnection &connection, QWidget *parent = nullptr);

    // 0 shows the empty state.
    void showTask(qint64 id);
    qint64 taskId() const { return m_id; }

    // The HTML of a task's page from its fields (pure; tests).
    static QString taskHtml(const AsanaTask &task);
    // Asana's html_notes (<body>…</body>, a small tag set) as HTML safe to show.
    static QString notesHtml(const QString &htmlNotes, const QString &plainNotes);

Q_SIGNALS:
    // showTask() was called (TaskPane follows it).
    void taskShown(qint64 id);

private:
    ReadConnection &m_connection;
    qint64 m_id = 0;
};

} // namespace cairn
