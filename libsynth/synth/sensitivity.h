// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "synth/model.h"

#include <string>
#include <vector>

namespace synth {

/// metafor's leave1out(): the model refitted with each study left out in turn.
struct LeaveOneOut {
    std::vector<double> estimate, se, ciLower, ciUpper, pval;
    std::vector<double> tau2, I2, Q;
    std::vector<bool> converged;
};
/// O(k) refits: intercept-only refits reuse power sums of the weights instead of passing over the
/// data again, so k = 10^4 takes milliseconds, not metafor's minutes.
LeaveOneOut leaveOneOut(const std::vector<double> &yi, const std::vector<double> &vi, const Fit &fit);

/// metafor's cumul(): the model refitted to the first 1, 2, ..., k studies in the order of a key (R's order():
/// ascending, ties in input order, missing keys last). Arrays by step; NaN where a step cannot be fitted.
struct Cumulative {
    std::vector<std::size_t> order; ///< the study added at each step (index into yi; Analysis: the input row)
    std::vector<double> estimate, se, ciLower, ciUpper, pval;
    std::vector<double> tau2, I2, Q;
};
/// k fits of growing size with the options of the model (O(k) each). Throws TooFewStudies for k = 0 and
/// NumericalFailure when `keys` is not one per study.
Cumulative cumulative(const std::vector<double> &yi, const std::vector<double> &vi, const std::vector<double> &keys,
                      const FitOptions &options);

/// metafor's influence() for an intercept-only rma.uni: each study's externally standardised residual, DFFITS,
/// Cook's distance, covariance ratio, DFBETAS, tau^2 and Q with it left out, its hat value and weight, and
/// metafor's "influential" flag. Arrays by study, NaN where the refit without the study fails.
struct Influence {
    std::vector<double> rstudent, dffits, cookD, covRatio, dfbetas; ///< rstudent, dffits, cook.d, cov.r, dfbs
    std::vector<double> tau2Deleted, QDeleted; ///< tau2.del, QE.del
    std::vector<double> hat, weight; ///< hat (w_i / sum w: the hat matrix is diagonal here), weight (percent)
    /// |dffits| > 3 sqrt(1 / (k - 1)), or pchisq(cook.d, 1) > 0.5, or hat > 3 / k, or |dfbetas| > 1
    std::vector<bool> influential;
};
/// O(k) refits in all (the leave-one-out machinery); no k x k matrix. Throws TooFewStudies for k < 2.
Influence influence(const std::vector<double> &yi, const std::vector<double> &vi, const Fit &fit);

/// One model per subgroup and the test for subgroup differences: the subgroup estimates pooled with
/// weights 1/se^2 (a fixed-effect test between subgroups, as RevMan; each subgroup has its own tau^2).
struct SubgroupFit {
    std::string group;
    std::vector<std::size_t> studies; ///< indices into the input
    bool ok = false; ///< false when the subgroup could not be fitted
    ErrorCode error = ErrorCode::TooFewStudies;
    Fit fit;
};
struct SubgroupAnalysis {
    std::vector<SubgroupFit> groups; ///< in order of first appearance
    double Qbetween = 0, QbetweenDf = 0, QbetweenPval = 1;
};
/// A subgroup label that says "no subgroup": empty (after trimming blanks) or NA, as a missing CSV cell.
bool isMissingLabel(const std::string &label);

/// Studies whose label is missing (isMissingLabel) are left out of the subgroup analysis.
SubgroupAnalysis subgroupAnalysis(const std::vector<double> &yi, const std::vector<double> &vi,
                                  const std::vector<std::string> &groups, const FitOptions &options);

} // namespace synth
