#include "SyncHistoryModel.h"
#include "Error.h"
#include "ReadConnection.h"
#include "Settings.h"
#include "SyncRunsRepo.h"
#include "DateText.h"
#include "Words.h"

#include <QApplication>
#include "WindowText.h"

#include <QLocale>
#include <QPalette>

namespace cairn {

SyncHistoryModel::SyncHistoryModel(ReadConnection &connection, QObject *parent)
    : QAbstractTableModel(parent)
    , m_connection(connection)
{
}

void SyncHistoryModel::reload()
{
    QList<SyncRun> runs;
    if (m_connection.ensureOpen()) {
        try {
            runs = SyncRunsRepo::list(m_connection.db(), QString(), m_limit);
        } catch (const Error &) {
            runs.clear(); // the window's banner reports store failures
        }
    }
    if (runs.size() == m_runs.size() && !runs.isEmpty()) {
        bool sameRows = true;
        for (qsizetype i = 0; i < runs.size() && sameRows; ++i)
            sameRows = runs.at(i).id == m_runs.at(i).id;
        if (sameRows) { // the running run progressed: keep selection and scroll
            m_runs = runs;
            Q_EMIT dataChanged(index(0, 0), index(int(m_runs.size()) - 1, ColumnCount - 1));
            return;
        }
    }
    beginResetModel();
    m_runs = runs;
    endResetModel();
}

int SyncHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int SyncHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SyncHistoryModel::statusText(RunStatus status)
{
    switch (status) {
    case RunStatus::Ok: return tr("OK");
    case RunStatus::Running: return tr("Running");
    case RunStatus::Failed: return tr("Failed");
    case RunStatus::Cancelled: return tr("Cancelled");
    case RunStatus::NeedsSignIn: return tr("Needs sign-in");
    case RunStatus::Busy:
    case RunStatus::Skipped: break; // never recorded
    }
    return statusName(status);
}

QString SyncHistoryModel::durationText(qint64 ms)
{
    if (ms < 1000)
        return tr("%1 ms").arg(ms);
    if (ms < 60'000)
        return tr("%1 s").arg(QLocale().toString(ms / 1000.0, 'f', 1));
    return tr("%1 min %2 s").arg(ms / 60'000).arg((ms / 1000) % 60);
}

QVariant SyncHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SyncRun &r = m_runs.at(index.row());
    const bool finished = r.finishedAt.isValid();
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case When:
            return role == Qt::ToolTipRole ? dates::exact(r.startedAt) : dates::relative(r.startedAt);
        case Source: return Settings::displayName(r.source);
        case Scope: return r.scope;
        case Mode: return words::syncMode(r.mode);
        case Status: return statusText(r.status);
        case Duration: return finished ? durationText(r.durationMs()) : QString();
        case ApiCalls: return finished ? QVariant(r.apiCalls) : QVariant();
        case Created: return finished ? QVariant(r.created) : QVariant();
        case Updated: return finished ? QVariant(r.updated) : QVariant();
        case Deleted: return finished ? QVariant(r.deleted) : QVariant();
        case Skipped: return finished ? QVariant(r.skipped) : QVariant();
        case ErrorText: return windowText(r.error);
        }
        return {};
    }
    if (role == Qt::TextAlignmentRole && index.column() >= Duration && index.column() <= Skipped)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == Status) {
        if (r.status == RunStatus::Failed || r.status == RunStatus::NeedsSignIn)
            return QColor(0xc0, 0x39, 0x2b);
        if (r.status == RunStatus::Cancelled)
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
    }
    if (role == RunIdRole)
        return r.id;
    return {};
}

QVariant SyncHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When: return tr("When");
    case Source: return tr("Source");
    case Scope: return tr("Scope");
    case Mode: return tr("Mode");
    case Status: return tr("Status");
    case Duration: return tr("Duration");
    case ApiCalls: return tr("API calls");
    case Created: return tr("Created");
    case Updated: return tr("Updated");
    case Deleted: return tr("Deleted");
    case Skipped: return tr("Unchanged");
    case ErrorText: return tr("Error");
    }
    return {};
}

} // namespace cairn
