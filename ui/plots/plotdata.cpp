// SPDX-License-Identifier: GPL-3.0-or-later
#include "plotdata.h"
#include "claimanalysis.h"
#include "defaults.h"

namespace evidencedesk {

PlotData makePlotData(const std::shared_ptr<const ClaimAnalysis> &a, const PlotOptions &options)
{
    PlotData data;
    if (!a || !a->ok())
        return data;
    data.analysis = std::shared_ptr<const synth::Analysis>(a, &a->analysis);
    data.fixedEffect = a->fixedEffect;
    data.measure = a->analysis.measure;
    data.options = options;
    data.options.favoursLeft = favoursLeft(a->claim); // the claim's own words, in every rendering
    data.options.favoursRight = favoursRight(a->claim);
    for (const AnalysedStudy *st : a->analysedStudies()) {
        PlotStudy ps;
        if (st) {
            ps.id = st->id;
            ps.label = st->label;
            ps.stance = st->stance;
            ps.year = st->year;
            ps.design = st->design == Design::Unspecified ? QString() : designName(st->design);
            ps.quality = st->quality;
            ps.n = st->participants;
            ps.ci = st->ci;
            ps.data = st->data;
            ps.risk = st->risk;
        }
        data.studies.append(ps);
    }
    if (a->analysis.subgroups)
        for (const synth::SubgroupFit &g : a->analysis.subgroups->groups)
            data.groupNames.insert(QString::fromStdString(g.group), a->groupName(g.group));
    return data;
}

} // namespace evidencedesk
