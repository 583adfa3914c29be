// SPDX-License-Identifier: GPL-3.0-or-later
// Meta-regression on the shared estimators: the tau^2 estimator, the coefficients and the heterogeneity of
// model.cpp, over a RegressionEvaluator (O(k p^2) per evaluation, no k x k matrix).
#include "synth/regression.h"
#include "fitting.h"
#include "stats.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>

namespace synth {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

bool missingLabel(const std::string &label)
{
    const auto first = label.find_first_not_of(" \t\r\n");
    if (first == std::string::npos)
        return true;
    const auto last = label.find_last_not_of(" \t\r\n");
    return label.compare(first, last - first + 1, "NA") == 0;
}
} // namespace

MetaRegression fitMetaRegression(const std::vector<double> &yi, const std::vector<double> &vi,
                                 const std::vector<Moderator> &moderators, const FitOptions &options)
{
    const std::size_t n = yi.size();
    if (vi.size() != n)
        throw Error(ErrorCode::NumericalFailure, "yi and vi differ in length");
    for (const Moderator &m : moderators)
        if ((m.categorical ? m.labels.size() : m.values.size()) != n)
            throw Error(ErrorCode::NumericalFailure, "a moderator is not one value per study");
    if (!(options.level >= 50 && options.level <= 99.99))
        throw Error(ErrorCode::InvalidLevel, "confidence level must be between 50 and 99.99 percent");
    MetaRegression r;
    r.method = options.method;
    r.level = options.level;
    // the studies with every moderator given (metafor leaves the others out)
    for (std::size_t i = 0; i < n; ++i) {
        bool given = std::isfinite(yi[i]) && std::isfinite(vi[i]);
        for (const Moderator &m : moderators)
            given = given && (m.categorical ? !missingLabel(m.labels[i]) : std::isfinite(m.values[i]));
        if (given)
            r.studies.push_back(i);
        if (std::isfinite(vi[i]) && vi[i] < 0)
            throw Error(ErrorCode::NegativeVariance, "negative sampling variance", static_cast<std::ptrdiff_t>(i),
                        "vi");
    }
    if (r.studies.size() < n)
        r.warnings.push_back({WarningCode::StudiesOmitted, static_cast<double>(n - r.studies.size())});
    std::vector<double> y, v;
    for (std::size_t i : r.studies) {
        y.push_back(yi[i]);
        v.push_back(vi[i]);
    }
    // the model matrix's columns after the intercept: numeric moderators as they are, categorical ones as one
    // dummy per level but the first (levels sorted, as R's factor())
    std::vector<std::vector<double>> columns;
    r.names.push_back("intrcpt");
    for (const Moderator &m : moderators) {
        if (!m.categorical) {
            std::vector<double> c;
            for (std::size_t i : r.studies)
                c.push_back(m.values[i]);
            columns.push_back(std::move(c));
            r.names.push_back(m.name);
            continue;
        }
        std::set<std::string> levels;
        for (std::size_t i : r.studies)
            levels.insert(m.labels[i]);
        for (auto level = std::next(levels.begin(), levels.empty() ? 0 : 1); level != levels.end(); ++level) {
            std::vector<double> c;
            for (std::size_t i : r.studies)
                c.push_back(m.labels[i] == *level ? 1.0 : 0.0);
            columns.push_back(std::move(c));
            r.names.push_back(m.name + *level);
        }
    }
    r.k = y.size();
    r.p = columns.size() + 1;
    if (r.k <= r.p)
        throw Error(ErrorCode::TooFewStudies, "a meta-regression needs more studies than coefficients");
    const double k = static_cast<double>(r.k), p = static_cast<double>(r.p), kp = k - p;
    const detail::RegressionEvaluator e(y.data(), v.data(), r.k, columns);

    const detail::Tau2Estimate tau = detail::estimateTau2(options.method, e, options.maxIterations);
    r.tau2 = tau.tau2;
    r.tau2Se = options.method == Method::EE ? kNaN : tau.se;
    r.converged = tau.converged;
    if (tau.resetToZero)
        r.warnings.push_back({WarningCode::Tau2AtLocalMaximum, 0});
    if (options.method == Method::EE && options.test == Test::Knha)
        r.warnings.push_back({WarningCode::KnhaWithFixedEffect, 0});

    const detail::Coefficients c = detail::coefficients(e, r.tau2, options.test);
    r.test = c.test;
    r.df = c.df;
    const double alpha = 1 - options.level / 100;
    const double crit
        = c.test == Test::Knha ? detail::studentQuantile(c.df, 1 - alpha / 2) : detail::normalQuantile(1 - alpha / 2);
    for (std::size_t j = 0; j < r.p; ++j) {
        const double b = c.beta[j], se = std::sqrt(c.vb(j, j));
        r.estimate.push_back(b);
        r.se.push_back(se);
        r.stat.push_back(b / se);
        r.pval.push_back(c.test == Test::Knha ? detail::studentTwoSidedP(b / se, c.df)
                                              : detail::normalTwoSidedP(b / se));
        r.ciLower.push_back(b - crit * se);
        r.ciUpper.push_back(b + crit * se);
    }
    // the omnibus test of the moderators: b' Vb^-1 b over the coefficients but the intercept
    const std::size_t m = r.p - 1;
    detail::SmallMatrix sub(m), inverse;
    for (std::size_t a = 0; a < m; ++a)
        for (std::size_t b = 0; b < m; ++b)
            sub(a, b) = c.vb(a + 1, b + 1);
    double logDet = 0;
    r.QMdf = static_cast<double>(m);
    if (detail::invertSpd(sub, inverse, logDet)) {
        r.QM = 0;
        for (std::size_t a = 0; a < m; ++a)
            for (std::size_t b = 0; b < m; ++b)
                r.QM += c.beta[a + 1] * inverse(a, b) * c.beta[b + 1];
        if (c.test == Test::Knha) {
            r.QM /= r.QMdf;
            r.QMdf2 = kp;
            r.QMpval = detail::fisherUpper(r.QM, r.QMdf, r.QMdf2);
        } else {
            r.QMdf2 = kNaN;
            r.QMpval = detail::chiSquaredUpper(r.QM, r.QMdf);
        }
    } else {
        r.QM = r.QMpval = r.QMdf2 = kNaN;
    }
    // residual heterogeneity: Q with inverse-variance weights, I^2 and H^2 from the typical variance
    r.QEdf = kp;
    if (!(e.minV() > 0)) {
        r.QE = r.QEpval = r.I2 = r.H2 = kNaN;
        r.warnings.push_back({WarningCode::HeterogeneityUndefined, 0});
    } else {
        const detail::Evaluation ev0 = e.at(0);
        r.QE = ev0.yPy;
        r.QEpval = detail::chiSquaredUpper(r.QE, kp);
        if (options.method == Method::EE) {
            r.I2 = r.QE > 0 ? std::max(0.0, 100 * (r.QE - kp) / r.QE) : 0.0;
            r.H2 = r.QE / kp;
        } else {
            const double vt = kp / ev0.trP;
            r.I2 = 100 * r.tau2 / (vt + r.tau2);
            r.H2 = r.tau2 / vt + 1;
        }
    }
    // pseudo R^2 against the intercept-only model of the same studies and estimator; for EE, as metafor, the
    // adjusted R^2 of the weighted least-squares regression (1 - QE / Q of the intercept-only model, adjusted)
    r.R2 = kNaN;
    if (options.method == Method::EE) {
        const Fit ee = fitModel(y, v, {Method::EE, Test::Z, options.level, options.maxIterations});
        if (std::isfinite(r.QE) && ee.Q > 0)
            r.R2 = std::max(0.0, 100 * (1 - (r.QE / ee.Q) * (k - 1) / kp));
    } else {
        try {
            const Fit re = fitModel(y, v, {options.method, Test::Z, options.level, options.maxIterations});
            if (re.converged)
                r.R2 = re.tau2 == 0 ? 0.0 : std::max(0.0, 100 * (re.tau2 - r.tau2) / re.tau2);
        } catch (const Error &) {
            // no intercept-only fit: R^2 stays undefined
        }
    }
    return r;
}

} // namespace synth
