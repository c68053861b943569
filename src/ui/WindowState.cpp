#include "WindowState.h"
#include "Settings.h"

#include <QEvent>
#include <QHeaderView>
#include <QMainWindow>
#include <QSplitter>
#include <QTableView>
#include <QTimer>

namespace cairn::windowstate {

namespace {
// A widget's place in the window by the names of it and its parents ("" when it has none of
// its own, or sits in no named page: nothing saved).
QString pathOf(const QWidget *w, const QWidget *window)
{
    if (w->objectName().isEmpty())
        return {};
    QStringList names;
    for (const QObject *o = w; o && o != window; o = o->parent())
        if (!o->objectName().isEmpty())
            names.prepend(o->objectName());
    return names.join(QLatin1Char('/'));
}

// A splitter's sizes apply to its size: they are restored once it is shown and laid out (a
// hidden page's splitter has no size of its own yet).
class PendingSplitter : public QObject
{
public:
    PendingSplitter(QSplitter *splitter, const QByteArray &state)
        : QObject(splitter)
        , m_state(state)
    {
        splitter->installEventFilter(this);
    }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Show) {
            auto *splitter = static_cast<QSplitter *>(watched);
            splitter->removeEventFilter(this);
            QTimer::singleShot(0, splitter, [splitter, state = m_state] { splitter->restoreState(state); });
            deleteLater();
        }
        return false;
    }

private:
    QByteArray m_state;
};

void restoreWhenShown(QSplitter *splitter, const QByteArray &state)
{
    splitter->restoreState(state); // the orientation and collapsed panes at once
    new PendingSplitter(splitter, state);
}

template<typename Each>
void forEachPart(QMainWindow *window, Each each)
{
    for (QSplitter *splitter : window->findChildren<QSplitter *>())
        if (const QString path = pathOf(splitter, window); !path.isEmpty())
            each(path, splitter, static_cast<QHeaderView *>(nullptr));
    for (QTableView *table : window->findChildren<QTableView *>())
        if (const QString path = pathOf(table, window); !path.isEmpty() && table->window() == window)
            each(path, static_cast<QSplitter *>(nullptr), table->horizontalHeader());
}
} // namespace

void save(QMainWindow *window, Settings &settings, const QString &page)
{
    QVariantMap layout = settings.value(QStringLiteral("window/layout")).toMap();
    forEachPart(window, [&layout](const QString &path, QSplitter *splitter, QHeaderView *header) {
        if (splitter)
            layout.insert(path, splitter->saveState());
        else if (header->property("cairnUserSized").toBool()) // else they fit the width again
            layout.insert(path, header->saveState());
    });
    settings.setValue(QStringLiteral("window/geometry"), window->saveGeometry());
    settings.setValue(QStringLiteral("window/layout"), layout);
    settings.setValue(QStringLiteral("window/page"), page);
}

QString restore(QMainWindow *window, Settings &settings)
{
    const QByteArray geometry = settings.value(QStringLiteral("window/geometry")).toByteArray();
    if (!geometry.isEmpty())
        window->restoreGeometry(geometry);
    const QVariantMap layout = settings.value(QStringLiteral("window/layout")).toMap();
    forEachPart(window, [&layout](const QString &path, QSplitter *splitter, QHeaderView *header) {
        const QByteArray state = layout.value(path).toByteArray();
        if (state.isEmpty())
            return;
        if (splitter)
            restoreWhenShown(splitter, state);
        else if (header->restoreState(state))
            header->setProperty("cairnUserSized", true);
    });
    return settings.value(QStringLiteral("window/page")).toString();
}

} // namespace cairn::windowstate
