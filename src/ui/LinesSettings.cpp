#include "LinesSettings.h"
#include "SettingsDialog.h"

#include <QDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cairn {

LinesSettings::LinesSettings(SettingsDialog &dialog, const Look &look)
    : m_dialog(dialog)
    , m_box(new QGroupBox(look.title, &dialog))
    , m_layout(new QVBoxLayout(m_box))
    , m_lines(new QPlainTextEdit(m_box))
    , m_choose(new QPushButton(look.choose, m_box))
{
    m_box->setObjectName(look.boxName);
    m_lines->setObjectName(look.linesName);
    m_lines->setPlaceholderText(look.placeholder);
    m_lines->setTabChangesFocus(true);
    m_layout->addWidget(m_lines);
    m_choose->setObjectName(look.chooseName);
    m_choose->setToolTip(look.chooseTip);
    m_choose->hide(); // until the dialog has an engine
    QObject::connect(m_choose, &QPushButton::clicked, m_box, [this] { choose(); });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_choose);
    SettingsDialog::endRow(buttons);
    m_layout->addLayout(buttons);
}

QWidget *LinesSettings::box()
{
    return m_box;
}

void LinesSettings::setPickersShown(bool shown)
{
    m_choose->setVisible(shown);
}

QWidget *LinesSettings::choices() const
{
    return m_lines;
}

void LinesSettings::openPicker(QDialog *picker, std::function<QStringList()> chosen)
{
    picker->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(picker, &QDialog::accepted, m_box, [this, chosen = std::move(chosen)] {
        m_lines->setPlainText(chosen().join(QLatin1Char('\n')));
    });
    picker->open();
}

} // namespace cairn
