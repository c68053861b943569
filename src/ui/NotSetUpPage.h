#pragma once
#include <QWidget>

class QLabel;
class QPushButton;

namespace cairn {

// A source nobody set up: what it is, and the one button that sets it up.
class NotSetUpPage : public QWidget
{
    Q_OBJECT
public:
    explicit NotSetUpPage(QWidget *parent = nullptr);
    // `available`: the source has a page in this version (else no button).
    void showSource(const QString &source, bool available);
    QString source() const { return m_source; }
    QPushButton *setUpButton() const { return m_setUp; }

Q_SIGNALS:
    void setUpRequested(const QString &source);

private:
    QLabel *m_text;
    QPushButton *m_setUp;
    QString m_source;
};

} // namespace cairn
