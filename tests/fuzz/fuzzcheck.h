#pragma once

#include <QByteArray>
#include <QString>

#include <cstdio>
#include <cstdlib>

namespace ShopDesk::Fuzz {

// A broken property: says which and why, then aborts, which libFuzzer records as a crash
// (with the input saved) and the regression driver turns into a failed test.
[[noreturn]] inline void fail(const char *what, const QByteArray &first = {},
                              const QByteArray &second = {})
{
    std::fprintf(stderr, "FUZZ CHECK FAILED: %s\n", what);
    if (!first.isEmpty())
        std::fprintf(stderr, "  first:  %s\n", first.left(2000).constData());
    if (!second.isEmpty())
        std::fprintf(stderr, "  second: %s\n", second.left(2000).constData());
    std::abort();
}

inline void check(bool condition, const char *what, const QByteArray &first = {},
                  const QByteArray &second = {})
{
    if (!condition)
        fail(what, first, second);
}

} // namespace ShopDesk::Fuzz
