// SPDX-License-Identifier: GPL-3.0-or-later
// Internal: the quantities every tau^2 estimator needs, evaluated at a given tau^2 without ever
// forming the k x k matrix P = W - W X (X'WX)^-1 X'W (metafor does; it is O(k^2) memory, O(k^3)
// time). Everything here is O(k p^2) per evaluation, or O(terms) for leave-one-out refits.
//
// Exact at the edges: one study may carry almost all the weight (variance ratios of 1e12 and more), and
// the variances may be of any scale (1e-110 or 1e110). So the sums are never taken as they stand:
// - each evaluation works in units of the largest weight: w'_i = (v_m + tau^2) / (v_i + tau^2) <= 1, where m
//   is the study with the smallest variance, so no power of a weight over- or underflows;
// - effects are taken relative to that study's effect (d_i = y_i - y_m, so d_m = 0), and every quantity is
//   written so that the dominant study's own term is separated out: sum w e^2, tr P, tr PP and the rest
//   are then sums of terms of one sign, or differences that lose at most a factor of order k (never a
//   factor of order the variance ratio, as sum w^2 - (sum w)^2 would).
#pragma once

#include <cstddef>
#include <memory>
#include <vector>

namespace synth::detail {

/// A small dense symmetric p x p matrix (p is the number of model coefficients: 1 or 2 here).
struct SmallMatrix {
    std::size_t n = 0;
    std::vector<double> a;
    explicit SmallMatrix(std::size_t size = 0) : n(size), a(size * size, 0.0) { }
    double &operator()(std::size_t i, std::size_t j) { return a[i * n + j]; }
    double operator()(std::size_t i, std::size_t j) const { return a[i * n + j]; }
};

/// Inverse and log-determinant of a symmetric positive definite matrix; false if not positive definite
/// (or, to rounding, singular: a pivot below 1e-10 of its diagonal).
bool invertSpd(const SmallMatrix &m, SmallMatrix &inverse, double &logDet);
double traceProduct(const SmallMatrix &a, const SmallMatrix &b); ///< tr(AB)

/// What an evaluation is asked for beyond the basics.
enum Need : unsigned {
    kBasic = 0,
    kLog = 1, ///< sum log(v + tau^2) (only the log-likelihood needs it; it is the costly part)
    kTraces = 2, ///< tr(PV), tr(PVPV), tr(PVP) (only the Sidik-Jonkman SE needs them)
};

/// What the estimators read at one tau^2, in natural units (w = 1/(v + tau^2)); metafor names in comments.
struct Evaluation {
    double tau2 = 0;
    double k = 0, p = 0;
    double sumW = 0, sumW2 = 0;
    double yPy = 0; ///< generalised Q(tau^2) = sum w e^2
    double yPPy = 0; ///< -dQ/dtau^2 = sum w^2 e^2 (intercept only)
    double trP = 0, trPP = 0;
    double trPV = 0, trPVPV = 0, trPVP = 0; ///< with kTraces
    double sumLogVT = 0; ///< with kLog
    double logDetXWX = 0;
    bool ok = false; ///< false if X'WX is singular or a weight is not finite
    SmallMatrix vb; ///< (X'WX)^-1
    std::vector<double> beta; ///< relative to Evaluator::centre() (beta[0]) and the shifted columns
};

/// The same with unit weights (P0 = I - X(X'X)^-1X'), for the Hedges (HE) estimator and its SE.
struct UnweightedEvaluation {
    double yP0y = 0, trP0V = 0, trP0VP0V = 0;
    bool ok = false;
};

/// Source of the model's sums. Effects are shifted by `centre()` (the effect of the study with the largest
/// weight) before any sum is taken, which keeps Q accurate when the effects are large compared to their
/// spread and when one study dominates; the intercept is shifted back by the caller.
class Evaluator {
public:
    virtual ~Evaluator() = default;
    virtual std::size_t k() const = 0;
    virtual std::size_t p() const = 0;
    virtual double centre() const = 0;
    virtual double minV() const = 0;
    virtual double maxV() const = 0;
    virtual double centredSumSquares() const = 0; ///< sum (y - mean y)^2, for the SJ start
    virtual Evaluation at(double tau2, unsigned need = kBasic) const = 0;
    virtual UnweightedEvaluation unweighted() const = 0;
};

/// A model with an intercept and further columns (meta-regression; Egger's test, trim-and-fill side).
/// Two passes per evaluation: the coefficients, then the residuals and leverages.
class RegressionEvaluator final : public Evaluator {
public:
    /// `columns` holds the non-intercept columns of X, each of length k.
    RegressionEvaluator(const double *y, const double *v, std::size_t k, std::vector<std::vector<double>> columns);
    std::size_t k() const override { return m_k; }
    std::size_t p() const override { return m_columns.size() + 1; }
    double centre() const override { return m_k ? m_y[m_dom] : 0.0; }
    double minV() const override { return m_minV; }
    double maxV() const override { return m_maxV; }
    double centredSumSquares() const override { return m_css; }
    Evaluation at(double tau2, unsigned need = kBasic) const override;
    UnweightedEvaluation unweighted() const override;

private:
    /// Row `row` of X with the non-intercept columns shifted by the dominant study's: (1, x - x_m).
    void row(std::size_t row, std::vector<double> &x) const;
    const double *m_y;
    const double *m_v;
    std::size_t m_k;
    std::vector<std::vector<double>> m_columns;
    std::size_t m_dom = 0;
    double m_minV = 0, m_maxV = 0, m_css = 0;
};

/// Sums over the studies other than the dominant one, in units of the dominant study's weight
/// (w' = (v_m + tau^2) / (v + tau^2)) and relative to its effect (d = y - y_m).
struct RestSums {
    double r1 = 0, r2 = 0, r3 = 0; ///< sum w', w'^2, w'^3
    double d1 = 0, d2 = 0; ///< sum w' d, w' d^2
    double e1 = 0, e2 = 0; ///< sum w'^2 d, w'^2 d^2
    double sumLog = 0; ///< sum log(v + tau^2), with kLog
    // with kTraces, q = v / (v + tau^2):
    double q0 = 0, q1 = 0, q2 = 0; ///< sum q, q w', q w'^2
    double g0 = 0, g1 = 0; ///< sum q^2, q^2 w'
};

/// Power sums of the weights at a base tau^2 over the studies other than the dominant one, from which
/// their sums at any nearby tau^2 follow by a convergent series in (tau^2 - base) without touching the
/// data again. This turns k leave-one-out refits from O(k^2 iterations) into O(k iterations). The series
/// is used only where it converges fast (|tau^2 - base| at most a quarter of the smallest variance + base):
/// its terms alternate and shrink geometrically, so it is as accurate as a direct sum.
class MomentSeries {
public:
    MomentSeries(const double *y, const double *v, std::size_t k, std::size_t dominant, double base);
    double base() const { return m_base; }
    double maxWeight() const { return m_wmax; }
    /// The rest sums (no kTraces) at tau2 in units of `unit` = v_m + tau^2, or false when the series would
    /// converge too slowly.
    bool at(double tau2, double unit, bool withLog, RestSums &out) const;

private:
    static constexpr int kTerms = 48;
    double m_base, m_wmax;
    double m_sumLogBase = 0;
    // U[r][g] = sum (w/wmax)^r g, r = 0..kTerms+3
    std::vector<double> m_u1, m_uy, m_uyy;
};

/// An intercept-only model over y, v; optionally with one study left out, whose sums then come from
/// shared series when they converge and are accurate (leave-one-out) and from a pass over the data
/// otherwise.
class InterceptEvaluator final : public Evaluator {
public:
    InterceptEvaluator(const double *y, const double *v, std::size_t k);
    /// `whole` with study `excluded` left out, reusing `series` (built on `whole` around its dominant
    /// study) where they converge. O(1) to construct.
    InterceptEvaluator(const InterceptEvaluator &whole, std::size_t excluded,
                       std::shared_ptr<const std::vector<MomentSeries>> series);
    std::size_t k() const override { return m_excluded >= 0 ? m_k - 1 : m_k; }
    std::size_t p() const override { return 1; }
    double centre() const override { return m_k ? m_y[m_dom] : 0.0; }
    double minV() const override { return m_minV; }
    double maxV() const override { return m_maxV; }
    double centredSumSquares() const override;
    Evaluation at(double tau2, unsigned need = kBasic) const override;
    UnweightedEvaluation unweighted() const override;

