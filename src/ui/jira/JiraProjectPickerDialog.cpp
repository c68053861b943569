#include "JiraProjectPickerDialog.h"
#include "Cancellation.h"
#include "ClipLine.h"
#include "Error.h"
#include "HttpClient.h"
#include "SyncEngine.h"
#include "jira/JiraApi.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace cairn {

namespace {
enum Column { NameColumn, KeyColumn, ColumnCount };
constexpr int kKeyRole = Qt::UserRole + 1;
const QString kJira = QStringLiteral("Jira");
const QString kKey = QStringLiteral("\"?[A-Za-z][A-Za-z0-9_]*\"?");

// JQL's reserved words (Atlassian, "Advanced search reference — restricted words"): a
// project key that is one of them is quoted.
bool isReservedWord(const QString &word)
{
    static const QSet<QString> words = [] {
        const char *list =
            "a an abort access add after alias all alter and any as asc audit avg before begin between boolean break by "
            "byte catch cf char character check checkpoint collate collation column commit connect continue count "
            "create current date decimal declare decrement default defaults define delete delimiter desc difference "
            "distinct divide do double drop else empty encoding end equals escape exclusive exec execute exists explain "
            "false fetch file field first float for from function go goto grant greater group having identified if "
            "immediate in increment index initial inner inout input insert int integer intersect intersection into is "
            "isempty isnull join last left less like limit lock long max min minus mode modify modulo more multiply next "
            "noaudit not notin nowait null number object of on option or order outer output power previous prior "
            "privileges public raise raw remainder rename resource return returns revoke right row rowid rownum rows "
            "select session set share size sqrt start strict string subtract sum synonym table then to trans "
            "transaction trigger true uid union unique update user validate values view when whenever where while with";
        const QStringList split = QString::fromLatin1(list).split(u' ');
        return QSet<QString>(split.cbegin(), split.cend());
    }();
    return words.contains(word.toLower());
}
} // namespace

QString JiraProjectPickerDialog::jqlFor(const QStringList &keys)
{
    if (keys.isEmpty())
        return {};
    QStringList quoted;
    for (const QString &k : keys)
        quoted << (isReservedWord(k) ? u'"' + k + u'"' : k);
    return QStringLiteral("project in (%1) ORDER BY updated").arg(quoted.join(QStringLiteral(", ")));
}

QStringList JiraProjectPickerDialog::keysOf(const QString &jql)
{
    static const QRegularExpression form(QStringLiteral("^\\s*project\\s*(?:=\\s*(%1)|in\\s*\\(\\s*(%1(?:\\s*,\\s*%1)*)\\s*\\))"
                                                        "\\s*(?:order\\s+by\\s+updated(?:\\s+(?:asc|desc))?)?\\s*$")
                                             .arg(kKey),
                                         QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = form.match(jql);
    if (!m.hasMatch())
        return {};
    QStringList keys;
    const QString list = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
    for (QString k : list.split(u',')) {
        k = k.trimmed();
        if (k.startsWith(u'"') != k.endsWith(u'"'))
            return {}; // an unbalanced quote: not this form
        k.remove(u'"');
        if (!keys.contains(k.toUpper()))
            keys << k.toUpper();
    }
    return keys;
}

JiraProjectPickerDialog::JiraProjectPickerDialog(SyncEngine &engine, QUrl site, QString jql, QWidget *parent)
    : PickerDialog(QStringLiteral("jira"), parent)
    , m_engine(engine)
    , m_site(std::move(site))
    , m_initialJql(jql.trimmed())
    , m_initialKeys(keysOf(jql))
    , m_search(new QLineEdit(content()))
    , m_view(new QTreeView(content()))
    , m_count(new QLabel(content()))
    , m_advanced(new QCheckBox(tr("&Advanced: edit the JQL"), content()))
    , m_jql(new QLineEdit(content()))
    , m_jqlProblem(new QLabel(content()))
    , m_model(new QStandardItemModel(0, ColumnCount, this))
    , m_filter(new QSortFilterProxyModel(this))
{
    setWindowTitle(tr("Choose Jira projects"));
    resize(640, 540);
    setUpSearchBox(m_search, QStringLiteral("jiraSearch"), tr("Search by name or key"), tr("Search projects"));
    m_model->setHorizontalHeaderLabels({tr("Project"), tr("Key")});
    setUpPickList(m_view, m_filter, m_model, QStringLiteral("jiraProjects"), tr("Projects")); // name or key
    m_count->setObjectName(QStringLiteral("jiraCount"));
    m_advanced->setObjectName(QStringLiteral("jiraAdvanced"));
    m_jql->setObjectName(QStringLiteral("jiraJql"));
    m_jql->setAccessibleName(tr("JQL"));
    m_jql->setText(m_initialJql);
    m_jqlProblem->setObjectName(QStringLiteral("jiraJqlProblem"));
    m_jqlProblem->setWordWrap(true);
    m_jqlProblem->setTextFormat(Qt::PlainText); // Jira's words, shown as they are
    m_jqlProblem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_jqlProblem->hide();

    auto *layout = new QVBoxLayout(content());
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);
    layout->addWidget(m_advanced);
    layout->addWidget(m_jql);
    layout->addWidget(m_jqlProblem);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setFilterFixedString(text.trimmed());
        ticksChanged();
    });
    connect(m_model, &QStandardItemModel::itemChanged, this, &JiraProjectPickerDialog::ticksChanged);
    connect(m_advanced, &QCheckBox::toggled, this, &JiraProjectPickerDialog::setAdvanced);
    connect(m_jql, &QLineEdit::textEdited, this, [this] { showJqlProblem(QString(), false); });

    const bool advanced = !m_initialJql.isEmpty() && m_initialKeys.isEmpty();
    m_advanced->setChecked(advanced);
    setAdvanced(advanced);
    m_search->setEnabled(false);
    startLoading(tr("Loading the projects of %1…").arg(m_site.host()));
    if (!engine.hasCredentials(QStringLiteral("jira"))) {
        finishLoading(notSignedIn(kJira));
        return;
    }
    fetch(QPointer<JiraProjectPickerDialog>(this), &engine, m_site);
}

