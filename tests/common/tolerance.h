// SPDX-License-Identifier: GPL-3.0-or-later
// The one tolerance table of the numerical tests (numerics.md section 13). Plain C++: the engine's
// tests link no Qt; the Qt tests (test_cli, test_plots) read it too.
#pragma once

#include <cmath>
#include <cstdio>
#include <string>

namespace evidencedesk::test {

struct Tolerance {
    double relative;
    double absolute; ///< used near zero
};

/// Every key of the reference files (metafor 3.8-1 converged tightly, trim-and-fill and leave-one-out
/// included) and of the CLI contract.
inline constexpr Tolerance kMetafor {1e-6, 1e-9};
/// Published values metafor computed with its default stopping rule (stop when tau^2 changes by less
/// than 1e-5; numerics.md 13.2): tests/data/metafor_published.json only, never the reference files.
inline constexpr Tolerance kMetaforDefaultControl {1e-5, 2e-5};
/// Values metafor printed with its default stopping rules (numerics.md 13.2, 13.3).
inline constexpr Tolerance kMetaforDefaultPrinted {1e-5, 1.5e-4};
/// Closed forms computed two ways in the tests.
inline constexpr Tolerance kExact {1e-12, 1e-14};

inline bool close(double actual, double expected, Tolerance t)
{
    if (std::isnan(expected) || std::isnan(actual))
        return std::isnan(expected) && std::isnan(actual);
    if (std::isinf(expected) || std::isinf(actual))
        return actual == expected;
    const double d = std::abs(actual - expected);
    return d <= t.absolute || d <= t.relative * std::abs(expected);
}

inline std::string describe(double actual, double expected)
{
    char buffer[160];
    std::snprintf(buffer, sizeof buffer, "actual %.17g, expected %.17g (relative difference %.3g)", actual, expected,
                  expected != 0 ? std::abs(actual - expected) / std::abs(expected) : std::abs(actual));
    return buffer;
}

} // namespace evidencedesk::test
