// SPDX-License-Identifier: GPL-3.0-or-later
// Randomized property test: hundreds of generated data sets (one study with almost all the weight, a study
// with almost none, effects and variances on scales from 1e-100 to 1e100, large effects beside a small
// spread, k from 2 to 40; every estimator, both tests, three levels), each fitted by libsynth and by an
// independent slow implementation written here from the definitions in long double: the fits, Q, I^2,
// H^2, SE(tau^2), the Q-profile bounds and leave-one-out. The generator is seeded; the seed and the number
// of cases are printed. Plain C++: links only libsynth.
//
// The slow implementation never subtracts a dominant term: every "sum over j != i" is a prefix plus a
// suffix sum of positive terms, residuals are taken from the pooled estimate, and the iterative estimators
// are roots found by bisection (ML, REML: the root of the score with the largest likelihood, 0 included).
#include "synthtest.h"

#include "synth/analysis.h"

#include <boost/math/distributions/chi_squared.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>

using namespace evidencedesk::test;

namespace {

using Real = long double;

constexpr unsigned long long kSeed = 20261202;
constexpr int kCases = 400;

struct Case {
    std::vector<double> yi, vi;
    synth::FitOptions options;
    std::string name;
    double unit = 1; ///< a typical variance: the scale of tau^2 (its square root is that of the effects)
};

/// The weighted quantities of the intercept-only model at tau^2, from the definitions.
struct Slow {
    Real S = 0, S2 = 0, b = 0, Q = 0, Q2 = 0, trP = 0, trPP = 0, logLik = 0, logLikR = 0;
};

/// prefix[i] = sum_{j < i} x_j, so that the sum over j != i is prefix[i] + (prefix[n] - prefix[i+1]) exactly
/// as positive sums (computed as prefix[i] + suffix[i+1]).
struct Excluding {
    std::vector<Real> prefix, suffix;
    explicit Excluding(const std::vector<Real> &x) : prefix(x.size() + 1, 0), suffix(x.size() + 1, 0)
    {
        for (std::size_t i = 0; i < x.size(); ++i)
            prefix[i + 1] = prefix[i] + x[i];
        for (std::size_t i = x.size(); i-- > 0;)
            suffix[i] = suffix[i + 1] + x[i];
    }
    Real without(std::size_t i) const { return prefix[i] + suffix[i + 1]; }
    Real all() const { return prefix.back(); }
};

Slow slowAt(const std::vector<double> &y, const std::vector<double> &v, Real t)
{
    const std::size_t k = y.size();
    std::vector<Real> w(k), w2(k);
    for (std::size_t i = 0; i < k; ++i) {
        w[i] = 1 / (Real(v[i]) + t);
        w2[i] = w[i] * w[i];
    }
    const Excluding sw(w), sw2(w2);
    Slow s;
    s.S = sw.all();
    s.S2 = sw2.all();
    Real num = 0;
    for (std::size_t i = 0; i < k; ++i)
        num += w[i] * y[i];
    s.b = num / s.S;
    Real logs = 0;
    for (std::size_t i = 0; i < k; ++i) {
        const Real e = Real(y[i]) - s.b;
        s.Q += w[i] * e * e;
        s.Q2 += w2[i] * e * e;
        // P_ii = w_i (S - w_i) / S, the off-diagonal P_ij = -w_i w_j / S
        const Real pii = w[i] * sw.without(i) / s.S;
        s.trP += pii;
        s.trPP += pii * pii + w2[i] * sw2.without(i) / (s.S * s.S);
        logs += std::log(Real(v[i]) + t);
    }
    s.logLik = -logs / 2 - s.Q / 2;
    s.logLikR = s.logLik - std::log(s.S) / 2;
    return s;
}

/// Root of a function that is positive at lo and not positive at hi, by bisection.
template<typename F>
Real bisect(F f, Real lo, Real hi)
{
    for (int i = 0; i < 4000 && hi - lo > 1e-18L * hi; ++i) {
        const Real mid = lo + (hi - lo) / 2;
        (f(mid) > 0 ? lo : hi) = mid;
    }
    return lo + (hi - lo) / 2;
}

struct SlowFit {
    Real tau2 = 0, tau2Se = NAN, estimate = 0, se = 0, Q = 0, I2 = 0, H2 = 1;
    Real ciLower = NAN, ciUpper = NAN; ///< Q-profile bounds of tau^2
    bool lowerAtLimit = false, upperAtLimit = false;
};

Real typicalScale(const std::vector<double> &y, const std::vector<double> &v)
{
    Real sv = 0, mean = 0, ss = 0;
    for (double x : v)
        sv += x;
    for (double x : y)
        mean += x;
    mean /= y.size();
    for (double x : y)
        ss += (x - mean) * (x - mean);
    return sv / v.size() + ss / y.size();
}

Real slowTau2(const std::vector<double> &y, const std::vector<double> &v, synth::Method method, Real &se)
{
    const std::size_t kk = y.size();
    const Real k = Real(kk), kp = k - 1;
    const Slow at0 = slowAt(y, v, 0);
    Real mean = 0, sv = 0, svv = 0;
    for (std::size_t i = 0; i < kk; ++i) {
        mean += y[i];
        sv += v[i];
        svv += Real(v[i]) * v[i];
    }
    mean /= k;
    Real css = 0;
    for (double x : y)
        css += (x - mean) * (x - mean);
    auto generalSe = [&](Real t, const Slow &s, Real denom) {
        return std::sqrt(2 * kp + 4 * t * s.trP + 2 * t * t * s.trPP) / denom;
    };
    switch (method) {
    case synth::Method::EE:
        se = NAN;
        return 0;
    case synth::Method::DL: {
        const Real t = std::max(Real(0), (at0.Q - kp) / at0.trP);
        se = generalSe(t, at0, at0.trP);
        return t;
    }
    case synth::Method::HS: {
        const Real t = std::max(Real(0), (at0.Q - k) / at0.S);
        se = generalSe(t, at0, at0.S);
        return t;
    }
    case synth::Method::HE: {
        // P0 = I - J/k: y'P0y = css, tr(P0 V) = sv (k-1)/k, tr(P0VP0V) = svv (1 - 2/k) + (sv/k)^2
        const Real trP0V = sv * kp / k, trP0VP0V = svv * (1 - 2 / k) + (sv / k) * (sv / k);
        const Real t = std::max(Real(0), (css - trP0V) / kp);
        se = std::sqrt(2 * trP0VP0V + 4 * t * trP0V + 2 * t * t * kp) / kp;
        return t;
    }
    case synth::Method::SJ: {
        const Real t0 = css / k;
        const Slow s = slowAt(y, v, t0);
        const Real t = t0 * s.Q / kp;
        // tr(PV), tr(PVP), tr(PVPV) from the explicit P (O(k^2), k is small here)
        std::vector<Real> w(kk);
        for (std::size_t i = 0; i < kk; ++i)
            w[i] = 1 / (Real(v[i]) + t0);
        const Excluding sw(w);
        auto P = [&](std::size_t i, std::size_t j) { return i == j ? w[i] * sw.without(i) / s.S : -w[i] * w[j] / s.S; };
        Real trPVP = 0, trPVPV = 0, trPP = 0;
        for (std::size_t i = 0; i < kk; ++i)
            for (std::size_t j = 0; j < kk; ++j) {
                const Real pij = P(i, j);
                trPP += pij * pij;
                trPVP += pij * pij * v[j];
                trPVPV += pij * pij * v[i] * v[j];
            }
        se = t0 / kp * std::sqrt(2 * trPVPV + 4 * t * trPVP + 2 * t * t * trPP);
        return t;
    }
    case synth::Method::EB:
    case synth::Method::PM: {
        Real t = 0;
        if (at0.Q > kp) {
            Real hi = typicalScale(y, v);
            while (slowAt(y, v, hi).Q > kp)
                hi *= 4;
            t = bisect([&](Real x) { return slowAt(y, v, x).Q - kp; }, 0, hi);
        }
        se = std::sqrt(2 * k * k / kp) / slowAt(y, v, t).S;
        return t;
    }
    case synth::Method::ML:
    case synth::Method::REML: {
        const bool reml = method == synth::Method::REML;
        auto score = [&](Real x) {
            const Slow s = slowAt(y, v, x);
            return s.Q2 - (reml ? s.trP : s.S);
        };
        auto ll = [&](Real x) {
            const Slow s = slowAt(y, v, x);
            return reml ? s.logLikR : s.logLik;
        };
        // every sign change of the score from + to - on a log grid, refined; the largest likelihood wins
        const Real unit = typicalScale(y, v);
        Real best = 0, bestLl = ll(0), prevT = 0, prevS = score(0);
        for (int e = -240; e <= 40; ++e) {
            const Real x = unit * std::pow(Real(10), Real(e) / 8);
            const Real s = score(x);
            if (prevS > 0 && s <= 0) {
                const Real root = bisect(score, prevT, x);
                const Real l = ll(root);
                if (l > bestLl) {
                    bestLl = l;
                    best = root;
                }
            }
            prevT = x;
            prevS = s;
        }
        const Slow s = slowAt(y, v, best);
        se = std::sqrt(2 / (reml ? s.trPP : s.S2));
        return best;
    }
    }
    return NAN;
}

SlowFit slowFit(const std::vector<double> &y, const std::vector<double> &v, const synth::FitOptions &o, bool interval)
{
    SlowFit f;
    const Real kp = Real(y.size()) - 1;
    if (y.size() == 1) { // nothing to estimate (metafor): tau^2 = 0, Q = 0, I^2 = 0, H^2 = 1, the z test
        f.estimate = y[0];
        f.se = std::sqrt(Real(v[0]));
        return f;
    }
    f.tau2 = slowTau2(y, v, o.method, f.tau2Se);
    const Slow s = slowAt(y, v, f.tau2);
    f.estimate = s.b;
    f.se = std::sqrt(1 / s.S);
    if (o.test == synth::Test::Knha)
        f.se *= s.Q <= 2.220446049250313e-16L ? 0 : std::sqrt(s.Q / kp);
    const Slow at0 = slowAt(y, v, 0);
    f.Q = at0.Q;
    const Real vt = kp / at0.trP;
    if (o.method == synth::Method::EE) {
        f.I2 = f.Q > 0 ? std::max(Real(0), 100 * (f.Q - kp) / f.Q) : 0;
        f.H2 = f.Q / kp;
    } else {
        f.I2 = 100 * f.tau2 / (vt + f.tau2);
        f.H2 = f.tau2 / vt + 1;
    }
    if (interval && o.method != synth::Method::EE) {
        const double alpha = 1 - o.level / 100;
        const boost::math::chi_squared chi(static_cast<double>(kp));
        const Real upperCrit = boost::math::quantile(chi, 1 - alpha / 2);
        const Real lowerCrit = boost::math::quantile(chi, alpha / 2);
        const Real limit = std::max(Real(100), 10 * f.tau2);
        const Real qLimit = slowAt(y, v, limit).Q;
        auto bound = [&](Real crit, bool &atLimit) -> Real {
            if (f.Q < crit)
                return 0;
            if (qLimit > crit) {
                atLimit = true;
                return limit;
            }
            return bisect([&](Real x) { return slowAt(y, v, x).Q - crit; }, 0, limit);
        };
        f.ciLower = bound(upperCrit, f.lowerAtLimit);
        f.ciUpper = bound(lowerCrit, f.upperAtLimit);
    }
    return f;
}

Case generate(std::mt19937_64 &rng, int index)
{
    std::uniform_real_distribution<double> u(0, 1);
    std::normal_distribution<double> normal(0, 1);
    const int ks[] = {2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 30, 40};
    Case c;
    const std::size_t k = static_cast<std::size_t>(ks[static_cast<int>(u(rng) * 12)]);
    // the scale of the variances: mostly ordinary, one case in five extreme (1e-100 ... 1e100)
    const double scaleExp = u(rng) < 0.2 ? (u(rng) < 0.5 ? -1 : 1) * (20 + 80 * u(rng)) : -3 + 4 * u(rng);
    const double scale = std::pow(10.0, scaleExp);
    for (std::size_t i = 0; i < k; ++i)
        c.vi.push_back(scale * std::pow(10.0, -1 + 2 * u(rng)));
    std::string kind = "ordinary";
    const double r = u(rng);
    if (r < 0.35) { // one study with almost all the weight: variance ratio 1e4 ... 1e12
        c.vi[0] /= std::pow(10.0, 4 + 8 * u(rng));
        kind = "dominant";
    } else if (r < 0.45) { // two of them, of different weight
        c.vi[0] /= std::pow(10.0, 6 + 6 * u(rng));
        if (k > 2)
            c.vi[1] /= std::pow(10.0, 3 + 6 * u(rng));
        kind = "two-dominant";
    } else if (r < 0.55) { // a study with almost no weight
        c.vi[k - 1] *= std::pow(10.0, 4 + 8 * u(rng));
        kind = "negligible";
    }
    const double tau2s[] = {0, 0.05, 1, 10};
    const double tau2 = scale * tau2s[static_cast<int>(u(rng) * 4)];
    // a location far from 0 against the spread now and then (centring must keep Q exact)
    const double offset = (u(rng) < 0.15 ? 1e4 : 1) * std::sqrt(scale) * normal(rng);
    for (std::size_t i = 0; i < k; ++i)
        c.yi.push_back(offset + std::sqrt(c.vi[i] + tau2) * normal(rng));
    const synth::Method methods[]
        = {synth::Method::EE, synth::Method::DL,   synth::Method::HE, synth::Method::HS, synth::Method::SJ,
           synth::Method::ML, synth::Method::REML, synth::Method::EB, synth::Method::PM};
    const double levels[] = {90, 95, 99};
    c.options.method = methods[static_cast<int>(u(rng) * 9)];
    c.options.test = u(rng) < 0.5 ? synth::Test::Z : synth::Test::Knha;
    c.options.level = levels[static_cast<int>(u(rng) * 3)];
    c.unit = scale;
    char buffer[160];
    std::snprintf(buffer, sizeof buffer, "case%03d/%s/%s/k%zu/%s/scale1e%+.0f", index,
                  std::string(synth::methodName(c.options.method)).c_str(),
                  std::string(synth::testName(c.options.test)).c_str(), k, kind.c_str(), scaleExp);
    c.name = buffer;
    return c;
}

void checkCase(Check &c, const Case &cs)
{
    const synth::Fit fit = synth::fitModel(cs.yi, cs.vi, cs.options);
    if (!c.expect(fit.converged, "converged", "the fit did not converge"))
        return;
    const bool interval = cs.options.method != synth::Method::EE;
    const SlowFit slow = slowFit(cs.yi, cs.vi, cs.options, interval);
    // relative 1e-6 (the project's tolerance), absolute 1e-9 in the data's own units near zero
    const double unit = cs.unit, root = std::sqrt(unit);
    c.close("tau2", fit.tau2, double(slow.tau2), {1e-6, 1e-9 * unit});
    c.close("estimate", fit.estimate, double(slow.estimate), {1e-6, 1e-9 * root});
    c.close("se", fit.se, double(slow.se), {1e-6, 1e-9 * root});
    if (interval)
        c.close("tau2_se", fit.tau2Se, double(slow.tau2Se), {1e-6, 1e-9 * unit});
    c.close("Q", fit.Q, double(slow.Q), {1e-6, 1e-9});
    c.close("I2", fit.I2, double(slow.I2), {1e-6, 1e-9});
    c.close("H2", fit.H2, double(slow.H2), {1e-6, 1e-9});
    if (interval) {
        const synth::HeterogeneityInterval ci = synth::qProfileInterval(cs.yi, cs.vi, fit);
        c.close("tau2_ci_lb", ci.tau2Lower, double(slow.ciLower), {1e-6, 1e-9 * unit});
        c.close("tau2_ci_ub", ci.tau2Upper, double(slow.ciUpper), {1e-6, 1e-9 * unit});
        c.equal("tau2_ci_ub.at_limit", ci.upperAtSearchLimit, slow.upperAtLimit);
    }
    if (cs.yi.size() <= 15) {
        const synth::LeaveOneOut l = synth::leaveOneOut(cs.yi, cs.vi, fit);
        for (std::size_t i = 0; i < cs.yi.size(); ++i) {
            std::vector<double> y = cs.yi, v = cs.vi;
            y.erase(y.begin() + static_cast<std::ptrdiff_t>(i));
            v.erase(v.begin() + static_cast<std::ptrdiff_t>(i));
            const SlowFit s = slowFit(y, v, cs.options, false);
            c.close(element("leave1out.estimate", i), l.estimate[i], double(s.estimate), {1e-6, 1e-9 * root});
            c.close(element("leave1out.tau2", i), l.tau2[i], double(s.tau2), {1e-6, 1e-9 * unit});
            c.close(element("leave1out.I2", i), l.I2[i], double(s.I2), {1e-6, 1e-9});
        }
    }
}

} // namespace

int main(int argc, char **argv)
{
    Runner runner("test_properties", argc, argv);
    // EVIDENCEDESK_PROPERTY_SEED explores other data sets; CI always runs the fixed seed
    const char *env = std::getenv("EVIDENCEDESK_PROPERTY_SEED");
    const unsigned long long seed = env && *env ? std::strtoull(env, nullptr, 10) : kSeed;
    std::printf("test_properties: seed %llu, %d generated cases\n", seed, kCases);
    std::mt19937_64 rng(seed);
    std::vector<Case> cases;
    for (int i = 0; i < kCases; ++i)
        cases.push_back(generate(rng, i));
    for (const Case &cs : cases)
        runner.row(cs.name, [&cs](Check &c) { checkCase(c, cs); });
    return runner.run();
}
