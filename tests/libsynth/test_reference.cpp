// SPDX-License-Identifier: GPL-3.0-or-later
// The acceptance test of the engine: every reference file of tests/data/reference (metafor 3.8-1, every
// estimator x test, converged tightly) and tests/data/reference-edges (issue 18's cases, settled with 60-digit
// arithmetic where metafor loses digits) against libsynth, key by key, at 1e-6 relative (1e-9 absolute near zero, in
// the data's own units: see referenceTolerance), cumul() and influence() where a fit has them, and Mantel-Haenszel
// and Peto pooling (rows dataset/MH, dataset/PETO). Rows are named dataset/escalc and dataset/method/test; a key of a
// reference file that this test does not know fails, and so does an empty or missing reference folder. Plain C++: links
// only libsynth.
#include "reference.h"
#include "synthtest.h"

#include "synth/analysis.h"

#include <cmath>

using namespace evidencedesk::test;

namespace {

/// Keys of a reference file that describe it rather than hold a result.
const char *const kFileKeys[] = {"dataset", "measure", "source", "metafor_version", "provenance", "yi", "vi",
                                 "fits",    "mh",      "peto",   "meta_regression"};

bool isFileKey(const std::string &key)
{
    for (const char *k : kFileKeys)
        if (key == k)
            return true;
    return false;
}

void checkEffects(Check &c, const ReferenceCase &rc)
{
    const std::optional<synth::Measure> measure = synth::measureFromName(rc.measure);
    if (!c.expect(measure.has_value(), "measure", "unknown measure '" + rc.measure + "'"))
        return;
    for (const auto &[key, value] : rc.json.members())
        c.expect(isFileKey(key), key, "a key the test does not know");
    c.expect(rc.json["fits"].isArray() && !rc.json["fits"].items().empty(), "fits", "no fits in the file");
    const std::vector<synth::StudyInput> studies = studiesFromCsv(readCsv(rc.csvPath));
    std::vector<synth::EffectSize> effects;
    for (std::size_t i = 0; i < studies.size(); ++i) {
        try {
            effects.push_back(synth::computeEffect(*measure, studies[i], static_cast<std::ptrdiff_t>(i)));
        } catch (const synth::Error &) {
            effects.emplace_back(); // an impossible row: no effect (metafor: NA)
        }
    }
    const Json actual = effectKeys(effects);
    const double unit = medianOf(rc.json["vi"].toDoubles());
    auto tolerance = [unit](const std::string &path) { return referenceTolerance(path, unit); };
    compareKeys(c, actual["yi"], rc.json["yi"], "yi", tolerance);
    compareKeys(c, actual["vi"], rc.json["vi"], "vi", tolerance);
}

void checkFit(Check &c, const ReferenceCase &rc, const Json &expected)
{
    const std::vector<synth::StudyInput> studies = studiesFromCsv(readCsv(rc.csvPath));
    synth::AnalysisOptions options;
    const std::optional<synth::Method> method = synth::methodFromName(expected["method"].toString());
    const std::optional<synth::Test> test = synth::testFromName(expected["test"].toString());
    if (!c.expect(method && test, "method", "unknown method or test"))
        return;
    options.fit.method = *method;
    options.fit.test = *test;
    if (expected.contains("level"))
        options.fit.level = expected["level"].toDouble();
    // cumul() in the order of the file's column, influence()
    const CsvTable table = readCsv(rc.csvPath);
    std::string by;
    if (expected.contains("cumulative")) {
        by = expected["cumulative"]["by"].toString();
        options.cumulativeKeys = numericColumn(table, by);
        c.expect(table.column(by) >= 0, "cumulative.by", "the dataset has no column '" + by + "'");
    }
    options.influence = expected.contains("influence");
    const synth::Analysis analysis = synth::analyze(*synth::measureFromName(rc.measure), studies, options);
    c.expect(analysis.fit.converged, "converged", "the fit did not converge");
    c.equal("method", std::string(synth::methodName(analysis.fit.method)), expected["method"].toString());
    const Json actual = analysisKeys(analysis, textColumn(table, "study"), by);
    const double unit = medianOf(rc.json["vi"].toDoubles());
    auto tolerance = [unit](const std::string &path) { return referenceTolerance(path, unit); };
    std::size_t results = 0;
    for (const auto &[key, value] : expected.members()) {
        if (key == "method" || key == "test" || key == "level")
            continue;
        if (const Json *a = actual.find(key))
            compareKeys(c, *a, value, key, tolerance);
        else
            c.fail(key, "a key the test does not know");
        ++results;
    }
    // k estimate se stat pval ci pi tau2 ... I2 H2 Q Q_df Q_pval at least
    c.expect(results >= 15, "keys", "only " + std::to_string(results) + " result keys in the reference fit");
}

/// Mantel-Haenszel (mh) or Peto (peto) pooling of the file's 2x2 tables, key by key.
void checkPooling(Check &c, const ReferenceCase &rc, const Json &expected)
{
    const std::optional<synth::TableMethod> method = synth::tableMethodFromName(expected["model"].toString());
    const std::optional<synth::Measure> measure = synth::measureFromName(rc.measure);
    if (!c.expect(method && measure, "model", "unknown model or measure"))
        return;
    const synth::TablePooling pooled = synth::poolTables(*method, *measure, studiesFromCsv(readCsv(rc.csvPath)));
    const Json actual = poolingKeys(pooled);
    const double unit = medianOf(rc.json["vi"].toDoubles());
    auto tolerance = [unit](const std::string &path) { return referenceTolerance(path, unit); };
    std::size_t results = 0;
    for (const auto &[key, value] : expected.members()) {
        if (const Json *a = actual.find(key))
            compareKeys(c, *a, value, key, tolerance);
        else
            c.fail(key, "a key the test does not know");
        ++results;
    }
    // model k estimate se stat pval ci_lb ci_ub Q Q_df Q_pval I2 H2 at least
    c.expect(results >= 13, "keys", "only " + std::to_string(results) + " keys in the reference pooling");
}

/// A meta-regression of the file's effects on the moderators it names, key by key.
void checkMetaRegression(Check &c, const ReferenceCase &rc, const Json &expected)
{
    const std::optional<synth::Method> method = synth::methodFromName(expected["method"].toString());
    const std::optional<synth::Test> test = synth::testFromName(expected["test"].toString());
    if (!c.expect(method && test, "method", "unknown method or test"))
        return;
    const CsvTable table = readCsv(rc.csvPath);
    std::vector<std::string> columns;
    for (const Json &m : expected["mods"].items())
        columns.push_back(m.toString());
    const synth::Measure measure = *synth::measureFromName(rc.measure);
    std::vector<double> yi, vi;
    for (const synth::StudyInput &s : studiesFromCsv(table)) {
        const synth::EffectSize e = synth::computeEffect(measure, s);
        yi.push_back(e.yi);
        vi.push_back(e.vi);
    }
    const synth::MetaRegression m
        = synth::fitMetaRegression(yi, vi, moderatorsFromCsv(table, columns), {*method, *test, 95});
    c.expect(m.converged, "converged", "the fit did not converge");
    const Json actual = regressionKeys(m);
    const double unit = medianOf(rc.json["vi"].toDoubles());
    auto tolerance = [unit](const std::string &path) { return referenceTolerance(path, unit); };
    std::size_t results = 0;
    for (const auto &[key, value] : expected.members()) {
        if (key == "mods" || key == "method" || key == "test")
            continue;
        if (const Json *a = actual.find(key))
            compareKeys(c, *a, value, key, tolerance);
        else
            c.fail(key, "a key the test does not know");
        ++results;
    }
    c.expect(results >= 19, "keys", "only " + std::to_string(results) + " keys in the reference meta-regression");
}

} // namespace

