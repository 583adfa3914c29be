// SPDX-License-Identifier: GPL-3.0-or-later
#include "synth/sensitivity.h"
#include "fitting.h"
#include "stats.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace synth {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
}

namespace {

/// Calls `refit(i, evaluator, fit)` with the model refitted without study i, for every i: the sums of each refit
/// come from power-sum series shared by all of them where those converge (O(1) per evaluation), so the k refits
/// cost O(k) iterations in all. A refit that fails (e.g. does not converge) is skipped.
template<typename Refit>
void forEachLeftOut(const std::vector<double> &yi, const std::vector<double> &vi, const Fit &fit, Refit refit)
{
    const std::size_t k = yi.size();
    const detail::InterceptEvaluator whole(yi.data(), vi.data(), k);
    // Power-sum series at the tau^2 values the refits visit: 0 (Q, DL, HS), the full-data estimate
    // (where every refit converges) and the starts of the iterative estimators (HE, SJ).
    std::vector<double> bases;
    if (whole.minV() > 0)
        bases.push_back(0);
    if (fit.tau2 > 0)
        bases.push_back(fit.tau2);
    const detail::UnweightedEvaluation u = whole.unweighted();
    const double he = std::max(0.0, (u.yP0y - u.trP0V) / (static_cast<double>(k) - 1));
    if (fit.method == Method::ML || fit.method == Method::REML)
        bases.push_back(he);
    if (fit.method == Method::SJ)
        bases.push_back(whole.centredSumSquares() / static_cast<double>(k));
    std::sort(bases.begin(), bases.end());
    bases.erase(std::unique(bases.begin(), bases.end()), bases.end());
    auto series = std::make_shared<std::vector<detail::MomentSeries>>();
    for (double b : bases)
        series->emplace_back(yi.data(), vi.data(), k, whole.dominant(), b);
    const FitOptions options {fit.method, fit.test, fit.level};
    for (std::size_t i = 0; i < k; ++i) {
        try {
            const detail::InterceptEvaluator e(whole, i, series);
            refit(i, e, detail::fitIntercept(e, options));
        } catch (const Error &) {
            // this refit is undefined (e.g. it did not converge): the caller's NaN row stays
        }
    }
}

} // namespace

LeaveOneOut leaveOneOut(const std::vector<double> &yi, const std::vector<double> &vi, const Fit &fit)
{
    const std::size_t k = yi.size();
    if (k < 2)
        throw Error(ErrorCode::TooFewStudies, "leave-one-out needs k >= 2");
    LeaveOneOut out;
    for (auto *vec : {&out.estimate, &out.se, &out.ciLower, &out.ciUpper, &out.pval, &out.tau2, &out.I2, &out.Q})
        vec->assign(k, kNaN);
    out.converged.assign(k, false);
    forEachLeftOut(yi, vi, fit, [&](std::size_t i, const detail::Evaluator &, const Fit &f) {
        out.estimate[i] = f.estimate;
        out.se[i] = f.se;
        out.ciLower[i] = f.ciLower;
        out.ciUpper[i] = f.ciUpper;
        out.pval[i] = f.pval;
        out.tau2[i] = f.tau2;
        out.I2[i] = f.I2;
        out.Q[i] = f.Q;
        out.converged[i] = f.converged;
    });
    return out;
}

Cumulative cumulative(const std::vector<double> &yi, const std::vector<double> &vi, const std::vector<double> &keys,
                      const FitOptions &options)
{
    const std::size_t k = yi.size();
    if (k == 0)
        throw Error(ErrorCode::TooFewStudies, "cumulative meta-analysis needs k >= 1");
    if (keys.size() != k || vi.size() != k)
        throw Error(ErrorCode::NumericalFailure, "order keys, yi and vi differ in length");
    Cumulative out;
    out.order.resize(k);
    for (std::size_t i = 0; i < k; ++i)
        out.order[i] = i;
    // as R's order(): ascending, ties in input order, missing keys last
    std::stable_sort(out.order.begin(), out.order.end(), [&keys](std::size_t a, std::size_t b) {
        if (std::isnan(keys[a]) || std::isnan(keys[b]))
            return !std::isnan(keys[a]) && std::isnan(keys[b]);
        return keys[a] < keys[b];
    });
    for (auto *vec : {&out.estimate, &out.se, &out.ciLower, &out.ciUpper, &out.pval, &out.tau2, &out.I2, &out.Q})
        vec->assign(k, kNaN);
    std::vector<double> y, v;
    y.reserve(k);
    v.reserve(k);
    for (std::size_t step = 0; step < k; ++step) {
        y.push_back(yi[out.order[step]]);
        v.push_back(vi[out.order[step]]);
        try {
            const Fit f = fitModel(y, v, options);
            if (!f.converged)
                continue;
            out.estimate[step] = f.estimate;
            out.se[step] = f.se;
            out.ciLower[step] = f.ciLower;
            out.ciUpper[step] = f.ciUpper;
            out.pval[step] = f.pval;
            out.tau2[step] = f.tau2;
            out.I2[step] = f.I2;
            out.Q[step] = f.Q;
        } catch (const Error &) {
            // this step cannot be fitted (e.g. a sampling variance of 0 where the method divides by it): NaN
        }
    }
    return out;
}

