// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "synth/error.h"

#include <optional>
#include <string_view>
#include <vector>

namespace synth {

/// tau^2 estimators, as metafor's rma(method = ...). EE is the equal-effects ("fixed-effect") model.
enum class Method { EE, DL, HE, HS, SJ, ML, REML, EB, PM };
/// Inference for the pooled estimate: z (normal) or Knapp-Hartung (t with k - p df, scaled variance).
enum class Test { Z, Knha };

std::optional<Method> methodFromName(std::string_view name); ///< "FE" is accepted for EE
std::string_view methodName(Method m);
std::optional<Test> testFromName(std::string_view name); ///< "z", "knha" (also "hksj")
std::string_view testName(Test t);

/// A confidence level as a user may type it, in percent: 95 and 0.95 both mean 95% (as metafor reads a level
/// below 1 as a proportion). Levels outside 50-99.99% (0.5-0.9999) are refused: nullopt.
std::optional<double> confidenceLevelPercent(double typed);

struct FitOptions {
    Method method = Method::REML;
    Test test = Test::Z;
    double level = 95; ///< confidence level in percent, 50-99.99 (InvalidLevel otherwise)
    int maxIterations = 1000; ///< cap on Fisher scoring (ML, REML) and root-finding iterations
};

/// A fitted intercept-only model (metafor's rma.uni object; metafor names in comments).
/// Values are on the analysis scale. NaN means "undefined" (e.g. no prediction interval for EE).
struct Fit {
    Method method = Method::REML;
    Test test = Test::Z; ///< the test used (Z when k = 1 whatever was asked)
    double level = 95;
    std::size_t k = 0; ///< k
    double estimate = 0; ///< beta
    double se = 0; ///< se
    double stat = 0; ///< zval (z or t statistic)
    double pval = 0; ///< pval
    double df = 0; ///< t df for Knapp-Hartung, 0 for z
    double ciLower = 0, ciUpper = 0; ///< ci.lb, ci.ub
    double piLower = 0, piUpper = 0; ///< predict(): pi.lb, pi.ub (NaN for EE)
    double tau2 = 0; ///< tau2
    double tau2Se = 0; ///< se.tau2 (NaN for EE)
    double Q = 0; ///< QE
    double Qdf = 0; ///< k - p
    double Qpval = 1; ///< QEp
    double I2 = 0; ///< I2 (percent)
    double H2 = 1; ///< H2
    double vt = 0; ///< "typical" sampling variance used by I2
    double knhaScale = 1; ///< s^2_w of Knapp-Hartung (1 for z)
    /// false when the tau^2 estimator did not converge within FitOptions::maxIterations: then every
    /// estimate is NaN (never a number that is not one) and `warnings` holds NotConverged.
    bool converged = true;
    int iterations = 0;
    std::vector<Warning> warnings;
};

/// Fits the random-effects (or equal-effects) model to yi with sampling variances vi.
/// Throws synth::Error on bad input (k = 0, vi < 0, vi = 0 where the method divides by it).
Fit fitModel(const std::vector<double> &yi, const std::vector<double> &vi, const FitOptions &options = {});

/// Confidence interval for tau^2 and I^2 (Q-profile method, Viechtbauer 2007), metafor's confint().
struct HeterogeneityInterval {
    double tau2Lower = 0, tau2Upper = 0; ///< ci.lb, ci.ub of tau^2
    double I2Lower = 0, I2Upper = 0; ///< of I^2 (percent)
    double H2Lower = 1, H2Upper = 1;
    bool lowerTruncated = false; ///< lower bound is 0 because Q(0) is below the critical value
    bool nullSet = false; ///< both bounds 0
    /// metafor searches tau^2 in [0, max(100, 10 tau^2-hat)] and reports the limit when the bound lies
    /// beyond it (printed as "> limit"); so do we, for agreement, and say so here.
    bool lowerAtSearchLimit = false, upperAtSearchLimit = false;
};

/// Q-profile interval for the fitted model. Throws TooFewStudies for k < 2 and for EE fits
/// (no tau^2 there).
HeterogeneityInterval qProfileInterval(const std::vector<double> &yi, const std::vector<double> &vi, const Fit &fit);

} // namespace synth
