#include "SyncHistoryPage.h"
#include "ListViews.h"
#include "RelativeTime.h"
#include "Settings.h"
#include "SyncHistoryModel.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSplitter>
#include <QTableView>
#include <QValueAxis>
#include <QVBoxLayout>

namespace cairn {

namespace {
constexpr int kChartRuns = 200; // the newest runs of the source

bool isFull(const SyncRun &r)
{
    return r.mode == QLatin1String("full");
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

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(chartPane);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(splitter);
    connect(m_source, &QComboBox::currentIndexChanged, this, &SyncHistoryPage::updateChart);
}

SyncHistoryPage::Savings SyncHistoryPage::savings(const QList<SyncRun> &newestFirst, const QString &source)
{
    Savings s;
    for (const SyncRun &r : newestFirst) {
        if (r.source != source || r.status != QLatin1String("ok"))
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
    if (!m_sized && m_model->rowCount() > 0) {
        m_sized = true;
        m_table->resizeColumnsToContents();
        for (int c = 0; c < SyncHistoryModel::ErrorText; ++c)
            m_table->setColumnWidth(c, qMin(m_table->columnWidth(c) + 16, 220));
    }
    QStringList sources;
    for (const SyncRun &r : m_model->runs())
        if (!sources.contains(r.source))
            sources << r.source;
    std::sort(sources.begin(), sources.end());
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

void SyncHistoryPage::updateChart()
{
    const QString source = m_source->currentData().toString();
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes())
        m_chart->removeAxis(axis);
    m_savings->setText(source.isEmpty() ? tr("No runs yet.") : savingsText(savings(m_model->runs(), source)));
    if (source.isEmpty())
        return;

    auto *full = new QScatterSeries;
    full->setName(tr("API calls, full runs"));
    full->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    full->setMarkerSize(9);
    auto *incremental = new QScatterSeries;
    incremental->setName(tr("API calls, incremental runs"));
    incremental->setMarkerSize(7);
    auto *duration = new QLineSeries;
    duration->setName(tr("Duration (s)"));
    int shown = 0;
    int maxCalls = 1;
    double maxSeconds = 0.1;
    QDateTime first, last;
    for (const SyncRun &r : m_model->runs()) { // newest first
        if (r.source != source || !r.startedAt.isValid())
            continue;
        if (++shown > kChartRuns)
            break;
        const qreal x = qreal(r.startedAt.toMSecsSinceEpoch());
        (isFull(r) ? full : incremental)->append(x, r.apiCalls);
        duration->append(x, r.durationMs() / 1000.0);
        maxCalls = qMax(maxCalls, r.apiCalls);
        maxSeconds = qMax(maxSeconds, r.durationMs() / 1000.0);
        last = last.isValid() ? last : r.startedAt;
        first = r.startedAt;
    }
    // QLineSeries wants increasing x: the runs came newest first.
    QList<QPointF> points = duration->points();
    std::reverse(points.begin(), points.end());
    duration->replace(points);

    m_chart->addSeries(duration);
    m_chart->addSeries(full);
    m_chart->addSeries(incremental);
    auto *time = new QDateTimeAxis;
    time->setFormat(first.daysTo(last) >= 1 ? QStringLiteral("dd MMM") : QStringLiteral("HH:mm"));
    time->setRange(first.addSecs(-60).toLocalTime(), last.addSecs(60).toLocalTime());
    auto *calls = new QValueAxis;
    calls->setTitleText(tr("API calls"));
    calls->setRange(0, maxCalls * 1.1 + 0.5); // room above the highest point
    calls->applyNiceNumbers();
    calls->setLabelFormat(QStringLiteral("%.0f"));
    auto *seconds = new QValueAxis;
    seconds->setTitleText(tr("seconds"));
    seconds->setRange(0, maxSeconds * 1.1);
    seconds->applyNiceNumbers();
    m_chart->addAxis(time, Qt::AlignBottom);
    m_chart->addAxis(calls, Qt::AlignLeft);
    m_chart->addAxis(seconds, Qt::AlignRight);
    for (QAbstractSeries *s : {static_cast<QAbstractSeries *>(full), static_cast<QAbstractSeries *>(incremental)}) {
        s->attachAxis(time);
        s->attachAxis(calls);
    }
    duration->attachAxis(time);
    duration->attachAxis(seconds);
}

} // namespace cairn
