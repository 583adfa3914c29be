// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluator.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace synth::detail {

bool invertSpd(const SmallMatrix &m, SmallMatrix &inverse, double &logDet)
{
    const std::size_t n = m.n;
    // Cholesky factor L (lower), then invert column by column.
    SmallMatrix l(n);
    logDet = 0;
    for (std::size_t j = 0; j < n; ++j) {
        double d = m(j, j);
        for (std::size_t q = 0; q < j; ++q)
            d -= l(j, q) * l(j, q);
        if (!(d > 0) || !std::isfinite(d))
            return false;
        l(j, j) = std::sqrt(d);
        logDet += std::log(d);
        for (std::size_t i = j + 1; i < n; ++i) {
            double s = m(i, j);
            for (std::size_t q = 0; q < j; ++q)
                s -= l(i, q) * l(j, q);
            l(i, j) = s / l(j, j);
        }
    }
    // Reject (near-)collinear columns: a pivot below 1e-10 of its diagonal means the column is, to
    // rounding, a combination of the others (e.g. a constant standard error in Egger's test).
    for (std::size_t j = 0; j < n; ++j)
        if (l(j, j) * l(j, j) < 1e-10 * std::abs(m(j, j)))
            return false;
    inverse = SmallMatrix(n);
    std::vector<double> col(n);
    for (std::size_t c = 0; c < n; ++c) {
        // solve L z = e_c, then L' x = z
        for (std::size_t i = 0; i < n; ++i) {
            double s = (i == c) ? 1.0 : 0.0;
            for (std::size_t q = 0; q < i; ++q)
                s -= l(i, q) * col[q];
            col[i] = s / l(i, i);
        }
        for (std::size_t ii = n; ii-- > 0;) {
            double s = col[ii];
            for (std::size_t q = ii + 1; q < n; ++q)
                s -= l(q, ii) * col[q];
            col[ii] = s / l(ii, ii);
        }
        for (std::size_t i = 0; i < n; ++i)
            inverse(i, c) = col[i];
    }
    return true;
}

double traceProduct(const SmallMatrix &a, const SmallMatrix &b)
{
    double t = 0;
    for (std::size_t i = 0; i < a.n; ++i)
        for (std::size_t j = 0; j < a.n; ++j)
            t += a(i, j) * b(j, i);
    return t;
}

namespace {

SmallMatrix product(const SmallMatrix &a, const SmallMatrix &b)
{
    SmallMatrix c(a.n);
    for (std::size_t i = 0; i < a.n; ++i)
        for (std::size_t j = 0; j < a.n; ++j) {
            double s = 0;
            for (std::size_t q = 0; q < a.n; ++q)
                s += a(i, q) * b(q, j);
            c(i, j) = s;
        }
    return c;
}

SmallMatrix combine(const SmallMatrix &a, double cb, const SmallMatrix &b, double cc, const SmallMatrix &c)
{
    SmallMatrix r(a.n);
    for (std::size_t i = 0; i < r.a.size(); ++i)
        r.a[i] = a.a[i] + cb * b.a[i] + cc * c.a[i];
    return r;
}

} // namespace

// Traces of products of P with diagonal matrices, by tr(P D1 P D2) = sum w^2 d1 d2
// - 2 tr(A X'diag(w^3 d1 d2)X) + tr(A X'diag(w^2 d1)X A X'diag(w^2 d2)X), A = (X'WX)^-1,
// and w v = 1 - tau^2 w, so that only X'WX, X'W^2X and X'W^3X are needed.
Evaluation Evaluator::at(double tau2, bool withLog) const
{
    Evaluation ev;
    ev.tau2 = tau2;
    const RawSums s = sums(tau2, withLog);
    ev.k = s.n;
    ev.p = static_cast<double>(p());
    ev.sumW = s.sumW;
    ev.sumW2 = s.sumW2;
    ev.sumLogVT = s.sumLogVT;
    ev.yPy = std::max(0.0, s.rss);
    ev.yPPy = std::max(0.0, s.rss2);
    ev.beta = s.beta;
    if (!std::isfinite(s.sumW) || !std::isfinite(s.sumW2) || !std::isfinite(s.rss) || !std::isfinite(s.rss2))
        return ev;
    SmallMatrix a;
    if (!invertSpd(s.xwx, a, ev.logDetXWX))
        return ev;
    const double t = tau2;
    const SmallMatrix aw2 = product(a, s.xw2x);
    ev.trP = s.sumW - traceProduct(a, s.xw2x);
    ev.trPP = s.sumW2 - 2 * traceProduct(a, s.xw3x) + traceProduct(aw2, aw2);
    ev.trPV = ev.k - t * s.sumW - ev.p + t * traceProduct(a, s.xw2x);
    const SmallMatrix m = combine(s.xwx, -t, s.xw2x, 0, s.xw2x); // X'diag(w^2 v)X
    const SmallMatrix d = combine(s.xwx, -2 * t, s.xw2x, t * t, s.xw3x); // X'diag(w^3 v^2)X
    const SmallMatrix am = product(a, m);
    ev.trPVPV = (ev.k - 2 * t * s.sumW + t * t * s.sumW2) - 2 * traceProduct(a, d) + traceProduct(am, am);
    const SmallMatrix d1 = combine(s.xw2x, -t, s.xw3x, 0, s.xw3x); // X'diag(w^3 v)X
    ev.trPVP = (s.sumW - t * s.sumW2) - 2 * traceProduct(a, d1) + traceProduct(aw2, am);
    ev.vb = a;
    ev.ok = std::isfinite(ev.trP) && std::isfinite(ev.trPP);
    return ev;
}

