#include "SettingsDialog.h"
#include "RepoPickerDialog.h"
#include "AsanaPickerDialog.h"
#include "JiraProjectPickerDialog.h"
#include "WatchNotifier.h"
#include "Scheduler.h"
#include "Settings.h"
#include "ui_SettingsDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QRegularExpression>

namespace cairn {

namespace {
const QStringList kSources{QStringLiteral("google"), QStringLiteral("asana"), QStringLiteral("github"), QStringLiteral("jira")};

QString intervalKey(const QString &source)
{
    return QStringLiteral("sync.%1.interval_minutes").arg(source);
}

QStringList repoLines(const QString &text)
{
    QStringList out;
    for (const QString &line : text.split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts))
        out << line.trimmed();
    return out;
}

QString cell(const QTableWidget *t, int row, int column)
{
    const QTableWidgetItem *item = t->item(row, column);
    return item ? item->text().trimmed() : QString();
}
} // namespace

SettingsDialog::SettingsDialog(Settings &settings, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_settings(settings)
{
    m_ui->setupUi(this);
    m_ui->dataNote->setText(tr("Cairn uses a new folder from its next start. To keep the cache, move cairn.sqlite "
                               "there; otherwise the next sync fetches everything again."));
    connect(m_ui->browseDataDir, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Data folder"), m_ui->dataDir->text());
        if (!dir.isEmpty())
            m_ui->dataDir->setText(QDir::toNativeSeparators(dir));
    });
    m_ui->chooseRepos->hide(); // until setSyncEngine()
    connect(m_ui->chooseRepos, &QPushButton::clicked, this, &SettingsDialog::chooseRepositories);
    m_ui->chooseAsana->hide();
    connect(m_ui->chooseAsana, &QPushButton::clicked, this, &SettingsDialog::chooseAsana);
    m_ui->chooseJira->hide();
    connect(m_ui->chooseJira, &QPushButton::clicked, this, &SettingsDialog::chooseJiraProjects);
    connect(m_ui->githubDaily, &QCheckBox::toggled, m_ui->githubDailyAt, &QWidget::setEnabled);
    connect(m_ui->githubDaily, &QCheckBox::toggled, m_ui->githubInterval, [this](bool daily) {
        m_ui->githubInterval->setEnabled(!daily);
    });
    connect(m_ui->addJira, &QPushButton::clicked, this, [this] {
        const int row = m_ui->jiraConfigs->rowCount();
        m_ui->jiraConfigs->insertRow(row);
        m_ui->jiraConfigs->setCurrentCell(row, 0);
        m_ui->jiraConfigs->editItem(m_ui->jiraConfigs->item(row, 0));
    });
    // The form's OK, Cancel and Apply (the .ui connects nothing).
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_ui->buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &SettingsDialog::apply);
    m_ui->problemLabel->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_ui->problemLabel->setAccessibleName(tr("Problem"));
    m_ui->problemLabel->hide();
    connect(m_ui->removeJira, &QPushButton::clicked, this, [this] {
        if (m_ui->jiraConfigs->currentRow() >= 0)
            m_ui->jiraConfigs->removeRow(m_ui->jiraConfigs->currentRow());
    });
    load();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::setSyncEngine(SyncEngine *engine)
{
    m_engine = engine;
    m_ui->chooseRepos->setVisible(engine != nullptr);
    m_ui->chooseAsana->setVisible(engine != nullptr);
    m_ui->chooseJira->setVisible(engine != nullptr);
}

AsanaPickerDialog *SettingsDialog::chooseAsana()
{
    if (!m_engine)
        return nullptr;
    auto *picker = new AsanaPickerDialog(*m_engine, m_settings.apiUrl(QStringLiteral("asana")), m_ui->asanaWorkspace->text(),
                                         m_ui->asanaPortfolio->text(), this);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &QDialog::accepted, this, [this, picker] {
        m_ui->asanaWorkspace->setText(picker->workspace());
        m_ui->asanaPortfolio->setText(picker->portfolio());
    });
    picker->open();
    return picker;
}

