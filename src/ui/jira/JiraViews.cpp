#include "JiraViews.h"
#include "Account.h"
#include "jira/IssuesQuery.h"
#include "JiraIssuesPage.h"
#include "JiraProjectPickerDialog.h"
#include "PersonQuery.h"
#include "PersonView.h"
#include "Settings.h"
#include "SettingsDialog.h"
#include "jira/JiraSource.h"

#include <QCoreApplication>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QUrl>

namespace cairn {

namespace {

const QString kJira = QStringLiteral("jira");

QStringList issuesOf(QSqlDatabase &db, const PersonQuery &person)
{
    QStringList rows;
    const bool several = IssuesQuery().accounts(db).size() > 1;
    for (const IssuesQuery::OfPerson &i : IssuesQuery::ofPerson(db, person))
        rows << QStringLiteral("<li>%1 <span style='color:#888'>%2 · %3%4</span></li>").arg(
            PersonView::link(kJiraIssueKind, i.id, QStringLiteral("%1 %2").arg(i.key, i.summary)),
            i.status.toHtmlEscaped(), PersonView::when(i.updated).toHtmlEscaped(), PersonView::accountNote(i.account, several).toHtmlEscaped());
    return rows;
}

bool needsConfiguration(const Settings &settings)
{
    return jira::configNames(settings).isEmpty();
}

// One configuration, on the signed-in account's site (CAIRN_JIRA_API_URL or jira.api_url
// stands for every site, as in the sync); none when no site is known.
SyncChoice chooseProjects(SyncEngine &engine, Settings &settings, QWidget *parent)
{
    QString site;
    for (const Account &a : AccountStore(settings).of(kJira))
        if (site.isEmpty())
            site = a.extra.value(QStringLiteral("site")).toString();
    QUrl api = settings.apiUrl(kJira);
    if (api.isEmpty())
        api = QUrl::fromUserInput(site);
    if (!api.isValid() || api.host().isEmpty())
        return {}; // no site known
    QStringList names = jira::configNames(settings);
    const QString name = names.isEmpty() ? QStringLiteral("main") : names.first();
    auto *picker = new JiraProjectPickerDialog(engine, api, settings.value(QStringLiteral("jira.%1.jql").arg(name)).toString(), parent);
    return {picker, [&settings, picker, name, names, site]() mutable {
                if (!names.contains(name))
                    names.prepend(name);
                settings.setValue(QStringLiteral("jira.configs"), names.join(QLatin1Char(',')));
                if (!site.isEmpty() && settings.value(QStringLiteral("jira.%1.site").arg(name)).toString().isEmpty())
                    settings.setValue(QStringLiteral("jira.%1.site").arg(name), site);
                settings.setValue(QStringLiteral("jira.%1.jql").arg(name), picker->jql());
            }};
}

QString cell(const QTableWidget *t, int row, int column)
{
    const QTableWidgetItem *item = t->item(row, column);
    return item ? item->text().trimmed() : QString();
}

// Settings › Syncing › Jira configurations: a name, a site and a JQL each (Add, Remove, and
// Choose projects… for the selected one).
class JiraSettings : public SourceSettings
{
public:
    explicit JiraSettings(SettingsDialog &dialog)
        : m_dialog(dialog)
        , m_box(new QGroupBox(QCoreApplication::translate("SettingsDialog", "Jira configurations"), &dialog))
    {
        m_box->setObjectName(QStringLiteral("jiraBox"));
        auto *layout = new QVBoxLayout(m_box);
        m_table = new QTableWidget(m_box);
        m_table->setColumnCount(3);
        m_table->setObjectName(QStringLiteral("jiraConfigs"));
        m_table->setHorizontalHeaderLabels({QCoreApplication::translate("SettingsDialog", "Name"),
                                            QCoreApplication::translate("SettingsDialog", "Site"),
                                            QCoreApplication::translate("SettingsDialog", "JQL")});
        m_table->horizontalHeader()->setStretchLastSection(true);
        m_table->verticalHeader()->setVisible(false);
        layout->addWidget(m_table);
        m_add = new QPushButton(QCoreApplication::translate("SettingsDialog", "A&dd"), m_box);
        m_add->setObjectName(QStringLiteral("addJira"));
        auto *remove = new QPushButton(QCoreApplication::translate("SettingsDialog", "&Remove"), m_box);
        remove->setObjectName(QStringLiteral("removeJira"));
        m_choose = new QPushButton(QCoreApplication::translate("SettingsDialog", "&Choose projects…"), m_box);
        m_choose->setObjectName(QStringLiteral("chooseJira"));
        m_choose->setToolTip(
            QCoreApplication::translate("SettingsDialog", "Pick the projects of the selected configuration's site, or have Jira check a JQL"));
        m_choose->hide(); // until the dialog has an engine
        auto *buttons = new QHBoxLayout;
        buttons->addWidget(m_add);
        buttons->addWidget(remove);
        buttons->addWidget(m_choose);
        SettingsDialog::endRow(buttons);
        layout->addLayout(buttons);
        QObject::connect(m_add, &QPushButton::clicked, m_box, [this] {
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            m_table->setCurrentCell(row, 0);
            m_table->editItem(m_table->item(row, 0));
        });
        QObject::connect(remove, &QPushButton::clicked, m_box, [this] {
            if (m_table->currentRow() >= 0)
                m_table->removeRow(m_table->currentRow());
        });
        QObject::connect(m_choose, &QPushButton::clicked, m_box, [this] { pickProjects(); });
    }

