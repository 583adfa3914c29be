// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "synth/model.h"

#include <vector>

namespace synth {

/// Egger's regression test, metafor's regtest() default: the model refitted with the standard error
/// as moderator (same method and test); the test of its slope, the intercept as limit estimate.
struct EggerTest {
    double stat = 0; ///< zval (t for Knapp-Hartung)
    double pval = 0; ///< pval
    double df = 0; ///< 0 for z
    double limitEstimate = 0; ///< est: the intercept, the estimate as the standard error goes to 0
    double limitCiLower = 0, limitCiUpper = 0;
    double slope = 0, slopeSe = 0;
};
/// Throws TooFewStudies when k < 3, SingularModel when all standard errors are equal.
EggerTest eggerTest(const std::vector<double> &yi, const std::vector<double> &vi, const FitOptions &options);

/// Begg and Mazumdar's rank correlation test, metafor's ranktest(): Kendall's tau-b between the
/// standardised effects and the variances; exact p without ties when k <= 170 (as R's cor.test).
struct RankTest {
    double tau = 0; ///< tau
    double pval = 0; ///< pval
    bool exact = false;
};
RankTest rankCorrelationTest(const std::vector<double> &yi, const std::vector<double> &vi);

enum class Side { Left, Right };

/// Duval and Tweedie's trim-and-fill, metafor's trimfill() default (L0 estimator).
struct TrimAndFill {
    int k0 = 0; ///< estimated number of missing studies
    double k0Se = 0; ///< se.k0
    Side side = Side::Left; ///< side on which studies are imputed
    Fit filled; ///< the model refitted to observed + imputed studies
    std::vector<double> filledYi, filledVi; ///< the imputed studies
};
TrimAndFill trimAndFill(const std::vector<double> &yi, const std::vector<double> &vi, const FitOptions &options);

} // namespace synth
