// libFuzzer's entry for the one fuzz_<name>.cpp linked with it: a broken invariant aborts,
// so that libFuzzer saves the input as a crash (the CMake builds one executable per target).
#include "FuzzEntries.h"

#include <QLoggingCategory>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    QLoggingCategory::setFilterRules(QStringLiteral("*=false"));
    if (cairn::fuzz::targets().size() != 1) {
        std::fprintf(stderr, "a fuzzer links exactly one fuzz_<name>.cpp, this one has %d\n",
                     int(cairn::fuzz::targets().size()));
        std::abort();
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    // A copy, as a body from the network would be (QByteArray keeps a terminating NUL).
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const cairn::fuzz::Target &target = cairn::fuzz::targets().first();
    const QString failure = target.entry(input);
    if (!failure.isEmpty()) {
        std::fprintf(stderr, "\n%s: invariant broken: %s\n", qPrintable(target.name), qUtf8Printable(failure));
        std::abort();
    }
    return 0;
}
