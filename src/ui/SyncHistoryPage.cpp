#include "SyncHistoryPage.h"
#include "ListViews.h"
#include "RelativeTime.h"
#include "Settings.h"
#include "SyncHistoryModel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QStackedBarSeries>
#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QLineSeries>
#include <QSplitter>
#include <QTableView>
#include <QValueAxis>
#include <QVBoxLayout>

namespace cairn {

namespace {
bool isFull(const SyncRun &r)
{
    return r.mode == SyncMode::Full;
}
} // namespace

SyncHistoryPage::SyncHistoryPage(SyncHistoryModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_table(new QTableView(this))
    , m_source(new QComboBox(this))
    , m_savings(new QLabel(this))
    , m_chart(new QChart)
    , m_chartView(new QChartView(m_chart, this))
{
    m_table->setModel(m_model);
    ui::setUpListTable(m_table);
    m_table->setSortingEnabled(false); // newest first, always
    m_table->setAccessibleName(tr("Sync history"));

    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(180);
    m_chartView->setAccessibleName(tr("API calls and duration per run"));
    m_chartView->setObjectName(QStringLiteral("runChart"));
    m_source->setAccessibleName(tr("Source shown in the chart"));
    m_source->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_savings->setWordWrap(true);
    m_savings->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *chartPane = new QWidget(this);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Chart of:"), chartPane));
    top->addWidget(m_source);
    top->addWidget(m_savings, 1);
    auto *chartLayout = new QVBoxLayout(chartPane);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addLayout(top);
    chartLayout->addWidget(m_chartView, 1);

    m_table->setObjectName(QStringLiteral("runs"));
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("historySplitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(chartPane);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(splitter);
    connect(m_source, &QComboBox::currentIndexChanged, this, &SyncHistoryPage::updateChart);
    m_table->viewport()->installEventFilter(this);
}

bool SyncHistoryPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        ui::fitColumns(m_table, SyncHistoryModel::ErrorText, 220, false);
    return QWidget::eventFilter(watched, event);
}

SyncHistoryPage::Savings SyncHistoryPage::savings(const QList<SyncRun> &newestFirst, const QString &source)
{
    Savings s;
    for (const SyncRun &r : newestFirst) {
        if (r.source != source || r.status != RunStatus::Ok)
            continue;
        if (isFull(r)) {
            s.fullCalls = r.apiCalls;
            return s;
        }
        ++s.incrementalRuns;
        s.incrementalCalls += r.apiCalls;
    }
    return {}; // no full run to compare with
}

QString SyncHistoryPage::savingsText(const Savings &s)
{
    if (s.fullCalls == 0)
        return tr("No full sync recorded yet to compare with.");
    if (s.incrementalRuns == 0)
        return tr("The last full sync took %n API call(s); no incremental run since.", nullptr, s.fullCalls);
    const qint64 wouldHave = qint64(s.incrementalRuns) * s.fullCalls;
    const int percent = wouldHave > 0 ? int(qRound(100.0 * s.saved() / double(wouldHave))) : 0;
    return tr("Since the last full sync (%1 calls), %n incremental run(s) took %2 calls instead of %3: %4 saved (%5 %).",
              nullptr, s.incrementalRuns)
        .arg(countText(s.fullCalls), countText(s.incrementalCalls), countText(wouldHave), countText(s.saved()))
        .arg(percent);
}

void SyncHistoryPage::refresh()
{
    // The error takes the room the other columns leave: the list scrolls sideways only when
    // their headers would not fit.
    ui::fitColumns(m_table, SyncHistoryModel::ErrorText, 220, false);
    QStringList sources;
    for (const SyncRun &r : m_model->runs())
        if (!sources.contains(r.source))
            sources << r.source;
    // The sidebar's order; a source it does not list (none today) after them.
    std::sort(sources.begin(), sources.end(), [this](const QString &a, const QString &b) {
        const qsizetype ia = m_order.contains(a) ? m_order.indexOf(a) : m_order.size();
        const qsizetype ib = m_order.contains(b) ? m_order.indexOf(b) : m_order.size();
        return ia != ib ? ia < ib : a < b;
    });
    const QString current = m_source->currentData().toString();
    {
        const QSignalBlocker block(m_source);
        m_source->clear();
        for (const QString &s : std::as_const(sources))
            m_source->addItem(Settings::displayName(s), s);
        const int at = m_source->findData(current);
        m_source->setCurrentIndex(at >= 0 ? at : 0);
    }
    updateChart();
}

QStringList SyncHistoryPage::tickLabels() const
{
    auto *axis = m_chart->axes(Qt::Horizontal).isEmpty() ? nullptr : qobject_cast<QBarCategoryAxis *>(m_chart->axes(Qt::Horizontal).first());
    QStringList labels = axis ? axis->categories() : QStringList();
    for (QString &l : labels)
        l.remove(QChar(0x200B));
    return labels;
}

void SyncHistoryPage::updateChart()
{
    const QString source = m_source->currentData().toString();
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes())
        m_chart->removeAxis(axis);
    m_charted.clear();
    m_savings->setText(source.isEmpty() ? tr("No runs yet.") : savingsText(savings(m_model->runs(), source)));
    if (source.isEmpty())
        return;
    for (const SyncRun &r : m_model->runs()) { // newest first
        if (r.source == source && r.startedAt.isValid())
            m_charted.prepend(r);
        if (m_charted.size() == kChartRuns)
            break;
    }
    // One bar per run, on its own tick: full runs solid, incremental ones hatched (the legend
    // names both; the colour is not the only difference).
    auto *full = new QBarSet(tr("API calls, full runs"));
    full->setColor(QColor(0x15, 0x65, 0xc0));
    full->setBorderColor(QColor(0x0d, 0x47, 0xa1));
    auto *incremental = new QBarSet(tr("API calls, incremental runs"));
    incremental->setBrush(QBrush(QColor(0x2e, 0x7d, 0x32), Qt::BDiagPattern));
    incremental->setBorderColor(QColor(0x2e, 0x7d, 0x32));
    auto *duration = new QLineSeries;
    duration->setName(tr("Duration (s)"));
    duration->setPointsVisible(true); // a single run's duration is a point
    duration->setPen(QPen(QColor(0xe6, 0x51, 0x00), 2));
    QStringList ticks;
    int maxCalls = 1;
    double maxSeconds = 0.1;
    const bool days = !m_charted.isEmpty() && m_charted.first().startedAt.daysTo(m_charted.last().startedAt) >= 1;
    // Runs in the same minute (a sync now after a scheduled one) are told apart by their seconds.
    bool sameMinute = false;
    for (int i = 1; i < m_charted.size() && !sameMinute; ++i)
        sameMinute = m_charted.at(i).startedAt.toSecsSinceEpoch() / 60 == m_charted.at(i - 1).startedAt.toSecsSinceEpoch() / 60;
    const QString format = QString(days ? QStringLiteral("d MMM ") : QString()) + (sameMinute ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm"));
    for (int i = 0; i < m_charted.size(); ++i) {
        const SyncRun &r = m_charted.at(i);
        full->append(isFull(r) ? r.apiCalls : 0);
        incremental->append(isFull(r) ? 0 : r.apiCalls);
        duration->append(i, r.durationMs() / 1000.0);
        maxCalls = qMax(maxCalls, r.apiCalls);
        maxSeconds = qMax(maxSeconds, r.durationMs() / 1000.0);
        const QDateTime local = r.startedAt.toLocalTime();
        // A tick per run, labelled with its start (runs in the same second keep their own tick:
        // the axis wants distinct names, so an invisible mark tells them apart).
        QString label = QLocale().toString(local, format);
        while (ticks.contains(label))
            label += QChar(0x200B);
        ticks << label;
    }
    auto *bars = new QStackedBarSeries;
    bars->append(full);
    bars->append(incremental);
    bars->setBarWidth(m_charted.size() < 4 ? 0.3 : 0.7);
    m_chart->addSeries(bars);
    m_chart->addSeries(duration);
    auto *time = new QBarCategoryAxis;
    time->append(ticks);
    time->setLabelsAngle(m_charted.size() > 12 ? -90 : 0);
    auto *calls = new QValueAxis;
    calls->setTitleText(tr("API calls"));
    calls->setRange(0, maxCalls * 1.1 + 0.5); // room above the highest bar
    calls->applyNiceNumbers();
    calls->setLabelFormat(QStringLiteral("%.0f"));
    auto *seconds = new QValueAxis;
    seconds->setTitleText(tr("seconds"));
    seconds->setRange(0, maxSeconds * 1.1);
    seconds->applyNiceNumbers();
    m_chart->addAxis(time, Qt::AlignBottom);
    m_chart->addAxis(calls, Qt::AlignLeft);
    m_chart->addAxis(seconds, Qt::AlignRight);
    bars->attachAxis(time);
    bars->attachAxis(calls);
    duration->attachAxis(time);
    duration->attachAxis(seconds);
}

} // namespace cairn
