// SPDX-License-Identifier: GPL-3.0-or-later
#include "synth/analysis.h"

#include <cmath>

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
        for (auto *error :
             {&a.heterogeneityCi.error, &a.egger.error, &a.begg.error, &a.trimfill.error, &a.leave1out.error})
            *error = ErrorCode::NotConverged;
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
    runPart(a.subgroups, groups != nullptr, [&] { return subgroupAnalysis(a.yi, a.vi, *groups, options.fit); });
    return a;
}

Analysis analyze(Measure measure, const std::vector<StudyInput> &studies, const AnalysisOptions &options,
                 const std::vector<std::string> *groups)
{
    const std::vector<EffectSize> es = computeEffects(measure, studies);
    std::vector<double> yi, vi;
    std::vector<std::size_t> included;
    std::vector<std::string> keptGroups;
    std::vector<Warning> dataWarnings;
    for (std::size_t i = 0; i < es.size(); ++i) {
        if (!es[i].available())
            continue;
        included.push_back(i);
        yi.push_back(es[i].yi);
        vi.push_back(es[i].vi);
        if (groups)
            keptGroups.push_back((*groups)[i]);
        if (es[i].corrected)
            dataWarnings.push_back({WarningCode::ZeroCellCorrection, static_cast<double>(i)});
    }
    if (included.size() < es.size())
        dataWarnings.push_back({WarningCode::StudiesOmitted, static_cast<double>(es.size() - included.size())});
    if (yi.empty())
        throw Error(ErrorCode::NoStudies, "no study has the data the measure needs");
    Analysis a = analyzeEffects(yi, vi, options, groups ? &keptGroups : nullptr);
    a.measure = measure;
    a.effects = es;
    a.included = std::move(included);
    a.warnings.insert(a.warnings.begin(), dataWarnings.begin(), dataWarnings.end());
    return a;
}

} // namespace synth
