#include "ChangeDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace cairn {

ChangeDialog::ChangeDialog(const QString &title, const QList<FieldEditor> &editors, QWidget *parent)
    : QDialog(parent)
    , m_form(new ChangeForm(editors, this))
    , m_note(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(title);
    m_note->setWordWrap(true);
    m_note->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    m_note->hide();
    okButton()->setToolTip(tr("Ctrl+Enter"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addWidget(m_note);
    layout->addWidget(m_buttons);
    const auto update = [this] { okButton()->setEnabled(m_form->isComplete()); };
    connect(m_form, &ChangeForm::edited, this, update);
    connect(m_form, &ChangeForm::submitted, this, [this] {
        if (m_form->isComplete())
            accept();
    });
    connect(m_form, &ChangeForm::cancelled, this, &QDialog::reject);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    update();
    resize(qMax(sizeHint().width(), fontMetrics().averageCharWidth() * 60), sizeHint().height());
}

void ChangeDialog::setNote(const QString &text)
{
    m_note->setText(text);
    m_note->setVisible(!text.isEmpty());
}

QPushButton *ChangeDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

} // namespace cairn
