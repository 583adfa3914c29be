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

LeaveOneOut leaveOneOut(const std::vector<double> &yi, const std::vector<double> &vi, const Fit &fit)
{
    const std::size_t k = yi.size();
    if (k < 2)
        throw Error(ErrorCode::TooFewStudies, "leave-one-out needs k >= 2");
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

    LeaveOneOut out;
    for (auto *vec : {&out.estimate, &out.se, &out.ciLower, &out.ciUpper, &out.pval, &out.tau2, &out.I2, &out.Q})
        vec->assign(k, kNaN);
    out.converged.assign(k, false);
    const FitOptions options {fit.method, fit.test, fit.level};
    for (std::size_t i = 0; i < k; ++i) {
        try {
            const detail::InterceptEvaluator e(whole, i, series);
            const Fit f = detail::fitIntercept(e, options);
            out.estimate[i] = f.estimate;
            out.se[i] = f.se;
            out.ciLower[i] = f.ciLower;
            out.ciUpper[i] = f.ciUpper;
            out.pval[i] = f.pval;
            out.tau2[i] = f.tau2;
            out.I2[i] = f.I2;
            out.Q[i] = f.Q;
            out.converged[i] = f.converged;
        } catch (const Error &) {
            // this refit is undefined (e.g. it did not converge): NaN row, converged = false
        }
    }
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
