// SPDX-License-Identifier: GPL-3.0-or-later
// Conversions of reported results (synth/conversions.h), checked against what defines them: an interval made
// by the engine's own study interval converts back to its standard error; a p-value computed from a z statistic
// converts back to the standard error it came from; the median/quartile and median/range estimators give back
// the mean and SD of a normal population from its exact quantiles as n grows, and the mean of a symmetric
// sample exactly. Plain C++: links only libsynth (and Boost.Math for the normal distribution here).
#include "synthtest.h"

#include "synth/conversions.h"
#include "synth/effectsize.h"

#include <boost/math/distributions/normal.hpp>

#include <cmath>

using namespace evidencedesk::test;

namespace {

double phi(double z)
{
    return boost::math::cdf(boost::math::normal(), z);
}

double phiInverse(double p)
{
    return boost::math::quantile(boost::math::normal(), p);
}

void addIntervals(Runner &runner)
{
    for (const double level : {90.0, 95.0, 99.0})
        for (const bool ratio : {false, true})
            runner.row("ci/" + std::to_string(int(level)) + (ratio ? "/ratio" : "/difference"), [=](Check &c) {
                synth::EffectSize e;
                e.yi = -0.35;
                e.vi = 0.0441; // se 0.21
                const synth::Interval ci = synth::studyInterval(e, level);
                const double lo = ratio ? std::exp(ci.lower) : ci.lower, hi = ratio ? std::exp(ci.upper) : ci.upper;
                const double est = ratio ? std::exp(e.yi) : e.yi;
                const synth::EstimateSe back = synth::fromConfidenceInterval(est, lo, hi, level, ratio);
                c.close("yi", back.yi, e.yi, kExact);
                c.close("sei", back.sei, 0.21, kExact);
            });
    runner.row("ci/refused", [](Check &c) {
        c.expect(std::isnan(synth::fromConfidenceInterval(0.8, -0.1, 1.2, 95, true).sei), "a ratio bound <= 0");
        c.expect(std::isnan(synth::fromConfidenceInterval(0.8, 1.2, 0.5, 95, false).sei), "bounds reversed");
        c.expect(std::isnan(synth::fromConfidenceInterval(0.8, 0.5, 1.2, 100, false).sei), "level 100");
    });
}

void addPValues(Runner &runner)
{
    for (const double yi : {0.05, -0.4, 1.3})
        runner.row("p/" + std::to_string(yi), [=](Check &c) {
            const double se = 0.17;
            const double p = 2 * phi(-std::abs(yi) / se); // a z test's two-sided p
            const synth::EstimateSe back = synth::fromPValue(yi, p, false);
            c.close("sei", back.sei, se, {1e-10, 1e-12});
            const synth::EstimateSe ratio = synth::fromPValue(std::exp(yi), p, true);
            c.close("yi", ratio.yi, yi, kExact);
            c.close("sei ratio", ratio.sei, se, {1e-10, 1e-12});
        });
    runner.row("p/refused", [](Check &c) {
        c.expect(std::isnan(synth::fromPValue(0.3, 1, false).sei), "p = 1");
        c.expect(std::isnan(synth::fromPValue(0, 0.04, false).sei), "an estimate at the null");
        c.expect(std::isnan(synth::fromPValue(0.3, 0, false).sei), "p = 0");
    });
}

void addMeans(Runner &runner)
{
    runner.row("sd/from se", [](Check &c) {
        c.close("sd", synth::sdFromSe(0.5, 36), 3.0, kExact);
        c.expect(std::isnan(synth::sdFromSe(-1, 10)), "a negative SE");
    });
    // a normal population's exact quartiles and the expected extremes of n draws: the estimators give back
    // its mean exactly (a symmetric sample) and its SD in the limit (Wan et al. 2014: exact as n grows)
    const double mu = 12.5, sigma = 3.2;
    for (const double n : {20.0, 200.0, 1e7})
        runner.row("median/" + std::to_string(int(n)), [=](Check &c) {
            const double z75 = phiInverse(0.75);
            const synth::MeanSd iqr = synth::fromMedianIqr(mu - z75 * sigma, mu, mu + z75 * sigma, n);
            c.close("iqr mean", iqr.mean, mu, kExact);
            // Wan's eta(n) = 2 Phi^-1((0.75 n - 0.125) / (n + 0.25)): above 2 z75 for finite n, to it in the limit
            const double eta = 2 * phiInverse((0.75 * n - 0.125) / (n + 0.25));
            c.close("iqr sd", iqr.sd, 2 * z75 * sigma / eta, kExact);
            if (n > 1e6)
                c.close("iqr sd limit", iqr.sd, sigma, {1e-6, 1e-9});
            if (n > 50) { // above 50, Blom's expected largest of n normals (Wan et al. 2014, formula 7)
                const double zmax = phiInverse((n - 0.375) / (n + 0.25));
                const synth::MeanSd range = synth::fromMedianRange(mu - zmax * sigma, mu, mu + zmax * sigma, n);
                c.close("range mean", range.mean, mu, kExact);
                c.close("range sd", range.sd, sigma, kExact);
            }
        });
    // the published source: Wan et al. (2014), Table 1, xi(n) for n <= 50 (the expected range of n standard
    // normal values, to three decimals); a range of 1 gives SD 1 / xi(n)
    const std::pair<int, double> table1[]
        = {{2, 1.128},  {3, 1.693},  {5, 2.326},  {7, 2.704},  {10, 3.078}, {13, 3.336}, {17, 3.588}, {20, 3.735},
           {25, 3.931}, {30, 4.086}, {36, 4.236}, {41, 4.341}, {44, 4.398}, {49, 4.482}, {50, 4.498}};
    for (const auto &[n, xi] : table1)
        runner.row("range/Wan 2014 table 1/n=" + std::to_string(n), [n, xi](Check &c) {
            const synth::MeanSd m = synth::fromMedianRange(0, 0.5, 1, n);
            c.close("xi", 1 / m.sd, xi, {0, 5.01e-4}); // the table's three decimals
            c.close("mean", m.mean, 0.5, kExact); // symmetric: the median
        });
    runner.row("median/skewed", [](Check &c) {
        // a right-skewed sample: the mean estimate lies above the median, and Luo's weights are those of eq. 15
        const synth::MeanSd m = synth::fromMedianIqr(2, 4, 9, 50);
        c.expect(m.mean > 4, "mean above the median");
        c.close("mean", m.mean, (0.7 + 0.39 / 50) * (2 + 9) / 2.0 + (0.3 - 0.39 / 50) * 4, kExact);
        c.expect(std::isnan(synth::fromMedianIqr(5, 4, 9, 50).mean), "q1 above the median");
        c.expect(std::isnan(synth::fromMedianRange(1, 4, 9, 1).sd), "n = 1");
    });
}

} // namespace

int main(int argc, char **argv)
{
    Runner runner("test_conversions", argc, argv);
    addIntervals(runner);
    addPValues(runner);
    addMeans(runner);
    return runner.run();
}
