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
