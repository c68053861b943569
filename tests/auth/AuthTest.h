#pragma once
// Shared by the tests/auth tests (header only: each test is one executable).
#include "Account.h"
#include "Error.h"

#include <QCoroTask>
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
        a.value = co_await std::move(task);
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

} // namespace cairn::test
