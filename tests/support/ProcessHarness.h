#pragma once
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace cairn::test {

// The real binaries as a user runs them: `cairn-sim` as a child process on loopback and
// `cairn` commands against it, with a temp data dir and the token in the environment only.
class ProcessHarness
{
public:
    explicit ProcessHarness(const QStringList &simArguments);
    ~ProcessHarness();

    QUrl simUrl() const { return m_simUrl; }
    QString dataDir() const { return m_data.path(); }
    QProcessEnvironment environment() const;
    // An extra environment variable for every following `cairn` command.
    void setEnv(const QString &name, const QString &value) { m_env.insert(name, value); }
    static QString binary(const char *name);

    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        QJsonObject json() const;
    };
    // Runs `cairn args...` to completion (timeout in ms), `input` on its standard input.
    Result cairn(const QStringList &args, int timeoutMs = 120'000, const QByteArray &input = {}) const;
    // Starts `cairn args...` without waiting.
    std::unique_ptr<QProcess> startCairn(const QStringList &args) const;
    // Starts `cairn args...` `runs` times, each killed with SIGKILL at a random point within
    // `jitterMs` after `endpoint` was asked `served` more times (it has committed a page by
    // then); returns how many were killed (the others ended by themselves).
    int killRuns(const QStringList &args, const QString &endpoint, int served, int jitterMs, int runs = 3) const;

    // The simulator's admin API, synchronously.
    QJsonObject admin(const QByteArray &method, const QString &path, const QJsonObject &body = {}) const;
    QByteArray adminRaw(const QByteArray &method, const QString &path, const QByteArray &body = {},
                        const QList<QPair<QByteArray, QByteArray>> &headers = {}) const;
    // A service's API as another client (a person in Asana's web app) calls it, with `token`.
    QJsonObject api(const QByteArray &method, const QString &path, const QJsonObject &body = {},
                    const QString &token = QStringLiteral("cairn-sim-token")) const;
    int requests(const QString &endpoint) const;

private:
    QTemporaryDir m_data;
    QProcess m_sim;
    QUrl m_simUrl;
    QProcessEnvironment m_env;
};

} // namespace cairn::test
