#pragma once
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QWidget>

#include <utility>

class QCheckBox;
class QFormLayout;

namespace cairn {

// One field of an item as a person edits it in the window: the source's name of it (its
// WritableField, with the names of `cairn export --format json`), the label and the editor.
struct FieldEditor
{
    enum class Kind {
        Line,   // one line of text
        Lines,  // text of several lines
        Date,   // a day or none: "yyyy-mm-dd" or null
        Check,  // true or false
        Choice, // one of `choices`
        List,   // texts, one a line (empty lines left out)
        Checks, // any of `choices`, each ticked or not (their values, sorted)
    };
    QString field;
    QString label; // with its mnemonic: "&Name:"
    Kind kind = Kind::Line;
    QList<std::pair<QString, QJsonValue>> choices; // Choice, Checks: what it says, its value
    bool required = false; // the form is not complete without a value
};

// The editors of an item's fields in a form, for any source that writes (docs/architecture.md
// §7): filled with the values a person sees, it tells which of them they changed. Ctrl+Enter
// submits it, Esc cancels it (whatever editor has the focus; see Keys).
class ChangeForm : public QWidget
{
    Q_OBJECT
public:
    // Whose Ctrl+Enter and Esc: the form's own (submitted(), cancelled()), or those of the page
    // it is on, which makes its own buttons and keys.
    enum class Keys { Own, Page };
    explicit ChangeForm(const QList<FieldEditor> &editors, QWidget *parent = nullptr, Keys keys = Keys::Own);

    // Fills the editors; these are the values before editing (changes() compares with them).
    void setValues(const QJsonObject &values);
    QJsonObject values() const;
    // The fields whose value differs from setValues()'s.
    QJsonObject changes() const;
    // Every required field has a value.
    bool isComplete() const;
    // The editor of a field (a QLineEdit, QPlainTextEdit (Lines, List), QDateEdit, QCheckBox,
    // QComboBox or QListWidget (Checks)); null if none.
    QWidget *editor(const QString &field) const;
    QWidget *firstEditor() const;
    // A label as a line of text says it: "&Name:" → "Name".
    static QString plainLabel(const QString &label);
    QFormLayout *formLayout() const { return m_form; }

Q_SIGNALS:
    void submitted();
    void cancelled();
    // A value changed (by the person or setValues()).
    void edited();

private:
    struct Entry
    {
        FieldEditor spec;
        QWidget *editor = nullptr;
        QCheckBox *hasDate = nullptr; // Date: whether it has one
    };
    QJsonValue valueOf(const Entry &e) const;
    void setValue(Entry &e, const QJsonValue &v);

    QFormLayout *m_form;
    QList<Entry> m_entries;
    QJsonObject m_before;
};

} // namespace cairn
