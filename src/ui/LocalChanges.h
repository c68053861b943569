#pragma once
#include "SendOutbox.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace cairn {

class ReadConnection;
class Settings;
class StoreWriter;

// The window's side of the outbox (issue 22; docs/architecture.md §7), for every source that
// writes: whether writing to a source is on, a person's change kept the way the command line
// keeps it (queueChange: prepared, added and shown in the cache in one transaction of the
// writer), and a conflict or a failure resolved. Every write is asynchronous; the window
// reloads what it changed through the writer's changed() (the source's and "outbox").
class LocalChanges : public QObject
{
    Q_OBJECT
public:
    LocalChanges(StoreWriter &writer, const Settings &settings, QObject *parent = nullptr);

    // The writing side of `source` while writing is switched on for `account` (writingOn():
    // the account's own switch, else the source's setting); null while it is read-only (the
    // default: then the window offers no editing of that account's items).
    const WriteFacts *writes(const QString &source, const QString &account) const;
    // …while writing is on for at least one account of `source` (New contact, New task).
    const WriteFacts *writes(const QString &source) const;
    // The accounts of `source` writing is on for, "default" first.
    QStringList accountsWriting(const QString &source) const;

    // What comes of a write, on the window's thread: the change as kept, or why nothing was
    // written (one line). Called only while `context` (when given) still exists.
    using Done = std::function<void(const OutboxChange &change)>;
    using Refused = std::function<void(const QString &message)>;

    // Keeps a person's change (queueChange).
    void queue(const QString &source, const QString &account, const QString &action, const QString &item,
               const QJsonObject &fields, QObject *context, Done done = {}, Refused refused = {});
    // A conflict of change `id` on `field` ("" for all of them): resolveConflict().
    void resolve(qint64 id, const QString &field, Resolution how, QObject *context = nullptr, Refused refused = {});
    // A failed change sent again with the next sync, or discarded (the cache shows the
    // service's values again).
    void retry(qint64 id, QObject *context = nullptr, Refused refused = {});
    void discard(qint64 id, QObject *context = nullptr, Refused refused = {});

    // The values a person sees now of `item`'s fields that an edit may change (the cache's,
    // with the open changes over them), as the source's prepare() reads them. Throws cairn::Error.
    static QJsonObject currentValues(QSqlDatabase &db, const WriteFacts &writes, const QString &account, const QString &item);
    // The changes not done of an item, oldest first ({} when the cache cannot be read).
    static QList<OutboxChange> openFor(ReadConnection &connection, const QString &source, const QString &account,
                                       const QString &item);

    // Writing back was switched on or off for an account of `source` (the Accounts dialog):
    // changed(), so that panes offer editing as the switch says now.
    void writingSwitched(const QString &source) { Q_EMIT changed(source); }

Q_SIGNALS:
    // A change of `source` was kept or resolved (after the writer's changed()), or writing to
    // it was switched.
    void changed(const QString &source);

private:
    QCoro::Task<> write(QString source, std::function<std::optional<OutboxChange>(QSqlDatabase &)> work,
                        QPointer<QObject> context, Done done, Refused refused);

    StoreWriter &m_writer;
    const Settings &m_settings;
};

} // namespace cairn
