// SPDX-License-Identifier: GPL-3.0-or-later
// The one tolerance table of the numerical tests (shared/docs/numerics.md section 13).
#pragma once

#include <QString>

#include <cmath>

namespace evidencedesk::test {

struct Tolerance {
    double relative;
    double absolute; ///< used near zero
};

/// Every key of the CLI contract against metafor's tightly converged values.
inline constexpr Tolerance kMetafor {1e-6, 1e-9};
/// metafor 3.8's trimfill() fits the trimmed data with its default control (stop when tau^2 changes by
/// less than 1e-5), so the imputed studies, and the refit on them, carry that looseness
/// (numerics.md 13.2: relative 1e-5 against metafor-default values). k0 and side stay exact.
inline constexpr Tolerance kMetaforDefaultControl {1e-5, 2e-5};
/// Values metafor printed with its default stopping rules (numerics.md 13.2, 13.3).
inline constexpr Tolerance kMetaforDefaultPrinted {1e-5, 1.5e-4};
/// Closed forms computed two ways in the tests.
inline constexpr Tolerance kExact {1e-12, 1e-14};

inline bool close(double actual, double expected, Tolerance t)
{
    if (std::isnan(expected) || std::isnan(actual))
        return std::isnan(expected) && std::isnan(actual);
    const double d = std::abs(actual - expected);
    return d <= t.absolute || d <= t.relative * std::abs(expected);
}

inline QString describe(double actual, double expected)
{
    return QStringLiteral("actual %1, expected %2 (relative difference %3)")
        .arg(actual, 0, 'g', 17)
        .arg(expected, 0, 'g', 17)
        .arg(expected != 0 ? std::abs(actual - expected) / std::abs(expected) : std::abs(actual), 0, 'g', 3);
}

} // namespace evidencedesk::test