// ---------------------------------------------------------------------------------------------

RegressionEvaluator::RegressionEvaluator(const double *y, const double *v, std::size_t k,
                                         std::vector<std::vector<double>> columns)
    : m_y(y), m_v(v), m_k(k), m_columns(std::move(columns))
{
    double s = 0;
    m_minV = std::numeric_limits<double>::infinity();
    m_maxV = -m_minV;
    for (std::size_t i = 0; i < k; ++i) {
        s += y[i];
        m_minV = std::min(m_minV, v[i]);
        m_maxV = std::max(m_maxV, v[i]);
    }
    m_centre = k ? s / static_cast<double>(k) : 0;
    for (std::size_t i = 0; i < k; ++i)
        m_css += (y[i] - m_centre) * (y[i] - m_centre);
}

RawSums RegressionEvaluator::sums(double tau2, bool withLog) const
{
    const std::size_t p = this->p();
    RawSums s;
    s.n = static_cast<double>(m_k);
    s.xwx = SmallMatrix(p);
    s.xw2x = SmallMatrix(p);
    s.xw3x = SmallMatrix(p);
    std::vector<double> xwy(p, 0.0), xi(p);
    for (std::size_t r = 0; r < m_k; ++r) {
        const double w = 1.0 / (m_v[r] + tau2);
        const double w2 = w * w, w3 = w2 * w;
        s.sumW += w;
        s.sumW2 += w2;
        if (withLog)
            s.sumLogVT += std::log(m_v[r] + tau2);
        for (std::size_t i = 0; i < p; ++i)
            xi[i] = x(r, i);
        const double yc = m_y[r] - m_centre;
        for (std::size_t i = 0; i < p; ++i) {
            xwy[i] += w * xi[i] * yc;
            for (std::size_t j = 0; j < p; ++j) {
                s.xwx(i, j) += w * xi[i] * xi[j];
                s.xw2x(i, j) += w2 * xi[i] * xi[j];
                s.xw3x(i, j) += w3 * xi[i] * xi[j];
            }
        }
    }
    SmallMatrix a;
    double logDet = 0;
    s.beta.assign(p, std::numeric_limits<double>::quiet_NaN());
    if (!invertSpd(s.xwx, a, logDet))
        return s;
    for (std::size_t i = 0; i < p; ++i) {
        double b = 0;
        for (std::size_t j = 0; j < p; ++j)
            b += a(i, j) * xwy[j];
        s.beta[i] = b;
    }
    for (std::size_t r = 0; r < m_k; ++r) {
        const double w = 1.0 / (m_v[r] + tau2);
        double e = m_y[r] - m_centre;
        for (std::size_t i = 0; i < p; ++i)
            e -= x(r, i) * s.beta[i];
        s.rss += w * e * e;
        s.rss2 += w * w * e * e;
    }
    return s;
}

UnweightedEvaluation RegressionEvaluator::unweighted() const
{
    const std::size_t p = this->p();
    SmallMatrix xx(p), xvx(p), xv2x(p);
    std::vector<double> xy(p, 0.0);
    double sv = 0, svv = 0;
    for (std::size_t r = 0; r < m_k; ++r) {
        const double v = m_v[r];
        sv += v;
        svv += v * v;
        for (std::size_t i = 0; i < p; ++i) {
            xy[i] += x(r, i) * (m_y[r] - m_centre);
            for (std::size_t j = 0; j < p; ++j) {
                const double xx_ = x(r, i) * x(r, j);
                xx(i, j) += xx_;
                xvx(i, j) += v * xx_;
                xv2x(i, j) += v * v * xx_;
            }
        }
    }
    UnweightedEvaluation u;
    SmallMatrix b;
    double logDet = 0;
    if (!invertSpd(xx, b, logDet))
        return u;
    std::vector<double> beta(p, 0.0);
    for (std::size_t i = 0; i < p; ++i)
        for (std::size_t j = 0; j < p; ++j)
            beta[i] += b(i, j) * xy[j];
    for (std::size_t r = 0; r < m_k; ++r) {
        double e = m_y[r] - m_centre;
        for (std::size_t i = 0; i < p; ++i)
            e -= x(r, i) * beta[i];
        u.yP0y += e * e;
    }
    const SmallMatrix bv = product(b, xvx);
    u.trP0V = sv - traceProduct(b, xvx);
    u.trP0VP0V = svv - 2 * traceProduct(b, xv2x) + traceProduct(bv, bv);
    u.ok = true;
    return u;
}

