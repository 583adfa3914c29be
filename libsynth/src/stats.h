// SPDX-License-Identifier: GPL-3.0-or-later
// Internal: the distribution functions libsynth uses, over Boost.Math; nothing from Boost escapes.
#pragma once

namespace synth::detail {

double normalQuantile(double p); ///< qnorm(p)
double normalTwoSidedP(double z); ///< 2 * pnorm(-|z|)
double normalUpper(double z); ///< pnorm(z, lower.tail = FALSE)
double studentQuantile(double df, double p); ///< qt(p, df)
double studentTwoSidedP(double t, double df); ///< 2 * pt(-|t|, df)
double chiSquaredUpper(double q, double df); ///< pchisq(q, df, lower.tail = FALSE)
double chiSquaredQuantile(double df, double p); ///< qchisq(p, df)
double fisherUpper(double f, double df1, double df2); ///< pf(f, df1, df2, lower.tail = FALSE)

} // namespace synth::detail
