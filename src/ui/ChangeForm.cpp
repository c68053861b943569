#include "ChangeForm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QShortcut>

#include <algorithm>

namespace cairn {

namespace {
// A box of a Checks editor.
void addCheck(QListWidget *list, const QString &text, const QJsonValue &value, bool ticked)
{
    auto *item = new QListWidgetItem(text, list);
    item->setData(Qt::UserRole, value.toVariant());
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    item->setCheckState(ticked ? Qt::Checked : Qt::Unchecked);
}
} // namespace

ChangeForm::ChangeForm(const QList<FieldEditor> &editors, QWidget *parent, Keys keys)
    : QWidget(parent)
    , m_form(new QFormLayout(this))
{
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    for (const FieldEditor &spec : editors) {
        Entry e;
        e.spec = spec;
        QWidget *row = nullptr;
        switch (spec.kind) {
        case FieldEditor::Kind::Line: {
            auto *line = new QLineEdit(this);
            connect(line, &QLineEdit::textChanged, this, &ChangeForm::edited);
            e.editor = row = line;
            break;
        }
        case FieldEditor::Kind::Lines:
        case FieldEditor::Kind::List: {
            auto *text = new QPlainTextEdit(this);
            text->setTabChangesFocus(true);
            if (spec.kind == FieldEditor::Kind::List) // a few lines: the text below takes the height left
                text->setFixedHeight(fontMetrics().lineSpacing() * 4 + 2 * text->frameWidth());
            else
                text->setMinimumHeight(fontMetrics().lineSpacing() * 4);
            connect(text, &QPlainTextEdit::textChanged, this, &ChangeForm::edited);
            e.editor = row = text;
            break;
        }
        case FieldEditor::Kind::Date: {
            // A day, or none: the box says whether there is one, the date edit which.
            auto *box = new QWidget(this);
            auto *layout = new QHBoxLayout(box);
            layout->setContentsMargins(0, 0, 0, 0);
            e.hasDate = new QCheckBox(box);
            e.hasDate->setAccessibleName(plainLabel(spec.label));
            e.hasDate->setToolTip(tr("Unticked: no date"));
            auto *date = new QDateEdit(box);
            date->setCalendarPopup(true);
            date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
            date->setDate(QDate::currentDate());
            date->setEnabled(false);
            layout->addWidget(e.hasDate);
            layout->addWidget(date, 1);
            connect(e.hasDate, &QCheckBox::toggled, date, &QWidget::setEnabled);
            connect(e.hasDate, &QCheckBox::toggled, this, &ChangeForm::edited);
            connect(date, &QDateEdit::dateChanged, this, &ChangeForm::edited);
            e.editor = date;
            row = box;
            break;
        }
        case FieldEditor::Kind::Check: {
            auto *check = new QCheckBox(spec.label.endsWith(u':') ? spec.label.chopped(1) : spec.label, this);
            connect(check, &QCheckBox::toggled, this, &ChangeForm::edited);
            e.editor = check;
            m_form->addRow(QString(), check);
            break;
        }
        case FieldEditor::Kind::Checks: {
            // A short list of boxes (Space ticks the current one); it scrolls past a few.
            auto *list = new QListWidget(this);
            list->setAccessibleName(plainLabel(spec.label));
            list->setUniformItemSizes(true);
            for (const auto &[text, value] : spec.choices)
                addCheck(list, text, value, false);
            // (No selection: a highlighted row would read as ticked. The current one has the focus frame.)
            list->setSelectionMode(QAbstractItemView::NoSelection);
            const int rows = int(std::clamp<qsizetype>(spec.choices.size(), 2, 8));
            const int rowHeight = list->count() ? list->sizeHintForRow(0) : fontMetrics().height() + 4;
            list->setFixedHeight(rows * rowHeight + 2 * list->frameWidth());
            connect(list, &QListWidget::itemChanged, this, &ChangeForm::edited);
            e.editor = row = list;
            break;
        }
        case FieldEditor::Kind::Choice: {
            auto *combo = new QComboBox(this);
            for (const auto &[text, value] : spec.choices)
                combo->addItem(text, value.toVariant());
            connect(combo, &QComboBox::currentIndexChanged, this, &ChangeForm::edited);
            e.editor = row = combo;
            break;
        }
        }
        e.editor->setObjectName(QStringLiteral("edit-") + spec.field);
        if (row) {
            auto *label = new QLabel(spec.label, this);
            label->setBuddy(e.hasDate ? static_cast<QWidget *>(e.hasDate) : e.editor);
            m_form->addRow(label, row);
        }
        m_entries.append(e);
    }
    if (keys == Keys::Page)
        return;
    for (const QKeySequence &sequence : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *submit = new QShortcut(sequence, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
        connect(submit, &QShortcut::activated, this, &ChangeForm::submitted);
    }
    auto *cancel = new QShortcut(QKeySequence(Qt::Key_Escape), this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(cancel, &QShortcut::activated, this, &ChangeForm::cancelled);
}

QJsonValue ChangeForm::valueOf(const Entry &e) const
{
    switch (e.spec.kind) {
    case FieldEditor::Kind::Line: return static_cast<QLineEdit *>(e.editor)->text();
    case FieldEditor::Kind::Lines: return static_cast<QPlainTextEdit *>(e.editor)->toPlainText();
    case FieldEditor::Kind::List: {
        QJsonArray items;
        for (const QString &line : static_cast<QPlainTextEdit *>(e.editor)->toPlainText().split(u'\n'))
            if (!line.trimmed().isEmpty())
                items.append(line.trimmed());
        return items;
    }
    case FieldEditor::Kind::Date:
        return e.hasDate->isChecked() ? QJsonValue(static_cast<QDateEdit *>(e.editor)->date().toString(Qt::ISODate)) : QJsonValue();
    case FieldEditor::Kind::Check: return static_cast<QCheckBox *>(e.editor)->isChecked();
    case FieldEditor::Kind::Choice: {
        auto *combo = static_cast<QComboBox *>(e.editor);
        return combo->currentIndex() < 0 ? QJsonValue() : QJsonValue::fromVariant(combo->currentData());
    }
    case FieldEditor::Kind::Checks: {
        auto *list = static_cast<QListWidget *>(e.editor);
        QStringList ticked;
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->checkState() == Qt::Checked)
                ticked << list->item(i)->data(Qt::UserRole).toString();
        ticked.sort();
        return QJsonArray::fromStringList(ticked);
    }
    }
    return {};
}

void ChangeForm::setValue(Entry &e, const QJsonValue &v)
{
    switch (e.spec.kind) {
    case FieldEditor::Kind::Line: static_cast<QLineEdit *>(e.editor)->setText(v.toString()); break;
    case FieldEditor::Kind::Lines: static_cast<QPlainTextEdit *>(e.editor)->setPlainText(v.toString()); break;
    case FieldEditor::Kind::List: {
        QStringList items;
        for (const QJsonValue &item : v.toArray())
            items << item.toString();
        static_cast<QPlainTextEdit *>(e.editor)->setPlainText(items.join(u'\n'));
        break;
    }
    case FieldEditor::Kind::Date: {
        const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
        e.hasDate->setChecked(d.isValid());
        static_cast<QDateEdit *>(e.editor)->setDate(d.isValid() ? d : QDate::currentDate());
        break;
    }
    case FieldEditor::Kind::Check: static_cast<QCheckBox *>(e.editor)->setChecked(v.toBool()); break;
    case FieldEditor::Kind::Choice: {
        auto *combo = static_cast<QComboBox *>(e.editor);
        int index = -1;
        for (int i = 0; i < combo->count() && index < 0; ++i)
            if (QJsonValue::fromVariant(combo->itemData(i)) == v)
                index = i;
        combo->setCurrentIndex(index < 0 ? 0 : index);
        break;
    }
    case FieldEditor::Kind::Checks: {
        // Ticked as the values say; a value none of the boxes has gets one (kept unless unticked).
        auto *list = static_cast<QListWidget *>(e.editor);
        const QSignalBlocker quiet(list);
        QStringList values;
        for (const QJsonValue &item : v.toArray())
            values << item.toString();
        for (int i = 0; i < list->count(); ++i) {
            const QString value = list->item(i)->data(Qt::UserRole).toString();
            list->item(i)->setCheckState(values.removeAll(value) ? Qt::Checked : Qt::Unchecked);
        }
        for (const QString &value : std::as_const(values))
            addCheck(list, value, value, true);
        Q_EMIT edited();
        break;
    }
    }
}

void ChangeForm::setValues(const QJsonObject &values)
{
    for (Entry &e : m_entries)
        setValue(e, values.value(e.spec.field));
    m_before = this->values(); // as the editors hold them ("" and none alike)
}

QJsonObject ChangeForm::values() const
{
    QJsonObject out;
    for (const Entry &e : m_entries)
        out.insert(e.spec.field, valueOf(e));
    return out;
}

QJsonObject ChangeForm::changes() const
{
    QJsonObject out;
    const QJsonObject now = values();
    for (auto it = now.begin(); it != now.end(); ++it)
        if (m_before.value(it.key()) != it.value())
            out.insert(it.key(), it.value());
    return out;
}

bool ChangeForm::isComplete() const
{
    for (const Entry &e : m_entries) {
        const QJsonValue v = valueOf(e);
        if (e.spec.required && (v.isNull() || (v.isString() && v.toString().trimmed().isEmpty())))
            return false;
    }
    return true;
}

QWidget *ChangeForm::editor(const QString &field) const
{
    for (const Entry &e : m_entries)
        if (e.spec.field == field)
            return e.editor;
    return nullptr;
}

QString ChangeForm::plainLabel(const QString &label)
{
    QString text = label;
    text.remove(u'&');
    while (text.endsWith(u':') || text.endsWith(u' '))
        text.chop(1);
    return text;
}

QWidget *ChangeForm::firstEditor() const
{
    return m_entries.isEmpty() ? nullptr : m_entries.first().editor;
}

} // namespace cairn