// ---------------------------------------------------------------------------------------------

MomentSeries::MomentSeries(const double *y, const double *v, std::size_t k, double centre, double base)
    : m_base(base), m_wmax(0), m_n(static_cast<double>(k))
{
    for (std::size_t i = 0; i < k; ++i)
        m_wmax = std::max(m_wmax, 1.0 / (v[i] + base));
    constexpr int rows = kTerms + 4;
    m_u1.assign(rows, 0.0);
    m_uy.assign(rows, 0.0);
    m_uyy.assign(rows, 0.0);
    for (std::size_t i = 0; i < k; ++i) {
        const double u = (1.0 / (v[i] + base)) / m_wmax;
        const double yc = y[i] - centre;
        m_sumLogBase += std::log(v[i] + base);
        double pw = 1.0;
        for (int r = 0; r < rows; ++r) {
            m_u1[r] += pw;
            m_uy[r] += pw * yc;
            m_uyy[r] += pw * yc * yc;
            pw *= u;
            if (pw < 1e-300)
                break;
        }
    }
}

bool MomentSeries::at(double tau2, Moments &out) const
{
    const double rho = (tau2 - m_base) * m_wmax;
    if (!(std::abs(rho) <= 0.25) || !std::isfinite(m_wmax))
        return false;
    // S_n^g = wmax^n sum_m C(n+m-1, m) (-rho)^m U_{n+m}^g ;  sum log(v+t) = base + sum_m (-1)^(m+1) rho^m U_m / m
    double s[4][3] = {};
    double logSum = 0;
    double pw = 1.0; // (-rho)^m
    for (int m = 0; m <= kTerms; ++m) {
        for (int n = 1; n <= 3; ++n) {
            // C(n+m-1, m): n = 1 -> 1, n = 2 -> m+1, n = 3 -> (m+1)(m+2)/2
            const double c = n == 1 ? 1.0 : (n == 2 ? m + 1.0 : (m + 1.0) * (m + 2.0) / 2.0);
            const double f = c * pw;
            s[n][0] += f * m_u1[n + m];
            s[n][1] += f * m_uy[n + m];
            s[n][2] += f * m_uyy[n + m];
        }
        if (m >= 1)
            logSum -= pw * m_u1[m] / m; // (-1)^(m+1) rho^m = -(-rho)^m
        pw *= -rho;
        if (std::abs(pw) < 1e-20)
            break;
    }
    const double w1 = m_wmax, w2 = w1 * w1, w3 = w2 * w1;
    out.n = m_n;
    out.s1 = w1 * s[1][0];
    out.s2 = w2 * s[2][0];
    out.s3 = w3 * s[3][0];
    out.s1y = w1 * s[1][1];
    out.s2y = w2 * s[2][1];
    out.s1yy = w1 * s[1][2];
    out.s2yy = w2 * s[2][2];
    out.sumLog = m_sumLogBase + logSum;
    return true;
}

// ---------------------------------------------------------------------------------------------

InterceptEvaluator::InterceptEvaluator(const double *y, const double *v, std::size_t k)
    : m_y(y), m_v(v), m_k(k), m_centre(0)
{
    double s = 0;
    m_minV = std::numeric_limits<double>::infinity();
    m_maxV = -m_minV;
    for (std::size_t i = 0; i < k; ++i) {
        s += y[i];
        m_minV = std::min(m_minV, v[i]);
        m_maxV = std::max(m_maxV, v[i]);
    }
    m_centre = k ? s / static_cast<double>(k) : 0;
    m_n = static_cast<double>(k);
    for (std::size_t i = 0; i < k; ++i) {
        const double yc = y[i] - m_centre;
        m_sy += yc;
        m_syy += yc * yc;
        m_sv += v[i];
        m_svv += v[i] * v[i];
    }
}

