#pragma once
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace cairn {

// The permanent part of the status bar: the last-sync line, during a sync a progress bar
// with Cancel, and the offline indicator.
class SyncStatusBar : public QWidget
{
    Q_OBJECT
public:
    explicit SyncStatusBar(QWidget *parent = nullptr);

    void setStatusLine(const QString &text);
    QString statusLine() const;
    // total <= 0: busy indicator
    void showProgress(const QString &text, qint64 done, qint64 total);
    void hideProgress();
    bool isProgressVisible() const;
    void setOnline(bool online);
    bool isOfflineShown() const;

Q_SIGNALS:
    void cancelRequested();

private:
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QLabel *m_offline;
};

} // namespace cairn
