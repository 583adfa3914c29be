// SPDX-License-Identifier: GPL-3.0-or-later
// The intercept-only random-effects model: pooling, inference, prediction interval and
// heterogeneity (shared/docs/numerics.md sections 4-6).
#include "synth/model.h"
#include "fitting.h"
#include "stats.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace synth {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr std::array<std::pair<Method, std::string_view>, 9> kMethods {{{Method::EE, "EE"},
                                                                        {Method::DL, "DL"},
                                                                        {Method::HE, "HE"},
                                                                        {Method::HS, "HS"},
                                                                        {Method::SJ, "SJ"},
                                                                        {Method::ML, "ML"},
                                                                        {Method::REML, "REML"},
                                                                        {Method::EB, "EB"},
                                                                        {Method::PM, "PM"}}};
} // namespace

std::optional<Method> methodFromName(std::string_view name)
{
    if (name == "FE")
        return Method::EE;
    for (const auto &[m, n] : kMethods)
        if (n == name)
            return m;
    return std::nullopt;
}

std::string_view methodName(Method m)
{
    for (const auto &[mm, n] : kMethods)
        if (mm == m)
            return n;
    return {};
}

std::optional<Test> testFromName(std::string_view name)
{
    if (name == "z")
        return Test::Z;
    if (name == "knha" || name == "hksj")
        return Test::Knha;
    return std::nullopt;
}

std::string_view testName(Test t)
{
    return t == Test::Z ? "z" : "knha";
}

std::optional<double> confidenceLevelPercent(double typed)
{
    if (!std::isfinite(typed))
        return std::nullopt;
    const double percent = typed < 1 ? typed * 100 : typed;
    if (!(percent >= 50 && percent <= 99.99))
        return std::nullopt;
    return percent;
}

namespace detail {

Fit fitIntercept(const Evaluator &e, const FitOptions &options)
{
    Fit f;
    f.method = options.method;
    f.level = options.level;
    f.k = e.k();
    if (f.k == 0)
        throw Error(ErrorCode::NoStudies, "k = 0");
    if (!(options.level >= 50 && options.level <= 99.99))
        throw Error(ErrorCode::InvalidLevel, "confidence level must be between 50 and 99.99 percent");
    if (e.minV() < 0)
        throw Error(ErrorCode::NegativeVariance, "negative sampling variance");
    const double k = static_cast<double>(f.k);
    const double kp = k - 1;
    const double alpha = 1 - options.level / 100;

    Test test = options.test;
    if (f.k == 1 && test != Test::Z) {
        f.warnings.push_back({WarningCode::TestForcedToZ, 0});
        test = Test::Z;
    }
    if (options.method == Method::EE && test == Test::Knha)
        f.warnings.push_back({WarningCode::KnhaWithFixedEffect, 0});
    if (e.minV() > 0 && e.maxV() / e.minV() >= 1e7)
        f.warnings.push_back({WarningCode::VarianceRatioExtreme, 0});

    Tau2Estimate tau;
    try {
        tau = estimateTau2(options.method, e, options.maxIterations);
    } catch (const Error &err) {
        if (err.code() != ErrorCode::NotConverged)
            throw;
        f.converged = false;
        f.iterations = options.maxIterations;
        for (double *x : {&f.estimate, &f.se, &f.stat, &f.pval, &f.ciLower, &f.ciUpper, &f.piLower, &f.piUpper, &f.tau2,
                          &f.tau2Se, &f.Q, &f.Qpval, &f.I2, &f.H2, &f.vt})
            *x = kNaN;
        f.warnings.push_back({WarningCode::NotConverged, 0});
        return f;
    }
    f.tau2 = tau.tau2;
    f.tau2Se = (options.method == Method::EE || f.k == 1) ? kNaN : tau.se;
    f.converged = tau.converged;
    f.iterations = tau.iterations;
    if (tau.resetToZero)
        f.warnings.push_back({WarningCode::Tau2AtLocalMaximum, 0});

    const Coefficients c = coefficients(e, f.tau2, test);
    f.test = c.test;
    f.knhaScale = c.s2w;
    f.df = c.df;
    f.estimate = c.beta[0];
    f.se = std::sqrt(c.vb(0, 0));
    f.stat = f.estimate / f.se;
    double crit = 0;
    if (c.test == Test::Knha) {
        f.pval = studentTwoSidedP(f.stat, c.df);
        crit = studentQuantile(c.df, 1 - alpha / 2);
    } else {
        f.pval = normalTwoSidedP(f.stat);
        crit = normalQuantile(1 - alpha / 2);
    }
    f.ciLower = f.estimate - crit * f.se;
    f.ciUpper = f.estimate + crit * f.se;
    if (options.method == Method::EE) {
        f.piLower = f.piUpper = kNaN;
    } else {
        const double half = crit * std::sqrt(f.se * f.se + f.tau2);
        f.piLower = f.estimate - half;
        f.piUpper = f.estimate + half;
    }

    // Heterogeneity: Cochran's Q with inverse-variance weights, whatever the estimator.
    f.Qdf = kp;
    if (kp <= 0) {
        f.Q = 0;
        f.Qpval = 1;
        f.I2 = 0;
        f.H2 = 1;
        f.vt = kNaN;
    } else if (!(e.minV() > 0)) {
        f.Q = f.Qpval = f.I2 = f.H2 = f.vt = kNaN;
        f.warnings.push_back({WarningCode::HeterogeneityUndefined, 0});
    } else {
        const Evaluation ev0 = e.at(0);
        f.Q = ev0.yPy;
        f.Qpval = chiSquaredUpper(f.Q, kp);
        f.vt = kp / ev0.trP;
        if (options.method == Method::EE) {
            f.I2 = f.Q > 0 ? std::max(0.0, 100 * (f.Q - kp) / f.Q) : 0.0;
            f.H2 = f.Q / kp;
        } else {
            f.I2 = 100 * f.tau2 / (f.vt + f.tau2);
            f.H2 = f.tau2 / f.vt + 1;
        }
    }
    return f;
}

} // namespace detail

