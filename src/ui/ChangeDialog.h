#pragma once
#include "ChangeForm.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;

namespace cairn {

// A new item of a source that writes ("New task"), as a ChangeForm in a dialog: OK (or
// Ctrl+Enter) only once every required field has a value; Esc cancels. The window keeps the
// change (LocalChanges) after it is accepted.
class ChangeDialog : public QDialog
{
    Q_OBJECT
public:
    ChangeDialog(const QString &title, const QList<FieldEditor> &editors, QWidget *parent = nullptr);

    ChangeForm *form() const { return m_form; }
    // A line under the form (what happens next, what is left out).
    void setNote(const QString &text);
    QPushButton *okButton() const;

private:
    ChangeForm *m_form;
    QLabel *m_note;
    QDialogButtonBox *m_buttons;
};

} // namespace cairn
