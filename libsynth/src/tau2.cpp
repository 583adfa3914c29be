// SPDX-License-Identifier: GPL-3.0-or-later
// tau^2 estimators (metafor's rma.uni method = ...) and their standard errors; formulas in
// shared/docs/numerics.md sections 2-3. Unlike metafor's defaults (stop when tau^2 changes by less than
// 1e-5; uniroot tol 1.2e-4) every estimator here is converged to rounding.
#include "fitting.h"
#include "stats.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace synth::detail {

namespace {

constexpr double kRelTol = 1e-13;

[[noreturn]] void fail(ErrorCode code, const char *what)
{
    throw Error(code, what);
}

double checked(const Evaluation &ev)
{
    if (!ev.ok)
        fail(ErrorCode::SingularModel, "model matrix not of full rank or weights not finite");
    return ev.tau2;
}

double heStart(const Evaluator &e)
{
    const UnweightedEvaluation u = e.unweighted();
    const double kp = static_cast<double>(e.k() - e.p());
    if (!u.ok || kp <= 0)
        return 0;
    return std::max(0.0, (u.yP0y - u.trP0V) / kp);
}

/// Fisher scoring with step halving at the boundary (ML, REML), converged to rounding.
/// `score` is the numerator of the step, `info` its denominator (the expected information).
template<typename Step>
Tau2Estimate fisherScoring(const Evaluator &e, double start, double scale, int maxIterations, Step step)
{
    Tau2Estimate r;
    double t = start;
    r.converged = false;
    for (int iter = 1; iter <= maxIterations; ++iter) {
        r.iterations = iter;
        const Evaluation ev = e.at(t);
        checked(ev);
        double delta = step(ev);
        if (!std::isfinite(delta))
            delta = 0;
        if (t + delta < 0) {
            // The step leaves the parameter space: if the score at 0 points down, 0 is the
            // constrained maximum (metafor halves the step forever and stops near 0 instead).
            const Evaluation ev0 = e.at(0);
            if (ev0.ok && step(ev0) <= 0) {
                t = 0;
                r.converged = true;
                break;
            }
            while (t + delta < 0)
                delta /= 2;
        }
        t += delta;
        if (std::abs(delta) <= kRelTol * (t + scale) || (iter > 100 && std::abs(delta) <= 1e-9 * (t + scale))) {
            r.converged = true;
            break;
        }
    }
    r.tau2 = t;
    return r;
}

double logLikelihood(const Evaluator &e, double tau2, bool restricted)
{
    const Evaluation ev = e.at(tau2, true);
    double ll = -0.5 * ev.sumLogVT - 0.5 * ev.yPy;
    if (restricted)
        ll -= 0.5 * ev.logDetXWX;
    return ll;
}

void requirePositiveVariances(const Evaluator &e)
{
    if (!(e.minV() > 0))
        fail(ErrorCode::ZeroVariance, "a sampling variance is 0: inverse-variance weights are undefined");
}

} // namespace

double varianceScale(const Evaluator &e)
{
    if (e.minV() > 0) {
        const RawSums s = e.sums(0);
        if (s.sumW > 0 && std::isfinite(s.sumW))
            return s.n / s.sumW;
    }
    return e.maxV() > 0 ? e.maxV() : 1.0;
}

double solveGeneralisedQ(const Evaluator &e, double target, double from, int maxIterations)
{
    // Q(t) = y'P(t)y is convex and decreasing in t with Q'(t) = -y'PPy, so Newton's method started
    // left of the root climbs to it monotonically and converges quadratically.
    const double scale = varianceScale(e);
    double t = from;
    for (int iter = 0; iter < maxIterations; ++iter) {
        const Evaluation ev = e.at(t);
        checked(ev);
        const double f = ev.yPy - target;
        if (f <= 0)
            return t;
        if (!(ev.yPPy > 0))
            fail(ErrorCode::NumericalFailure, "generalised Q has no slope");
        const double step = f / ev.yPPy;
        t += step;
        if (step <= 1e-15 * (t + scale))
            return t;
    }
    fail(ErrorCode::NotConverged, "root of the generalised Q statistic not found");
}