    /// The study with the smallest variance (the largest weight) among those included.
    std::size_t dominant() const { return m_dom; }

private:
    RestSums restSums(double tau2, double unit, unsigned need) const;
    RestSums directSums(double tau2, double unit, unsigned need) const;
    void directUnweighted(double &n, double &mean, double &css, double &sv, double &svv) const;
    bool isExcluded(std::size_t i) const { return static_cast<std::ptrdiff_t>(i) == m_excluded; }

    const double *m_y;
    const double *m_v;
    std::size_t m_k;
    std::ptrdiff_t m_excluded = -1;
    std::size_t m_dom = 0; ///< dominant study (smallest v) of the included ones
    std::size_t m_dom2 = 0; ///< of the whole data: the study with the second-smallest v
    std::shared_ptr<const std::vector<MomentSeries>> m_series;
    double m_minV = 0, m_maxV = 0;
    // the two extremes of the whole data (for a view with one study left out)
    double m_minV2 = 0, m_maxV2 = 0;
    std::size_t m_maxIndex = 0;
    // unweighted sums over the included studies, y centred at the mean of the whole data
    double m_mean = 0, m_n = 0, m_sy = 0, m_syy = 0, m_sv = 0, m_svv = 0;
    bool m_unweightedDirect = false; ///< leaving the study out would cancel digits: sum again
};

} // namespace synth::detail