InterceptEvaluator::InterceptEvaluator(const InterceptEvaluator &whole, std::size_t excluded,
                                       std::shared_ptr<const std::vector<MomentSeries>> series)
    : InterceptEvaluator(whole)
{
    m_excluded = static_cast<std::ptrdiff_t>(excluded);
    m_series = std::move(series);
    const double yc = m_y[excluded] - m_centre, v = m_v[excluded];
    m_n -= 1;
    m_sy -= yc;
    m_syy -= yc * yc;
    m_sv -= v;
    m_svv -= v * v;
}

double InterceptEvaluator::centredSumSquares() const
{
    return m_n > 0 ? std::max(0.0, m_syy - m_sy * m_sy / m_n) : 0.0;
}

Moments InterceptEvaluator::directMoments(double tau2, bool withLog) const
{
    // Two interleaved sets of accumulators: independent dependency chains run in parallel.
    Moments a, b;
    const std::size_t end = m_k;
    std::size_t i = 0;
    auto add = [&](Moments &m, std::size_t j) {
        const double w = 1.0 / (m_v[j] + tau2);
        const double w2 = w * w;
        const double yc = m_y[j] - m_centre;
        const double wy = w * yc, w2y = w2 * yc;
        m.s1 += w;
        m.s2 += w2;
        m.s3 += w2 * w;
        m.s1y += wy;
        m.s2y += w2y;
        m.s1yy += wy * yc;
        m.s2yy += w2y * yc;
    };
    if (m_excluded < 0) {
        for (; i + 1 < end; i += 2) {
            add(a, i);
            add(b, i + 1);
        }
        for (; i < end; ++i)
            add(a, i);
    } else {
        for (; i < end; ++i)
            if (static_cast<std::ptrdiff_t>(i) != m_excluded)
                add(a, i);
    }
    a.s1 += b.s1;
    a.s2 += b.s2;
    a.s3 += b.s3;
    a.s1y += b.s1y;
    a.s2y += b.s2y;
    a.s1yy += b.s1yy;
    a.s2yy += b.s2yy;
    if (withLog)
        for (std::size_t j = 0; j < end; ++j)
            if (static_cast<std::ptrdiff_t>(j) != m_excluded)
                a.sumLog += std::log(m_v[j] + tau2);
    a.n = m_n;
    return a;
}

Moments InterceptEvaluator::moments(double tau2, bool withLog) const
{
    if (m_excluded < 0 || !m_series)
        return directMoments(tau2, withLog);
    // Pick the series whose base is nearest in units of its largest weight.
    const MomentSeries *best = nullptr;
    double bestRho = std::numeric_limits<double>::infinity();
    for (const MomentSeries &s : *m_series) {
        const double rho = std::abs(tau2 - s.base()) * s.maxWeight();
        if (rho < bestRho) {
            bestRho = rho;
            best = &s;
        }
    }
    Moments all;
    if (!best || !best->at(tau2, all))
        return directMoments(tau2, withLog);
    const std::size_t i = static_cast<std::size_t>(m_excluded);
    const double w = 1.0 / (m_v[i] + tau2), w2 = w * w;
    // Subtracting a study that carries most of the weight would cancel digits: sum directly then.
    if (w > 0.5 * all.s1)
        return directMoments(tau2, withLog);
    const double yc = m_y[i] - m_centre;
    all.n -= 1;
    all.s1 -= w;
    all.s2 -= w2;
    all.s3 -= w2 * w;
    all.s1y -= w * yc;
    all.s2y -= w2 * yc;
    all.s1yy -= w * yc * yc;
    all.s2yy -= w2 * yc * yc;
    all.sumLog -= std::log(m_v[i] + tau2);
    return all;
}

RawSums InterceptEvaluator::sums(double tau2, bool withLog) const
{
    const Moments m = moments(tau2, withLog);
    RawSums s;
    s.n = m.n;
    s.sumW = m.s1;
    s.sumW2 = m.s2;
    s.sumLogVT = m.sumLog;
    s.xwx = SmallMatrix(1);
    s.xw2x = SmallMatrix(1);
    s.xw3x = SmallMatrix(1);
    s.xwx(0, 0) = m.s1;
    s.xw2x(0, 0) = m.s2;
    s.xw3x(0, 0) = m.s3;
    const double b = m.s1y / m.s1;
    s.beta = {b};
    s.rss = m.s1yy - b * m.s1y;
    s.rss2 = m.s2yy - 2 * b * m.s2y + b * b * m.s2;
    return s;
}

UnweightedEvaluation InterceptEvaluator::unweighted() const
{
    UnweightedEvaluation u;
    if (m_n < 1)
        return u;
    u.yP0y = centredSumSquares();
    u.trP0V = m_sv - m_sv / m_n;
    u.trP0VP0V = m_svv - 2 * m_svv / m_n + (m_sv / m_n) * (m_sv / m_n);
    u.ok = true;
    return u;
}

} // namespace synth::detail
