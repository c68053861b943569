#pragma once
#include "Error.h"

#include <QCoroFuture>
#include <QCoroTask>
#include <QtConcurrent>

#include <optional>

namespace cairn {

// Runs `work` (a parse, a mapping) on the global thread pool, off the calling (GUI) thread,
// and gives back its result; a cairn::Error it throws is thrown here. Errors travel as values
// between the threads: an exception crossing QtConcurrent would arrive as QUnhandledException.
template<typename T, typename F>
QCoro::Task<T> offThread(F work)
{
    struct Outcome
    {
        std::optional<T> value;
        std::optional<Error> error;
    };
    QFuture<Outcome> running = QtConcurrent::run([work = std::move(work)]() {
        Outcome out;
        try {
            out.value = work();
        } catch (const Error &e) {
            out.error = e;
        }
        return out;
    });
    Outcome done = co_await running;
    if (done.error)
        throw *done.error;
    co_return std::move(*done.value);
}

} // namespace cairn
