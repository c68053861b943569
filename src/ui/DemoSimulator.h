#pragma once
#include <QObject>
#include <QThread>
#include <QUrl>

#include <functional>

namespace sim {
class CloudSimulator;
struct Options;
} // namespace sim

namespace cairn {

class Settings;

// The built-in cloud simulator of demo mode, on its own thread: it is created, listens and
// is destroyed there, so serving the sync's requests never competes with the window.
class DemoSimulator : public QObject
{
    Q_OBJECT
public:
    explicit DemoSimulator(QObject *parent = nullptr);
    ~DemoSimulator() override;

    // Starts the thread and the server on 127.0.0.1 (a free port); waits until it listens.
    // False when it could not listen.
    bool start(const sim::Options &options);
    QUrl baseUrl() const { return m_baseUrl; }
    QString accessToken() const { return m_token; }
    // The sources the demo simulator serves: every source (the registry's).
    static QStringList servedSources();
    // Points this process's sources at the simulator (environment, never written): what each
    // of its services gives a client (sim::SimService::clientEnvironment: its API address and
    // token, and anything of its own).
    void useForDemo();
    // What to sync from the simulator, where nothing is chosen yet (each service's
    // sim::SimService::demoSettings: its repositories, a Jira configuration over every project).
    void prepareSettings(Settings &settings);
    // Runs `f` on the simulator's thread and waits for it (nothing when there is no simulator).
    void withSimulator(const std::function<void(sim::CloudSimulator &)> &f);

    // Asks the simulator to add, modify and delete about `count` contacts (its own thread: each
    // service's sim::SimService::changePeople); changesMade() reports the resource names touched.
    void simulateChanges(int count);
    // Live contacts in the simulator now (sim::SimService::livePeople; asks its thread and
    // waits: tests and status text).
    int liveContactCount();

Q_SIGNALS:
    void changesMade(const QStringList &resourceNames);

private:
    QThread m_thread;
    QObject *m_context = nullptr;         // lives on m_thread; deleted when it finishes
    sim::CloudSimulator *m_sim = nullptr; // lives on m_thread
    QUrl m_baseUrl;
    QString m_token;
};

} // namespace cairn
