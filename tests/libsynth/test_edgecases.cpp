// SPDX-License-Identifier: GPL-3.0-or-later
// Edge cases against metafor's behaviour (values: tests/data/metafor_edge_cases.json, from numerics.md
// section 11; tests/data/metafor_published.json, sections 10.6-10.9) and against what follows from the
// definitions. Plain C++: links only libsynth.
#include "json.h"
#include "synthtest.h"
#include "tolerance.h"

#include "synth/analysis.h"

#include <boost/math/distributions/normal.hpp>

#include <algorithm>
#include <cmath>
#include <map>

using namespace evidencedesk::test;

namespace {

const synth::Method kAllMethods[]
    = {synth::Method::EE, synth::Method::DL,   synth::Method::HE, synth::Method::HS, synth::Method::SJ,
       synth::Method::ML, synth::Method::REML, synth::Method::EB, synth::Method::PM};

std::string name(synth::Method m)
{
    return std::string(synth::methodName(m));
}

bool hasWarning(const std::vector<synth::Warning> &warnings, synth::WarningCode code)
{
    return std::any_of(warnings.begin(), warnings.end(), [code](const synth::Warning &w) { return w.code == code; });
}

const double kNaN = std::nan("");

synth::StudyInput table(const std::vector<double> &t)
{
    synth::StudyInput s;
    s.ai = t[0];
    s.bi = t[1];
    s.ci = t[2];
    s.di = t[3];
    return s;
}

void addSingleStudy(Runner &runner)
{
    // metafor: k = 1 skips estimation: tau^2 = 0, beta = y, SE = sqrt(v), QE = 0, QEp = 1, I^2 = 0,
    // H^2 = 1; a test other than z becomes z with a warning; confint() and trimfill() stop.
    for (synth::Method m : kAllMethods)
        runner.row("k1/" + name(m), [m](Check &c) {
            const std::vector<double> y {0.4}, v {0.09};
            const synth::Fit f = synth::fitModel(y, v, {m, synth::Test::Knha, 95});
            c.equal("k", f.k, std::size_t(1));
            c.equal("tau2", f.tau2, 0.0);
            c.equal("estimate", f.estimate, 0.4);
            c.close("se", f.se, 0.3, kExact);
            c.equal("Q", f.Q, 0.0);
            c.equal("Q_pval", f.Qpval, 1.0);
            c.equal("I2", f.I2, 0.0);
            c.equal("H2", f.H2, 1.0);
            c.equal("test", f.test, synth::Test::Z);
            c.expect(hasWarning(f.warnings, synth::WarningCode::TestForcedToZ), "warnings", "no TestForcedToZ");
            if (m != synth::Method::EE)
                c.throws<synth::Error>("tau2_ci", [&] { synth::qProfileInterval(y, v, f); });
            c.throws<synth::Error>("trimfill", [&] { synth::trimAndFill(y, v, {}); });
            const synth::Analysis a = synth::analyzeEffects(y, v, {});
            c.expect(a.trimfill.error.has_value(), "analysis.trimfill", "no error recorded");
            c.expect(!a.heterogeneityCi, "analysis.tau2_ci", "an interval for k = 1");
        });
}

void addTwoStudies(Runner &runner, const Json &fixture)
{
    runner.row("k2/REML", [&fixture](Check &c) {
        const Json &k2 = fixture["k2"];
        const std::vector<double> y = k2["yi"].toDoubles(), v = k2["vi"].toDoubles();
        const Json &z = k2["REML_z"];
        const synth::Fit f = synth::fitModel(y, v, {synth::Method::REML, synth::Test::Z, 95});
        c.close("tau2", f.tau2, z["tau2"].toDouble(), kMetafor);
        c.close("estimate", f.estimate, z["estimate"].toDouble(), kMetafor);
        c.close("se", f.se, z["se"].toDouble(), kMetafor);
        c.close("ci_lb", f.ciLower, z["ci_lb"].toDouble(), kMetafor);
        c.close("ci_ub", f.ciUpper, z["ci_ub"].toDouble(), kMetafor);
        const Json &kh = k2["REML_knha"];
        const synth::Fit g = synth::fitModel(y, v, {synth::Method::REML, synth::Test::Knha, 95});
        c.equal("knha.df", g.df, 1.0);
        c.close("knha.ci_lb", g.ciLower, kh["ci_lb"].toDouble(), kMetafor);
        c.close("knha.ci_ub", g.ciUpper, kh["ci_ub"].toDouble(), kMetafor);
        // Egger and trim-and-fill need three studies; the analysis says so instead of failing.
        const synth::Analysis a = synth::analyzeEffects(y, v, {});
        c.expect(a.egger.error == synth::ErrorCode::TooFewStudies, "egger", "not TooFewStudies");
        c.expect(bool(a.leave1out), "leave1out", "missing");
    });
}

void addEqualVariances(Runner &runner, const Json &fixture)
{
    for (const Json &mn : fixture["equal_vi"]["zero_tau2_methods"].items())
        runner.row("equal_vi/" + mn.toString(), [&fixture, &mn](Check &c) {
            const Json &e = fixture["equal_vi"];
            const synth::Method m = *synth::methodFromName(mn.toString());
            const std::vector<double> y = e["yi"].toDoubles(), v = e["vi"].toDoubles();
            const synth::Fit f = synth::fitModel(y, v, {m, synth::Test::Z, 95});
            c.equal("tau2", f.tau2, 0.0);
            c.equal("I2", f.I2, 0.0);
            c.close("estimate", f.estimate, e["estimate"].toDouble(), kMetafor);
            c.close("se", f.se, e["se"].toDouble(), kMetafor);
            // Egger's moderator (the standard error) is constant: not estimable, reported, not thrown.
            synth::AnalysisOptions options;
            options.fit = {m, synth::Test::Z, 95};
            const synth::Analysis a = synth::analyzeEffects(y, v, options);
            c.expect(a.egger.error == synth::ErrorCode::SingularModel, "egger", "not SingularModel");
        });
    runner.row("equal_vi/SJ", [&fixture](Check &c) {
        // SJ is never exactly 0 (metafor: 0.0410227272727273)
        const Json &e = fixture["equal_vi"];
        const synth::Fit f
            = synth::fitModel(e["yi"].toDoubles(), e["vi"].toDoubles(), {synth::Method::SJ, synth::Test::Z, 95});
        c.close("tau2", f.tau2, e["SJ_tau2"].toDouble(), kMetafor);
    });
}

void addEqualEffects(Runner &runner)
{
    // All yi equal: tau^2 = 0, Q = 0, I^2 = 0; under Knapp-Hartung the residual sum of squares is 0 and
    // metafor deliberately reports SE = 0.
    for (synth::Method m : kAllMethods)
        runner.row("equal_yi/" + name(m), [m](Check &c) {
            const std::vector<double> y(6, 0.25), v {0.1, 0.2, 0.05, 0.3, 0.15, 0.08};
            const synth::Fit f = synth::fitModel(y, v, {m, synth::Test::Z, 95});
            c.equal("tau2", f.tau2, 0.0);
            c.close("estimate", f.estimate, 0.25, kExact);
            c.expect(f.Q < 1e-20, "Q", "not 0");
            c.equal("I2", f.I2, 0.0);
            const synth::Fit k = synth::fitModel(y, v, {m, synth::Test::Knha, 95});
            c.equal("knha.se", k.se, 0.0);
            c.equal("knha.scale", k.knhaScale, 0.0);
        });
}

void addBoundary(Runner &runner, const Json &fixture)
{
    // tau^2 on the boundary: estimates exactly 0 (metafor's Fisher scoring stops just above 0); the
    // Q-profile interval is the null set.
    for (const Json &mn : fixture["homogeneous"]["zero_tau2_methods"].items())
        runner.row("homogeneous/" + mn.toString(), [&fixture, &mn](Check &c) {
            const Json &h = fixture["homogeneous"];
            const std::vector<double> y = h["yi"].toDoubles(), v = h["vi"].toDoubles();
            const synth::Fit f = synth::fitModel(y, v, {*synth::methodFromName(mn.toString()), synth::Test::Z, 95});
            c.expect(f.tau2 < 1e-12, "tau2", describe(f.tau2, 0));
            c.expect(f.converged, "converged");
            const synth::HeterogeneityInterval ci = synth::qProfileInterval(y, v, f);
            const std::vector<double> tau2 = h["tau2_ci"].toDoubles(), i2 = h["I2_ci"].toDoubles(),
                                      h2 = h["H2_ci"].toDoubles();
            c.expect(ci.nullSet, "nullSet");
            c.equal("tau2_ci_lb", ci.tau2Lower, tau2[0]);
            c.equal("tau2_ci_ub", ci.tau2Upper, tau2[1]);
            c.equal("I2_ci_lb", ci.I2Lower, i2[0]);
            c.equal("I2_ci_ub", ci.I2Upper, i2[1]);
            c.equal("H2_ci_lb", ci.H2Lower, h2[0]);
            c.equal("H2_ci_ub", ci.H2Upper, h2[1]);
        });
}

void addZeroVariance(Runner &runner)
{
    // metafor: methods that divide by vi stop ("Division by zero ..."); HE and SJ estimate tau^2 > 0
    // without 1/vi and then proceed, with Q, I^2, H^2 undefined.
    for (synth::Method m : kAllMethods)
        runner.row("vi0/" + name(m), [m](Check &c) {
            const std::vector<double> y {0.1, 0.5, -0.2, 0.9}, v {0.0, 0.04, 0.02, 0.05};
            if (m == synth::Method::HE || m == synth::Method::SJ) {
                const synth::Fit f = synth::fitModel(y, v, {m, synth::Test::Z, 95});
                c.expect(f.tau2 > 0, "tau2", "not positive");
                c.expect(std::isfinite(f.estimate), "estimate", "not finite");
                c.expect(std::isnan(f.Q) && std::isnan(f.I2), "Q", "Q and I2 not undefined");
                c.expect(hasWarning(f.warnings, synth::WarningCode::HeterogeneityUndefined), "warnings");
            } else {
                c.throws<synth::Error>(
                    "error",
                    [&] {
                        synth::fitModel(y, v, {m, synth::Test::Z, 95});
                    },
                    [&](const synth::Error &e) { c.equal("error.code", e.code(), synth::ErrorCode::ZeroVariance); });
            }
            // negative variances are bad input for every method
            c.throws<synth::Error>("negative", [&] {
                synth::fitModel({0.1, 0.2}, {-0.1, 0.2}, {m, synth::Test::Z, 95});
            });
        });
}

void addZeroCells(Runner &runner, const Json &fixture)
{
    // escalc defaults: add 1/2 to all four cells of a table with a zero (incl. zero events in both arms)
    for (const char *measure : {"OR", "RR", "RD"})
        runner.row(std::string("zero_cells/") + measure, [&fixture, measure](Check &c) {
            const Json &z = fixture["zero_cells"];
            const std::vector<double> yi = z[measure]["yi"].toDoubles(), vi = z[measure]["vi"].toDoubles();
            const std::vector<Json> &tables = z["tables"].items();
            for (std::size_t i = 0; i < tables.size(); ++i) {
                const synth::EffectSize es
                    = synth::computeEffect(*synth::measureFromName(measure), table(tables[i].toDoubles()));
                c.close(element("yi", i), es.yi, yi[i], kMetafor);
                if (!vi.empty())
                    c.close(element("vi", i), es.vi, vi[i], kMetafor);
                c.equal(element("corrected", i), es.corrected, i < 3);
            }
        });
    runner.row("zero_cells/pooled", [&fixture](Check &c) {
        const Json &z = fixture["zero_cells"];
        std::vector<synth::StudyInput> studies;
        for (const Json &t : z["tables"].items())
            studies.push_back(table(t.toDoubles()));
        const synth::Analysis a = synth::analyze(synth::Measure::OR, studies, {});
        const Json &e = z["rma_OR_REML"];
        // metafor's value stopped at its default 1e-5 change; ours is converged.
        c.close("tau2", a.fit.tau2, e["tau2"].toDouble(), kMetaforDefaultPrinted);
        c.close("estimate", a.fit.estimate, e["estimate"].toDouble(), kMetaforDefaultPrinted);
        const auto corrected = std::count_if(a.warnings.begin(), a.warnings.end(), [](const synth::Warning &w) {
            return w.code == synth::WarningCode::ZeroCellCorrection;
        });
        c.equal("warnings.ZeroCellCorrection", corrected, 3);
    });
}

void checkPublished(Check &c, const Json &dataset, const Json &expected)
{
    const Json &columns = dataset["columns"];
    std::vector<synth::StudyInput> studies(columns.members().front().second.items().size());
    using synth::StudyInput;
    const std::map<std::string, double StudyInput::*> fields {{"ai", &StudyInput::ai}, {"n1i", &StudyInput::n1i},
                                                              {"ci", &StudyInput::ci}, {"n2i", &StudyInput::n2i},
                                                              {"yi", &StudyInput::yi}, {"vi", &StudyInput::vi}};
    for (const auto &[column, values] : columns.members()) {
        const auto field = fields.find(column);
        if (!c.expect(field != fields.end(), "columns." + column, "a column the test does not know"))
            return;
        const std::vector<double> x = values.toDoubles();
        for (std::size_t i = 0; i < x.size(); ++i)
            studies[i].*(field->second) = x[i];
    }
    synth::AnalysisOptions options;
    options.fit.method = *synth::methodFromName(expected["method"].toString());
    const synth::Analysis a = synth::analyze(*synth::measureFromName(dataset["measure"].toString()), studies, options);
    // metafor stopped at its default tolerance: compare tau^2 (not tau: near 0 it magnifies) and what follows
    std::size_t known = 1; // "method"
    auto check = [&](const char *key, double actual, Tolerance t) {
        if (expected.contains(key)) {
            c.close(key, actual, expected[key].toDouble(), t);
            ++known;
        }
    };
    if (expected.contains("tau")) {
        const double tau = expected["tau"].toDouble();
        c.close("tau", a.fit.tau2, tau * tau, kMetaforDefaultControl);
        ++known;
    }
    // closed forms agree to 1e-6; what metafor iterated, to its default stopping rule
    const synth::Method m = options.fit.method;
    const bool iterative
        = m == synth::Method::ML || m == synth::Method::REML || m == synth::Method::EB || m == synth::Method::PM;
    // PM is a uniroot result in metafor: accurate to its 1.2e-4 tolerance (numerics.md 13.3)
    const Tolerance exact = m == synth::Method::PM ? kMetaforDefaultPrinted
        : iterative                                ? kMetaforDefaultControl
                                                   : kMetafor;
    const Tolerance derived = iterative ? kMetaforDefaultPrinted : kMetafor;
    check("tau2", a.fit.tau2, exact);
    check("tau2_se", a.fit.tau2Se, derived);
    check("I2", a.fit.I2, derived);
    check("estimate", a.fit.estimate, derived);
    check("se", a.fit.se, derived);
    check("ci_lb", a.fit.ciLower, derived);
    check("ci_ub", a.fit.ciUpper, derived);
    check("pi_lb", a.fit.piLower, derived);
    check("pi_ub", a.fit.piUpper, derived);
    check("Q", a.fit.Q, kMetafor);
    check("Q_pval", a.fit.Qpval, kMetafor);
    // Q-profile bounds: metafor's uniroot stops at 1.2e-4 (1e-2 on the I^2 percent scale)
    const auto &hci = a.heterogeneityCi;
    check("tau2_ci_lb", hci ? hci->tau2Lower : kNaN, kMetaforDefaultPrinted);
    check("tau2_ci_ub", hci ? hci->tau2Upper : kNaN, kMetaforDefaultPrinted);
    check("I2_ci_lb", hci ? hci->I2Lower : kNaN, Tolerance {1e-4, 1e-2});
    check("I2_ci_ub", hci ? hci->I2Upper : kNaN, Tolerance {1e-4, 1e-2});
    check("egger_stat", a.egger ? a.egger->stat : kNaN, kMetaforDefaultPrinted);
    check("begg_tau", a.begg ? a.begg->tau : kNaN, kExact);
    check("begg_pval", a.begg ? a.begg->pval : kNaN, kMetafor);
    check("trimfill_estimate", a.trimfill ? a.trimfill->filled.estimate : kNaN, kMetaforDefaultPrinted);
    if (expected.contains("trimfill_k0")) {
        c.equal("trimfill_k0", a.trimfill ? a.trimfill->k0 : -1, static_cast<int>(expected["trimfill_k0"].toDouble()));
        c.equal("trimfill_side", std::string(a.trimfill && a.trimfill->side == synth::Side::Right ? "right" : "left"),
                expected["trimfill_side"].toString());
        known += 2;
    }
    c.equal("keys known", known, expected.members().size());
}

void addPublished(Runner &runner, const Json &published)
{
    // datasets beyond tests/data/reference, with metafor's results as numerics.md quotes them
    runner.row("published/files", [&published](Check &c) {
        c.expect(published["datasets"].items().size() >= 2, "datasets", "fewer than two datasets");
    });
    for (const Json &d : published["datasets"].items())
        for (const Json &fit : d["fits"].items())
            runner.row(d["name"].toString() + "/" + fit["method"].toString() + "/z",
                       [&d, &fit](Check &c) { checkPublished(c, d, fit); });
}

synth::StudyInput goodStudy()
{
    synth::StudyInput good;
    good.ai = 3, good.bi = 10, good.ci = 4, good.di = 9, good.n1i = 20, good.n2i = 20;
    good.m1i = 5, good.sd1i = 1, good.m2i = 4, good.sd2i = 1.2, good.ri = 0.3, good.ni = 50, good.yi = 0.2,
    good.vi = 0.1;
    return good;
}

void addImpossibleRows(Runner &runner)
{
    // A row whose data are impossible is left out with a warning naming the row and why (metafor turns such
    // rows into NA, or stops): the other rows are analysed. Alone, the row stops the analysis with its error.
    struct Case {
        const char *row;
        synth::Measure measure;
        const char *field;
        synth::ErrorCode code;
        void (*spoil)(synth::StudyInput &);
    };
    const Case cases[] = {
        {"impossible/negative count", synth::Measure::OR, "ai", synth::ErrorCode::NegativeCount,
         [](synth::StudyInput &s) { s.ai = -1; }},
        {"impossible/events > n", synth::Measure::RR, "ai", synth::ErrorCode::CountExceedsTotal,
         [](synth::StudyInput &s) { s.ai = 30, s.bi = s.di = synth::kMissing; }},
        {"impossible/RR n1i = 0", synth::Measure::RR, "n1i", synth::ErrorCode::EmptyGroup,
         [](synth::StudyInput &s) { s.ai = 0, s.n1i = 0, s.bi = s.di = synth::kMissing; }},
        {"impossible/MD n2i = 0", synth::Measure::MD, "n2i", synth::ErrorCode::EmptyGroup,
         [](synth::StudyInput &s) { s.n2i = 0; }},
        {"impossible/SMD n1i + n2i = 3", synth::Measure::SMD, "n1i", synth::ErrorCode::SampleSizeTooSmall,
         [](synth::StudyInput &s) { s.n1i = 1, s.n2i = 2; }},
        {"impossible/SMD both sd 0", synth::Measure::SMD, "sd1i", synth::ErrorCode::NonPositiveSd,
         [](synth::StudyInput &s) { s.sd1i = s.sd2i = 0; }},
        {"impossible/negative sd", synth::Measure::MD, "sd2i", synth::ErrorCode::NegativeSd,
         [](synth::StudyInput &s) { s.sd2i = -1; }},
        {"impossible/ROM mean <= 0", synth::Measure::ROM, "m1i", synth::ErrorCode::NonPositiveMean,
         [](synth::StudyInput &s) { s.m1i = -2; }},
        {"impossible/|r| > 1", synth::Measure::COR, "ri", synth::ErrorCode::CorrelationOutOfRange,
         [](synth::StudyInput &s) { s.ri = 1.2; }},
        {"impossible/COR n = 1", synth::Measure::COR, "ni", synth::ErrorCode::SampleSizeTooSmall,
         [](synth::StudyInput &s) { s.ni = 1; }},
        {"impossible/ZCOR n <= 3", synth::Measure::ZCOR, "ni", synth::ErrorCode::SampleSizeTooSmall,
         [](synth::StudyInput &s) { s.ni = 3; }},
        {"impossible/ZCOR r = 1", synth::Measure::ZCOR, "ri", synth::ErrorCode::CorrelationOutOfRange,
         [](synth::StudyInput &s) { s.ri = 1; }},
        {"impossible/negative vi", synth::Measure::GEN, "vi", synth::ErrorCode::NegativeVariance,
         [](synth::StudyInput &s) { s.vi = -0.1; }},
    };
    for (const Case &bc : cases)
        runner.row(bc.row, [bc](Check &c) {
            const synth::StudyInput good = goodStudy();
            synth::StudyInput bad = good;
            bc.spoil(bad);
            // the row itself: its error names the study and the field
            c.throws<synth::Error>(
                "computeEffect", [&] { synth::computeEffect(bc.measure, bad, 2); },
                [&](const synth::Error &e) {
                    c.equal("error.code", e.code(), bc.code);
                    c.equal("error.study", e.study(), std::ptrdiff_t(2));
                    c.equal("error.field", e.field(), std::string(bc.field));
                });
            // among good rows: left out, named, the others analysed
            synth::StudyInput other = good;
            other.m1i = 5.5, other.ai = 5, other.ri = 0.35, other.yi = 0.3, other.vi = 0.05;
            const synth::Analysis a = synth::analyze(bc.measure, {good, other, bad}, {});
            c.equal("k", a.fit.k, std::size_t(2));
            c.equal("included", a.included, std::vector<std::size_t> {0, 1});
            c.expect(!a.effects[2].available(), "effects[2]", "an effect for an impossible row");
            const auto w = std::find_if(a.warnings.begin(), a.warnings.end(), [](const synth::Warning &x) {
                return x.code == synth::WarningCode::StudyDropped;
            });
            if (c.expect(w != a.warnings.end(), "warnings", "no StudyDropped warning")) {
                c.equal("warning.row", w->value, 2.0);
                c.equal("warning.reason", w->reason, bc.code);
                c.equal("warning.field", w->field, std::string(bc.field));
            }
            // alone: nothing is left, and the row's error stops the analysis
            c.throws<synth::Error>(
                "alone", [&] { synth::analyze(bc.measure, {bad}, {}); },
                [&](const synth::Error &e) {
                    c.equal("alone.code", e.code(), bc.code);
                    c.equal("alone.study", e.study(), std::ptrdiff_t(0));
                });
        });
}

void addComputableRows(Runner &runner)
{
    // What escalc() computes, libsynth computes (metafor 3.8-1's values, from the definitions).
    runner.row("computable/MD group of one", [](Check &c) {
        synth::StudyInput s = goodStudy();
        s.n1i = 1;
        const synth::EffectSize e = synth::computeEffect(synth::Measure::MD, s);
        c.close("yi", e.yi, 1.0, kExact);
        c.close("vi", e.vi, 1.0 / 1 + 1.44 / 20, kExact);
    });
    runner.row("computable/MD sd 0 in one arm", [](Check &c) {
        synth::StudyInput s = goodStudy();
        s.sd1i = 0;
        const synth::EffectSize e = synth::computeEffect(synth::Measure::MD, s);
        c.close("vi", e.vi, 1.44 / 20, kExact);
    });
    runner.row("computable/SMD group of one", [](Check &c) {
        // metafor: m1i 1, sd1i 1, n1i 1, m2i 0, sd2i 1, n2i 10 gives yi 0.9138748918, vi 1.1379621508
        synth::StudyInput s;
        s.m1i = 1, s.sd1i = 1, s.n1i = 1, s.m2i = 0, s.sd2i = 1, s.n2i = 10;
        const synth::EffectSize e = synth::computeEffect(synth::Measure::SMD, s);
        const double m = 9, cm = std::exp(std::lgamma(m / 2) - 0.5 * std::log(m / 2) - std::lgamma((m - 1) / 2));
        c.close("yi", e.yi, cm * 1, kExact);
        c.close("vi", e.vi, 1 + 0.1 + e.yi * e.yi / 22, kExact);
    });
    runner.row("computable/ROM sd 0 in one arm", [](Check &c) {
        synth::StudyInput s;
        s.m1i = 1, s.sd1i = 0, s.n1i = 10, s.m2i = 2, s.sd2i = 1, s.n2i = 10;
        const synth::EffectSize e = synth::computeEffect(synth::Measure::ROM, s);
        c.close("yi", e.yi, std::log(0.5), kExact);
        c.close("vi", e.vi, 1.0 / (10 * 4), kExact);
    });
    runner.row("computable/COR r = 1", [](Check &c) {
        synth::StudyInput s;
        s.ri = 1, s.ni = 10;
        const synth::EffectSize e = synth::computeEffect(synth::Measure::COR, s);
        c.equal("yi", e.yi, 1.0);
        c.equal("vi", e.vi, 0.0);
    });
    runner.row("computable/negative sei", [](Check &c) {
        // escalc squares sei whatever its sign; we do too, and say so
        synth::StudyInput a, b, n;
        a.yi = 0.1, a.sei = 0.2, b.yi = 0.4, b.sei = 0.3, n.yi = 0.2, n.sei = -0.25;
        const synth::Analysis r = synth::analyze(synth::Measure::GEN, {a, n, b}, {});
        c.equal("k", r.fit.k, std::size_t(3));
        c.close("vi[1]", r.vi[1], 0.0625, kExact);
        c.expect(std::any_of(r.warnings.begin(), r.warnings.end(),
                             [](const synth::Warning &w) {
                                 return w.code == synth::WarningCode::NegativeSeSquared && w.value == 1;
                             }),
                 "warnings", "no NegativeSeSquared for row 1");
    });
    runner.row("computable/MD both sd 0", [](Check &c) {
        // vi = 0 (as escalc): estimators that divide by it stop, naming the row; HE uses it
        synth::StudyInput zero = goodStudy();
        zero.sd1i = zero.sd2i = 0;
        synth::StudyInput a = goodStudy(), b = goodStudy();
        b.m1i = 7;
        c.throws<synth::Error>(
            "REML",
            [&] {
                synth::analyze(synth::Measure::MD, {a, b, zero}, {});
            },
            [&](const synth::Error &e) {
                c.equal("REML.code", e.code(), synth::ErrorCode::ZeroVariance);
                c.equal("REML.study", e.study(), std::ptrdiff_t(2));
            });
        synth::AnalysisOptions he;
        he.fit.method = synth::Method::HE;
        const synth::Analysis r = synth::analyze(synth::Measure::MD, {a, b, zero}, he);
        c.equal("HE.k", r.fit.k, std::size_t(3));
        c.expect(r.fit.tau2 > 0 && std::isfinite(r.fit.estimate), "HE.fit", "no estimate");
    });
}

void addLevels(Runner &runner)
{
    // --level 0.95 means 95%, as metafor reads a level below 1; a level outside 50-99.99% is refused
    runner.row("level/typed", [](Check &c) {
        const std::pair<double, double> accepted[]
            = {{95, 95}, {0.95, 95}, {90, 90}, {0.9, 90}, {99.9, 99.9}, {50, 50}, {0.5, 50}, {99.99, 99.99}};
        for (const auto &[typed, percent] : accepted) {
            const std::optional<double> p = synth::confidenceLevelPercent(typed);
            c.expect(p && std::abs(*p - percent) < 1e-12, "accepted " + std::to_string(typed), "not read as expected");
        }
        for (double typed : {0.0, 0.3, 1.0, 10.0, 49.9, 100.0, 150.0, -95.0, std::nan("")})
            c.expect(!synth::confidenceLevelPercent(typed), "refused " + std::to_string(typed), "accepted");
    });
    runner.row("level/fit", [](Check &c) {
        for (double level : {0.95, 10.0, 100.0})
            c.throws<synth::Error>(
                "level " + std::to_string(level),
                [&] {
                    synth::fitModel({0.1, 0.3}, {0.01, 0.02}, {synth::Method::REML, synth::Test::Z, level});
                },
                [&](const synth::Error &e) { c.equal("code", e.code(), synth::ErrorCode::InvalidLevel); });
    });
}

void addSubgroupLabels(Runner &runner)
{
    // An empty (or NA) subgroup cell is missing: the study is left out of the subgroup analysis, with a
    // warning naming it; it stays in the overall analysis.
    runner.row("subgroups/missing label", [](Check &c) {
        std::vector<synth::StudyInput> studies(6);
        const double y[] = {0.1, 0.3, 0.2, 0.5, 0.4, 0.25};
        for (std::size_t i = 0; i < 6; ++i)
            studies[i].yi = y[i], studies[i].vi = 0.02 + 0.01 * double(i);
        const std::vector<std::string> groups {"north", "", "north", "south", " NA ", "south"};
        const synth::Analysis a = synth::analyze(synth::Measure::GEN, studies, {}, &groups);
        c.equal("k", a.fit.k, std::size_t(6));
        if (!c.expect(bool(a.subgroups), "subgroups", "not computed"))
            return;
        c.equal("groups", a.subgroups->groups.size(), std::size_t(2));
        for (const synth::SubgroupFit &g : a.subgroups->groups)
            c.expect(!g.group.empty() && g.group != " NA " && g.studies.size() == 2, "group " + g.group,
                     "a group of a missing label, or the wrong studies");
        std::vector<double> rows;
        for (const synth::Warning &w : a.warnings)
            if (w.code == synth::WarningCode::SubgroupMissing)
                rows.push_back(w.value);
        c.equal("warnings.rows", rows, std::vector<double> {1, 4});
    });
}

void addStudyIntervals(Runner &runner)
{
    // Each study's own interval: yi -/+ z sqrt(vi), z the normal quantile at the analysis level, whatever
    // the test (metafor's forest() and summary.escalc()).
    for (double level : {90.0, 95.0, 99.0})
        for (synth::Test test : {synth::Test::Z, synth::Test::Knha})
            runner.row(
                "study_ci/level" + std::to_string(int(level)) + "/" + std::string(synth::testName(test)),
                [level, test](Check &c) {
                    const std::vector<double> y {0.1, -0.4, 0.25, 1.3, 0.0}, v {0.04, 0.2, 0.01, 0.5, 0.09};
                    synth::AnalysisOptions options;
                    options.fit.level = level;
                    options.fit.test = test;
                    const synth::Analysis a = synth::analyzeEffects(y, v, options);
                    const double z = boost::math::quantile(boost::math::normal(), 1 - (1 - level / 100) / 2);
                    c.equal("size", a.studyCiLower.size() + a.studyCiUpper.size(), 2 * y.size());
                    for (std::size_t i = 0; i < y.size() && i < a.studyCiLower.size(); ++i) {
                        c.close(element("study_ci_lb", i), a.studyCiLower[i], y[i] - z * std::sqrt(v[i]), kExact);
                        c.close(element("study_ci_ub", i), a.studyCiUpper[i], y[i] + z * std::sqrt(v[i]), kExact);
                    }
                });
    runner.row("study_ci/missing rows", [](Check &c) {
        // the intervals are of the included rows, beside yi and vi
        synth::StudyInput a, b, missing;
        a.yi = 0.2, a.vi = 0.04, b.yi = -0.1, b.vi = 0.09, missing.yi = 0.3;
        const synth::Analysis r = synth::analyze(synth::Measure::GEN, {a, missing, b}, {});
        c.equal("included", r.included.size(), std::size_t(2));
        c.equal("study_ci_lb.size", r.studyCiLower.size(), r.yi.size());
        c.equal("study_ci_ub.size", r.studyCiUpper.size(), r.yi.size());
        c.expect(r.studyCiLower.size() == 2 && r.studyCiLower[1] < -0.1 && r.studyCiUpper[1] > -0.1, "study_ci[1]",
                 "not around the second included row");
    });
}

} // namespace

int main(int argc, char **argv)
{
    Runner runner("test_edgecases", argc, argv);
    Json fixture, published;
    try {
        fixture = Json::parseFile(EVIDENCEDESK_TEST_DATA_DIR "/metafor_edge_cases.json");
        published = Json::parseFile(EVIDENCEDESK_TEST_DATA_DIR "/metafor_published.json");
    } catch (const std::exception &e) {
        runner.setupFailure(e.what());
    }
    addSingleStudy(runner);
    addTwoStudies(runner, fixture);
    addEqualVariances(runner, fixture);
    addEqualEffects(runner);
    addBoundary(runner, fixture);
    addZeroVariance(runner);
    addZeroCells(runner, fixture);
    addPublished(runner, published);
    addImpossibleRows(runner);
    addComputableRows(runner);
    addLevels(runner);
    addSubgroupLabels(runner);
    addStudyIntervals(runner);
    return runner.run();
}