Fit fitModel(const std::vector<double> &yi, const std::vector<double> &vi, const FitOptions &options)
{
    if (yi.size() != vi.size())
        throw Error(ErrorCode::NumericalFailure, "yi and vi differ in length");
    for (std::size_t i = 0; i < yi.size(); ++i) {
        if (!std::isfinite(yi[i]))
            throw Error(ErrorCode::MissingValue, "yi is missing or not finite", static_cast<std::ptrdiff_t>(i), "yi");
        if (!std::isfinite(vi[i]))
            throw Error(ErrorCode::MissingValue, "vi is missing or not finite", static_cast<std::ptrdiff_t>(i), "vi");
        if (vi[i] < 0)
            throw Error(ErrorCode::NegativeVariance, "negative sampling variance", static_cast<std::ptrdiff_t>(i),
                        "vi");
    }
    const detail::InterceptEvaluator e(yi.data(), vi.data(), yi.size());
    try {
        return detail::fitIntercept(e, options);
    } catch (const Error &err) {
        if (err.code() != ErrorCode::ZeroVariance || err.study() >= 0)
            throw;
        // name the row: the first study whose sampling variance is 0
        const auto zero = std::find(vi.begin(), vi.end(), 0.0);
        throw Error(ErrorCode::ZeroVariance, err.what(), zero == vi.end() ? -1 : zero - vi.begin(), "vi");
    }
}

HeterogeneityInterval qProfileInterval(const std::vector<double> &yi, const std::vector<double> &vi, const Fit &fit)
{
    if (fit.k < 2)
        throw Error(ErrorCode::TooFewStudies, "Q-profile interval needs k >= 2");
    if (fit.method == Method::EE)
        throw Error(ErrorCode::TooFewStudies, "no tau^2 in an equal-effects model");
    const detail::InterceptEvaluator e(yi.data(), vi.data(), yi.size());
    if (!(e.minV() > 0))
        throw Error(ErrorCode::ZeroVariance, "a sampling variance is 0");
    const double df = static_cast<double>(fit.k) - 1;
    const double alpha = 1 - fit.level / 100;
    const double critUpper = detail::chiSquaredQuantile(df, 1 - alpha / 2);
    const double critLower = detail::chiSquaredQuantile(df, alpha / 2);
    const double q0 = e.at(0).yPy;
    const double limit = std::max(100.0, 10 * fit.tau2); // confint.rma.uni's tau2.max
    const double qLimit = e.at(limit).yPy;
    HeterogeneityInterval ci;
    if (q0 < critUpper) {
        ci.tau2Lower = 0;
        ci.lowerTruncated = true;
    } else if (qLimit > critUpper) {
        ci.tau2Lower = limit;
        ci.lowerAtSearchLimit = true;
    } else {
        ci.tau2Lower = detail::solveGeneralisedQ(e, critUpper, 0);
    }
    if (q0 < critLower) {
        ci.tau2Upper = 0;
        ci.nullSet = true;
    } else if (qLimit > critLower) {
        ci.tau2Upper = limit;
        ci.upperAtSearchLimit = true;
    } else {
        ci.tau2Upper = detail::solveGeneralisedQ(e, critLower, ci.tau2Lower);
    }
    const double vt = fit.vt;
    ci.I2Lower = 100 * ci.tau2Lower / (vt + ci.tau2Lower);
    ci.I2Upper = 100 * ci.tau2Upper / (vt + ci.tau2Upper);
    ci.H2Lower = ci.tau2Lower / vt + 1;
    ci.H2Upper = ci.tau2Upper / vt + 1;
    return ci;
}

} // namespace synth
