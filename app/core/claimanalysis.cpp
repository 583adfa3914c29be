// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimanalysis.h"
#include "defaults.h"
#include "stance.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace evidencedesk {

const AnalysedStudy *ClaimAnalysis::study(qint64 studyId) const
{
    const qsizetype i = m_row.value(studyId, -1);
    return i < 0 ? nullptr : &studies[i];
}

QList<const AnalysedStudy *> ClaimAnalysis::analysedStudies() const
{
    QList<const AnalysedStudy *> out(qsizetype(analysis.included.size()), nullptr);
    for (const AnalysedStudy &s : studies)
        if (s.analysed >= 0 && s.analysed < out.size())
            out[s.analysed] = &s;
    return out;
}

QString ClaimAnalysis::groupName(const std::string &key) const
{
    const QString k = QString::fromStdString(key);
    switch (settings.subgroup.kind) {
    case Subgrouping::Kind::Stance:
        return stanceName(stanceFromKey(k).value_or(Stance::Untagged));
    case Subgrouping::Kind::Design:
        return designName(designFromKey(k).value_or(Design::Unspecified));
    case Subgrouping::Kind::None:
    case Subgrouping::Kind::Column:
        break;
    }
    return k;
}

double medianComparatorRisk(const ClaimAnalysis &c)
{
    std::vector<double> risks;
    for (const AnalysedStudy *s : c.analysedStudies()) {
        if (!s)
            continue;
        const synth::StudyInput &d = s->data;
        const double n2 = std::isfinite(d.n2i) ? d.n2i : d.ci + d.di;
        if (std::isfinite(d.ci) && n2 > 0 && d.ci >= 0 && d.ci <= n2)
            risks.push_back(d.ci / n2);
    }
    if (risks.empty())
        return std::nan("");
    // the median in O(k)
    const auto mid = risks.begin() + std::ptrdiff_t(risks.size() / 2);
    std::nth_element(risks.begin(), mid, risks.end());
    double median = *mid;
    if (risks.size() % 2 == 0)
        median = (median + *std::max_element(risks.begin(), mid)) / 2;
    return median;
}

ClaimAnalysis analyzeClaim(const Review &review, qint64 claimId, const SynthesisSettings &s,
                           const synth::AnalysisOptions *given, const QString &cumulativeColumn)
{
    ClaimAnalysis r;
    r.claimId = claimId;
    r.settings = s;
    const Claim *claim = review.claim(claimId);
    if (claim)
        r.claim = *claim;
    const QHash<qint64, StanceTag> tags = review.stances.value(claimId);
    synth::AnalysisOptions options = given ? *given : synth::AnalysisOptions();
    options.fit = {s.method, s.test, s.level}; // the settings decide the model, whatever `given` holds

    const qint64 outcomeId = claim ? claim->outcomeId : 0;
    r.outcomeId = outcomeId;
    if (const Outcome *o = review.outcome(outcomeId))
        r.outcome = *o;
    const QHash<qint64, synth::StudyInput> noData;
    const auto dataIt = review.data.constFind(outcomeId);
    const QHash<qint64, synth::StudyInput> &outcomeData = dataIt != review.data.cend() ? *dataIt : noData;
    const QHash<qint64, RobAssessment> noRisk;
    const auto riskIt = review.risk.constFind(outcomeId);
    const QHash<qint64, RobAssessment> &appraisals = riskIt != review.risk.cend() ? *riskIt : noRisk;

    std::vector<synth::StudyInput> inputs;
    std::vector<std::string> groups;
    std::vector<double> orderKeys;
    r.studies.reserve(review.studies.size());
    r.m_row.reserve(review.studies.size());
    for (const Study &st : review.studies) {
        AnalysedStudy a;
        a.id = st.id;
        a.label = st.label();
        a.year = st.year;
        a.design = st.design;
        a.quality = st.quality;
        const auto d = outcomeData.constFind(st.id);
        a.hasData = d != outcomeData.cend() && hasData(*d);
        if (a.hasData)
            a.data = *d;
        a.participants = participants(a.data);
        if (!appraisals.isEmpty())
            if (const auto rob = appraisals.constFind(st.id); rob != appraisals.cend())
                a.risk = *rob;
        a.stance = tags.value(st.id).stance;
        a.included = st.included;
        try {
            a.effect = synth::computeEffect(s.measure, a.data);
        } catch (const synth::Error &) {
            a.effect = {}; // impossible data: the analysis (of included studies) says why
        }
        a.ci = synth::studyInterval(a.effect, options.fit.level);
        if (claim)
            a.suggested = suggestStance(*claim, a.ci);
        r.m_row.insert(st.id, r.studies.size());
        r.studies.append(a);
        if (!st.included)
            continue;
        if (!a.hasData) { // not a study of this outcome
            r.withoutData.append(st.id);
            continue;
        }
        inputs.push_back(a.data);
        r.studyIds.append(st.id);
        r.labels.append(a.label);
        if (!cumulativeColumn.isEmpty()) {
            bool ok = false;
            const double key = cumulativeColumn == QLatin1String("year")
                ? (st.year > 0 ? double(st.year) : synth::kMissing)
                : st.extra.value(cumulativeColumn).toDouble(&ok);
            orderKeys.push_back(cumulativeColumn == QLatin1String("year") || ok ? key : synth::kMissing);
        }
        // groups by stable keys (never translated words): the JSON and the files read the same in every language
        switch (s.subgroup.kind) {
        case Subgrouping::Kind::None:
            break;
        case Subgrouping::Kind::Stance:
            groups.push_back(stanceKey(a.stance).toStdString());
            break;
        case Subgrouping::Kind::Design:
            groups.push_back(designKey(st.design).toStdString());
            break;
        case Subgrouping::Kind::Column:
            groups.push_back(st.extra.value(s.subgroup.column).toString().toStdString());
            break;
        }
    }
    options.cumulativeKeys = std::move(orderKeys);
    try {
        const bool grouped = s.subgroup.kind != Subgrouping::Kind::None;
        r.analysis = synth::analyze(s.measure, inputs, options, grouped ? &groups : nullptr);
        if (options.fit.method != synth::Method::EE && r.analysis.fit.converged)
            r.fixedEffect = synth::fitModel(r.analysis.yi, r.analysis.vi,
                                            {synth::Method::EE, options.fit.test, options.fit.level});
        r.analysed.reserve(qsizetype(r.analysis.included.size()));
        for (std::size_t i = 0; i < r.analysis.included.size(); ++i) {
            const qint64 id = r.studyIds.value(qsizetype(r.analysis.included[i]));
            r.analysed.insert(id, qsizetype(i));
            r.studies[r.m_row.value(id)].analysed = qsizetype(i);
        }
    } catch (const synth::Error &e) {
        r.error = e;
    }
    return r;
}

} // namespace evidencedesk