JiraProjectPickerDialog::~JiraProjectPickerDialog() = default;

QCoro::Task<> JiraProjectPickerDialog::fetch(QPointer<JiraProjectPickerDialog> self, SyncEngine *engine, QUrl site)
{
    // The listing owns its cancel switch and client: a dialog closed meanwhile only cancels.
    std::unique_ptr<Cancellation> cancel = self->cancellation(0);
    std::unique_ptr<HttpClient> http = engine->clientFor(QStringLiteral("jira"), QString(), cancel.get());
    jira::JiraApi api(*http, site, QString());
    try {
        qint64 startAt = 0;
        for (int pages = 0; startAt >= 0 && pages < kMaxPickerPages; ++pages) {
            const jira::ProjectChoicesPage page = co_await api.projects(startAt);
            if (cancel->isCancelled() || !self)
                co_return;
            for (const jira::ProjectChoice &p : page.projects) {
                if (!self->m_model->findItems(p.key, Qt::MatchFixedString, KeyColumn).isEmpty())
                    continue; // (a page boundary that moved while listing)
                auto *name = new QStandardItem(p.name);
                name->setCheckable(true);
                name->setCheckState(self->m_initialKeys.contains(p.key, Qt::CaseInsensitive) ? Qt::Checked : Qt::Unchecked);
                name->setData(p.key, kKeyRole);
                name->setToolTip(p.name);
                self->m_model->appendRow({name, new QStandardItem(p.key)});
            }
            startAt = page.nextStartAt;
        }
    } catch (const Error &e) {
        if (cancel->isCancelled() || !self)
            co_return;
        self->finishLoading(failure(e, kJira));
        co_return;
    }
    self->projectsListed();
}

void JiraProjectPickerDialog::projectsListed()
{
    m_listed = true;
    // Keys of the JQL the list does not have (gone, or not visible to this account) stay
    // ticked, at the end: Jira's check says what is wrong with them.
    for (const QString &key : std::as_const(m_initialKeys)) {
        if (!m_model->findItems(key, Qt::MatchFixedString, KeyColumn).isEmpty())
            continue;
        auto *name = new QStandardItem(tr("Not among this site's projects"));
        name->setCheckable(true);
        name->setCheckState(Qt::Checked);
        name->setData(key, kKeyRole);
        m_model->appendRow({name, new QStandardItem(key)});
    }
    m_view->resizeColumnToContents(NameColumn);
    m_search->setEnabled(m_model->rowCount() > 0);
    ticksChanged();
    finishLoading(m_model->rowCount() == 0 ? tr("Your Jira account cannot see any project on this site.") : QString(), false);
    (m_advanced->isChecked() ? static_cast<QWidget *>(m_jql) : m_search)->setFocus(Qt::OtherFocusReason);
}

