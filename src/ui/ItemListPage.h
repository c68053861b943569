#pragma once
#include "ListPage.h"

#include <functional>
#include <optional>

class QPushButton;

namespace cairn {

class ItemPane;
class LocalChanges;

// A ListPage whose detail pane is an ItemPane (src/ui/ItemPane.h): its items are changed in
// Cairn (issue 22) while writing to the source is on — the pane's Edit and Delete, on the list
// too, and a New button above the list (Ctrl+N). An item the list stops showing after a change
// kept in the pane (deleted here, not at the service yet) stays in the pane until another is
// chosen.
class ItemListPage : public ListPage
{
public:
    // Editing on (the pane, the New button); null: off.
    void setLocalChanges(LocalChanges *changes);

protected:
    ItemListPage(LazySqlModel *model, ItemPane *pane, QWidget *parent);

    // Its editing: the New button above the list and its Ctrl+N action (`actionText`), shown
    // while writing is on, both calling `create`; the pane's Edit and Delete keys on the list.
    QPushButton *addEditing(const QString &text, const QString &objectName, const QString &toolTip, const QString &actionText,
                              const std::function<void()> &create);
    LocalChanges *changes() const { return m_changes; }
    // Whether writing to the source is on.
    bool writes() const;
    // What showDetail(id) shows: `id`, or with nothing selected the item held; none when the
    // held item is listed again (its delete undone) and was selected instead.
    std::optional<qint64> itemToShow(qint64 id);
    // A changed item the list no longer shows is held (`id`); whether it still is (by default
    // until another is chosen).
    virtual void hold(qint64 id) { m_held = id; }
    virtual bool stillHeld() const { return true; }

private:
    void updateWriting();

    ItemPane *m_itemPane;
    QPushButton *m_new = nullptr;
    LocalChanges *m_changes = nullptr;
    qint64 m_held = 0;
};

// An ItemListPage of a `Model` and a `Pane` showing its items in a `View` (detail(): the pane's
// view), both made of the read connection, as the page is.
template <class Model, class Pane, class View>
class ItemListPageOf : public ItemListPage
{
public:
    Model *model() const { return m_model; }
    Pane *pane() const { return m_pane; }
    View *detail() const { return m_detail; }

protected:
    ItemListPageOf(ReadConnection &connection, QWidget *parent)
        : ItemListPageOf(new Model(connection), new Pane(connection), parent)
    {
    }

    Model *const m_model;
    Pane *const m_pane;
    View *const m_detail;

private:
    ItemListPageOf(Model *model, Pane *pane, QWidget *parent)
        : ItemListPage(model, pane, parent)
        , m_model(model)
        , m_pane(pane)
        , m_detail(pane->view())
    {
    }
};

} // namespace cairn