JiraProjectPickerDialog *SettingsDialog::chooseJiraProjects()
{
    if (!m_engine)
        return nullptr;
    QTableWidget *table = m_ui->jiraConfigs;
    if (table->rowCount() == 0)
        table->insertRow(0);
    const int row = table->currentRow() >= 0 ? table->currentRow() : 0;
    table->setCurrentCell(row, 2);
    // As the sync does: CAIRN_JIRA_API_URL (or jira.api_url) stands for every configuration's site.
    QUrl site = m_settings.apiUrl(QStringLiteral("jira"));
    if (site.isEmpty())
        site = QUrl::fromUserInput(cell(table, row, 1));
    if (!site.isValid() || site.host().isEmpty()) {
        showProblem(tr("Type the site of the Jira configuration first, e.g. https://example.atlassian.net."), table);
        return nullptr;
    }
    showProblem(QString(), nullptr);
    auto *picker = new JiraProjectPickerDialog(*m_engine, site, cell(table, row, 2), this);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &QDialog::accepted, this, [table, row, picker] {
        if (row < table->rowCount())
            table->setItem(row, 2, new QTableWidgetItem(picker->jql()));
    });
    picker->open();
    return picker;
}

RepoPickerDialog *SettingsDialog::chooseRepositories()
{
    if (!m_engine)
        return nullptr;
    auto *picker = new RepoPickerDialog(*m_engine, m_settings.apiUrl(QStringLiteral("github")),
                                        repoLines(m_ui->githubRepos->toPlainText()), this);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &QDialog::accepted, this, [this, picker] {
        m_ui->githubRepos->setPlainText(picker->chosen().join(QLatin1Char('\n')));
    });
    picker->open();
    return picker;
}

