#include "PullsModel.h"
#include "GitHubRepo.h"
#include "ReadConnection.h"
#include "RelativeTime.h"

#include <QBrush>
#include <QScopedValueRollback>
#include <QPalette>
#include <QGuiApplication>

#include <algorithm>

namespace cairn {

namespace {
QString keyOf(const PullRequest &p)
{
    return p.repo + u'#' + QString::number(p.number);
}
} // namespace

PullsModel::PullsModel(ReadConnection &connection, QObject *parent) : QAbstractTableModel(parent), m_connection(connection) {}

void PullsModel::setFilter(const QString &text)
{
    m_words = text.simplified().split(u' ', Qt::SkipEmptyParts);
    // (QAbstractItemModelTester calls fetchMore from its modelReset slot: refused while signalling.)
    QScopedValueRollback<bool> guard(m_notifying, true);
    beginResetModel();
    m_rows.clear();
    for (const PullRequest &p : std::as_const(m_all))
        if ((m_showDeleted || !p.deleted) && matches(p))
            m_rows.append(p);
    applySort();
    m_shown = std::min<int>(kBatch, int(m_rows.size()));
    endResetModel();
}

void PullsModel::setShowDeleted(bool show)
{
    m_showDeleted = show;
    setFilter(m_words.join(u' '));
}

void PullsModel::reload()
{
    m_all.clear();
    m_reviews.clear();
    m_totalLive = 0;
    if (m_connection.ensureOpen()) {
        m_all = GitHubRepo::pulls(m_connection.db());
        for (const PullReview &r : GitHubRepo::reviews(m_connection.db()))
            m_reviews[r.repo + u'#' + QString::number(r.number)].append(r);
    }
    for (const PullRequest &p : std::as_const(m_all))
        m_totalLive += p.deleted ? 0 : 1;
    setFilter(m_words.join(u' '));
}

bool PullsModel::matches(const PullRequest &p) const
{
    const QString hay = QStringList{p.repo, QStringLiteral("#%1").arg(p.number), p.title, p.author, p.labels.join(u' ')}.join(u' ');
    for (const QString &w : m_words)
        if (!hay.contains(w, Qt::CaseInsensitive))
            return false;
    return true;
}

QList<PullReview> PullsModel::reviewsAt(int row) const
{
    return m_reviews.value(keyOf(m_rows.at(row)));
}

QString PullsModel::reviewStatus(const PullRequest &p, const QList<PullReview> &reviews)
{
    QHash<QString, QString> latest; // reviewer → state of the last review that decided something
    for (const PullReview &r : reviews)
        if (r.state != QLatin1String("PENDING") && (r.state != QLatin1String("COMMENTED") || !latest.contains(r.author)))
            latest.insert(r.author, r.state);
    const QList<QString> states = latest.values();
    if (states.contains(QStringLiteral("CHANGES_REQUESTED")))
        return tr("changes requested");
    if (states.contains(QStringLiteral("APPROVED")))
        return tr("approved");
    if (!p.requestedReviewers.isEmpty())
        return tr("review requested");
    if (!states.isEmpty())
        return tr("commented");
    return {};
}

void PullsModel::applySort()
{
    const int column = m_sortColumn;
    const bool asc = m_sortOrder == Qt::AscendingOrder;
    const auto key = [this, column](const PullRequest &p) -> QVariant {
        switch (column) {
        case Repo: return p.repo.toLower();
        case Number: return p.number;
        case Title: return p.title.toLower();
        case State: return stateText(p);
        case Author: return p.author.toLower();
        case ReviewStatus: return reviewStatus(p, m_reviews.value(keyOf(p)));
        default: return p.updatedAt;
        }
    };
    std::stable_sort(m_rows.begin(), m_rows.end(), [&](const PullRequest &a, const PullRequest &b) {
        const int c = QVariant::compare(key(a), key(b)) == QPartialOrdering::Less    ? -1
                      : QVariant::compare(key(a), key(b)) == QPartialOrdering::Greater ? 1
                                                                                      : 0;
        return asc ? c < 0 : c > 0;
    });
}

void PullsModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    setFilter(m_words.join(u' '));
}

bool PullsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_notifying && m_shown < m_rows.size();
}

void PullsModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const int more = std::min<int>(kBatch, int(m_rows.size()) - m_shown);
    QScopedValueRollback<bool> guard(m_notifying, true);
    beginInsertRows({}, m_shown, m_shown + more - 1);
    m_shown += more;
    endInsertRows();
}

QString PullsModel::stateText(const PullRequest &p)
{
    if (p.deleted)
        return tr("deleted");
    if (p.merged())
        return tr("merged");
    if (p.state == QLatin1String("closed"))
        return tr("closed");
    return p.draft ? tr("draft") : tr("open");
}

int PullsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_shown;
}

int PullsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PullsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PullRequest &p = m_rows.at(index.row());
    if (role == DeletedRole)
        return p.deleted;
    if (role == UrlRole)
        return p.htmlUrl;
    if (role == Qt::ForegroundRole && p.deleted)
        return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
    if (role == Qt::ToolTipRole && index.column() == Title)
        return p.body.left(500);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Repo: return p.repo;
    case Number: return p.number;
    case Title: return p.title;
    case State: return stateText(p);
    case Author: return p.author;
    case ReviewStatus: return reviewStatus(p, m_reviews.value(keyOf(p)));
    case Updated: return relativeTime(p.updatedAt, QDateTime::currentDateTimeUtc());
    default: return {};
    }
}

QVariant PullsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Repo: return tr("Repository");
    case Number: return tr("#");
    case Title: return tr("Title");
    case State: return tr("State");
    case Author: return tr("Author");
    case ReviewStatus: return tr("Review status");
    case Updated: return tr("Updated");
    default: return {};
    }
}

} // namespace cairn
