// SPDX-License-Identifier: GPL-3.0-or-later
// Large k: the fast paths must give what the plain definitions give.
// - leave-one-out refits use power-sum series instead of passes over the data: they must equal a
//   refit on the data with the study removed;
// - the iterative estimators converge to the optimum: their estimating equations hold at the estimate.
// Plain C++: links only libsynth.
#include "synthtest.h"

#include "synth/analysis.h"

#include <algorithm>
#include <cmath>
#include <random>

using namespace evidencedesk::test;

namespace {

struct Data {
    std::vector<double> yi, vi;
};

Data simulate(std::size_t k, double tau2, unsigned seed)
{
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<double> uniform(0.01, 0.2);
    std::normal_distribution<double> normal(0, 1);
    Data d;
    for (std::size_t i = 0; i < k; ++i) {
        const double v = uniform(rng);
        d.vi.push_back(v);
        d.yi.push_back(0.3 + std::sqrt(v + tau2) * normal(rng));
    }
    return d;
}

Tolerance tol(double rel = 1e-9, double abs = 1e-12)
{
    return {rel, abs};
}

void addLeaveOneOut(Runner &runner)
{
    for (synth::Method m :
         {synth::Method::EE, synth::Method::DL, synth::Method::HE, synth::Method::HS, synth::Method::SJ,
          synth::Method::ML, synth::Method::REML, synth::Method::EB, synth::Method::PM})
        for (double tau2 : {0.05, 0.0})
            runner.row("sim2000/" + std::string(synth::methodName(m)) + (tau2 > 0 ? "/heterogeneous" : "/homogeneous"),
                       [m, tau2](Check &c) {
                           const Data d = simulate(2000, tau2, 7);
                           const synth::FitOptions options {m, synth::Test::Knha, 95};
                           const synth::Fit fit = synth::fitModel(d.yi, d.vi, options);
                           const synth::LeaveOneOut l = synth::leaveOneOut(d.yi, d.vi, fit);
                           for (std::size_t i : {std::size_t(0), std::size_t(1), std::size_t(777), std::size_t(1999)}) {
                               std::vector<double> y = d.yi, v = d.vi;
                               y.erase(y.begin() + static_cast<std::ptrdiff_t>(i));
                               v.erase(v.begin() + static_cast<std::ptrdiff_t>(i));
                               const synth::Fit refit = synth::fitModel(y, v, options);
                               c.close(element("estimate", i), l.estimate[i], refit.estimate, tol());
                               c.close(element("se", i), l.se[i], refit.se, tol());
                               c.close(element("tau2", i), l.tau2[i], refit.tau2, tol(1e-8, 1e-12));
                               c.close(element("I2", i), l.I2[i], refit.I2, tol(1e-8, 1e-10));
                               c.close(element("Q", i), l.Q[i], refit.Q, tol());
                           }
                       });
    runner.row("sim500/dominant study", [](Check &c) {
        // one study with almost all the weight: the series must not lose digits by subtraction
        Data d = simulate(500, 0.05, 11);
        d.vi[42] = 1e-7;
        const synth::Fit fit = synth::fitModel(d.yi, d.vi, {});
        const synth::LeaveOneOut l = synth::leaveOneOut(d.yi, d.vi, fit);
        std::vector<double> y = d.yi, v = d.vi;
        y.erase(y.begin() + 42);
        v.erase(v.begin() + 42);
        const synth::Fit refit = synth::fitModel(y, v, {});
        c.close("estimate[42]", l.estimate[42], refit.estimate, tol());
        c.close("tau2[42]", l.tau2[42], refit.tau2, tol(1e-8));
    });
}

void addKendall(Runner &runner)
{
    // Begg's test: tau-b of (standardised effect, variance) in O(k log k) equals the O(k^2) definition.
    for (auto [k, ties] : {std::pair {40, false}, std::pair {300, true}, std::pair {3000, true}})
        runner.row("rank/" + std::to_string(k) + (ties ? "/ties" : "/no ties"), [k, ties](Check &c) {
            Data d = simulate(static_cast<std::size_t>(k), 0.02, 9);
            if (ties)
                for (double &v : d.vi)
                    v = std::round(v * 50) / 50 + 0.01; // a few distinct variances
            const synth::RankTest t = synth::rankCorrelationTest(d.yi, d.vi);
            double sw = 0, swy = 0;
            for (std::size_t i = 0; i < d.yi.size(); ++i) {
                sw += 1 / d.vi[i];
                swy += d.yi[i] / d.vi[i];
            }
            std::vector<double> x(d.yi.size());
            for (std::size_t i = 0; i < x.size(); ++i)
                x[i] = (d.yi[i] - swy / sw) / std::sqrt(d.vi[i] - 1 / sw);
            double s = 0, tx = 0, ty = 0;
            const double n0 = k * (k - 1.0) / 2;
            for (std::size_t i = 0; i < x.size(); ++i)
                for (std::size_t j = i + 1; j < x.size(); ++j) {
                    const double a = (x[i] > x[j]) - (x[i] < x[j]), b = (d.vi[i] > d.vi[j]) - (d.vi[i] < d.vi[j]);
                    s += a * b;
                    tx += a == 0;
                    ty += b == 0;
                }
            const double tauB = s / std::sqrt((n0 - tx) * (n0 - ty));
            c.close("tau", t.tau, tauB, tol(1e-12, 1e-15));
            c.equal("exact", t.exact, !ties && k <= 170);
            c.expect(t.pval > 0 && t.pval <= 1, "pval", "outside (0, 1]");
        });
}

void addNonConvergence(Runner &runner)
{
    runner.row("sim200/maxIterations 1", [](Check &c) {
        // REML from the HE start needs several Fisher scoring steps; capped at one it has not converged:
        // the fit says so and carries no numbers, and nothing is built on it.
        const Data d = simulate(200, 0.05, 5);
        synth::AnalysisOptions options;
        options.fit.maxIterations = 1;
        const synth::Analysis a = synth::analyzeEffects(d.yi, d.vi, options);
        c.expect(!a.fit.converged, "converged", "converged in one iteration");
        c.expect(std::isnan(a.fit.estimate) && std::isnan(a.fit.tau2) && std::isnan(a.fit.ciLower), "estimate",
                 "numbers from an unconverged fit");
        c.expect(std::any_of(a.warnings.begin(), a.warnings.end(),
                             [](const synth::Warning &w) { return w.code == synth::WarningCode::NotConverged; }),
                 "warnings", "no NotConverged");
        c.expect(a.leave1out.error == synth::ErrorCode::NotConverged, "leave1out", "not NotConverged");
        c.expect(!a.egger && !a.trimfill && !a.heterogeneityCi, "parts", "built on an unconverged fit");
        options.fit.maxIterations = 1000;
        c.expect(synth::analyzeEffects(d.yi, d.vi, options).fit.converged, "converged at 1000");
    });
}

void addEstimatingEquations(Runner &runner)
{
    // REML: sum w^2 (y - mu)^2 = tr P;  ML: sum w^2 (y - mu)^2 = sum w;  PM: Q(tau^2) = k - 1.
    for (int k : {1000, 100000})
        runner.row("sim/" + std::to_string(k), [k](Check &c) {
            const Data d = simulate(static_cast<std::size_t>(k), 0.05, 3);
            auto moments = [&](double t, double &sw, double &sw2, double &mu, double &q, double &q2) {
                sw = sw2 = 0;
                double swy = 0;
                for (std::size_t i = 0; i < d.yi.size(); ++i) {
                    const double w = 1 / (d.vi[i] + t);
                    sw += w;
                    sw2 += w * w;
                    swy += w * d.yi[i];
                }
                mu = swy / sw;
                q = q2 = 0;
                for (std::size_t i = 0; i < d.yi.size(); ++i) {
                    const double w = 1 / (d.vi[i] + t), e = d.yi[i] - mu;
                    q += w * e * e;
                    q2 += w * w * e * e;
                }
            };
            double sw, sw2, mu, q, q2;
            const synth::Fit reml = synth::fitModel(d.yi, d.vi, {synth::Method::REML, synth::Test::Z, 95});
            moments(reml.tau2, sw, sw2, mu, q, q2);
            c.close("REML.estimate", reml.estimate, mu, tol(1e-12));
            c.close("REML.equation", q2, sw - sw2 / sw, tol(1e-9));
            const synth::Fit ml = synth::fitModel(d.yi, d.vi, {synth::Method::ML, synth::Test::Z, 95});
            moments(ml.tau2, sw, sw2, mu, q, q2);
            c.close("ML.equation", q2, sw, tol(1e-9));
            const synth::Fit pm = synth::fitModel(d.yi, d.vi, {synth::Method::PM, synth::Test::Z, 95});
            moments(pm.tau2, sw, sw2, mu, q, q2);
            c.close("PM.equation", q, k - 1.0, tol(1e-9));
            // the Q-profile bounds solve Q(tau^2) = chi^2 quantiles (at the two ends)
            const synth::HeterogeneityInterval ci = synth::qProfileInterval(d.yi, d.vi, reml);
            c.expect(ci.tau2Lower < reml.tau2 && reml.tau2 < ci.tau2Upper, "tau2_ci", "does not hold tau2");
            double qLower, qUpper;
            moments(ci.tau2Lower, sw, sw2, mu, qLower, q2);
            moments(ci.tau2Upper, sw, sw2, mu, qUpper, q2);
            c.expect(qLower > qUpper, "tau2_ci.Q", "Q not decreasing");
            c.expect(std::abs((qLower + qUpper) / 2 - (k - 1.0)) < 0.1 * (k - 1.0), "tau2_ci.Q", "not around k - 1");
        });
}

} // namespace

int main(int argc, char **argv)
{
    Runner runner("test_largek", argc, argv);
    addLeaveOneOut(runner);
    addKendall(runner);
    addNonConvergence(runner);
    addEstimatingEquations(runner);
    return runner.run();
}