    QWidget *box() override { return m_box; }

    void load(const Settings &settings) override
    {
        m_table->setRowCount(0);
        const QStringList configs = settings.value(QStringLiteral("jira.configs")).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &raw : configs) {
            const QString name = raw.trimmed();
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            m_table->setItem(row, 0, new QTableWidgetItem(name));
            m_table->setItem(row, 1, new QTableWidgetItem(settings.value(QStringLiteral("jira.%1.site").arg(name)).toString()));
            m_table->setItem(row, 2, new QTableWidgetItem(settings.value(QStringLiteral("jira.%1.jql").arg(name)).toString()));
        }
    }

    QString problem(QWidget **field) const override
    {
        *field = m_table;
        static const QRegularExpression name(QStringLiteral("^[a-z0-9_-]+$"));
        QStringList names;
        for (int row = 0; row < m_table->rowCount(); ++row) {
            const QString n = cell(m_table, row, 0);
            const QString site = cell(m_table, row, 1);
            const QString jql = cell(m_table, row, 2);
            if (n.isEmpty() && site.isEmpty() && jql.isEmpty())
                continue; // an empty row is ignored
            if (!name.match(n).hasMatch())
                return QCoreApplication::translate("cairn::SettingsDialog",
                                                   "Jira configuration names use lower-case letters, digits, - and _ (row %1).")
                    .arg(row + 1);
            if (names.contains(n))
                return QCoreApplication::translate("cairn::SettingsDialog", "There are two Jira configurations named “%1”.").arg(n);
            names << n;
            const QUrl url = QUrl::fromUserInput(site);
            if (site.isEmpty() || !url.isValid() || url.host().isEmpty())
                return QCoreApplication::translate("cairn::SettingsDialog",
                                                   "The Jira configuration “%1” needs a site, e.g. https://example.atlassian.net.")
                    .arg(n);
            if (jql.isEmpty())
                return QCoreApplication::translate("cairn::SettingsDialog",
                                                   "The Jira configuration “%1” needs a JQL query that bounds it, e.g. project = ABC.")
                    .arg(n);
        }
        *field = nullptr;
        return {};
    }

    // The old configurations' keys go, the table's are written.
    void save(Settings &settings) override
    {
        for (const QString &old : settings.value(QStringLiteral("jira.configs")).toString().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            settings.remove(QStringLiteral("jira.%1.site").arg(old.trimmed()));
            settings.remove(QStringLiteral("jira.%1.jql").arg(old.trimmed()));
        }
        QStringList names;
        for (int row = 0; row < m_table->rowCount(); ++row) {
            const QString n = cell(m_table, row, 0);
            if (n.isEmpty())
                continue;
            names << n;
            settings.setValue(QStringLiteral("jira.%1.site").arg(n), cell(m_table, row, 1));
            settings.setValue(QStringLiteral("jira.%1.jql").arg(n), cell(m_table, row, 2));
        }
        if (names.isEmpty())
            settings.remove(QStringLiteral("jira.configs"));
        else
            settings.setValue(QStringLiteral("jira.configs"), names.join(QLatin1Char(',')));
    }

