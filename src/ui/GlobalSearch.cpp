#include "GlobalSearch.h"
#include "Database.h"
#include "Error.h"
#include "ReadConnection.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QTextDocument>
#include <QTimer>
#include <QTreeView>
#include <QUuid>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace cairn {

namespace {
const QString kOpen = QStringLiteral("\x02");
const QString kClose = QStringLiteral("\x03");

// A hit: its title on the first line, the snippet (match in bold) greyed below.
class HitDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QString snippet = index.data(GlobalSearch::SnippetRole).toString();
        if (!index.parent().isValid() || snippet.isEmpty()) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString title = opt.text;
        opt.text.clear();
        QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
        const bool selected = opt.state & QStyle::State_Selected;
        const QColor text = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
        QColor dim = text;
        dim.setAlphaF(0.65);
        QTextDocument doc;
        doc.setDefaultFont(opt.font);
        doc.setHtml(QStringLiteral("<div style='color:%1'>%2</div><div style='color:%3'>%4</div>")
                        .arg(text.name(), title.toHtmlEscaped(), dim.name(QColor::HexArgb), snippet));
        doc.setTextWidth(opt.rect.width() - 8);
        painter->save();
        painter->translate(opt.rect.topLeft() + QPoint(4, 2));
        painter->setClipRect(QRect(0, 0, opt.rect.width() - 8, opt.rect.height() - 2));
        doc.drawContents(painter);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize s = QStyledItemDelegate::sizeHint(option, index);
        if (index.parent().isValid() && !index.data(GlobalSearch::SnippetRole).toString().isEmpty())
            s.setHeight(option.fontMetrics.height() * 2 + 10);
        return s;
    }
};
} // namespace

GlobalSearch::GlobalSearch(ReadConnection &connection, QWidget *parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_input(new QLineEdit(this))
    , m_view(new QTreeView(this))
    , m_model(new QStandardItemModel(this))
    , m_status(new QLabel(this))
    , m_delay(new QTimer(this))
{
    setWindowTitle(tr("Search everything"));
    resize(640, 460);
    m_input->setPlaceholderText(tr("Search contacts, projects, tasks, pull requests, issues…"));
    m_input->setClearButtonEnabled(true);
    m_input->setAccessibleName(tr("Search everything"));
    m_input->installEventFilter(this);
    m_view->setModel(m_model);
    m_view->setHeaderHidden(true);
    m_view->setRootIsDecorated(false);
    m_view->setItemsExpandable(false);
    m_view->setUniformRowHeights(false);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setItemDelegate(new HitDelegate(m_view));
    m_view->setAccessibleName(tr("Search results"));
    m_status->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_input);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);

    m_delay->setSingleShot(true);
    m_delay->setInterval(120);
    connect(m_delay, &QTimer::timeout, this, &GlobalSearch::search);
    connect(m_input, &QLineEdit::textChanged, m_delay, qOverload<>(&QTimer::start));
    connect(m_view, &QTreeView::activated, this, &GlobalSearch::openCurrent);
    search();
}

QString GlobalSearch::kindTitle(SearchIndex::Kind kind)
{
    switch (kind) {
    case SearchIndex::Kind::Contact: return tr("Contacts");
    case SearchIndex::Kind::Project: return tr("Asana projects");
    case SearchIndex::Kind::Task: return tr("Asana tasks");
    case SearchIndex::Kind::PullRequest: return tr("Pull requests");
    case SearchIndex::Kind::JiraIssue: return tr("Jira issues");
    }
    return {};
}

QString GlobalSearch::snippetHtml(const QString &marked)
{
    QString html = marked.toHtmlEscaped();
    html.replace(kOpen, QStringLiteral("<b>"));
    html.replace(kClose, QStringLiteral("</b>"));
    return html;
}

struct GlobalSearch::Found
{
    QString text; // what was searched for
    struct Group
    {
        SearchIndex::Kind kind;
        QList<SearchIndex::Hit> hits;
    };
    QList<Group> groups;
    bool cut = false; // only the first words were searched for
    QString unreadable; // the cache could not be opened
    QString failure; // the search failed
    qint64 ms = 0;
};

// A read connection of its own for this search (a QSqlDatabase belongs to the thread that
// opened it), every kind's best, the kind with the best match first.
GlobalSearch::Found GlobalSearch::find(const QString &path, const QString &text)
{
    QElapsedTimer timer;
    timer.start();
    GlobalSearch::Found found;
    found.text = text;
    found.cut = SearchIndex::bounded(text).cut;
    const QString name = QStringLiteral("cairn-ui-search-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db;
        try {
            db = Database::open(path, name, Database::Role::Reader);
        } catch (const Error &e) {
            found.unreadable = e.message;
        }
        if (found.unreadable.isEmpty()) {
            try {
                for (SearchIndex::Kind kind : SearchIndex::kAllKinds) {
                    QList<SearchIndex::Hit> hits = SearchIndex::query(db, text, kind, kPerKind, kOpen, kClose);
                    if (!hits.isEmpty())
                        found.groups.append({kind, hits});
                }
            } catch (const Error &e) {
                found.failure = e.message;
            }
        }
    }
    Database::close(name);
    // The kind with the best match first (FTS5's rank: lower is better).
    std::stable_sort(found.groups.begin(), found.groups.end(),
                     [](const auto &a, const auto &b) { return a.hits.first().rank < b.hits.first().rank; });
    found.ms = timer.elapsed();
    return found;
}

