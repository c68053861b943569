#pragma once
#include "ItemPane.h"

class QPlainTextEdit;

namespace cairn {

class TaskDetailView;

// The Projects page's task pane (ItemPane): the task in full (TaskDetailView) and, when
// writing to Asana is on (`asana.write`), Edit of its name, assignee, due date, completion and
// notes, and a comment. Leaving a task while editing it keeps what was typed, as Asana does.
class TaskPane : public ItemPane
{
    Q_OBJECT
public:
    explicit TaskPane(ReadConnection &connection, QWidget *parent = nullptr);

    TaskDetailView *view() const { return m_view; }
    // Shows the task again with its open changes (after a write; TaskDetailView::showTask
    // calls onShown too).
    void refresh() override;

    QPlainTextEdit *commentBox() const { return m_comment; }
    QPushButton *commentButton() const { return m_addComment; }

    // A task's fields as the window names them ("Name", "Due"…), by the names of `cairn export`.
    static QHash<QString, QString> fieldLabels();
    // How a value of a field reads to a person (people by `names`: gid → name).
    static QString valueText(const QString &field, const QJsonValue &value, const QHash<QString, QString> &names);

protected:
    std::optional<Item> itemOf(qint64 id) override;
    QList<FieldEditor> editorsFor(const QJsonObject &values) override;
    void formMade(ChangeForm *form) override;
    QString valueText(const QString &field, const QJsonValue &value) const override;
    void updateExtras(bool editable) override;

private:
    void addComment();
    QHash<QString, QString> peopleNames() const;

    TaskDetailView *m_view;
    QWidget *m_commentRow;
    QPlainTextEdit *m_comment;
    QPushButton *m_addComment;
    bool m_assignable = false; // the form offers the assignee
};

} // namespace cairn
