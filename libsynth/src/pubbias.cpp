// SPDX-License-Identifier: GPL-3.0-or-later
// Small-study effects: Egger's regression test, Begg's rank correlation test, trim-and-fill
// (shared/docs/numerics.md section 9). Each calls the shared estimators; none re-implements a fit.
#include "synth/pubbias.h"
#include "fitting.h"
#include "stats.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace synth {

namespace {

double sqrtOf(double x)
{
    return std::sqrt(x);
}

// --- Kendall's tau-b in O(n log n) (Knight 1966) ---------------------------------------------

struct KendallResult {
    double tau = 0;
    double S = 0; ///< concordant minus discordant pairs
    std::vector<double> xTies, yTies; ///< sizes of tied groups (> 1)
};

std::vector<double> tieGroups(const std::vector<double> &sorted)
{
    std::vector<double> groups;
    for (std::size_t i = 0; i < sorted.size();) {
        std::size_t j = i + 1;
        while (j < sorted.size() && sorted[j] == sorted[i])
            ++j;
        if (j - i > 1)
            groups.push_back(static_cast<double>(j - i));
        i = j;
    }
    return groups;
}

double pairs(const std::vector<double> &groups)
{
    double s = 0;
    for (double t : groups)
        s += t * (t - 1) / 2;
    return s;
}

std::uint64_t mergeCount(std::vector<double> &a, std::vector<double> &tmp, std::size_t lo, std::size_t hi)
{
    if (hi - lo < 2)
        return 0;
    const std::size_t mid = lo + (hi - lo) / 2;
    std::uint64_t swaps = mergeCount(a, tmp, lo, mid) + mergeCount(a, tmp, mid, hi);
    std::size_t i = lo, j = mid, out = lo;
    while (i < mid && j < hi) {
        if (a[j] < a[i]) {
            swaps += mid - i;
            tmp[out++] = a[j++];
        } else {
            tmp[out++] = a[i++];
        }
    }
    while (i < mid)
        tmp[out++] = a[i++];
    while (j < hi)
        tmp[out++] = a[j++];
    std::copy(tmp.begin() + static_cast<std::ptrdiff_t>(lo), tmp.begin() + static_cast<std::ptrdiff_t>(hi),
              a.begin() + static_cast<std::ptrdiff_t>(lo));
    return swaps;
}

KendallResult kendallTauB(const std::vector<double> &x, const std::vector<double> &y)
{
    const std::size_t n = x.size();
    std::vector<std::size_t> idx(n);
    std::iota(idx.begin(), idx.end(), 0);
    std::sort(idx.begin(), idx.end(),
              [&](std::size_t a, std::size_t b) { return x[a] < x[b] || (x[a] == x[b] && y[a] < y[b]); });
    std::vector<double> xs(n), ys(n);
    for (std::size_t i = 0; i < n; ++i) {
        xs[i] = x[idx[i]];
        ys[i] = y[idx[i]];
    }
    KendallResult r;
    r.xTies = tieGroups(xs);
    // joint ties: runs equal in both x and y
    double joint = 0;
    for (std::size_t i = 0; i < n;) {
        std::size_t j = i + 1;
        while (j < n && xs[j] == xs[i] && ys[j] == ys[i])
            ++j;
        const double t = static_cast<double>(j - i);
        joint += t * (t - 1) / 2;
        i = j;
    }
    std::vector<double> tmp(n);
    const double swaps = static_cast<double>(mergeCount(ys, tmp, 0, n));
    r.yTies = tieGroups(ys);
    const double n0 = static_cast<double>(n) * (static_cast<double>(n) - 1) / 2;
    const double n1 = pairs(r.xTies), n2 = pairs(r.yTies);
    r.S = n0 - n1 - n2 + joint - 2 * swaps;
    r.tau = r.S / std::sqrt((n0 - n1) * (n0 - n2));
    return r;
}

/// Upper or lower tail of the number of concordant pairs under independence, exact (no ties).
/// P(T = j) for n items follows from P_m(j) = (1/m) sum_{i < m} P_{m-1}(j - i).
double kendallExactTwoSided(double tau, std::size_t n)
{
    const std::size_t N = n * (n - 1) / 2;
    std::vector<double> prob(N + 1, 0.0), next(N + 1, 0.0), prefix(N + 2, 0.0);
    prob[0] = 1;
    for (std::size_t m = 2; m <= n; ++m) {
        const std::size_t maxJ = m * (m - 1) / 2;
        prefix[0] = 0;
        for (std::size_t j = 0; j <= maxJ; ++j)
            prefix[j + 1] = prefix[j] + prob[j];
        for (std::size_t j = 0; j <= maxJ; ++j) {
            const std::size_t lo = j >= m - 1 ? j - (m - 1) : 0;
            next[j] = (prefix[j + 1] - prefix[lo]) / static_cast<double>(m);
        }
        std::swap(prob, next);
    }
    // R: q = round((tau + 1) n (n - 1) / 4); p = P(T <= q) or P(T >= q), doubled, at most 1.
    const double q = std::nearbyint((tau + 1) * static_cast<double>(n) * (static_cast<double>(n) - 1) / 4);
    const std::size_t qi = static_cast<std::size_t>(std::max(0.0, q));
    double p = 0;
    if (q > static_cast<double>(N) / 2) {
        for (std::size_t j = qi; j <= N; ++j)
            p += prob[j];
    } else {
        for (std::size_t j = 0; j <= std::min(qi, N); ++j)
            p += prob[j];
    }
    return std::min(2 * p, 1.0);
}

double kendallNormalTwoSided(const KendallResult &r, std::size_t nn)
{
    const double n = static_cast<double>(nn);
    auto sum = [](const std::vector<double> &t, auto f) {
        double s = 0;
        for (double x : t)
            s += f(x);
        return s;
    };
    const double v0 = n * (n - 1) * (2 * n + 5);
    const double vt = sum(r.xTies, [](double t) { return t * (t - 1) * (2 * t + 5); });
    const double vu = sum(r.yTies, [](double t) { return t * (t - 1) * (2 * t + 5); });
    const double v1
        = sum(r.xTies, [](double t) { return t * (t - 1); }) * sum(r.yTies, [](double t) { return t * (t - 1); });
    const double v2 = sum(r.xTies, [](double t) { return t * (t - 1) * (t - 2); })
        * sum(r.yTies, [](double t) { return t * (t - 1) * (t - 2); });
    const double varS = (v0 - vt - vu) / 18 + v1 / (2 * n * (n - 1)) + (n > 2 ? v2 / (9 * n * (n - 1) * (n - 2)) : 0);
    return detail::normalTwoSidedP(r.S / std::sqrt(varS));
}

void checkInputs(const std::vector<double> &yi, const std::vector<double> &vi)
{
    if (yi.size() != vi.size())
        throw Error(ErrorCode::NumericalFailure, "yi and vi differ in length");
    for (double v : vi)
        if (!(v > 0))
            throw Error(ErrorCode::ZeroVariance, "a sampling variance is not positive");
}

} // namespace

