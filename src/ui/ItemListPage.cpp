#include "ItemListPage.h"
#include "ItemPane.h"
#include "LocalChanges.h"

#include <QAction>
#include <QHBoxLayout>
#include <QPushButton>
#include <QTableView>

namespace cairn {

ItemListPage::ItemListPage(LazySqlModel *model, ItemPane *pane, QWidget *parent)
    : ListPage(model, pane, parent)
    , m_itemPane(pane)
{
    // The list shows a change at once; the pane keeps an item the list now hides (the pane
    // says why, and Undo brings it back).
    connect(m_itemPane, &ItemPane::changeKept, this, [this](qint64 item) {
        reload();
        if (item && !selectedItemId()) {
            hold(item);
            showDetail(0);
        }
    });
}

QPushButton *ItemListPage::addEditing(const QString &text, const QString &objectName, const QString &toolTip,
                                      const QString &actionText, const std::function<void()> &create)
{
    m_new = new QPushButton(text, this);
    m_new->setObjectName(objectName);
    m_new->setToolTip(toolTip);
    m_new->hide();
    topRow()->addWidget(m_new);
    auto *action = new QAction(actionText, this);
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(action, &QAction::triggered, this, [this, create] {
        if (m_new->isVisible())
            create();
    });
    addAction(action);
    addAction(m_itemPane->editAction()); // F2 with the list focused too
    table()->addAction(m_itemPane->deleteAction()); // the Delete key on the list (not in the filter box)
    connect(m_new, &QPushButton::clicked, this, create);
    return m_new;
}

void ItemListPage::setLocalChanges(LocalChanges *changes)
{
    if (m_changes)
        disconnect(m_changes, nullptr, this, nullptr);
    m_changes = changes;
    m_itemPane->setLocalChanges(changes);
    if (m_changes) // (writing switched for an account)
        connect(m_changes, &LocalChanges::changed, this, &ItemListPage::updateWriting);
    updateWriting();
}

bool ItemListPage::writes() const
{
    return m_changes && m_changes->writes(m_itemPane->source());
}

void ItemListPage::updateWriting()
{
    if (m_new)
        m_new->setVisible(writes());
}

std::optional<qint64> ItemListPage::itemToShow(qint64 id)
{
    updateWriting();
    if (id || !stillHeld())
        m_held = 0;
    else if (m_held && selectItem(m_held)) // listed again (its delete undone): selected, shown
        return std::nullopt;
    return id ? id : m_held;
}

} // namespace cairn