    void setPickersShown(bool shown) override { m_choose->setVisible(shown); }
    QWidget *choices() const override { return m_add; }

private:
    // Choose projects…: the picker for the selected configuration (the first, or a new one,
    // when none is selected); its OK writes the JQL Jira accepted into the row. Without a site
    // to ask it says so under the form instead.
    void pickProjects()
    {
        if (!m_dialog.engine())
            return;
        if (m_table->rowCount() == 0)
            m_table->insertRow(0);
        const int row = m_table->currentRow() >= 0 ? m_table->currentRow() : 0;
        m_table->setCurrentCell(row, 2);
        // As the sync does: CAIRN_JIRA_API_URL (or jira.api_url) stands for every configuration's site.
        QUrl site = m_dialog.settings().apiUrl(kJira);
        if (site.isEmpty())
            site = QUrl::fromUserInput(cell(m_table, row, 1));
        if (!site.isValid() || site.host().isEmpty()) {
            m_dialog.showProblem(QCoreApplication::translate("cairn::SettingsDialog",
                                                             "Type the site of the Jira configuration first, e.g. https://example.atlassian.net."),
                                 m_table);
            return;
        }
        m_dialog.showProblem(QString(), nullptr);
        auto *picker = new JiraProjectPickerDialog(*m_dialog.engine(), site, cell(m_table, row, 2), &m_dialog);
        picker->setAttribute(Qt::WA_DeleteOnClose);
        QTableWidget *table = m_table;
        QObject::connect(picker, &QDialog::accepted, m_box, [table, row, picker] {
            if (row < table->rowCount())
                table->setItem(row, 2, new QTableWidgetItem(picker->jql()));
        });
        picker->open();
    }

    SettingsDialog &m_dialog;
    QGroupBox *m_box;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_choose;
};

} // namespace

const SourceViews &jiraViews()
{
    static const SourceViews views{
        .id = kJira,
        .page = SourcePage::listOf<JiraIssuesPage>,
        .changes = {kJira},
        .searchKinds = {{kJiraIssueKind, QT_TRANSLATE_NOOP("cairn::GlobalSearch", "Jira issues")}},
        .people = {QT_TRANSLATE_NOOP("cairn::PersonView", "Jira issues assigned or reported"), issuesOf},
        .card = {.keeps = QT_TRANSLATE_NOOP("cairn::ServiceCard", "The issues of the projects you choose, with status, assignee, description and comments."),
                 .permission = QT_TRANSLATE_NOOP("cairn::ServiceCard", "Asks for read-only access to Jira issues and users (read:jira-work, read:jira-user)."),
                 .signIn = QT_TRANSLATE_NOOP("cairn::ServiceCard", "Sign in with Atlassian"),
                 .tokenPage = "https://id.atlassian.com/manage-profile/security/api-tokens",
                 .ownAppSteps = QT_TRANSLATE_NOOP("cairn::ServiceCard",
                                                  "1. In %1, create an OAuth 2.0 integration.<br>"
                                                  "2. Add the callback URL <tt>%2</tt> and the Jira permissions read:jira-work and read:jira-user.<br>"
                                                  "3. Enter its client ID and secret here."),
                 .ownAppSite = "https://developer.atlassian.com/console/myapps/",
                 .ownAppSiteName = QT_TRANSLATE_NOOP("cairn::ServiceCard", "Atlassian's developer console")},
        .needsChoice = needsConfiguration,
        .choose = chooseProjects,
        .chooseAction = QT_TRANSLATE_NOOP("cairn::MainWindow", "Set up Jira…"),
        .intervalLabel = QT_TRANSLATE_NOOP("SettingsDialog", "&Jira:"),
        .settings = SourceViews::settingsOf<JiraSettings>,
        .notifications = {QT_TRANSLATE_NOOP("SettingsDialog", "&Jira issues assigned to me"),
                          QT_TRANSLATE_N_NOOP("cairn::WatchNotifier", "%n Jira issue(s) newly assigned to you"), true},
        .commandLineHint = "\\bjira\\.(configs|<|[a-z0-9_-]+\\.(site|jql))",
    };
    return views;
}

} // namespace cairn
