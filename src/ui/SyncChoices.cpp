#include "SyncChoices.h"
#include "SourceViews.h"

#include <QDialog>

namespace cairn {

QDialog *openSyncChoice(SyncEngine &engine, Settings &settings, const QString &source, QWidget *parent,
                        std::function<void()> chosen)
{
    const SourceViews *views = SourceViews::find(source);
    if (!views || !views->choose)
        return nullptr; // nothing to choose: every item syncs
    const SyncChoice choice = views->choose(engine, settings, parent);
    if (!choice.picker)
        return nullptr; // it cannot be asked now
    choice.picker->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(choice.picker, &QDialog::accepted, choice.picker, [save = choice.save, chosen] {
        save();
        chosen();
    });
    choice.picker->open();
    return choice.picker;
}

} // namespace cairn
