// SPDX-License-Identifier: GPL-3.0-or-later
// Internal: one tau^2 estimator per method, the pooling step and the heterogeneity step, written
// once against an Evaluator so that the main fit, meta-regressions (Egger, trim-and-fill side),
// leave-one-out refits and subgroups all share them.
#pragma once

#include "evaluator.h"
#include "synth/model.h"

#include <limits>

namespace synth::detail {

struct Tau2Estimate {
    double tau2 = 0;
    double se = std::numeric_limits<double>::quiet_NaN(); ///< se.tau2
    bool converged = true;
    bool resetToZero = false; ///< ML/REML: ll(0) beat the iterate (metafor's ll0check)
    int iterations = 0;
};

/// Estimates tau^2 with `method`. Throws synth::Error (ZeroVariance, NotConverged, SingularModel).
Tau2Estimate estimateTau2(Method method, const Evaluator &e, int maxIterations = 1000);

/// Smallest tau^2 >= from with Q(tau^2) = target, where Q(from) >= target (Q is convex, decreasing).
double solveGeneralisedQ(const Evaluator &e, double target, double from, int maxIterations = 1000);

/// The coefficients of a model at its tau^2, with the variance scaled for Knapp-Hartung.
struct Coefficients {
    std::vector<double> beta; ///< uncentred: beta[0] is the intercept
    SmallMatrix vb;
    double df = 0; ///< 0 for z
    double s2w = 1;
    Test test = Test::Z;
    Evaluation atTau2;
};

Coefficients coefficients(const Evaluator &e, double tau2, Test test);

/// The complete intercept-only fit (all of Fit's fields) on an evaluator.
Fit fitIntercept(const Evaluator &e, const FitOptions &options);

/// A typical scale for tau^2 tolerances: the harmonic mean of the v (or max v when some v are 0).
double varianceScale(const Evaluator &e);

} // namespace synth::detail