void JiraProjectPickerDialog::setAdvanced(bool on)
{
    m_jql->setReadOnly(!on);
    m_view->setEnabled(!on);
    if (on) {
        m_jql->setFocus(Qt::OtherFocusReason);
        m_jql->selectAll();
    } else {
        ticksChanged();
    }
}

void JiraProjectPickerDialog::ticksChanged()
{
    const QStringList keys = chosenKeys();
    m_count->setText(tr("Chosen: %1 · Shown: %2 of %3").arg(keys.size()).arg(m_filter->rowCount()).arg(m_model->rowCount()));
    if (m_advanced->isChecked() || !m_listed)
        return; // (before the list is there, the JQL stays as it was)
    // The same projects as before keep the JQL as it was written (a changed JQL means a full sync).
    const QStringList before = m_initialKeys;
    const bool same = QSet<QString>(keys.cbegin(), keys.cend()) == QSet<QString>(before.cbegin(), before.cend());
    const QString jql = same && !m_initialKeys.isEmpty() ? m_initialJql : jqlFor(keys);
    if (jql != m_jql->text()) {
        m_jql->setText(jql);
        showJqlProblem(QString(), false);
    }
}

QStringList JiraProjectPickerDialog::chosenKeys() const
{
    QStringList keys;
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->item(row, NameColumn)->checkState() == Qt::Checked)
            keys << m_model->item(row, NameColumn)->data(kKeyRole).toString();
    return keys;
}

QString JiraProjectPickerDialog::jql() const
{
    return m_jql->text().trimmed();
}

QString JiraProjectPickerDialog::jqlProblem() const
{
    return m_jqlProblem->isHidden() ? QString() : m_jqlProblem->text();
}

void JiraProjectPickerDialog::showJqlProblem(const QString &text, bool isError)
{
    m_jqlProblem->setText(text);
    m_jqlProblem->setStyleSheet(isError ? QStringLiteral("QLabel { color: #b00020; }") : QString());
    m_jqlProblem->setAccessibleName(isError ? tr("Problem with the JQL") : QString());
    m_jqlProblem->setVisible(!text.isEmpty());
}

void JiraProjectPickerDialog::accept()
{
    if (m_checking || isLoading() || !okButton()->isEnabled())
        return;
    if (jql().isEmpty()) {
        showJqlProblem(m_advanced->isChecked() ? tr("Write a JQL query, e.g. project = ABC.")
                                               : tr("Tick at least one project, or write a JQL query."),
                       true);
        return;
    }
    m_checking = true;
    okButton()->setEnabled(false);
    m_jql->setReadOnly(true);
    showJqlProblem(tr("Jira is checking the JQL…"), false);
    check(QPointer<JiraProjectPickerDialog>(this), &m_engine, m_site, jql());
}

QCoro::Task<> JiraProjectPickerDialog::check(QPointer<JiraProjectPickerDialog> self, SyncEngine *engine, QUrl site, QString jql)
{
    std::unique_ptr<Cancellation> cancel = self->cancellation(1);
    std::unique_ptr<HttpClient> http = engine->clientFor(QStringLiteral("jira"), QString(), cancel.get());
    jira::JiraApi api(*http, site, QString());
    QString problem;
    try {
        const jira::JqlCheck c = co_await api.checkJql(jql);
        if (!c.errors.isEmpty())
            problem = c.errors.join(u'\n');
        else if (!c.bounded)
            problem = tr("This JQL has no search restriction: add one, e.g. project = ABC, so that Cairn syncs a bounded "
                         "set of issues.");
    } catch (const Error &e) {
        if (cancel->isCancelled() || !self)
            co_return;
        problem = e.kind == Error::Kind::Auth || e.kind == Error::Kind::Network
                      ? failure(e, kJira)
                      : tr("Jira could not check the JQL (%1).").arg(clipLine(e.message, 200));
    }
    if (cancel->isCancelled() || !self)
        co_return;
    self->m_checking = false;
    self->okButton()->setEnabled(true);
    self->m_jql->setReadOnly(!self->m_advanced->isChecked());
    self->showJqlProblem(problem, true);
    if (!problem.isEmpty()) {
        self->m_jql->setFocus(Qt::OtherFocusReason);
        Q_EMIT self->checked();
        co_return;
    }
    Q_EMIT self->checked();
    self->QDialog::accept();
}

} // namespace cairn
