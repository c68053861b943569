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
// it works with the network off.
class GlobalSearch : public QDialog
{
    Q_OBJECT
public:
    enum Role { KindRole = Qt::UserRole + 1, ItemIdRole, SnippetRole };
    static constexpr int kPerKind = 8;

    explicit GlobalSearch(ReadConnection &connection, QWidget *parent = nullptr);

    QLineEdit *input() const { return m_input; }
    QTreeView *results() const { return m_view; }
    QStandardItemModel *model() const { return m_model; }
    // Runs the search for the text now (typing waits for a short pause).
    void search();
    // A kind's heading in the results ("Contacts", "Tasks"…).
    static QString kindTitle(SearchIndex::Kind kind);
    // A snippet with its match marks ("\x02", "\x03") as HTML with the match in bold.
    static QString snippetHtml(const QString &marked);

Q_SIGNALS:
    void openRequested(cairn::SearchIndex::Kind kind, qint64 id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void openCurrent();

    ReadConnection &m_connection;
    QLineEdit *m_input;
    QTreeView *m_view;
    QStandardItemModel *m_model;
    QLabel *m_status;
    QTimer *m_delay;
};

} // namespace cairn
