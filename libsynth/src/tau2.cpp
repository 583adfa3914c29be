// SPDX-License-Identifier: GPL-3.0-or-later
// tau^2 estimators (metafor's rma.uni method = ...) and their standard errors; formulas in
// shared/docs/numerics.md sections 2-3. Unlike metafor's defaults (stop when tau^2 changes by less than
// 1e-5; uniroot tol 1.2e-4) every estimator here is converged to rounding.
#include "fitting.h"
#include "stats.h"

#include <boost/math/tools/toms748_solve.hpp>

#include <cstdint>
#include <stdexcept>

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

double logLikelihood(const Evaluator &e, double tau2, bool restricted)
{
    const Evaluation ev = e.at(tau2, kLog);
    double ll = -0.5 * ev.sumLogVT - 0.5 * ev.yPy;
    if (restricted)
        ll -= 0.5 * ev.logDetXWX;
    return ll;
}

/// Counts evaluations against FitOptions::maxIterations, across the phases of one estimate.
struct Budget {
    int left;
    bool take()
    {
        if (left <= 0)
            return false;
        --left;
        return true;
    }
};

/// The root of a decreasing-through-zero function f on [lo, hi] with f(lo) > 0 > f(hi), bracketed
/// throughout (TOMS 748), to rounding. Cannot cycle. Returns NaN when the budget runs out.
template<typename F>
double bracketedRoot(F f, double lo, double hi, Budget &budget)
{
    std::uintmax_t maxIter = static_cast<std::uintmax_t>(std::max(0, budget.left));
    if (maxIter == 0)
        return std::numeric_limits<double>::quiet_NaN();
    try {
        const std::pair<double, double> r = boost::math::tools::toms748_solve(
            f, lo, hi, boost::math::tools::eps_tolerance<double>(std::numeric_limits<double>::digits - 3), maxIter);
        budget.left -= static_cast<int>(maxIter);
        if (budget.left < 0)
            return std::numeric_limits<double>::quiet_NaN();
        return r.first + (r.second - r.first) / 2;
    } catch (const std::exception &) { // a non-finite value, or no sign change after all
        return std::numeric_limits<double>::quiet_NaN();
    }
}

