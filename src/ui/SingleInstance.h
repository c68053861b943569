#pragma once
#include <QObject>
#include <QString>

class QLocalServer;

namespace cairn {

// One window per data directory (docs/architecture.md §1.8: a second instance has a defined outcome).
// The first process listens on a local socket named after its data directory; a second one
// started on the same directory asks it to raise its window and exits 0. The demo and a
// real profile have different data directories, so they never clash.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    explicit SingleInstance(const QString &dataDir, QObject *parent = nullptr);
    ~SingleInstance() override;

    // "cairn-" + a hash of the user and the absolute data directory.
    static QString serverName(const QString &dataDir);

    // True: this is the first instance and now listens. False: a running instance was found
    // and told to show itself (this process should exit).
    bool claim();
    bool isPrimary() const { return m_server != nullptr; }
    QString name() const { return m_name; }

Q_SIGNALS:
    // Another process started on the same data directory: show and raise the window.
    void activationRequested();

private:
    bool askRunningInstance();
    void onNewConnection();

    QString m_name;
    QLocalServer *m_server = nullptr;
};

} // namespace cairn