void SettingsDialog::load()
{
    QSpinBox *boxes[] = {m_ui->googleInterval, m_ui->asanaInterval, m_ui->githubInterval, m_ui->jiraInterval};
    for (int i = 0; i < kSources.size(); ++i)
        boxes[i]->setValue(int(Scheduler::intervalFromSettings(m_settings, kSources.at(i)) / 60'000));
    const QString dailyAt = m_settings.value(QStringLiteral("github.daily_at")).toString();
    m_ui->githubDaily->setChecked(!dailyAt.isEmpty());
    m_ui->githubDailyAt->setTime(dailyAt.isEmpty() ? QTime(4, 0) : QTime::fromString(dailyAt, QStringLiteral("HH:mm")));
    m_ui->githubDailyAt->setEnabled(!dailyAt.isEmpty());
    m_ui->githubInterval->setEnabled(dailyAt.isEmpty());
    m_ui->asanaStaleHours->setValue(m_settings.value(QStringLiteral("asana.stale_hours"), 6).toInt());
    m_ui->asanaFullDays->setValue(m_settings.value(QStringLiteral("asana.full_every_days"), 7).toInt());
    m_ui->asanaWorkspace->setText(m_settings.value(QStringLiteral("asana.workspace")).toString());
    m_ui->asanaPortfolio->setText(m_settings.value(QStringLiteral("asana.portfolio")).toString());
    m_ui->githubRepos->setPlainText(repoLines(m_settings.value(QStringLiteral("github.repos")).toString()).join(QLatin1Char('\n')));
    const QStringList configs = m_settings.value(QStringLiteral("jira.configs")).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &raw : configs) {
        const QString name = raw.trimmed();
        const int row = m_ui->jiraConfigs->rowCount();
        m_ui->jiraConfigs->insertRow(row);
        m_ui->jiraConfigs->setItem(row, 0, new QTableWidgetItem(name));
        m_ui->jiraConfigs->setItem(row, 1, new QTableWidgetItem(m_settings.value(QStringLiteral("jira.%1.site").arg(name)).toString()));
        m_ui->jiraConfigs->setItem(row, 2, new QTableWidgetItem(m_settings.value(QStringLiteral("jira.%1.jql").arg(name)).toString()));
    }
    // The folder really in use (the demo's, or --data-dir's), not merely the default one.
    m_shownDataDir = m_settings.dataDir();
    m_ui->dataDir->setText(QDir::toNativeSeparators(m_shownDataDir));
    m_ui->startAtLogin->setChecked(m_settings.value(QStringLiteral("app.start_at_login"), false).toBool());
    m_ui->notifyAsana->setChecked(WatchNotifier::isEnabled(m_settings, QStringLiteral("asana")));
    m_ui->notifyGitHub->setChecked(WatchNotifier::isEnabled(m_settings, QStringLiteral("github")));
    m_ui->notifyJira->setChecked(WatchNotifier::isEnabled(m_settings, QStringLiteral("jira")));
}

QString SettingsDialog::problem(QWidget **field) const
{
    QWidget *unused = nullptr;
    QWidget *&at = field ? *field : unused;
    static const QRegularExpression repo(QStringLiteral("^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"));
    at = m_ui->githubRepos;
    for (const QString &r : repoLines(m_ui->githubRepos->toPlainText()))
        if (!repo.match(r).hasMatch())
            return tr("“%1” is not a repository: write owner/name, e.g. qt/qtbase.").arg(r.left(80));
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    at = m_ui->asanaWorkspace;
    if (!m_ui->asanaWorkspace->text().trimmed().isEmpty() && !digits.match(m_ui->asanaWorkspace->text().trimmed()).hasMatch())
        return tr("An Asana workspace id is a number: use Choose… to pick the workspace.");
    const QString portfolio = m_ui->asanaPortfolio->text().trimmed();
    at = m_ui->asanaPortfolio;
    if (!portfolio.isEmpty() && !digits.match(portfolio).hasMatch())
        return tr("An Asana portfolio id is a number: the one in the portfolio's address.");
    at = m_ui->jiraConfigs;
    static const QRegularExpression name(QStringLiteral("^[a-z0-9_-]+$"));
    QStringList names;
    for (int row = 0; row < m_ui->jiraConfigs->rowCount(); ++row) {
        const QString n = cell(m_ui->jiraConfigs, row, 0);
        const QString site = cell(m_ui->jiraConfigs, row, 1);
        const QString jql = cell(m_ui->jiraConfigs, row, 2);
        if (n.isEmpty() && site.isEmpty() && jql.isEmpty())
            continue; // an empty row is ignored
        if (!name.match(n).hasMatch())
            return tr("Jira configuration names use lower-case letters, digits, - and _ (row %1).").arg(row + 1);
        if (names.contains(n))
            return tr("There are two Jira configurations named “%1”.").arg(n);
        names << n;
        const QUrl url = QUrl::fromUserInput(site);
        if (site.isEmpty() || !url.isValid() || url.host().isEmpty())
            return tr("The Jira configuration “%1” needs a site, e.g. https://example.atlassian.net.").arg(n);
        if (jql.isEmpty())
            return tr("The Jira configuration “%1” needs a JQL query that bounds it, e.g. project = ABC.").arg(n);
    }
    const QString dir = m_ui->dataDir->text().trimmed();
    at = m_ui->dataDir;
    if (dir.isEmpty() || QDir::isRelativePath(QDir::fromNativeSeparators(dir)))
        return tr("The data folder must be a full path.");
    at = nullptr;
    return {};
}

void SettingsDialog::showProblem(const QString &message, QWidget *field)
{
    m_ui->problemLabel->setText(message);
    m_ui->problemLabel->setVisible(!message.isEmpty());
    if (!field)
        return;
    // The tab that holds the field comes to the front, and the cursor goes into it.
    for (QWidget *w = field->parentWidget(); w; w = w->parentWidget()) {
        const int tab = m_ui->tabs->indexOf(w);
        if (tab >= 0) {
            m_ui->tabs->setCurrentIndex(tab);
            break;
        }
    }
    field->setFocus(Qt::OtherFocusReason);
}

bool SettingsDialog::apply()
{
    QWidget *field = nullptr;
    const QString why = problem(&field);
    showProblem(why, field);
    if (!why.isEmpty())
        return false;
    save();
    Q_EMIT applied();
    return true;
}

void SettingsDialog::save()
{
    const QSpinBox *boxes[] = {m_ui->googleInterval, m_ui->asanaInterval, m_ui->githubInterval, m_ui->jiraInterval};
    for (int i = 0; i < kSources.size(); ++i) {
        if (boxes[i]->value() == Scheduler::defaultIntervalMinutes(kSources.at(i)))
            m_settings.remove(intervalKey(kSources.at(i)));
        else
            m_settings.setValue(intervalKey(kSources.at(i)), boxes[i]->value());
    }
    if (m_ui->githubDaily->isChecked())
        m_settings.setValue(QStringLiteral("github.daily_at"), m_ui->githubDailyAt->time().toString(QStringLiteral("HH:mm")));
    else
        m_settings.remove(QStringLiteral("github.daily_at"));
    m_settings.setValue(QStringLiteral("asana.stale_hours"), m_ui->asanaStaleHours->value());
    m_settings.setValue(QStringLiteral("asana.full_every_days"), m_ui->asanaFullDays->value());
    for (const auto &[box, key] : {std::pair{m_ui->asanaWorkspace, "asana.workspace"}, {m_ui->asanaPortfolio, "asana.portfolio"}}) {
        if (box->text().trimmed().isEmpty())
            m_settings.remove(QLatin1String(key));
        else
            m_settings.setValue(QLatin1String(key), box->text().trimmed());
    }
    m_settings.setValue(QStringLiteral("github.repos"), repoLines(m_ui->githubRepos->toPlainText()).join(QLatin1Char(',')));

    // Jira: the old configurations' keys go, the table's are written.
    for (const QString &old : m_settings.value(QStringLiteral("jira.configs")).toString().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        m_settings.remove(QStringLiteral("jira.%1.site").arg(old.trimmed()));
        m_settings.remove(QStringLiteral("jira.%1.jql").arg(old.trimmed()));
    }
    QStringList names;
    for (int row = 0; row < m_ui->jiraConfigs->rowCount(); ++row) {
        const QString n = cell(m_ui->jiraConfigs, row, 0);
        if (n.isEmpty())
            continue;
        names << n;
        m_settings.setValue(QStringLiteral("jira.%1.site").arg(n), cell(m_ui->jiraConfigs, row, 1));
        m_settings.setValue(QStringLiteral("jira.%1.jql").arg(n), cell(m_ui->jiraConfigs, row, 2));
    }
    if (names.isEmpty())
        m_settings.remove(QStringLiteral("jira.configs"));
    else
        m_settings.setValue(QStringLiteral("jira.configs"), names.join(QLatin1Char(',')));

    const QString dir = QDir::fromNativeSeparators(m_ui->dataDir->text().trimmed());
    if (QDir::cleanPath(dir) != QDir::cleanPath(m_shownDataDir))
        Settings::setDefaultDataDir(dir);
    m_settings.setValue(QStringLiteral("app.start_at_login"), m_ui->startAtLogin->isChecked());
    WatchNotifier::setEnabled(m_settings, QStringLiteral("asana"), m_ui->notifyAsana->isChecked());
    WatchNotifier::setEnabled(m_settings, QStringLiteral("github"), m_ui->notifyGitHub->isChecked());
    WatchNotifier::setEnabled(m_settings, QStringLiteral("jira"), m_ui->notifyJira->isChecked());
}

void SettingsDialog::accept()
{
    if (apply())
        QDialog::accept();
}

} // namespace cairn
