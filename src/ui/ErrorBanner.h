#pragma once
#include <QFrame>

#include <functional>

class QLabel;
class QPushButton;

namespace cairn {

// An inline banner at the top of the window: one line saying what failed, the window's own
// way on — a Retry button, or the action that fixes it ("Sign in…", "Choose repositories…")
// — and a close button. Never a modal dialog.
class ErrorBanner : public QFrame
{
    Q_OBJECT
public:
    explicit ErrorBanner(QWidget *parent = nullptr);

    // With Retry.
    void showError(const QString &message);
    // With a button `actionText` doing `action` instead of Retry.
    void showError(const QString &message, const QString &actionText, std::function<void()> action);
    QString message() const;
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *actionButton() const { return m_action; }

Q_SIGNALS:
    void retryRequested();

private:
    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_retry;
    QPushButton *m_action;
    std::function<void()> m_onAction;
};

} // namespace cairn
