#include "AboutDialog.h"
#include "Settings.h"
#include "SourceRegistry.h"
#include "SafeTextBrowser.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QVBoxLayout>

namespace cairn {

namespace {
// "Google Contacts, Asana, GitHub and Jira": every source, in the sidebar's order.
QString sourceNames()
{
    QStringList names;
    for (const QString &source : SourceRegistry::implemented())
        names << Settings::displayName(source);
    if (names.size() < 2)
        return names.join(QString());
    const QString last = names.takeLast();
    //: the last two of a list: "Google Contacts, Asana, GitHub and Jira"
    return AboutDialog::tr("%1 and %2").arg(names.join(QStringLiteral(", ")), last);
}
} // namespace

AboutDialog::AboutDialog(const QString &dataDir, QWidget *parent)
    : QDialog(parent)
    , m_text(new SafeTextBrowser(this, SafeTextBrowser::Links::Inert))
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Cairn"));
    m_text->setObjectName(QStringLiteral("aboutText"));
    m_text->setAccessibleName(tr("About Cairn"));
    const QString version = QCoreApplication::applicationVersion();
    const QStringList lines{
        tr("Cairn %1").arg(version.isEmpty() ? QStringLiteral(CAIRN_VERSION) : version),
        //: %1: the sources, "Google Contacts, Asana, GitHub and Jira"
        tr("%1, kept on this computer: browsable and searchable offline.").arg(sourceNames()),
        QString(),
        tr("Data folder: %1").arg(QDir::toNativeSeparators(dataDir)),
        QString(),
        tr("Keys"),
        tr("Ctrl+K search everything · Ctrl+F search this page · Ctrl+R sync now · Ctrl+, settings"),
        tr("Tab moves between the sidebar, the filter, the list and the details; arrows move in a list; "
           "Enter opens the selected item; Ctrl+Home and Ctrl+End go to the first and the very last item; "
           "the Menu key or Shift+F10 opens a source's menu."),
        QString(),
        tr("Built with"),
        tr("Qt %1 — GNU LGPL 3").arg(QString::fromLatin1(qVersion())),
        tr("QtKeychain — BSD licence"),
        tr("QCoro — MIT licence"),
        tr("SQLite — public domain"),
        tr("ICU — ICU licence (Unicode licence)"),
    };
    m_text->setPlainText(lines.join(QLatin1Char('\n')));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    resize(560, 420);
}

QString AboutDialog::text() const
{
    return m_text->toPlainText();
}

} // namespace cairn