Influence influence(const std::vector<double> &yi, const std::vector<double> &vi, const Fit &fit)
{
    const std::size_t k = yi.size();
    if (k < 2)
        throw Error(ErrorCode::TooFewStudies, "influence diagnostics need k >= 2");
    Influence out;
    for (auto *vec : {&out.rstudent, &out.dffits, &out.cookD, &out.covRatio, &out.dfbetas, &out.tau2Deleted,
                      &out.QDeleted, &out.hat, &out.weight})
        vec->assign(k, kNaN);
    out.influential.assign(k, false);
    // hat values and weights of the whole fit: w_i / sum w at its tau^2
    double sumW = 0;
    for (double v : vi)
        sumW += 1 / (v + fit.tau2);
    for (std::size_t i = 0; i < k; ++i) {
        out.hat[i] = 1 / (vi[i] + fit.tau2) / sumW;
        out.weight[i] = 100 * out.hat[i];
    }
    const double vb = fit.se * fit.se; // the variance of the whole fit's estimate (Knapp-Hartung scaled)
    forEachLeftOut(yi, vi, fit, [&](std::size_t i, const detail::Evaluator &e, const Fit &f) {
        if (!f.converged)
            return;
        const double s2w = f.knhaScale, tau2 = f.tau2, vbDel = f.se * f.se, diff = fit.estimate - f.estimate;
        out.tau2Deleted[i] = tau2;
        out.QDeleted[i] = f.Q;
        out.dffits[i] = diff / std::sqrt(s2w * out.hat[i] * (tau2 + vi[i]));
        // the variance of the estimate from all k studies weighted at the refit's tau^2
        const double all = e.at(tau2).sumW + 1 / (vi[i] + tau2);
        out.dfbetas[i] = diff / std::sqrt(s2w / all);
        out.cookD[i] = diff * diff / vb;
        out.covRatio[i] = vbDel / vb;
        double resid = yi[i] - f.estimate;
        if (std::abs(resid) < 100 * std::numeric_limits<double>::epsilon())
            resid = 0;
        out.rstudent[i] = resid / std::sqrt(vi[i] * s2w + vbDel + tau2 * s2w);
    });
    const double kd = static_cast<double>(k);
    for (std::size_t i = 0; i < k; ++i)
        out.influential[i] = std::abs(out.dffits[i]) > 3 * std::sqrt(1 / (kd - 1))
            || detail::chiSquaredUpper(out.cookD[i], 1) < 0.5 || out.hat[i] > 3 / kd || std::abs(out.dfbetas[i]) > 1;
    return out;
}

bool isMissingLabel(const std::string &label)
{
    const auto first = label.find_first_not_of(" \t\r\n");
    if (first == std::string::npos)
        return true;
    const auto last = label.find_last_not_of(" \t\r\n");
    return label.compare(first, last - first + 1, "NA") == 0;
}

SubgroupAnalysis subgroupAnalysis(const std::vector<double> &yi, const std::vector<double> &vi,
                                  const std::vector<std::string> &groups, const FitOptions &options)
{
    if (groups.size() != yi.size() || vi.size() != yi.size())
        throw Error(ErrorCode::NumericalFailure, "group labels, yi and vi differ in length");
    SubgroupAnalysis a;
    std::map<std::string, std::size_t> index;
    for (std::size_t i = 0; i < groups.size(); ++i) {
        if (isMissingLabel(groups[i]))
            continue;
        auto [it, added] = index.emplace(groups[i], a.groups.size());
        if (added) {
            a.groups.emplace_back();
            a.groups.back().group = groups[i];
        }
        a.groups[it->second].studies.push_back(i);
    }
    double sw = 0, swy = 0;
    std::size_t fitted = 0;
    for (SubgroupFit &g : a.groups) {
        std::vector<double> y, v;
        for (std::size_t i : g.studies) {
            y.push_back(yi[i]);
            v.push_back(vi[i]);
        }
        try {
            g.fit = fitModel(y, v, options);
            g.ok = g.fit.se > 0 && std::isfinite(g.fit.se);
            if (!g.ok)
                g.error = ErrorCode::NumericalFailure;
        } catch (const Error &e) {
            g.error = e.code();
        }
        if (g.ok) {
            const double w = 1 / (g.fit.se * g.fit.se);
            sw += w;
            swy += w * g.fit.estimate;
            ++fitted;
        }
    }
    if (fitted < 2) {
        a.Qbetween = a.QbetweenDf = a.QbetweenPval = kNaN;
        return a;
    }
    const double mean = swy / sw;
    a.Qbetween = 0;
    for (const SubgroupFit &g : a.groups)
        if (g.ok)
            a.Qbetween += (g.fit.estimate - mean) * (g.fit.estimate - mean) / (g.fit.se * g.fit.se);
    a.QbetweenDf = static_cast<double>(fitted) - 1;
    a.QbetweenPval = detail::chiSquaredUpper(a.Qbetween, a.QbetweenDf);
    return a;
}

} // namespace synth
