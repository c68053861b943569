#include "JiraIssuesPage.h"
#include "ListViews.h"
#include "SafeTextBrowser.h"
#include "JiraIssuesModel.h"
#include "JiraRepo.h"
#include "ReadConnection.h"
#include "Sql.h"
#include "SyncStateRepo.h"
#include "jira/Adf.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace cairn {

JiraIssuesPage::JiraIssuesPage(ReadConnection &connection, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_model(new JiraIssuesModel(connection, this))
    , m_status(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_showDeleted(new QCheckBox(tr("Show &deleted"), this))
    , m_table(new QTableView(this))
    , m_detail(new SafeTextBrowser(this, SafeTextBrowser::Links::Inert))
    , m_filterDelay(new QTimer(this))
{
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_filter->setPlaceholderText(tr("Filter issues (key, summary, people, description)"));
    m_filter->setClearButtonEnabled(true);
    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(200);
    connect(m_filter, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_filterDelay, &QTimer::timeout, this, [this] { m_model->setFilterText(m_filter->text()); });
    connect(m_showDeleted, &QCheckBox::toggled, m_model, &JiraIssuesModel::setShowDeleted);

    m_table->setModel(m_model);
    ui::setUpListTable(m_table, JiraIssuesModel::Updated, Qt::DescendingOrder);
    m_table->horizontalHeader()->setSectionResizeMode(JiraIssuesModel::Summary, QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Jira issues"));
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &JiraIssuesPage::showSelected);

    m_detail->setAccessibleName(tr("Issue details"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_showDeleted);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
}

void JiraIssuesPage::reload()
{
    const qint64 selected = m_model->rowIdAt(m_table->currentIndex().row());
    m_model->reload();
    for (int row = 0; selected != 0 && row < m_model->rowCount(); ++row) {
        if (m_model->rowIdAt(row) == selected) {
            m_table->setCurrentIndex(m_model->index(row, 0));
            break;
        }
    }
    updateStatus();
    showSelected();
}

void JiraIssuesPage::updateStatus()
{
    if (!m_connection.ensureOpen()) {
        m_status->setText(tr("Jira: nothing synced yet"));
        return;
    }
    QStringList lines;
    try {
        for (const SyncState &st : SyncStateRepo::all(m_connection.db())) {
            if (st.source != QLatin1String("jira") || st.scope.isEmpty())
                continue;
            const JiraRepo::Counts c = JiraRepo::counts(m_connection.db(), st.account, st.scope);
            QString line = tr("%1: %2, last sync %3, %n issue(s)", nullptr, c.live)
                               .arg(st.scope, st.status.isEmpty() ? tr("never synced") : st.status,
                                    st.lastSyncAt.isValid() ? QLocale().toString(st.lastSyncAt.toLocalTime(), QLocale::ShortFormat)
                                                            : tr("never"));
            if (!st.lastError.isEmpty())
                line += QStringLiteral(" — ") + st.lastError;
            lines << line;
        }
    } catch (const Error &e) {
        lines << e.message;
    }
    m_status->setText(lines.isEmpty() ? tr("Jira: no configuration synced yet (set jira.configs, jira.<name>.site and jira.<name>.jql)")
                                      : lines.join(QLatin1Char('\n')));
}

void JiraIssuesPage::showSelected()
{
    const qint64 id = m_model->rowIdAt(m_table->currentIndex().row());
    if (id == 0 || !m_connection.isOpen()) {
        m_detail->clear();
        return;
    }
    JiraIssue i;
    try {
        sql::Statement q(m_connection.db(), QStringLiteral("SELECT %1 FROM jira_issues WHERE id=?").arg(JiraRepo::selectColumns()));
        q.exec({id});
        if (!q.next()) {
            m_detail->clear();
            return;
        }
        i = JiraRepo::fromRow(q.query());
    } catch (const Error &e) {
        m_detail->setPlainText(e.message);
        return;
    }
    auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    auto when = [](const QDateTime &t) { return QLocale().toString(t.toLocalTime(), QLocale::LongFormat).toHtmlEscaped(); };
    QString html = QStringLiteral("<h3>%1 — %2</h3>").arg(esc(i.key), esc(i.summary));
    if (i.deleted)
        html += QStringLiteral("<p><i>%1</i></p>").arg(tr("Deleted in Jira (or no longer matched by the configuration's JQL)").toHtmlEscaped());
    html += QStringLiteral("<table cellspacing=\"2\">");
    auto row = [&html](const QString &label, const QString &value) {
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(label.toHtmlEscaped(), value);
    };
    row(tr("Status"), esc(i.status));
    row(tr("Type"), esc(i.issueType));
    row(tr("Priority"), esc(i.priority));
    row(tr("Assignee"), i.assigneeName.isEmpty() ? esc(tr("Unassigned")) : esc(i.assigneeName));
    row(tr("Reporter"), esc(i.reporterName));
    row(tr("Project"), esc(QStringLiteral("%1 (%2)").arg(i.projectName, i.projectKey)));
    if (!i.labels.isEmpty())
        row(tr("Labels"), esc(i.labels.join(QStringLiteral(", "))));
    row(tr("Created"), when(i.created));
    row(tr("Updated"), when(i.updated));
    row(tr("Configuration"), esc(i.config));
    html += QStringLiteral("</table><hr>");
    const QJsonDocument adfDoc = QJsonDocument::fromJson(i.descriptionAdf.toUtf8());
    if (adfDoc.isObject())
        html += adf::toHtml(adfDoc.object());
    else if (!i.descriptionText.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(i.descriptionText).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    else
        html += QStringLiteral("<p><i>%1</i></p>").arg(esc(tr("No description")));
    m_detail->setHtml(html);
}

} // namespace cairn