/// Maximises the (restricted) likelihood over tau^2 >= 0 (ML, REML), converged to rounding. `score` gives
/// the numerator of the Fisher scoring step (the score, up to a positive factor), `info` its denominator.
/// Fisher scoring from `start`, with metafor's step halving at the boundary; every evaluated point also
/// narrows a bracket around the root of the score (score > 0 below it, < 0 above). Fisher scoring can
/// cycle (its expected information may be half the observed one): when a step leaves the bracket or stops
/// shrinking, the root is found in the bracket instead, by a method that cannot cycle.
template<typename Score, typename Info, typename LogLik>
Tau2Estimate maximiseLikelihood(const Evaluator &e, double start, double scale, int maxIterations, Score score,
                                Info info, LogLik logLik)
{
    Tau2Estimate r;
    r.converged = false;
    Budget budget {maxIterations};
    double lo = 0, hi = std::numeric_limits<double>::infinity();
    bool loKnown = false; // score(lo) > 0 seen
    auto scoreAt = [&](double t) {
        const Evaluation ev = e.at(t);
        checked(ev);
        return std::pair<double, double> {score(ev), info(ev)};
    };
    auto zeroIsMaximum = [&] {
        if (!budget.take())
            return false;
        return scoreAt(0).first <= 0;
    };
    double t = start, previous = std::numeric_limits<double>::infinity();
    bool bracketed = false;
    for (int iter = 1; budget.take(); ++iter) {
        r.iterations = iter;
        const auto [sc, inf] = scoreAt(t);
        if (sc == 0) {
            r.converged = true;
            break;
        }
        if (sc > 0) {
            lo = std::max(lo, t);
            loKnown = true;
        } else {
            hi = std::min(hi, t);
        }
        double delta = sc / inf;
        if (!std::isfinite(delta)) {
            bracketed = true;
            break;
        }
        if (t + delta < 0) {
            // The step leaves the parameter space: if the score at 0 points down, 0 is the constrained
            // maximum (metafor halves the step forever and stops near 0 instead).
            if (zeroIsMaximum()) {
                t = 0;
                r.converged = true;
                break;
            }
            while (t + delta < 0)
                delta /= 2;
        }
        const double next = t + delta;
        const bool leaves = next >= hi || (loKnown && next <= lo);
        if (leaves || (iter > 25 && std::abs(delta) > 0.5 * std::abs(previous))) {
            bracketed = true;
            break;
        }
        previous = delta;
        t = next;
        if (std::abs(delta) <= kRelTol * (t + scale)) {
            r.converged = true;
            break;
        }
    }
    // The likelihood may have more than one maximum (one at 0 and one inside, when the variances differ
    // widely): Fisher scoring finds one of them, as metafor's does. Where that can happen at all (scoring was
    // slow or cycled; the variances differ by a factor of 1000 or more; or k is small enough for it to cost
    // nothing), every root of the score on a log grid from far below to far above the points seen is found
    // by a bracketing method, and the maximum with the largest likelihood, 0 included, is taken.
    const bool thorough = bracketed || e.k() <= 50 || !(e.maxV() < 1e3 * e.minV());
    if (thorough && budget.left > 0) {
        // beyond every root: no score root lies far above the spread of the effects or the largest variance
        const double top
            = 16 * std::max({t, start, std::isfinite(hi) ? hi : 0.0, lo, scale, e.maxV(), e.centredSumSquares()});
        double best = 0, bestLl = -std::numeric_limits<double>::infinity();
        bool found = false;
        auto consider = [&](double x) {
            const double l = logLik(x);
            if (!found || l > bestLl) {
                best = x;
                bestLl = l;
                found = true;
            }
        };
        if (r.converged)
            consider(t);
        budget.take();
        double prevX = 0, prevS = scoreAt(0).first;
        if (prevS <= 0)
            consider(0);
        for (double x = top * 1e-16; x <= top && budget.take(); x *= 2) {
            const double sx = scoreAt(x).first;
            if (prevS > 0 && sx <= 0) {
                const double root = bracketedRoot([&](double z) { return scoreAt(z).first; }, prevX, x, budget);
                if (!std::isfinite(root))
                    break;
                consider(root);
            }
            prevX = x;
            prevS = sx;
        }
        if (found && budget.left > 0) {
            t = best;
            r.converged = true;
        }
    }
    r.tau2 = t;
    return r;
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
        const Evaluation ev = e.at(0);
        if (ev.sumW > 0 && std::isfinite(ev.sumW))
            return ev.k / ev.sumW;
    }
    return e.maxV() > 0 ? e.maxV() : 1.0;
}

double solveGeneralisedQ(const Evaluator &e, double target, double from, int maxIterations)
{
    // Q(t) = y'P(t)y is convex and decreasing in t with Q'(t) = -y'PPy, so Newton's method started left of
    // the root climbs to it monotonically and converges quadratically. Should rounding ever stall it (no
    // slope, a step that overshoots), the root is found in the bracket the iterates have built.
    const double scale = varianceScale(e);
    Budget budget {maxIterations};
    double t = from, hi = std::numeric_limits<double>::infinity();
    auto f = [&](double x) {
        const Evaluation ev = e.at(x);
        checked(ev);
        return std::pair<double, double> {ev.yPy - target, ev.yPPy};
    };
    bool bracket = false;
    while (budget.take()) {
        const auto [fx, slope] = f(t);
        if (fx <= 0)
            return t;
        if (!(slope > 0) || !std::isfinite(fx / slope)) {
            bracket = true;
            break;
        }
        const double step = fx / slope;
        if (t + step >= hi) {
            bracket = true;
            break;
        }
        t += step;
        if (step <= 1e-15 * (t + scale))
            return t;
    }
    if (bracket) {
        double lo = t;
        if (!std::isfinite(hi)) {
            hi = std::max(2 * t, t + scale);
            while (budget.take() && f(hi).first > 0) {
                lo = hi;
                hi *= 4;
            }
        }
        const double root = bracketedRoot([&](double x) { return f(x).first; }, lo, hi, budget);
        if (std::isfinite(root))
            return root;
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
        const Evaluation ev = e.at(t0, kTraces);
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
        r = maximiseLikelihood(
            e, heStart(e), scale, maxIterations,
            [reml](const Evaluation &ev) { return reml ? ev.yPPy - ev.trP : ev.yPPy - ev.sumW; },
            [reml](const Evaluation &ev) { return reml ? ev.trPP : ev.sumW2; },
            [&e, reml](double t) { return logLikelihood(e, t, reml); });
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
