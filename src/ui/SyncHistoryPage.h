#pragma once
#include "SyncRun.h"

#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QTableView;

namespace cairn {

class SyncHistoryModel;

// The Sync history page: the table of runs above a chart (Qt Charts) of one source's newest
// runs, one bar per run on its own tick (API calls; full runs solid, incremental ones hatched
// and named apart in the legend) and its duration as a line with a point per run; and a line
// saying how many calls the incremental runs saved against the last full run.
class SyncHistoryPage : public QWidget
{
    Q_OBJECT
public:
    explicit SyncHistoryPage(SyncHistoryModel *model, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QChartView *chartView() const { return m_chartView; }
    QComboBox *sourceBox() const { return m_source; }
    QLabel *savingsLabel() const { return m_savings; }

    // After the model reloaded: the source list, the chart and the savings line.
    void refresh();
    // The order of the sources in the chart's list (the sidebar's); others follow by name.
    void setSourceOrder(const QStringList &sources) { m_order = sources; }
    // The runs in the chart, oldest first (one bar each), and their tick labels.
    QList<SyncRun> chartedRuns() const { return m_charted; }
    QStringList tickLabels() const;
    static constexpr int kChartRuns = 40; // the newest runs of the source

    // What the incremental runs of `source` since its last successful full run cost, against
    // what as many full runs would have.
    struct Savings
    {
        int fullCalls = 0;        // API calls of that full run (0: none yet)
        int incrementalRuns = 0;  // successful incremental runs since
        int incrementalCalls = 0; // their API calls together
        int saved() const { return incrementalRuns * fullCalls - incrementalCalls; }
    };
    static Savings savings(const QList<SyncRun> &newestFirst, const QString &source);
    static QString savingsText(const Savings &s);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateChart();

    SyncHistoryModel *m_model;
    QTableView *m_table;
    QComboBox *m_source;
    QLabel *m_savings;
    QChart *m_chart;
    QChartView *m_chartView;
    QStringList m_order;
    QList<SyncRun> m_charted;
};

} // namespace cairn
