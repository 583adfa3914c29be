// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluator.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace synth::detail {

namespace {

/// Cholesky factor L (lower) of a symmetric matrix and its log-determinant; false when a pivot is not
/// positive (not positive definite) or not finite.
bool cholesky(const SmallMatrix &m, SmallMatrix &l, double &logDet)
{
    const std::size_t n = m.n;
    l = SmallMatrix(n);
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
    return true;
}

} // namespace

bool invertSpd(const SmallMatrix &m, SmallMatrix &inverse, double &logDet)
{
    const std::size_t n = m.n;
    // Cholesky factor L (lower), then invert column by column.
    SmallMatrix l;
    if (!cholesky(m, l, logDet))
        return false;
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

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

/// log det of a symmetric positive semi-definite matrix by Cholesky; -infinity when singular.
double logDetSpd(const SmallMatrix &m)
{
    SmallMatrix l;
    double logDet = 0;
    return cholesky(m, l, logDet) ? logDet : -std::numeric_limits<double>::infinity();
}

/// Traces of products of P with V for a general model, from X'WX, X'W^2X, X'W^3X, in units where the
/// weights are w' and tau^2 is t' (so that t' w' = tau^2 w): tr(P D1 P D2) = sum w^2 d1 d2
/// - 2 tr(A X'diag(w^3 d1 d2)X) + tr(A X'diag(w^2 d1)X A X'diag(w^2 d2)X), A = (X'WX)^-1, and w v = 1 - tau^2 w.
/// Only the Sidik-Jonkman SE reads them (of meta-regressions, which never report it).
void generalTraces(Evaluation &ev, double t, double sumW, double sumW2, const SmallMatrix &a, const SmallMatrix &xwx,
                   const SmallMatrix &xw2x, const SmallMatrix &xw3x, double unit)
{
    const SmallMatrix aw2 = product(a, xw2x);
    ev.trPV = ev.k - t * sumW - ev.p + t * traceProduct(a, xw2x);
    const SmallMatrix m = combine(xwx, -t, xw2x, 0, xw2x); // X'diag(w^2 v)X
    const SmallMatrix d = combine(xwx, -2 * t, xw2x, t * t, xw3x); // X'diag(w^3 v^2)X
    const SmallMatrix am = product(a, m);
    ev.trPVPV = (ev.k - 2 * t * sumW + t * t * sumW2) - 2 * traceProduct(a, d) + traceProduct(am, am);
    const SmallMatrix d1 = combine(xw2x, -t, xw3x, 0, xw3x); // X'diag(w^3 v)X
    ev.trPVP = ((sumW - t * sumW2) - 2 * traceProduct(a, d1) + traceProduct(aw2, am)) / unit;
}

} // namespace

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
        if (v[i] < m_minV) {
            m_minV = v[i];
            m_dom = i;
        }
        m_maxV = std::max(m_maxV, v[i]);
    }
    const double mean = k ? s / static_cast<double>(k) : 0;
    for (std::size_t i = 0; i < k; ++i)
        m_css += (y[i] - mean) * (y[i] - mean);
}

void RegressionEvaluator::row(std::size_t r, std::vector<double> &x) const
{
    x[0] = 1;
    for (std::size_t c = 1; c < x.size(); ++c)
        x[c] = m_columns[c - 1][r] - m_columns[c - 1][m_dom];
}

