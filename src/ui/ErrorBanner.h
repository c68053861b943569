#pragma once
#include <QFrame>

class QLabel;
class QPushButton;

namespace cairn {

// An inline banner at the top of the window: one line saying what failed, a Retry button
// and a close button. Never a modal dialog.
class ErrorBanner : public QFrame
{
    Q_OBJECT
public:
    explicit ErrorBanner(QWidget *parent = nullptr);

    void showError(const QString &message);
    QString message() const;
    QPushButton *retryButton() const { return m_retry; }

Q_SIGNALS:
    void retryRequested();

private:
    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_retry;
};

} // namespace cairn