int main(int argc, char **argv)
{
    Runner runner("test_reference", argc, argv);
    // The reference set and issue 18's edge cases; the rows come from these files: an empty or missing
    // folder must fail, not pass vacuously.
    const std::pair<std::string, std::size_t> folders[] = {{referenceDir(), 10}, {referenceEdgesDir(), 9}};
    std::vector<std::vector<ReferenceCase>> sets;
    for (const auto &[dir, least] : folders) {
        std::vector<ReferenceCase> cases;
        try {
            cases = referenceCases(dir);
        } catch (const std::exception &e) {
            runner.setupFailure(e.what());
        }
        runner.row(dir.substr(dir.rfind('/') + 1) + "/files", [dir, least, n = cases.size()](Check &c) {
            c.expect(n >= least, "files",
                     std::to_string(n) + " reference cases in " + dir + ", expected at least " + std::to_string(least));
        });
        sets.push_back(std::move(cases));
    }
    for (const std::vector<ReferenceCase> &cases : sets)
        for (const ReferenceCase &rc : cases) {
            runner.row(rc.name + "/escalc", [&rc](Check &c) { checkEffects(c, rc); });
            for (const Json &fit : rc.json["fits"].items()) {
                std::string row = rc.name + "/" + fit["method"].toString() + "/" + fit["test"].toString();
                if (fit.contains("level"))
                    row += "/level" + fit["level"].dump();
                runner.row(row, [&rc, &fit](Check &c) { checkFit(c, rc, fit); });
            }
            if (rc.json.contains("meta_regression"))
                for (const Json &fit : rc.json["meta_regression"].items()) {
                    std::string mods;
                    for (const Json &m : fit["mods"].items())
                        mods += (mods.empty() ? "" : "+") + m.toString();
                    runner.row(rc.name + "/mods:" + mods + "/" + fit["method"].toString() + "/"
                                   + fit["test"].toString(),
                               [&rc, &fit](Check &c) { checkMetaRegression(c, rc, fit); });
                }
            for (const char *model : {"mh", "peto"})
                if (rc.json.contains(model)) {
                    const Json &expected = rc.json[model];
                    runner.row(rc.name + "/" + expected["model"].toString(),
                               [&rc, &expected](Check &c) { checkPooling(c, rc, expected); });
                }
        }
    return runner.run();
}