EggerTest eggerTest(const std::vector<double> &yi, const std::vector<double> &vi, const FitOptions &options)
{
    checkInputs(yi, vi);
    if (yi.size() < 3)
        throw Error(ErrorCode::TooFewStudies, "Egger's test needs k >= 3");
    std::vector<double> sei(vi.size());
    std::transform(vi.begin(), vi.end(), sei.begin(), sqrtOf);
    const detail::RegressionEvaluator e(yi.data(), vi.data(), yi.size(), {sei});
    const detail::Tau2Estimate tau = detail::estimateTau2(options.method, e);
    const detail::Coefficients c = detail::coefficients(e, tau.tau2, options.test);
    EggerTest t;
    t.slope = c.beta[1];
    t.slopeSe = std::sqrt(c.vb(1, 1));
    t.stat = t.slope / t.slopeSe;
    t.df = c.df;
    const double alpha = 1 - options.level / 100;
    double crit = 0;
    if (c.test == Test::Knha) {
        t.pval = detail::studentTwoSidedP(t.stat, c.df);
        crit = detail::studentQuantile(c.df, 1 - alpha / 2);
    } else {
        t.pval = detail::normalTwoSidedP(t.stat);
        crit = detail::normalQuantile(1 - alpha / 2);
    }
    t.limitEstimate = c.beta[0];
    const double se0 = std::sqrt(c.vb(0, 0));
    t.limitCiLower = t.limitEstimate - crit * se0;
    t.limitCiUpper = t.limitEstimate + crit * se0;
    return t;
}