Evaluation RegressionEvaluator::at(double tau2, unsigned need) const
{
    const std::size_t p = this->p();
    Evaluation ev;
    ev.tau2 = tau2;
    ev.k = static_cast<double>(m_k);
    ev.p = static_cast<double>(p);
    ev.vb = SmallMatrix(p);
    ev.beta.assign(p, kNaN);
    const double unit = m_v[m_dom] + tau2;
    if (m_k == 0 || !(unit > 0) || !std::isfinite(unit))
        return ev;
    // Pass 1: the coefficients, in the design (1, x - x_m) and for d = y - y_m, so that the dominant study's
    // row is (1, 0, ...) and its effect 0: X'W'X is then well conditioned however large its weight.
    SmallMatrix rest(p), m2(p), m3(p); // sum over i != m of w' x x', w'^2 x x', w'^3 x x'
    std::vector<double> xwd(p, 0.0), x(p);
    double r1 = 0, r2 = 0, sumLog = 0;
    for (std::size_t i = 0; i < m_k; ++i) {
        if (i == m_dom)
            continue;
        const double w = unit / (m_v[i] + tau2), w2 = w * w;
        row(i, x);
        const double d = m_y[i] - m_y[m_dom];
        r1 += w;
        r2 += w2;
        if (need & kLog)
            sumLog += std::log(m_v[i] + tau2);
        for (std::size_t a = 0; a < p; ++a) {
            xwd[a] += w * x[a] * d;
            for (std::size_t b = 0; b < p; ++b) {
                const double xx = x[a] * x[b];
                rest(a, b) += w * xx;
                m2(a, b) += w2 * xx;
                m3(a, b) += w2 * w * xx;
            }
        }
    }
    SmallMatrix xwx = rest, xw2x = m2, xw3x = m3;
    xwx(0, 0) += 1;
    xw2x(0, 0) += 1;
    xw3x(0, 0) += 1;
    SmallMatrix a;
    double logDet = 0;
    if (!invertSpd(xwx, a, logDet) || !std::isfinite(r1) || !std::isfinite(r2))
        return ev;
    std::vector<double> beta(p, 0.0);
    for (std::size_t i = 0; i < p; ++i)
        for (std::size_t j = 0; j < p; ++j)
            beta[i] += a(i, j) * xwd[j];
    // Pass 2: residuals and leverages h = w' x'Ax. tr P = sum w (1 - h); for the dominant study
    // 1 - h_m = det(X'W'X without it) / det(X'W'X) (the matrix determinant lemma), never 1 - (h close to 1).
    double yPy = 0, yPPy = 0, trP = 0, diag = 0, hh = 0;
    for (std::size_t i = 0; i < m_k; ++i) {
        if (i == m_dom)
            continue;
        const double w = unit / (m_v[i] + tau2);
        row(i, x);
        double e = m_y[i] - m_y[m_dom], q = 0;
        for (std::size_t c = 0; c < p; ++c) {
            e -= x[c] * beta[c];
            double ax = 0;
            for (std::size_t c2 = 0; c2 < p; ++c2)
                ax += a(c, c2) * x[c2];
            q += x[c] * ax;
        }
        const double h = w * q;
        yPy += w * e * e;
        yPPy += w * w * e * e;
        trP += w * (1 - h);
        diag += w * w * (1 - h) * (1 - h);
        hh += w * w * h * h;
    }
    const double em = -beta[0];
    yPy += em * em;
    yPPy += em * em;
    const double logDetRest = logDetSpd(rest);
    const double freeM = std::isfinite(logDetRest) ? std::min(1.0, std::exp(logDetRest - logDet)) : 0.0; // 1 - h_m
    trP += freeM;
    diag += freeM * freeM;
    // off-diagonal sum of P_ij^2 = sum_{i != j} w_i^2 w_j^2 (x_i'A x_j)^2: the pairs with m, 2 (A M A)_00, and
    // the pairs without it, tr((A M)^2) - sum_{i != m} w_i^2 h_i^2 (M = the rest's X'W'^2X)
    const SmallMatrix am = product(a, m2);
    const SmallMatrix ama = product(am, a);
    const double trPP = diag + 2 * ama(0, 0) + (traceProduct(am, am) - hh);

    // back to natural units and to the design (1, x): beta_0 = beta'_0 - sum_c beta_c x_mc, vb = T vb' T'
    ev.sumW = (1 + r1) / unit;
    ev.sumW2 = (1 + r2) / (unit * unit);
    ev.yPy = yPy / unit;
    ev.yPPy = yPPy / (unit * unit);
    ev.trP = trP / unit;
    ev.trPP = std::max(0.0, trPP) / (unit * unit);
    ev.logDetXWX = logDet - static_cast<double>(p) * std::log(unit);
    if (need & kLog)
        ev.sumLogVT = sumLog + std::log(unit);
    SmallMatrix t(p);
    for (std::size_t c = 0; c < p; ++c)
        t(c, c) = 1;
    for (std::size_t c = 1; c < p; ++c)
        t(0, c) = -m_columns[c - 1][m_dom];
    ev.beta = beta;
    for (std::size_t c = 1; c < p; ++c)
        ev.beta[0] += t(0, c) * beta[c];
    for (std::size_t i = 0; i < p; ++i)
        for (std::size_t j = 0; j < p; ++j) {
            double s = 0;
            for (std::size_t q = 0; q < p; ++q)
                for (std::size_t r = 0; r < p; ++r)
                    s += t(i, q) * a(q, r) * t(j, r);
            ev.vb(i, j) = s * unit;
        }
    if (need & kTraces)
        generalTraces(ev, tau2 / unit, 1 + r1, 1 + r2, a, xwx, xw2x, xw3x, unit);
    ev.ok = std::isfinite(ev.trP) && std::isfinite(ev.trPP) && std::isfinite(ev.yPy) && std::isfinite(ev.yPPy);
    return ev;
}

