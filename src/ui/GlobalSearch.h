#pragma once
#include "SearchIndex.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QStandardItemModel;
class QTimer;
class QTreeView;

namespace cairn {

class ReadConnection;

// One search box over every source at once (Ctrl+K): the full-text index with prefix
// matching, results grouped by kind (the kind with the best match first), each group ranked,
// the match in bold. Enter or a double click opens the item. Reads only the local cache, so
// it works with the network off. Each search runs on a pool thread with a read connection of
// its own, so typing never waits for the index; an answer to a text no longer asked for is
// dropped.
class GlobalSearch : public QDialog
{
    Q_OBJECT
public:
    // SnippetRole: the snippet as HTML (the match in bold); MarkedSnippetRole: with the match
    // marks ("\x02", "\x03"); PlainSnippetRole: as plain text; ContextRole: the line that tells
    // hits of the same title apart (SearchIndex::Hit::context).
    enum Role { KindRole = Qt::UserRole + 1, ItemIdRole, SnippetRole, MarkedSnippetRole, PlainSnippetRole, ContextRole };
    static constexpr int kPerKind = 8;

    explicit GlobalSearch(ReadConnection &connection, QWidget *parent = nullptr);

    QLineEdit *input() const { return m_input; }
    QTreeView *results() const { return m_view; }
    QStandardItemModel *model() const { return m_model; }
    // Starts the search for the text now (typing waits for a short pause); searched() says
    // when its results are shown.
    void search();
    // A kind's heading in the results ("Contacts", "Tasks"…).
    static QString kindTitle(SearchIndex::Kind kind);
    // A snippet with its match marks ("\x02", "\x03") as HTML with the match in bold.
    static QString snippetHtml(const QString &marked);
    // The lines a result takes (title, context, snippet: the ones it has).
    static int linesOf(const QModelIndex &index);

Q_SIGNALS:
    void openRequested(cairn::SearchIndex::Kind kind, qint64 id);
    // The results for `text` (simplified) are in the model and the status line.
    void searched(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void openCurrent();
    struct Found;
    // On a pool thread: the hits for `text` in the cache at `path`, with a connection of its own.
    static Found find(const QString &path, const QString &text);
    void showResults(const Found &found);

    ReadConnection &m_connection;
    QLineEdit *m_input;
    QTreeView *m_view;
    QStandardItemModel *m_model;
    QLabel *m_status;
    QTimer *m_delay;
    QString m_requested; // the text of the latest search started
    bool m_requestPending = false; // its results are not shown yet
    bool m_openWhenShown = false; // Enter came before them
};

} // namespace cairn
