// SPDX-License-Identifier: GPL-3.0-or-later
// Internal: the quantities every tau^2 estimator needs, evaluated at a given tau^2 without ever
// forming the k x k matrix P = W - W X (X'WX)^-1 X'W (metafor does; it is O(k^2) memory, O(k^3)
// time). Everything here is O(k p^2) per evaluation, or O(terms) for leave-one-out refits.
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

/// Inverse and log-determinant of a symmetric positive definite matrix; false if not positive definite.
bool invertSpd(const SmallMatrix &m, SmallMatrix &inverse, double &logDet);
double traceProduct(const SmallMatrix &a, const SmallMatrix &b); ///< tr(AB)

/// Weighted sums the estimators are built from, at one tau^2 (w = 1/(v + tau^2)); metafor names in comments.
/// The matrices are X'WX, X'W^2X, X'W^3X; residuals e = y - X beta(w).
struct RawSums {
    double n = 0; ///< number of studies in the sum
    double sumW = 0, sumW2 = 0;
    double sumLogVT = 0; ///< sum log(v + tau^2), when asked for
    double rss = 0; ///< sum w e^2   = y'Py
    double rss2 = 0; ///< sum w^2 e^2 = y'PPy
    SmallMatrix xwx, xw2x, xw3x;
    std::vector<double> beta; ///< on the centred scale (see Evaluator::centre)
};

/// What the estimators read at one tau^2.
struct Evaluation {
    double tau2 = 0;
    double k = 0, p = 0;
    double sumW = 0, sumW2 = 0;
    double yPy = 0; ///< generalised Q(tau^2)
    double yPPy = 0; ///< -dQ/dtau^2
    double trP = 0, trPP = 0;
    double trPV = 0, trPVPV = 0, trPVP = 0;
    double sumLogVT = 0, logDetXWX = 0;
    bool ok = false; ///< false if X'WX is singular or a weight is not finite
    SmallMatrix vb; ///< (X'WX)^-1
    std::vector<double> beta;
};

/// The same with unit weights (P0 = I - X(X'X)^-1X'), for the Hedges (HE) estimator and its SE.
struct UnweightedEvaluation {
    double yP0y = 0, trP0V = 0, trP0VP0V = 0;
    bool ok = false;
};

/// Source of the model's sums. y is centred (by `centre()`) before any sum is taken: this is what
/// metafor does for the tau^2 estimators (rma.uni.r, "ymci"), and it keeps Q accurate when the
/// effects are large compared to their spread. The intercept is shifted back in `intercept()`.
class Evaluator {
public:
    virtual ~Evaluator() = default;
    virtual std::size_t k() const = 0;
    virtual std::size_t p() const = 0;
    virtual double centre() const = 0;
    virtual double minV() const = 0;
    virtual double maxV() const = 0;
    virtual double centredSumSquares() const = 0; ///< sum (y - mean y)^2, for the SJ start
    /// `withLog`: also sum log(v + tau^2) (only the log-likelihood needs it; it is the costly part).
    virtual RawSums sums(double tau2, bool withLog = false) const = 0;
    virtual UnweightedEvaluation unweighted() const = 0;

    Evaluation at(double tau2, bool withLog = false) const;
};

/// A model with an intercept and further columns (meta-regression; Egger's test, trim-and-fill side).
class RegressionEvaluator final : public Evaluator {
public:
    /// `columns` holds the non-intercept columns of X, each of length k.
    RegressionEvaluator(const double *y, const double *v, std::size_t k, std::vector<std::vector<double>> columns);
    std::size_t k() const override { return m_k; }
    std::size_t p() const override { return m_columns.size() + 1; }
    double centre() const override { return m_centre; }
    double minV() const override { return m_minV; }
    double maxV() const override { return m_maxV; }
    double centredSumSquares() const override { return m_css; }
    RawSums sums(double tau2, bool withLog = false) const override;
    UnweightedEvaluation unweighted() const override;

private:
    double x(std::size_t row, std::size_t col) const { return col == 0 ? 1.0 : m_columns[col - 1][row]; }
    const double *m_y;
    const double *m_v;
    std::size_t m_k;
    std::vector<std::vector<double>> m_columns;
    double m_centre = 0, m_minV = 0, m_maxV = 0, m_css = 0;
};

/// Moment sums of an intercept-only model: S_n^g = sum w^n g for n = 1..3 and g in {1, y, y^2}.
struct Moments {
    double n = 0;
    double s1 = 0, s2 = 0, s3 = 0;
    double s1y = 0, s2y = 0;
    double s1yy = 0, s2yy = 0;
    double sumLog = 0;
};

/// Power sums of the weights at a base tau^2, from which the moments at any nearby tau^2 follow by a
/// convergent series in (tau^2 - base) without touching the data again. This turns k leave-one-out
/// refits from O(k^2 iterations) into O(k iterations).
class MomentSeries {
public:
    MomentSeries(const double *y, const double *v, std::size_t k, double centre, double base);
    double base() const { return m_base; }
    double maxWeight() const { return m_wmax; }
    /// Moments at tau2 of all studies, or false when the series would converge too slowly.
    bool at(double tau2, Moments &out) const;

private:
    static constexpr int kTerms = 48;
    double m_base, m_wmax;
    double m_sumLogBase = 0;
    double m_n;
    // U[r][g] = sum (w/wmax)^r g, r = 0..kTerms+3
    std::vector<double> m_u1, m_uy, m_uyy;
};

/// An intercept-only model over y, v; optionally with one study left out, whose moments then come
/// from shared series when they converge (leave-one-out) and from a pass over the data otherwise.
class InterceptEvaluator final : public Evaluator {
public:
    InterceptEvaluator(const double *y, const double *v, std::size_t k);
    /// `whole` with study `excluded` left out, reusing `series` (power sums of all studies of `whole`)
    /// where they converge. O(1) to construct.
    InterceptEvaluator(const InterceptEvaluator &whole, std::size_t excluded,
                       std::shared_ptr<const std::vector<MomentSeries>> series);
    std::size_t k() const override { return m_excluded >= 0 ? m_k - 1 : m_k; }
    std::size_t p() const override { return 1; }
    double centre() const override { return m_centre; }
    double minV() const override { return m_minV; }
    double maxV() const override { return m_maxV; }
    double centredSumSquares() const override;
    RawSums sums(double tau2, bool withLog = false) const override;
    UnweightedEvaluation unweighted() const override;

    Moments moments(double tau2, bool withLog = false) const;

private:
    Moments directMoments(double tau2, bool withLog) const;
    const double *m_y;
    const double *m_v;
    std::size_t m_k;
    double m_centre;
    std::ptrdiff_t m_excluded = -1;
    std::shared_ptr<const std::vector<MomentSeries>> m_series;
    double m_minV = 0, m_maxV = 0;
    // unweighted sums over the included studies (y centred)
    double m_n = 0, m_sy = 0, m_syy = 0, m_sv = 0, m_svv = 0;
};

} // namespace synth::detail