UnweightedEvaluation RegressionEvaluator::unweighted() const
{
    // Ordinary least squares with the columns centred at their means (well conditioned).
    const std::size_t p = this->p();
    std::vector<double> means(p, 0.0);
    for (std::size_t c = 1; c < p; ++c) {
        for (std::size_t r = 0; r < m_k; ++r)
            means[c] += m_columns[c - 1][r];
        means[c] /= static_cast<double>(m_k);
    }
    double ymean = 0;
    for (std::size_t r = 0; r < m_k; ++r)
        ymean += m_y[r];
    ymean /= static_cast<double>(m_k);
    auto x = [&](std::size_t r, std::size_t c) { return c == 0 ? 1.0 : m_columns[c - 1][r] - means[c]; };
    SmallMatrix xx(p), xvx(p), xv2x(p);
    std::vector<double> xy(p, 0.0);
    double sv = 0, svv = 0;
    for (std::size_t r = 0; r < m_k; ++r) {
        const double v = m_v[r];
        sv += v;
        svv += v * v;
        for (std::size_t i = 0; i < p; ++i) {
            xy[i] += x(r, i) * (m_y[r] - ymean);
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
        double e = m_y[r] - ymean;
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

MomentSeries::MomentSeries(const double *y, const double *v, std::size_t k, std::size_t dominant, double base)
    : m_base(base), m_wmax(0)
{
    for (std::size_t i = 0; i < k; ++i)
        if (i != dominant)
            m_wmax = std::max(m_wmax, 1.0 / (v[i] + base));
    constexpr int rows = kTerms + 4;
    m_u1.assign(rows, 0.0);
    m_uy.assign(rows, 0.0);
    m_uyy.assign(rows, 0.0);
    for (std::size_t i = 0; i < k; ++i) {
        if (i == dominant)
            continue;
        const double u = (1.0 / (v[i] + base)) / m_wmax;
        const double d = y[i] - y[dominant];
        m_sumLogBase += std::log(v[i] + base);
        double pw = 1.0;
        for (int r = 0; r < rows; ++r) {
            m_u1[r] += pw;
            m_uy[r] += pw * d;
            m_uyy[r] += pw * d * d;
            pw *= u;
            if (pw < 1e-300)
                break;
        }
    }
}

bool MomentSeries::at(double tau2, double unit, bool withLog, RestSums &out) const
{
    const double rho = (tau2 - m_base) * m_wmax;
    if (!(std::abs(rho) <= 0.25) || !std::isfinite(m_wmax))
        return false;
    // sum w^n g = wmax^n sum_m C(n+m-1, m) (-rho)^m U_{n+m}^g ;  sum log(v+t) = base + sum_m (-1)^(m+1) rho^m U_m / m
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
    const double c1 = unit * m_wmax, c2 = c1 * c1, c3 = c2 * c1;
    out = RestSums();
    out.r1 = c1 * s[1][0];
    out.r2 = c2 * s[2][0];
    out.r3 = c3 * s[3][0];
    out.d1 = c1 * s[1][1];
    out.d2 = c1 * s[1][2];
    out.e1 = c2 * s[2][1];
    out.e2 = c2 * s[2][2];
    if (withLog)
        out.sumLog = m_sumLogBase + logSum;
    return std::isfinite(out.r1 + out.r2 + out.r3 + out.d1 + out.d2 + out.e1 + out.e2);
}

// ---------------------------------------------------------------------------------------------

InterceptEvaluator::InterceptEvaluator(const double *y, const double *v, std::size_t k) : m_y(y), m_v(v), m_k(k)
{
    const double inf = std::numeric_limits<double>::infinity();
    m_minV = m_minV2 = inf;
    m_maxV = m_maxV2 = -inf;
    double s = 0;
    for (std::size_t i = 0; i < k; ++i) {
        s += y[i];
        if (v[i] < m_minV) {
            m_minV2 = m_minV;
            m_dom2 = m_dom;
            m_minV = v[i];
            m_dom = i;
        } else if (v[i] < m_minV2) {
            m_minV2 = v[i];
            m_dom2 = i;
        }
        if (v[i] > m_maxV) {
            m_maxV2 = m_maxV;
            m_maxV = v[i];
            m_maxIndex = i;
        } else if (v[i] > m_maxV2) {
            m_maxV2 = v[i];
        }
    }
    m_mean = k ? s / static_cast<double>(k) : 0;
    m_n = static_cast<double>(k);
    for (std::size_t i = 0; i < k; ++i) {
        const double yc = y[i] - m_mean;
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
    if (excluded == whole.m_dom) {
        m_dom = whole.m_dom2;
        m_minV = whole.m_minV2;
        m_series = nullptr; // the series are built around the whole data's dominant study
    }
    if (excluded == whole.m_maxIndex)
        m_maxV = whole.m_maxV2;
    const double yc = m_y[excluded] - m_mean, v = m_v[excluded];
    // Leaving out a study that carries most of a sum would cancel its digits: sum again then.
    m_unweightedDirect = yc * yc > 0.5 * m_syy || v > 0.5 * m_sv || v * v > 0.5 * m_svv;
    m_n -= 1;
    m_sy -= yc;
    m_syy -= yc * yc;
    m_sv -= v;
    m_svv -= v * v;
}

void InterceptEvaluator::directUnweighted(double &n, double &mean, double &css, double &sv, double &svv) const
{
    n = 0;
    double s = 0;
    for (std::size_t i = 0; i < m_k; ++i)
        if (!isExcluded(i)) {
            s += m_y[i];
            n += 1;
        }
    mean = n > 0 ? s / n : 0;
    css = sv = svv = 0;
    for (std::size_t i = 0; i < m_k; ++i)
        if (!isExcluded(i)) {
            css += (m_y[i] - mean) * (m_y[i] - mean);
            sv += m_v[i];
            svv += m_v[i] * m_v[i];
        }
}

double InterceptEvaluator::centredSumSquares() const
{
    if (m_unweightedDirect) {
        double n, mean, css, sv, svv;
        directUnweighted(n, mean, css, sv, svv);
        return css;
    }
    return m_n > 0 ? std::max(0.0, m_syy - m_sy * m_sy / m_n) : 0.0;
}

UnweightedEvaluation InterceptEvaluator::unweighted() const
{
    UnweightedEvaluation u;
    double n = m_n, css = 0, sv = m_sv, svv = m_svv, mean = 0;
    if (m_unweightedDirect)
        directUnweighted(n, mean, css, sv, svv);
    else
        css = centredSumSquares();
    if (n < 1)
        return u;
    u.yP0y = css;
    u.trP0V = sv * (n - 1) / n;
    u.trP0VP0V = svv * (1 - 2 / n) + (sv / n) * (sv / n);
    u.ok = true;
    return u;
}

namespace {

/// The basic rest sums over [from, to): local accumulators (two interleaved sets, so that independent
/// dependency chains run in parallel) that the compiler keeps in registers.
void accumulate(const double *y, const double *v, std::size_t from, std::size_t to, double unit, double tau2, double ym,
                RestSums &out)
{
    double r1a = 0, r2a = 0, r3a = 0, d1a = 0, d2a = 0, e1a = 0, e2a = 0;
    double r1b = 0, r2b = 0, r3b = 0, d1b = 0, d2b = 0, e1b = 0, e2b = 0;
    std::size_t i = from;
    for (; i + 1 < to; i += 2) {
        const double wa = unit / (v[i] + tau2), wb = unit / (v[i + 1] + tau2);
        const double w2a = wa * wa, w2b = wb * wb;
        const double da = y[i] - ym, db = y[i + 1] - ym;
        const double wda = wa * da, wdb = wb * db, w2da = w2a * da, w2db = w2b * db;
        r1a += wa;
        r1b += wb;
        r2a += w2a;
        r2b += w2b;
        r3a += w2a * wa;
        r3b += w2b * wb;
        d1a += wda;
        d1b += wdb;
        d2a += wda * da;
        d2b += wdb * db;
        e1a += w2da;
        e1b += w2db;
        e2a += w2da * da;
        e2b += w2db * db;
    }
    if (i < to) {
        const double w = unit / (v[i] + tau2), w2 = w * w, d = y[i] - ym;
        r1a += w;
        r2a += w2;
        r3a += w2 * w;
        d1a += w * d;
        d2a += w * d * d;
        e1a += w2 * d;
        e2a += w2 * d * d;
    }
    out.r1 += r1a + r1b;
    out.r2 += r2a + r2b;
    out.r3 += r3a + r3b;
    out.d1 += d1a + d1b;
    out.d2 += d2a + d2b;
    out.e1 += e1a + e1b;
    out.e2 += e2a + e2b;
}

} // namespace

RestSums InterceptEvaluator::directSums(double tau2, double unit, unsigned need) const
{
    // The studies other than the dominant one (and the one left out), in at most three runs without a branch.
    std::size_t skip[2] = {m_dom, m_excluded >= 0 ? static_cast<std::size_t>(m_excluded) : m_k};
    if (skip[0] > skip[1])
        std::swap(skip[0], skip[1]);
    const double ym = m_y[m_dom];
    RestSums a;
    accumulate(m_y, m_v, 0, std::min(skip[0], m_k), unit, tau2, ym, a);
    if (skip[0] < m_k)
        accumulate(m_y, m_v, skip[0] + 1, std::min(skip[1], m_k), unit, tau2, ym, a);
    if (skip[1] < m_k)
        accumulate(m_y, m_v, skip[1] + 1, m_k, unit, tau2, ym, a);
    if (need & (kLog | kTraces)) {
        for (std::size_t j = 0; j < m_k; ++j) {
            if (j == m_dom || isExcluded(j))
                continue;
            if (need & kLog)
                a.sumLog += std::log(m_v[j] + tau2);
            if (need & kTraces) {
                const double inv = 1 / (m_v[j] + tau2), w = unit * inv, q = m_v[j] * inv;
                a.q0 += q;
                a.q1 += q * w;
                a.q2 += q * w * w;
                a.g0 += q * q;
                a.g1 += q * q * w;
            }
        }
    }
    return a;
}

RestSums InterceptEvaluator::restSums(double tau2, double unit, unsigned need) const
{
    if (m_excluded < 0 || !m_series || (need & kTraces))
        return directSums(tau2, unit, need);
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
    RestSums r;
    if (!best || !best->at(tau2, unit, need & kLog, r))
        return directSums(tau2, unit, need);
    const std::size_t i = static_cast<std::size_t>(m_excluded);
    const double w = unit / (m_v[i] + tau2), w2 = w * w, d = m_y[i] - m_y[m_dom];
    // Subtracting a study that carries most of a sum would cancel its digits: sum directly then.
    if (w > 0.5 * r.r1 || w2 > 0.5 * r.r2 || w2 * w > 0.5 * r.r3 || w * d * d > 0.5 * r.d2 || w2 * d * d > 0.5 * r.e2)
        return directSums(tau2, unit, need);
    r.r1 -= w;
    r.r2 -= w2;
    r.r3 -= w2 * w;
    r.d1 -= w * d;
    r.d2 -= w * d * d;
    r.e1 -= w2 * d;
    r.e2 -= w2 * d * d;
    if (need & kLog)
        r.sumLog -= std::log(m_v[i] + tau2);
    return r;
}

Evaluation InterceptEvaluator::at(double tau2, unsigned need) const
{
    Evaluation ev;
    ev.tau2 = tau2;
    ev.k = static_cast<double>(k());
    ev.p = 1;
    ev.vb = SmallMatrix(1);
    ev.beta = {kNaN};
    const double unit = m_k ? m_v[m_dom] + tau2 : 0; // 1 / the largest weight
    if (!(unit > 0) || !std::isfinite(unit))
        return ev;
    const RestSums r = restSums(tau2, unit, need);
    // In units of the largest weight (w'_m = 1) and relative to its effect (d_m = 0):
    const double S = 1 + r.r1; // sum w'
    const double delta = r.d1 / S; // beta - y_m
    double q = r.d2 - delta * r.d1; // sum w' (d - delta)^2
    double q2 = r.e2 - 2 * delta * r.e1 + delta * delta * (r.r2 + 1); // sum w'^2 (d - delta)^2
    // Both differences lose at most a factor of order k (y_m is one of the effects and has the largest
    // weight); should they ever lose three digits, the residuals are summed directly.
    if (delta * r.d1 > 0.999 * r.d2 || 2 * std::abs(delta * r.e1) > 0.999 * (r.e2 + delta * delta * (r.r2 + 1))) {
        q = q2 = delta * delta; // the dominant study's own residual
        for (std::size_t j = 0; j < m_k; ++j) {
            if (j == m_dom || isExcluded(j))
                continue;
            const double w = unit / (m_v[j] + tau2), e = m_y[j] - m_y[m_dom] - delta;
            q += w * e * e;
            q2 += w * w * e * e;
        }
    }
    ev.sumW = S / unit;
    ev.sumW2 = (1 + r.r2) / (unit * unit);
    ev.yPy = std::max(0.0, q) / unit;
    ev.yPPy = std::max(0.0, q2) / (unit * unit);
    // tr P = sum w (1 - w/S): the dominant study's 1 - w'_m/S is r1/S exactly; the others' S - w' >= w'.
    ev.trP = (r.r1 * (1 + S) - r.r2) / (S * unit);
    // tr PP = sum_ij P_ij^2 with P_ii = w_i (S - w_i)/S, P_ij = -w_i w_j/S, the dominant study's terms apart
    ev.trPP = std::max(0.0, r.r1 * r.r1 + S * S * r.r2 - 2 * S * r.r3 + 2 * r.r2 + r.r2 * r.r2) / (S * S * unit * unit);
    ev.vb(0, 0) = unit / S;
    ev.logDetXWX = std::log(S) - std::log(unit);
    ev.beta = {delta};
    if (need & kLog)
        ev.sumLogVT = r.sumLog + std::log(unit);
    if (need & kTraces) {
        const double qm = m_v[m_dom] / unit; // the dominant study's v w
        ev.trPV = (qm * r.r1 + S * r.q0 - r.q1) / S;
        ev.trPVP = (qm * (r.r1 * r.r1 + r.r2) + (S * S + 1 + r.r2) * r.q1 - 2 * S * r.q2) / (S * S * unit);
        ev.trPVPV = (qm * qm * r.r1 * r.r1 + S * S * r.g0 - 2 * S * r.g1 + 2 * qm * r.q1 + r.q1 * r.q1) / (S * S);
    }
    ev.ok = std::isfinite(ev.sumW) && std::isfinite(ev.sumW2) && std::isfinite(ev.yPy) && std::isfinite(ev.yPPy)
        && std::isfinite(ev.trP) && std::isfinite(ev.trPP) && std::isfinite(delta);
    return ev;
}

} // namespace synth::detail
