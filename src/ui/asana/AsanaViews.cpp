#include "AsanaViews.h"
#include "AsanaPickerDialog.h"
#include "DateText.h"
#include "PersonQuery.h"
#include "PersonView.h"
#include "ProjectsPage.h"
#include "Settings.h"
#include "SettingsDialog.h"
#include "asana/TasksQuery.h"

#include <QCoreApplication>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QUrl>

namespace cairn {

namespace {

const QString kAsana = QStringLiteral("asana");

SourcePage projectsPage(ReadConnection &reader, Settings &, QWidget *parent)
{
    auto *page = new ProjectsPage(reader, parent);
    SourcePage p;
    p.widget = page;
    p.reload = [page] { page->reload(); };
    p.setShowDeleted = [page](bool show) { page->setShowDeleted(show); };
    p.filter = [page] { return page->tasks()->filterEdit(); };
    p.focus = [page] { return static_cast<QWidget *>(page->projectList()); };
    p.open = [page](SearchIndex::Kind kind, qint64 id) {
        return kind == kProjectKind ? page->selectProjectById(id) : page->selectTask(id);
    };
    p.useChanges = [page](LocalChanges &changes) { page->setLocalChanges(&changes); };
    return p;
}

QStringList tasksOf(QSqlDatabase &db, const PersonQuery &person)
{
    QStringList rows;
    const bool several = TasksQuery().accounts(db).size() > 1;
    for (const TasksQuery::OfPerson &t : TasksQuery::ofPerson(db, person)) {
        const QString due = dates::day(QDate::fromString(t.dueOn, Qt::ISODate));
        const QString grey = (due.isEmpty() ? QString() : QCoreApplication::translate("cairn::PersonView", "due %1").arg(due))
            + PersonView::accountNote(t.account, several);
        rows << QStringLiteral("<li>%1%2%3</li>").arg(
            PersonView::link(kTaskKind, t.id, t.name),
            grey.isEmpty() ? QString() : QStringLiteral(" <span style='color:#888'>%1</span>").arg(grey.toHtmlEscaped()),
            t.completed ? QStringLiteral(" ✓") : QString());
    }
    return rows;
}

SyncChoice chooseWorkspace(SyncEngine &engine, Settings &settings, QWidget *parent)
{
    auto *picker = new AsanaPickerDialog(engine, settings.apiUrl(kAsana), settings.value(QStringLiteral("asana.workspace")).toString(),
                                         settings.value(QStringLiteral("asana.portfolio")).toString(), parent);
    return {picker, [&settings, picker] { // "": the first workspace; all of its projects
                settings.setValue(QStringLiteral("asana.workspace"), picker->workspace());
                settings.setValue(QStringLiteral("asana.portfolio"), picker->portfolio());
            }};
}

// Settings › Syncing › Asana: how stale a project's tasks may get, the full sync's interval,
// the workspace (Choose…) and the portfolio.
class AsanaSettings : public SourceSettings
{
public:
    explicit AsanaSettings(SettingsDialog &dialog)
        : m_dialog(dialog)
        , m_box(new QGroupBox(QCoreApplication::translate("SettingsDialog", "Asana"), &dialog))
    {
        m_box->setObjectName(QStringLiteral("asanaBox"));
        auto *form = new QFormLayout(m_box);
        form->setObjectName(QStringLiteral("asanaForm"));
        m_staleHours = spinBox(QStringLiteral("asanaStaleHours"), QCoreApplication::translate("SettingsDialog", " h"), 0, 168);
        form->addRow(label(QCoreApplication::translate("SettingsDialog", "Refresh a project's tasks after:"), m_staleHours), m_staleHours);
        m_fullDays = spinBox(QStringLiteral("asanaFullDays"), QCoreApplication::translate("SettingsDialog", " days"), 1, 90);
        form->addRow(label(QCoreApplication::translate("SettingsDialog", "Full sync every:"), m_fullDays), m_fullDays);
        m_workspace = new QLineEdit(m_box);
        m_workspace->setObjectName(QStringLiteral("asanaWorkspace"));
        m_workspace->setPlaceholderText(QCoreApplication::translate("SettingsDialog", "its id (empty: the first)"));
        m_choose = new QPushButton(QCoreApplication::translate("SettingsDialog", "Choos&e…"), m_box);
        m_choose->setObjectName(QStringLiteral("chooseAsana"));
        m_choose->setToolTip(QCoreApplication::translate("SettingsDialog", "Pick the workspace and the portfolio from your Asana account"));
        m_choose->hide(); // until the dialog has an engine
        QObject::connect(m_choose, &QPushButton::clicked, m_box, [this] { choose(); });
        auto *row = new QHBoxLayout;
        row->addWidget(m_workspace);
        row->addWidget(m_choose);
        form->addRow(label(QCoreApplication::translate("SettingsDialog", "&Workspace:"), m_workspace), row);
        m_portfolio = new QLineEdit(m_box);
        m_portfolio->setObjectName(QStringLiteral("asanaPortfolio"));
        m_portfolio->setPlaceholderText(QCoreApplication::translate("SettingsDialog", "its id (empty: every project of the workspace)"));
        form->addRow(label(QCoreApplication::translate("SettingsDialog", "Only the &portfolio:"), m_portfolio), m_portfolio);
    }

