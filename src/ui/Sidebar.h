#pragma once
#include <QListView>

namespace cairn {

class SourcesModel;

// The window's one navigation: a row per source (badge, last sync, its Sync / Sign-in
// button), then People and Sync history. Moving the current row shows its page; Enter goes
// into the page; the Menu key or Shift+F10 opens the row's menu, as a right click does. Tab
// leaves it (no moving between rows with Tab); the focused row has a visible ring.
class Sidebar : public QListView
{
    Q_OBJECT
public:
    explicit Sidebar(SourcesModel *model, QWidget *parent = nullptr);

    // The source or page of the current row ("" when none: the welcome page).
    QString current() const;
    // Makes `sourceOrPage` the current row (pageChosen follows when it changes).
    void setCurrent(const QString &sourceOrPage);
    // No row current, without pageChosen (the welcome page is no row).
    void clearCurrent();
    QSize sizeHint() const override;

Q_SIGNALS:
    void pageChosen(const QString &sourceOrPage);
    // A source's button: Sync, Sign in…, Set up….
    void actionRequested(const QString &source);
    // A right click, the Menu key or Shift+F10 on a source's row; `pos` in viewport coordinates.
    void menuRequested(const QString &source, const QPoint &pos);
    // Enter on a row: the page takes the focus.
    void entered();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    SourcesModel *m_model;
};

} // namespace cairn
