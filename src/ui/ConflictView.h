#pragma once
#include "SendOutbox.h"

#include <QFrame>
#include <QHash>

#include <functional>

class QGridLayout;
class QLabel;
class QPushButton;

namespace cairn {

// A change in conflict (the service changed the same fields since the person saw them), field
// by field for any source that writes: the person's value and the service's side by side,
// with "Keep mine" and "Take theirs" under them, and both for every field at once. A click
// asks for the resolution (resolveRequested); the window then shows the item as it is.
class ConflictView : public QFrame
{
    Q_OBJECT
public:
    // How a field's value reads ("Wednesday, 24 December 2026", a person's name, "Completed").
    using ValueText = std::function<QString(const QString &field, const QJsonValue &value)>;

    ConflictView(const QString &service, QHash<QString, QString> labels, ValueText text, QWidget *parent = nullptr);

    // Shows the first of `changes` in conflict; hidden when none is.
    void showChanges(const QList<OutboxChange> &changes);
    qint64 changeId() const { return m_change; }
    // The buttons of a field (tests, and the focus after a click).
    QPushButton *keepMineButton(const QString &field) const;
    QPushButton *takeTheirsButton(const QString &field) const;

Q_SIGNALS:
    // `field` "" for every field in conflict.
    void resolveRequested(qint64 change, const QString &field, cairn::Resolution how);

private:
    QPushButton *button(const QString &text, const QString &name, const QString &field, Resolution how);

    QString m_service;
    QHash<QString, QString> m_labels;
    ValueText m_text;
    qint64 m_change = 0;
    QLabel *m_title;
    QWidget *m_fields;
    QGridLayout *m_grid = nullptr;
    QPushButton *m_keepAll;
    QPushButton *m_takeAll;
};

} // namespace cairn
