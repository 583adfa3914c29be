// SPDX-License-Identifier: GPL-3.0-or-later
#include "synth/analysis.h"

#include <cmath>
#include <optional>

namespace synth {

namespace {

template<typename T, typename F>
void runPart(Part<T> &part, bool wanted, F compute)
{
    if (!wanted) {
        part.skipped = true;
        return;
    }
    try {
        part.value = compute();
    } catch (const Error &e) {
        part.error = e.code();
    }
}

} // namespace

Analysis analyzeEffects(const std::vector<double> &yi, const std::vector<double> &vi, const AnalysisOptions &options,
                        const std::vector<std::string> *groups)
{
    Analysis a;
    a.yi = yi;
    a.vi = vi;
    for (std::size_t i = 0; i < yi.size(); ++i) {
        a.included.push_back(i);
        a.effects.push_back({yi[i], vi[i], false});
    }
    a.fit = fitModel(a.yi, a.vi, options.fit);
    for (std::size_t i = 0; i < yi.size(); ++i) { // each study's interval at the analysis level: studyInterval()
        const Interval ci = studyInterval({yi[i], vi[i], false}, options.fit.level);
        a.studyCiLower.push_back(ci.lower);
        a.studyCiUpper.push_back(ci.upper);
    }
    a.warnings.insert(a.warnings.end(), a.fit.warnings.begin(), a.fit.warnings.end());
    if (a.fit.converged) { // inverse-variance weights at the estimated tau^2, in percent
        double sum = 0;
        for (double v : a.vi)
            sum += 1 / (v + a.fit.tau2);
        for (double v : a.vi)
            a.weights.push_back(100 / (v + a.fit.tau2) / sum);
    }
    if (!a.fit.converged) {
        // nothing built on an unconverged fit is reported
        for (auto *error : {&a.heterogeneityCi.error, &a.egger.error, &a.begg.error, &a.trimfill.error,
                            &a.leave1out.error, &a.influence.error})
            *error = ErrorCode::NotConverged;
        if (!options.cumulativeKeys.empty())
            a.cumulative.error = ErrorCode::NotConverged;
        if (groups)
            a.subgroups.error = ErrorCode::NotConverged;
        return a;
    }
    runPart(a.heterogeneityCi, options.fit.method != Method::EE && a.fit.k >= 2,
            [&] { return qProfileInterval(a.yi, a.vi, a.fit); });
    if (a.heterogeneityCi) {
        if (a.heterogeneityCi->nullSet)
            a.warnings.push_back({WarningCode::Tau2CiNullSet, 0});
        if (a.heterogeneityCi->upperAtSearchLimit)
            a.warnings.push_back({WarningCode::Tau2CiAtSearchLimit, a.heterogeneityCi->tau2Upper});
    }
    runPart(a.egger, options.egger, [&] { return eggerTest(a.yi, a.vi, options.fit); });
    runPart(a.begg, options.begg, [&] { return rankCorrelationTest(a.yi, a.vi); });
    runPart(a.trimfill, options.trimfill, [&] { return trimAndFill(a.yi, a.vi, options.fit); });
    runPart(a.leave1out, options.leave1out, [&] { return leaveOneOut(a.yi, a.vi, a.fit); });
    runPart(a.cumulative, !options.cumulativeKeys.empty(),
            [&] { return cumulative(a.yi, a.vi, options.cumulativeKeys, options.fit); });
    runPart(a.influence, options.influence, [&] { return influence(a.yi, a.vi, a.fit); });
    if (groups) // a study without a label is left out of the subgroup analysis, with a warning naming it
        for (std::size_t i = 0; i < groups->size(); ++i)
            if (isMissingLabel((*groups)[i]))
                a.warnings.push_back({WarningCode::SubgroupMissing, static_cast<double>(i)});
    runPart(a.subgroups, groups != nullptr, [&] { return subgroupAnalysis(a.yi, a.vi, *groups, options.fit); });
    return a;
}

Analysis analyze(Measure measure, const std::vector<StudyInput> &studies, const AnalysisOptions &options,
                 const std::vector<std::string> *groups)
{
    // Rows without the data the measure needs are missing (counted); rows whose data are impossible are left
    // out with a warning naming the row and what is wrong, so that one bad row never stops the analysis of
    // the others. Only when no row is left does the first impossible row's error stop it.
    std::vector<EffectSize> es(studies.size());
    std::vector<double> yi, vi;
    std::vector<std::size_t> included;
    std::vector<std::string> keptGroups;
    std::vector<double> keptKeys; // the cumulative order's keys of the included rows
    std::vector<Warning> dataWarnings;
    std::optional<Error> firstImpossible;
    std::size_t missing = 0;
    for (std::size_t i = 0; i < studies.size(); ++i) {
        try {
            es[i] = computeEffect(measure, studies[i], static_cast<std::ptrdiff_t>(i));
        } catch (const Error &e) {
            if (!firstImpossible)
                firstImpossible = e;
            dataWarnings.push_back({WarningCode::StudyDropped, static_cast<double>(i), e.code(), e.field()});
            continue;
        }
        if (!es[i].available()) {
            ++missing;
            continue;
        }
        included.push_back(i);
        yi.push_back(es[i].yi);
        vi.push_back(es[i].vi);
        if (groups)
            keptGroups.push_back((*groups)[i]);
        if (!options.cumulativeKeys.empty())
            keptKeys.push_back(i < options.cumulativeKeys.size() ? options.cumulativeKeys[i] : kMissing);
        if (es[i].corrected)
            dataWarnings.push_back({WarningCode::ZeroCellCorrection, static_cast<double>(i)});
        if (es[i].negativeSe)
            dataWarnings.push_back({WarningCode::NegativeSeSquared, static_cast<double>(i)});
    }
    if (missing > 0)
        dataWarnings.push_back({WarningCode::StudiesOmitted, static_cast<double>(missing)});
    if (yi.empty()) {
        if (firstImpossible)
            throw *firstImpossible;
        throw Error(ErrorCode::NoStudies, "no study has the data the measure needs");
    }
    Analysis a;
    AnalysisOptions kept = options;
    kept.cumulativeKeys = std::move(keptKeys);
    try {
        a = analyzeEffects(yi, vi, kept, groups ? &keptGroups : nullptr);
    } catch (const Error &e) {
        // an error about one of the analysed studies names its input row
        if (e.study() >= 0 && static_cast<std::size_t>(e.study()) < included.size())
            throw Error(e.code(), e.what(), static_cast<std::ptrdiff_t>(included[static_cast<std::size_t>(e.study())]),
                        e.field());
        throw;
    }
    for (Warning &w : a.warnings) // rows of the analysed studies are input rows
        if (w.code == WarningCode::SubgroupMissing)
            w.value = static_cast<double>(included[static_cast<std::size_t>(w.value)]);
    if (a.cumulative)
        for (std::size_t &row : a.cumulative.value->order)
            row = included[row];
    a.measure = measure;
    a.effects = es;
    a.included = std::move(included);
    a.warnings.insert(a.warnings.begin(), dataWarnings.begin(), dataWarnings.end());
    return a;
}

} // namespace synth