    QWidget *box() override { return m_box; }

    void load(const Settings &settings) override
    {
        m_staleHours->setValue(settings.value(QStringLiteral("asana.stale_hours"), 6).toInt());
        m_fullDays->setValue(settings.value(QStringLiteral("asana.full_every_days"), 7).toInt());
        m_workspace->setText(settings.value(QStringLiteral("asana.workspace")).toString());
        m_portfolio->setText(settings.value(QStringLiteral("asana.portfolio")).toString());
    }

    QString problem(QWidget **field) const override
    {
        static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
        const QString workspace = m_workspace->text().trimmed();
        *field = m_workspace;
        if (!workspace.isEmpty() && !digits.match(workspace).hasMatch())
            return QCoreApplication::translate("cairn::SettingsDialog", "An Asana workspace id is a number: use Choose… to pick the workspace.");
        const QString portfolio = m_portfolio->text().trimmed();
        *field = m_portfolio;
        if (!portfolio.isEmpty() && !digits.match(portfolio).hasMatch())
            return QCoreApplication::translate("cairn::SettingsDialog", "An Asana portfolio id is a number: the one in the portfolio's address.");
        *field = nullptr;
        return {};
    }

    void save(Settings &settings) override
    {
        settings.setValue(QStringLiteral("asana.stale_hours"), m_staleHours->value());
        settings.setValue(QStringLiteral("asana.full_every_days"), m_fullDays->value());
        for (const auto &[box, key] : {std::pair{m_workspace, "asana.workspace"}, {m_portfolio, "asana.portfolio"}}) {
            if (box->text().trimmed().isEmpty())
                settings.remove(QLatin1String(key));
            else
                settings.setValue(QLatin1String(key), box->text().trimmed());
        }
    }

    void setPickersShown(bool shown) override { m_choose->setVisible(shown); }

private:
    QSpinBox *spinBox(const QString &name, const QString &suffix, int min, int max)
    {
        auto *box = new QSpinBox(m_box);
        box->setObjectName(name);
        box->setSuffix(suffix);
        box->setRange(min, max);
        return box;
    }

    QLabel *label(const QString &text, QWidget *buddy)
    {
        auto *l = new QLabel(text, m_box);
        l->setBuddy(buddy);
        return l;
    }

    // Choose…: the picker; its OK writes the workspace and portfolio ids into their boxes.
    void choose()
    {
        if (!m_dialog.engine())
            return;
        auto *picker = new AsanaPickerDialog(*m_dialog.engine(), m_dialog.settings().apiUrl(kAsana), m_workspace->text(),
                                             m_portfolio->text(), &m_dialog);
        picker->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(picker, &QDialog::accepted, m_box, [this, picker] {
            m_workspace->setText(picker->workspace());
            m_portfolio->setText(picker->portfolio());
        });
        picker->open();
    }

    SettingsDialog &m_dialog;
    QGroupBox *m_box;
    QSpinBox *m_staleHours;
    QSpinBox *m_fullDays;
    QLineEdit *m_workspace;
    QPushButton *m_choose;
    QLineEdit *m_portfolio;
};

} // namespace

const SourceViews &asanaViews()
{
    static const SourceViews views{
        .id = kAsana,
        .page = projectsPage,
        .changes = {kAsana},
        .searchKinds = {{kProjectKind, QT_TRANSLATE_NOOP("cairn::GlobalSearch", "Asana projects")},
                        {kTaskKind, QT_TRANSLATE_NOOP("cairn::GlobalSearch", "Asana tasks")}},
        .people = {QT_TRANSLATE_NOOP("cairn::PersonView", "Asana tasks assigned"), tasksOf},
        .card = {.keeps = QT_TRANSLATE_NOOP("cairn::ServiceCard", "Your projects and tasks, with assignees, due dates, notes and comments."),
                 .permission = QT_TRANSLATE_NOOP("cairn::ServiceCard", "Asana's sign-in grants access to your workspaces; Cairn only reads from them until you switch writing on."),
                 .signIn = QT_TRANSLATE_NOOP("cairn::ServiceCard", "Sign in with Asana"),
                 .tokenPage = "https://app.asana.com/0/my-apps",
                 .ownAppSteps = QT_TRANSLATE_NOOP("cairn::ServiceCard",
                                                  "1. In %1, create a new app.<br>"
                                                  "2. Under OAuth, add the redirect URL <tt>%2</tt>.<br>"
                                                  "3. Enter its client ID and client secret here."),
                 .ownAppSite = "https://app.asana.com/0/my-apps",
                 .ownAppSiteName = QT_TRANSLATE_NOOP("cairn::ServiceCard", "Asana's developer console")},
        // Nothing must be chosen (the first workspace, all of its projects), but it can be.
        .choose = chooseWorkspace,
        .intervalLabel = QT_TRANSLATE_NOOP("SettingsDialog", "&Asana:"),
        .settings = SourceViews::settingsOf<AsanaSettings>,
        .notifications = {QT_TRANSLATE_NOOP("SettingsDialog", "New &Asana tasks assigned to me"),
                          QT_TRANSLATE_N_NOOP("cairn::WatchNotifier", "%n new Asana task(s) assigned to you"), false},
    };
    return views;
}

} // namespace cairn
