#pragma once
// Shared by the tests/auth tests (header only: each test is one executable).
#include "Account.h"
#include "Error.h"

#include <QCoroTask>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <optional>

namespace cairn::test {

template<typename T>
struct Attempt
{
    std::optional<Error> error;
    T value{};
};

// Awaits `task` and hands back its value or its Error — never throws (QCoro::waitFor would hang).
template<typename T>
QCoro::Task<Attempt<T>> attempt(QCoro::Task<T> task)
{
    Attempt<T> a;
    try {
        T got = co_await std::move(task);
        a.value = got;
    } catch (const Error &e) {
        a.error = e;
    }
    co_return a;
}

template<typename T>
Attempt<T> await(QCoro::Task<T> task)
{
    return QCoro::waitFor(attempt<T>(std::move(task)));
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// `cairn args...` with exactly `env`, `input` on its standard input.
inline Run runCairn(const QString &binary, const QProcessEnvironment &env, const QStringList &args,
                    const QByteArray &input = {}, int timeoutMs = 120'000)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(binary, args);
    p.waitForStarted(10'000);
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs))
        p.kill();
    p.waitForFinished();
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
}

// Every file under `dir` (recursively) whose bytes contain one of `needles`: "" when none.
inline QString fileContaining(const QString &dir, const QList<QByteArray> &needles)
{
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray data = f.readAll();
        for (const QByteArray &n : needles)
            if (!n.isEmpty() && data.contains(n))
                return path + QStringLiteral(" contains ") + QString::fromUtf8(n.left(12)) + QStringLiteral("...");
    }
    return {};
}

} // namespace cairn::test
