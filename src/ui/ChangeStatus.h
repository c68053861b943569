#pragma once
#include "Outbox.h"

#include <QFrame>
#include <QHash>
#include <QIcon>

class QVBoxLayout;

namespace cairn {

// What the window shows of an item's changes that the service does not have yet, for any
// source that writes: one line per change — pending (a clock: it goes with the next sync),
// being sent, or refused by the service (with Try again and Discard); a delete that waits has
// Undo. A conflict has its own view (ConflictView). Hidden when there is nothing to show.
class ChangeStatus : public QFrame
{
    Q_OBJECT
public:
    // `service`: the service's name ("Asana"); `labels`: each field's label as the form says it.
    ChangeStatus(const QString &service, QHash<QString, QString> labels, QWidget *parent = nullptr);

    // The item's open changes (OutboxRepo::openFor); conflicts are left to ConflictView.
    void showChanges(const QList<OutboxChange> &changes);

    // The mark of a change in `state`, in lists and here: a clock while it waits or is being
    // sent, a warning for a conflict, an error sign for a refusal.
    static QIcon icon(OutboxState state);
    // A list's tooltip for an item with changes in `state`.
    static QString itemTip(OutboxState state, const QString &service);

Q_SIGNALS:
    void retryRequested(qint64 change);
    void discardRequested(qint64 change);

private:
    QString line(const OutboxChange &change) const;

    QString m_service;
    QHash<QString, QString> m_labels;
    QVBoxLayout *m_lines;
};

} // namespace cairn