void GlobalSearch::search()
{
    m_delay->stop();
    const QString text = m_input->text().simplified();
    m_requested = text;
    m_requestPending = !text.isEmpty();
    if (text.isEmpty()) {
        m_model->clear();
        m_status->setText(tr("Type to search every source at once — it works offline."));
        Q_EMIT searched(text);
        return;
    }
    auto *watcher = new QFutureWatcher<Found>(this);
    connect(watcher, &QFutureWatcher<Found>::finished, this, [this, watcher] {
        watcher->deleteLater();
        showResults(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(&GlobalSearch::find, m_connection.databasePath(), text));
}

void GlobalSearch::showResults(const Found &found)
{
    if (found.text != m_requested || !m_requestPending)
        return; // an answer to a text typed before: a newer search is under way or shown
    m_requestPending = false;
    const bool open = std::exchange(m_openWhenShown, false);
    m_model->clear();
    if (!found.unreadable.isEmpty()) {
        m_status->setText(tr("The cache cannot be read: %1").arg(found.unreadable));
        Q_EMIT searched(found.text);
        return;
    }
    if (!found.failure.isEmpty()) {
        m_status->setText(tr("The search failed: %1").arg(found.failure));
        Q_EMIT searched(found.text);
        return;
    }
    int count = 0;
    QFont bold = font();
    bold.setBold(true);
    for (const Found::Group &g : found.groups) {
        auto *heading = new QStandardItem(kindTitle(g.kind));
        heading->setFlags(Qt::ItemIsEnabled);
        heading->setFont(bold);
        for (const SearchIndex::Hit &hit : g.hits) {
            const QString title = hit.title.isEmpty() ? tr("(untitled)") : hit.title;
            auto *item = new QStandardItem(title);
            item->setData(int(hit.kind), KindRole);
            item->setData(hit.id, ItemIdRole);
            item->setData(snippetHtml(hit.snippet), SnippetRole);
            // Plain text, whatever the service put in it: a tooltip that looks like HTML would
            // be rendered as HTML (and load its images).
            const QString snippet = QString(hit.snippet).remove(kOpen).remove(kClose);
            item->setToolTip(Qt::convertFromPlainText(snippet == title ? title : title + QLatin1Char('\n') + snippet,
                                                      Qt::WhiteSpaceNormal));
            heading->appendRow(item);
            ++count;
        }
        m_model->appendRow(heading);
    }
    m_view->expandAll();
    const QString cut = found.cut ? QLatin1Char(' ') + tr("(only the first %1 words were searched for)").arg(SearchIndex::kMaxWords)
                                  : QString();
    if (count == 0) {
        m_status->setText(tr("Nothing matches “%1”.").arg(found.text) + cut);
        Q_EMIT searched(found.text);
        return;
    }
    m_status->setText(tr("%n result(s) in %1 ms — Enter opens the selected one", nullptr, count).arg(found.ms) + cut);
    m_view->setCurrentIndex(m_model->index(0, 0, m_model->index(0, 0)));
    Q_EMIT searched(found.text);
    if (open)
        openCurrent();
}

void GlobalSearch::openCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || !current.parent().isValid())
        return;
    Q_EMIT openRequested(SearchIndex::Kind(current.data(KindRole).toInt()), current.data(ItemIdRole).toLongLong());
    accept();
}

void GlobalSearch::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    m_input->setFocus(Qt::PopupFocusReason);
    m_input->selectAll();
}

bool GlobalSearch::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_input && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (m_delay->isActive())
                search();
            if (m_requestPending)
                m_openWhenShown = true; // the first result of what was typed, once it is in
            else
                openCurrent();
            return true;
        }
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) {
            // Arrows move through the results, skipping the headings, while typing goes on.
            QList<QModelIndex> hits;
            for (int g = 0; g < m_model->rowCount(); ++g)
                for (int r = 0; r < m_model->item(g)->rowCount(); ++r)
                    hits.append(m_model->index(r, 0, m_model->index(g, 0)));
            if (hits.isEmpty())
                return true;
            qsizetype at = hits.indexOf(m_view->currentIndex());
            at = key->key() == Qt::Key_Down ? qMin(at + 1, hits.size() - 1) : qMax<qsizetype>(at - 1, 0);
            m_view->setCurrentIndex(hits.at(at));
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace cairn