Tau2Estimate estimateTau2(Method method, const Evaluator &e, int maxIterations)
{
    const double k = static_cast<double>(e.k());
    const double p = static_cast<double>(e.p());
    const double kp = k - p;
    Tau2Estimate r;
    if (method == Method::EE || kp <= 0) {
        r.tau2 = 0;
        return r;
    }
    const double scale = varianceScale(e);
    switch (method) {
    case Method::EE:
        break;
    case Method::DL: {
        requirePositiveVariances(e);
        const Evaluation ev = e.at(0);
        checked(ev);
        r.tau2 = std::max(0.0, (ev.yPy - kp) / ev.trP);
        const double t = r.tau2;
        r.se = std::sqrt(2 * kp + 4 * t * ev.trP + 2 * t * t * ev.trPP) / ev.trP;
        break;
    }
    case Method::HS: {
        requirePositiveVariances(e);
        const Evaluation ev = e.at(0);
        checked(ev);
        r.tau2 = std::max(0.0, (ev.yPy - k) / ev.sumW);
        const double t = r.tau2;
        r.se = std::sqrt(2 * kp + 4 * t * ev.trP + 2 * t * t * ev.trPP) / ev.sumW;
        break;
    }
    case Method::HE: {
        const UnweightedEvaluation u = e.unweighted();
        if (!u.ok)
            fail(ErrorCode::SingularModel, "model matrix not of full rank");
        r.tau2 = std::max(0.0, (u.yP0y - u.trP0V) / kp);
        if (r.tau2 == 0)
            requirePositiveVariances(e);
        const double t = r.tau2;
        r.se = std::sqrt(2 * u.trP0VP0V + 4 * t * u.trP0V + 2 * t * t * kp) / kp;
        break;
    }
    case Method::SJ: {
        const double t0 = e.centredSumSquares() / k; // var(y) (k-1)/k
        if (t0 <= 0)
            requirePositiveVariances(e);
        const Evaluation ev = e.at(t0);
        checked(ev);
        r.tau2 = t0 * ev.yPy / kp;
        const double t = r.tau2;
        r.se = t0 / kp * std::sqrt(2 * ev.trPVPV + 4 * t * ev.trPVP + 2 * t * t * ev.trPP);
        break;
    }
    case Method::ML:
    case Method::REML: {
        requirePositiveVariances(e);
        const bool reml = method == Method::REML;
        r = fisherScoring(e, heStart(e), scale, maxIterations, [reml](const Evaluation &ev) {
            return reml ? (ev.yPPy - ev.trP) / ev.trPP : (ev.yPPy - ev.sumW) / ev.sumW2;
        });
        if (!r.converged)
            fail(ErrorCode::NotConverged, "Fisher scoring did not converge");
        if (r.tau2 > 0 && logLikelihood(e, 0, reml) - logLikelihood(e, r.tau2, reml) > 1e-10) {
            r.tau2 = 0; // stuck at a local maximum (metafor's ll0check)
            r.resetToZero = true;
        }
        const Evaluation ev = e.at(r.tau2);
        r.se = reml ? std::sqrt(2 / ev.trPP) : std::sqrt(2 / ev.sumW2);
        break;
    }
    case Method::EB:
    case Method::PM: {
        // Paule-Mandel: Q(tau^2) = k - p. Morris' empirical Bayes iteration has the same fixed point
        // (Viechtbauer et al. 2015), so both are solved as the root.
        requirePositiveVariances(e);
        const Evaluation ev0 = e.at(0);
        checked(ev0);
        r.tau2 = ev0.yPy <= kp ? 0.0 : solveGeneralisedQ(e, kp, 0, maxIterations);
        const Evaluation ev = e.at(r.tau2);
        r.se = std::sqrt(2 * k * k / kp) / ev.sumW;
        break;
    }
    }
    if (!std::isfinite(r.tau2))
        fail(ErrorCode::NumericalFailure, "tau^2 is not finite");
    return r;
}

Coefficients coefficients(const Evaluator &e, double tau2, Test test)
{
    Coefficients c;
    if (!(tau2 + e.minV() > 0))
        requirePositiveVariances(e);
    c.atTau2 = e.at(tau2);
    checked(c.atTau2);
    c.beta = c.atTau2.beta;
    c.beta[0] += e.centre();
    c.vb = c.atTau2.vb;
    c.test = test;
    const double kp = static_cast<double>(e.k()) - static_cast<double>(e.p());
    if (test == Test::Knha && kp > 0) {
        const double rss = c.atTau2.yPy;
        c.s2w = rss <= std::numeric_limits<double>::epsilon() ? 0.0 : rss / kp;
        for (double &x : c.vb.a)
            x *= c.s2w;
        c.df = kp;
    } else {
        c.test = Test::Z;
    }
    return c;
}

} // namespace synth::detail
