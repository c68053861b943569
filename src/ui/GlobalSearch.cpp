#include "GlobalSearch.h"
#include "SourceViews.h"
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

// `marked` (matches between kOpen and kClose) cut to fit `width` in `fm`, "…" at the cut,
// a match the cut splits closed.
QString elideMarked(const QString &marked, const QFontMetrics &fm, int width)
{
    const QString plain = QString(marked).remove(kOpen).remove(kClose);
    if (fm.horizontalAdvance(plain) <= width)
        return marked;
    const qsizetype keep = qMax<qsizetype>(0, fm.elidedText(plain, Qt::ElideRight, width).size() - 1);
    QString out;
    bool open = false;
    qsizetype seen = 0;
    for (qsizetype i = 0; i < marked.size() && seen < keep; ++i) {
        const QChar c = marked.at(i);
        if (c == kOpen.at(0) || c == kClose.at(0))
            open = c == kOpen.at(0);
        else
            ++seen;
        out += c;
    }
    if (open)
        out += kClose;
    return out + QChar(0x2026);
}

// A hit on three lines, each one line high and elided, never wrapped or cut: its title, what
// tells it apart (organisation, project, repository, status), and the snippet (the match in
// bold), both greyed.
class HitDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        if (!index.parent().isValid()) {
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
        const int width = opt.rect.width() - 8;
        const int line = opt.fontMetrics.height();
        QFont bold = opt.font;
        bold.setBold(true);
        const QFontMetrics boldMetrics(bold);
        painter->save();
        painter->setClipRect(opt.rect);
        painter->setFont(opt.font);
        painter->setPen(text);
        QRect r(opt.rect.left() + 4, opt.rect.top() + 2, width, line);
        painter->drawText(r, Qt::AlignLeft | Qt::AlignVCenter, opt.fontMetrics.elidedText(title, Qt::ElideRight, width));
        painter->setPen(dim);
        const QString context = index.data(GlobalSearch::ContextRole).toString();
        if (!context.isEmpty()) {
            r.translate(0, line);
            painter->drawText(r, Qt::AlignLeft | Qt::AlignVCenter, opt.fontMetrics.elidedText(context, Qt::ElideRight, width));
        }
        const QString snippet = index.data(GlobalSearch::MarkedSnippetRole).toString();
        if (!snippet.isEmpty()) {
            r.translate(0, line);
            QTextDocument doc;
            doc.setDefaultFont(opt.font);
            doc.setDocumentMargin(0);
            QTextOption noWrap;
            noWrap.setWrapMode(QTextOption::NoWrap);
            doc.setDefaultTextOption(noWrap);
            doc.setHtml(QStringLiteral("<span style='color:%1'>%2</span>")
                            .arg(dim.name(QColor::HexArgb), GlobalSearch::snippetHtml(elideMarked(snippet, boldMetrics, width))));
            painter->translate(r.topLeft());
            doc.drawContents(painter, QRectF(0, 0, width, line));
        }
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize s = QStyledItemDelegate::sizeHint(option, index);
        if (index.parent().isValid())
            s.setHeight(option.fontMetrics.height() * GlobalSearch::linesOf(index) + 6);
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
    for (const SourceViews *views : SourceViews::all())
        for (const SourceViews::SearchKind &k : views->searchKinds)
            if (k.kind == kind)
                return SourceViews::translated("cairn::GlobalSearch", k.title);
    return SearchIndex::kindName(kind); // a kind without views of its own
}

int GlobalSearch::linesOf(const QModelIndex &index)
{
    return 1 + (index.data(ContextRole).toString().isEmpty() ? 0 : 1) + (index.data(MarkedSnippetRole).toString().isEmpty() ? 0 : 1);
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
                for (SearchIndex::Kind kind : SearchIndex::kinds()) {
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
    // The kind with the best match first: a title match, then FTS5's rank (lower is better).
    std::stable_sort(found.groups.begin(), found.groups.end(), [](const auto &a, const auto &b) {
        const SearchIndex::Hit &x = a.hits.first(), &y = b.hits.first();
        return x.inTitle != y.inTitle ? x.inTitle : x.rank < y.rank;
    });
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
            item->setData(hit.snippet, MarkedSnippetRole);
            item->setData(hit.context, ContextRole);
            item->setData(QString(hit.snippet).remove(kOpen).remove(kClose), PlainSnippetRole);
            // Plain text, whatever the service put in it: a tooltip that looks like HTML would
            // be rendered as HTML (and load its images).
            QStringList tip{title, hit.context, item->data(PlainSnippetRole).toString()};
            tip.removeAll(QString());
            item->setToolTip(Qt::convertFromPlainText(tip.join(QLatin1Char('\n')), Qt::WhiteSpaceNormal));
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
