#pragma once
#include "SyncRun.h"

#include <QAbstractTableModel>
#include <QList>

namespace cairn {

class ReadConnection;

// The recorded runs of every source (sync_runs), newest first.
class SyncHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { When, Source, Scope, Mode, Status, Duration, ApiCalls, Created, Updated, Deleted, Skipped, ErrorText, ColumnCount };
    enum Role { RunIdRole = Qt::UserRole + 1 };

    explicit SyncHistoryModel(ReadConnection &connection, QObject *parent = nullptr);

    void setLimit(int runs) { m_limit = runs; }
    void reload();
    SyncRun runAt(int row) const { return m_runs.value(row); }
    const QList<SyncRun> &runs() const { return m_runs; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusText(RunStatus status);
    static QString durationText(qint64 ms);

private:
    ReadConnection &m_connection;
    QList<SyncRun> m_runs;
    int m_limit = 1000;
};

} // namespace cairn