RankTest rankCorrelationTest(const std::vector<double> &yi, const std::vector<double> &vi)
{
    checkInputs(yi, vi);
    const std::size_t k = yi.size();
    if (k < 3)
        throw Error(ErrorCode::TooFewStudies, "the rank correlation test needs k >= 3");
    double sw = 0, swy = 0;
    for (std::size_t i = 0; i < k; ++i) {
        sw += 1 / vi[i];
        swy += yi[i] / vi[i];
    }
    const double theta = swy / sw, vb = 1 / sw;
    std::vector<double> ystar(k);
    for (std::size_t i = 0; i < k; ++i)
        ystar[i] = (yi[i] - theta) / std::sqrt(vi[i] - vb);
    const KendallResult r = kendallTauB(ystar, vi);
    RankTest t;
    t.tau = r.tau;
    const bool ties = !r.xTies.empty() || !r.yTies.empty();
    // R's cor.test(exact = TRUE) is exact without ties; its exact p is NA past k = 170 (k! overflows),
    // where metafor's ranktest() falls back to the normal approximation.
    t.exact = !ties && k <= 170;
    t.pval = t.exact ? kendallExactTwoSided(r.tau, k) : kendallNormalTwoSided(r, k);
    return t;
}

TrimAndFill trimAndFill(const std::vector<double> &yi, const std::vector<double> &vi, const FitOptions &options)
{
    checkInputs(yi, vi);
    const std::size_t k = yi.size();
    if (k < 3)
        throw Error(ErrorCode::TooFewStudies, "trim-and-fill needs k >= 3");
    TrimAndFill tf;
    {
        // side: the slope of the effects on their standard errors (metafor: mods = sqrt(vi))
        std::vector<double> sei(k);
        std::transform(vi.begin(), vi.end(), sei.begin(), sqrtOf);
        const detail::RegressionEvaluator e(yi.data(), vi.data(), k, {sei});
        const detail::Tau2Estimate tau = detail::estimateTau2(options.method, e);
        const detail::Coefficients c = detail::coefficients(e, tau.tau2, Test::Z);
        tf.side = c.beta[1] < 0 ? Side::Right : Side::Left;
    }
    const double flip = tf.side == Side::Right ? -1.0 : 1.0;
    std::vector<std::size_t> order(k);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return flip * yi[a] < flip * yi[b]; });
    std::vector<double> y(k), v(k);
    for (std::size_t i = 0; i < k; ++i) {
        y[i] = flip * yi[order[i]];
        v[i] = vi[order[i]];
    }

    const double kk = static_cast<double>(k);
    long k0 = 0, previous = -1;
    double beta = 0;
    std::vector<std::size_t> byAbs(k);
    std::vector<double> centred(k);
    for (int iter = 0; k0 != previous; ++iter) {
        if (iter >= 100)
            throw Error(ErrorCode::NotConverged, "trim-and-fill did not converge");
        previous = k0;
        const detail::InterceptEvaluator e(y.data(), v.data(), k - static_cast<std::size_t>(k0));
        const detail::Tau2Estimate tau = detail::estimateTau2(options.method, e);
        beta = detail::coefficients(e, tau.tau2, Test::Z).beta[0];
        for (std::size_t i = 0; i < k; ++i)
            centred[i] = y[i] - beta;
        std::iota(byAbs.begin(), byAbs.end(), 0);
        std::stable_sort(byAbs.begin(), byAbs.end(),
                         [&](std::size_t a, std::size_t b) { return std::abs(centred[a]) < std::abs(centred[b]); });
        double sr = 0; // sum of the ranks of |y - beta| (ties: first come first) of the positive ones
        for (std::size_t r = 0; r < k; ++r)
            if (centred[byAbs[r]] > 0)
                sr += static_cast<double>(r + 1);
        const double est = (4 * sr - kk * (kk + 1)) / (2 * kk - 1);
        const double varSr = (kk * (kk + 1) * (2 * kk + 1) + 10 * est * est * est + 27 * est * est + 17 * est
                              - 18 * kk * est * est - 18 * kk * est + 6 * kk * kk * est)
            / 24;
        tf.k0Se = std::max(0.0, 4 * std::sqrt(varSr) / (2 * kk - 1));
        k0 = std::max(0L, static_cast<long>(std::nearbyint(est))); // R's round(): half to even
        if (k0 >= static_cast<long>(k))
            throw Error(ErrorCode::NumericalFailure, "trim-and-fill would trim every study");
    }
    tf.k0 = static_cast<int>(k0);
    std::vector<double> allY = yi, allV = vi;
    for (std::size_t j = k - static_cast<std::size_t>(k0); j < k; ++j) {
        tf.filledYi.push_back(flip * (2 * beta - y[j]));
        tf.filledVi.push_back(v[j]);
    }
    allY.insert(allY.end(), tf.filledYi.begin(), tf.filledYi.end());
    allV.insert(allV.end(), tf.filledVi.begin(), tf.filledVi.end());
    tf.filled = fitModel(allY, allV, options);
    return tf;
}

} // namespace synth
