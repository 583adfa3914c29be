// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimanalysis.h"

namespace evidencedesk {

ClaimAnalysis analyzeClaim(const Review &review, qint64 claimId, const SynthesisSettings &s,
                           const synth::AnalysisOptions *given)
{
    ClaimAnalysis r;
    const auto measure = synth::measureFromName(s.measure.toStdString());
    const auto method = synth::methodFromName(s.method.toStdString());
    const auto test = synth::testFromName(s.test.toStdString());
    if (!measure || !method || !test) {
        r.settingsValid = false;
        return r;
    }
    std::vector<synth::StudyInput> inputs;
    std::vector<std::string> groups;
    for (const Study &st : review.studies) {
        if (!st.included)
            continue;
        inputs.push_back(st.data);
        r.studyIds.append(st.id);
        r.labels.append(st.label());
        if (s.subgroup == QLatin1String("stance"))
            groups.push_back(stanceName(review.stance(claimId, st.id)).toStdString());
        else if (s.subgroup == QLatin1String("design"))
            groups.push_back(designName(st.design).toStdString());
        else if (!s.subgroup.isEmpty())
            groups.push_back(st.extra.value(s.subgroup).toString().toStdString());
    }
    synth::AnalysisOptions options = given ? *given : synth::AnalysisOptions();
    if (!given)
        options.fit = {*method, *test, s.level};
    try {
        r.analysis = synth::analyze(*measure, inputs, options, s.subgroup.isEmpty() ? nullptr : &groups);
        if (options.fit.method != synth::Method::EE && r.analysis.fit.converged)
            r.fixedEffect = synth::fitModel(r.analysis.yi, r.analysis.vi,
                                            {synth::Method::EE, options.fit.test, options.fit.level});
        r.analysed.reserve(qsizetype(r.analysis.included.size()));
        for (std::size_t i = 0; i < r.analysis.included.size(); ++i)
            r.analysed.insert(r.studyIds.value(qsizetype(r.analysis.included[i])), qsizetype(i));
    } catch (const synth::Error &e) {
        r.error = e;
    }
    return r;
}

} // namespace evidencedesk
