// SPDX-License-Identifier: GPL-3.0-or-later
// Meta-regression: the mixed-effects model y = X beta + u + e with an intercept and moderators, as metafor's
// rma(yi, vi, mods = ...). O(k p^2) per evaluation: the k x k matrices metafor forms are never built.
#pragma once

#include "synth/model.h"

#include <string>
#include <vector>

namespace synth {

/// One moderator: a numeric column, or a categorical one (its levels dummy-coded against the first in sorted
/// order, as R's factor() makes them). Values one per study; a missing value (NaN, or an empty or NA label)
/// leaves the study out of the model.
struct Moderator {
    std::string name;
    bool categorical = false;
    std::vector<double> values; ///< numeric
    std::vector<std::string> labels; ///< categorical
};

/// The fitted model (metafor's rma.uni object with mods; metafor names in comments). NaN where undefined.
struct MetaRegression {
    Method method = Method::REML;
    Test test = Test::Z;
    double level = 95;
    std::size_t k = 0; ///< k: studies in the model (with every moderator given)
    std::size_t p = 0; ///< p: coefficients, the intercept included
    std::vector<std::size_t> studies; ///< the studies in the model (indices into the input)
    std::vector<std::string> names; ///< "intrcpt", then each numeric moderator's name or name + level
    std::vector<double> estimate, se, stat, pval, ciLower, ciUpper; ///< beta, se, zval (or tval), pval, ci.lb, ci.ub
    double df = 0; ///< ddf for Knapp-Hartung (k - p), 0 for z
    double tau2 = 0, tau2Se = 0; ///< tau2, se.tau2 (residual heterogeneity; NaN SE for EE)
    double I2 = 0, H2 = 1; ///< residual I2 (percent), H2
    double QE = 0, QEdf = 0, QEpval = 1; ///< residual heterogeneity test
    /// omnibus test of the moderators (all coefficients but the intercept): chi-square with QMdf df, or with
    /// Knapp-Hartung F with (QMdf, QMdf2) df
    double QM = 0, QMdf = 0, QMdf2 = 0, QMpval = 1;
    /// pseudo R^2 (percent): the share of the intercept-only model's tau^2 the moderators account for,
    /// max(0, (tau2_RE - tau2) / tau2_RE), 0 where tau2_RE is 0; for EE the adjusted R^2 of the weighted
    /// least-squares fit, as metafor
    double R2 = 0;
    bool converged = true;
    std::vector<Warning> warnings;
};

/// Fits the model to yi, vi with the moderators. Throws synth::Error: TooFewStudies when k <= p,
/// SingularModel when the moderators are collinear (or a categorical one has a single level), and as fitModel.
MetaRegression fitMetaRegression(const std::vector<double> &yi, const std::vector<double> &vi,
                                 const std::vector<Moderator> &moderators, const FitOptions &options = {});

} // namespace synth
