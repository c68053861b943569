#pragma once
#include "StoreWriter.h"

#include <type_traits>
#include <utility>

namespace cairn::test {

// Runs `f` on the store writer's thread in one transaction and waits; rethrows its failure.
template<typename F>
auto write(StoreWriter &w, F f)
{
    auto future = w.transact(std::move(f));
    future.waitForFinished();
    if constexpr (!std::is_void_v<std::invoke_result_t<F, QSqlDatabase &>>)
        return future.result();
}

} // namespace cairn::test
