#include "SettingsDialog.h"
#include "Scheduler.h"
#include "Settings.h"
#include "SourceRegistry.h"
#include "SourceViews.h"
#include "WatchNotifier.h"
#include "ui_SettingsDialog.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

namespace cairn {

namespace {
QString intervalKey(const QString &source)
{
    return QStringLiteral("sync.%1.interval_minutes").arg(source);
}

// The widgets of `box` that Tab stops at, in the order they were made (a source's views make
// them as its group reads).
QList<QWidget *> tabStops(QWidget *box)
{
    QList<QWidget *> out;
    for (QObject *child : box->children()) {
        auto *w = qobject_cast<QWidget *>(child);
        if (w && (w->focusPolicy() & Qt::TabFocus))
            out << w;
    }
    return out;
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
    buildSourceRows();
    // The form's OK, Cancel and Apply (the .ui connects nothing).
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_ui->buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &SettingsDialog::apply);
    m_ui->problemLabel->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_ui->problemLabel->setAccessibleName(tr("Problem"));
    m_ui->problemLabel->hide();
    load();
}

SettingsDialog::~SettingsDialog() = default;

// Each source's rows, in the sidebar's order: its interval (and what its views put beside it),
// its own group on the Syncing tab, its notifications' checkbox on the General tab.
void SettingsDialog::buildSourceRows()
{
    QList<QWidget *> order; // the Syncing tab's Tab stops, as the form reads
    for (const QString &source : SourceRegistry::implemented()) {
        const SourceViews *views = SourceViews::find(source);
        SourceRows rows;
        rows.source = source;
        if (views && views->settings)
            rows.own = views->settings(*this);
        rows.interval = new QSpinBox(m_ui->intervalsBox);
        rows.interval->setObjectName(source + QStringLiteral("Interval"));
        rows.interval->setSuffix(QCoreApplication::translate("SettingsDialog", " min"));
        rows.interval->setRange(1, 1440);
        const QString name = views && views->intervalLabel ? SourceViews::translated("SettingsDialog", views->intervalLabel)
                                                           : Settings::displayName(source) + u':';
        auto *label = new QLabel(name, m_ui->intervalsBox);
        label->setBuddy(rows.interval);
        auto *row = new QHBoxLayout;
        row->addWidget(rows.interval);
        if (rows.own)
            rows.own->addBesideInterval(row, rows.interval);
        order << rows.interval;
        for (int i = 1; i < row->count(); ++i)
            if (QWidget *w = row->itemAt(i)->widget())
                order << w;
        if (row->count() > 1) {
            m_ui->intervalsForm->addRow(label, row);
        } else {
            row->removeWidget(rows.interval);
            delete row;
            m_ui->intervalsForm->addRow(label, rows.interval);
        }
        m_sources.push_back(std::move(rows));
    }
    for (const SourceRows &rows : m_sources) {
        if (QWidget *box = rows.own ? rows.own->box() : nullptr) {
            m_ui->syncLayout->addWidget(box);
            order << tabStops(box);
        }
    }
    // Tab goes through the Syncing tab as it reads, then on to the General tab's fields.
    QWidget *previous = m_ui->tabs;
    for (QWidget *w : std::as_const(order)) {
        setTabOrder(previous, w);
        previous = w;
    }
    setTabOrder(previous, m_ui->dataDir);

    // General: "Notify me of:" and a checkbox for each source whose items are watched.
    int at = -1;
    QFormLayout::ItemRole role;
    m_ui->generalForm->getWidgetPosition(m_ui->notifyLabel, &at, &role);
    QWidget *last = m_ui->startAtLogin;
    for (SourceRows &rows : m_sources) {
        const SourceViews *views = SourceViews::find(rows.source);
        if (!views || !views->notifications.setting || !WatchNotifier::isAvailable(rows.source))
            continue;
        rows.notify = new QCheckBox(SourceViews::translated("SettingsDialog", views->notifications.setting), m_ui->generalTab);
        rows.notify->setObjectName(QStringLiteral("notify-") + rows.source);
        if (!m_ui->generalForm->itemAt(at, QFormLayout::FieldRole))
            m_ui->generalForm->setWidget(at, QFormLayout::FieldRole, rows.notify);
        else
            m_ui->generalForm->insertRow(++at, static_cast<QWidget *>(nullptr), rows.notify);
        setTabOrder(last, rows.notify);
        last = rows.notify;
    }
}

void SettingsDialog::endRow(QHBoxLayout *row)
{
    row->addItem(new QSpacerItem(0, 0, QSizePolicy::Expanding, QSizePolicy::Minimum));
}

void SettingsDialog::setSyncEngine(SyncEngine *engine)
{
    m_engine = engine;
    for (const SourceRows &rows : m_sources)
        if (rows.own)
            rows.own->setPickersShown(engine != nullptr);
}

void SettingsDialog::showChoicesOf(const QString &source)
{
    m_ui->tabs->setCurrentWidget(m_ui->syncTab);
    for (const SourceRows &rows : m_sources)
        if (rows.source == source && rows.own && rows.own->choices())
            rows.own->choices()->setFocus(Qt::OtherFocusReason);
}

void SettingsDialog::load()
{
    for (const SourceRows &rows : m_sources) {
        rows.interval->setValue(int(Scheduler::intervalFromSettings(m_settings, rows.source) / 60'000));
        if (rows.own)
            rows.own->load(m_settings);
        if (rows.notify)
            rows.notify->setChecked(WatchNotifier::isEnabled(m_settings, rows.source));
    }
    // The folder really in use (the demo's, or --data-dir's), not merely the default one.
    m_shownDataDir = m_settings.dataDir();
    m_ui->dataDir->setText(QDir::toNativeSeparators(m_shownDataDir));
    m_ui->startAtLogin->setChecked(m_settings.value(QStringLiteral("app.start_at_login"), false).toBool());
}

QString SettingsDialog::problem(QWidget **field) const
{
    QWidget *unused = nullptr;
    QWidget *&at = field ? *field : unused;
    for (const SourceRows &rows : m_sources) {
        if (!rows.own)
            continue;
        const QString why = rows.own->problem(&at);
        if (!why.isEmpty())
            return why;
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
    for (const SourceRows &rows : m_sources) {
        if (rows.interval->value() == Scheduler::defaultIntervalMinutes(rows.source))
            m_settings.remove(intervalKey(rows.source));
        else
            m_settings.setValue(intervalKey(rows.source), rows.interval->value());
        if (rows.own)
            rows.own->save(m_settings);
    }
    const QString dir = QDir::fromNativeSeparators(m_ui->dataDir->text().trimmed());
    if (QDir::cleanPath(dir) != QDir::cleanPath(m_shownDataDir))
        Settings::setDefaultDataDir(dir);
    m_settings.setValue(QStringLiteral("app.start_at_login"), m_ui->startAtLogin->isChecked());
    for (const SourceRows &rows : m_sources)
        if (rows.notify)
            WatchNotifier::setEnabled(m_settings, rows.source, rows.notify->isChecked());
}

void SettingsDialog::accept()
{
    if (apply())
        QDialog::accept();
}

} // namespace cairn
