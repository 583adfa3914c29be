// SPDX-License-Identifier: GPL-3.0-or-later
#include "plotdata.h"
#include "claimanalysis.h"

namespace evidencedesk {

PlotData makePlotData(const Review &review, qint64 claimId, const std::shared_ptr<const ClaimAnalysis> &a,
                      const PlotOptions &options)
{
    PlotData data;
    if (!a || !a->ok())
        return data;
    data.analysis = std::shared_ptr<const synth::Analysis>(a, &a->analysis);
    data.fixedEffect = a->fixedEffect;
    data.measure = a->analysis.measure;
    data.options = options;
    QHash<qint64, const Study *> byId;
    for (const Study &s : review.studies)
        byId.insert(s.id, &s);
    for (std::size_t i : a->analysis.included) {
        const qint64 id = a->studyIds.value(qsizetype(i));
        PlotStudy ps;
        ps.id = id;
        ps.label = a->labels.value(qsizetype(i));
        ps.stance = review.stance(claimId, id);
        if (const Study *st = byId.value(id)) {
            ps.year = st->year;
            ps.design = st->design == Design::Unspecified ? QString() : designName(st->design);
            ps.quality = st->quality;
            const synth::StudyInput &d = st->data;
            ps.n = std::isfinite(d.n1i) && std::isfinite(d.n2i) ? d.n1i + d.n2i
                : std::isfinite(d.ai) && std::isfinite(d.bi)    ? d.ai + d.bi + d.ci + d.di
                                                                : d.ni;
        }
        data.studies.append(ps);
    }
    return data;
}

} // namespace evidencedesk
