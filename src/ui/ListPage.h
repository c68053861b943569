#pragma once
#include <QUrl>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableView;
class QTextBrowser;
class QTimer;

namespace cairn {

class LazySqlModel;
class ReadConnection;

// What every list page of the window shares: a filter box (full-text search, applied after a
// short pause in typing), a count, the lazily loaded table, an empty-state text over it and a
// detail pane for the selected item. Reloads keep the selection and the scroll position.
// A subclass supplies the model, the detail pane and the words.
class ListPage : public QWidget
{
    Q_OBJECT
public:
    LazySqlModel *listModel() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }
    QHBoxLayout *topRow() const { return m_top; }
    QLabel *countLabel() const { return m_count; }
    // The button under the empty-state text ("Choose repositories…"), hidden when the page
    // has no action of its own to offer (emptyActionText() empty).
    QPushButton *emptyActionButton() const { return m_emptyAction; }

    QSplitter *splitter() const { return m_splitter; }
    QWidget *detailPane() const { return m_detail; }
    // The column that takes the list's spare width (the title or name); the others fit their
    // content when the first rows arrive and whenever the list's width changes — until the
    // person sizes a column (then theirs stay, and are kept for the next start).
    void setStretchColumn(int column);
    // The filter box's placeholder (what it searches) and accessible name, the list's accessible
    // name, and its stretch column (setStretchColumn).
    void describe(const QString &filterPlaceholder, const QString &filterName, const QString &listName, int stretchColumn);
    // Shows or hides a column of the list (the model's column).
    void setColumnShown(int column, bool shown);
    // The detail pane beside the list, or below it when the window is narrower than this (or
    // the list beside it would starve its columns).
    static constexpr int kNarrowWindow = 900;

    void setShowDeleted(bool show);
    // Reads the cache again; the selected item stays selected and the view does not jump.
    void reload();
    // Selects an item by id (loading rows up to it); false when it is not listed.
    bool selectItem(qint64 id);
    // Selects an item, the filter cleared when it hides it (an item opened from elsewhere:
    // Ctrl+K, People); false when it is not listed even so.
    bool showItem(qint64 id);
    qint64 selectedItemId() const;

Q_SIGNALS:
    void currentItemChanged(qint64 id); // 0: nothing selected
    // The empty state's button was pressed: the window opens what it names.
    void emptyActionRequested();

protected:
    // Takes `model` and `detail` (may be null) as its children.
    ListPage(LazySqlModel *model, QWidget *detail, QWidget *parent = nullptr);
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

    // Shows `id` (0: nothing) in the detail pane.
    virtual void showDetail(qint64 id) = 0;

    // The words of the count and of the empty state: QT_TRANSLATE_NOOP (QT_TRANSLATE_N_NOOP for
    // the count) in the subclass's own context ("cairn::PullsPage"), translated when shown.
    // Every page says "%n match(es)" and "The search failed: %1" alike.
    struct Words
    {
        const char *items = nullptr;   // "%n pull request(s)"
        const char *none = nullptr;    // nothing cached yet (and no filter, or the search failed)
        const char *noMatch = nullptr; // "No pull requests match “%1”"
        const char *action = nullptr;  // the empty list's button ("Choose repositories…"), null for none
    };
    void setWords(const Words &words) { m_words = words; }
    // One of the words, in the subclass's context.
    QString translated(const char *words, int n = -1) const;
    // "1 200 contacts" / "3 matches", and the empty-state text for the current filter; by
    // default from the words.
    virtual QString countLine() const;
    virtual QString emptyText() const;
    // The button shown under an empty list ("" for none): the words' action while nothing is cached.
    virtual QString emptyActionText() const;

    // A line above the list for the status of what the page shows (each repository's…): its
    // text is statusText(), read again at each reload.
    QLabel *addStatusLine();
    QLabel *statusLine() const { return m_statusLine; }
    virtual QString statusText() { return {}; }
    // Keeps the links of `detail` inert but the one the page puts there (setOpenLink: the shown
    // item on the service), which opens in the browser.
    void openOnlyOwnLink(QTextBrowser *detail);
    // A text detail pane for someone else's text: no links followed, nothing loaded (SafeTextBrowser).
    static QTextBrowser *newTextDetail();
    void setOpenLink(const QUrl &url) { m_openUrl = url; }
    // Double-clicking a row opens the model's `urlRole` in the browser, for an address of one
    // of `schemes`.
    void openUrlOnDoubleClick(int urlRole, const QStringList &schemes);
    void updateEmptyState();
    void updateCount();

private:
    void applyFilter();
    void fitColumnsOnce();
    // The model's account column, shown when its items are of several accounts.
    void showAccountColumn();
    void adaptToWidth();
    // Enter: the detail pane (shown again if it was collapsed) takes the focus.
    void openDetail();
    // Ctrl+End: every row loaded, the last one selected.
    void goToEnd();
    void onCurrentChanged();

    LazySqlModel *m_model;
    Words m_words{};
    QUrl m_openUrl;
    QLineEdit *m_filter;
    QLabel *m_count;
    QTableView *m_table;
    QLabel *m_empty;
    QLabel *m_statusLine = nullptr;
    QPushButton *m_emptyAction;
    void placeEmptyState();
    QWidget *m_detail;
    QSplitter *m_splitter;
    QHBoxLayout *m_top;
    QTimer *m_filterDelay;
    bool m_restoring = false;
    int m_stretch = -1;
    bool m_fitted = false;
    bool m_pressedOnHeader = false;
};

// A ListPage of a `Model` (made of the read connection, as the page is) whose detail pane shows
// someone else's text (newTextDetail): its links inert but the one the page puts there
// (openOnlyOwnLink).
template <class Model>
class TextListPage : public ListPage
{
public:
    Model *model() const { return m_model; }
    QTextBrowser *detail() const { return m_detail; }

protected:
    TextListPage(ReadConnection &connection, QWidget *parent)
        : TextListPage(connection, new Model(connection), newTextDetail(), parent)
    {
    }

    ReadConnection &m_connection;
    Model *const m_model;
    QTextBrowser *const m_detail;

private:
    TextListPage(ReadConnection &connection, Model *model, QTextBrowser *detail, QWidget *parent)
        : ListPage(model, detail, parent)
        , m_connection(connection)
        , m_model(model)
        , m_detail(detail)
    {
        openOnlyOwnLink(detail);
    }
};

} // namespace cairn
