// SPDX-License-Identifier: GPL-3.0-or-later
// The one synthesis result every view reads: the forest and funnel plots, GRADE suggestions, the
// report and the CLI all consume an Analysis; none of them re-estimates anything.
#pragma once

#include "synth/effectsize.h"
#include "synth/model.h"
#include "synth/pubbias.h"
#include "synth/sensitivity.h"

#include <optional>
#include <string>
#include <vector>

namespace synth {

/// A part of the analysis: its value, or why there is none (skipped, or the error it met).
template<typename T>
struct Part {
    std::optional<T> value;
    std::optional<ErrorCode> error; ///< set when the part was asked for but could not be computed
    bool skipped = false;
    explicit operator bool() const { return value.has_value(); }
    const T *operator->() const { return &*value; }
    const T &operator*() const { return *value; }
};

struct AnalysisOptions {
    FitOptions fit;
    bool egger = true, begg = true, trimfill = true, leave1out = true;
    bool influence = false; ///< influence diagnostics (metafor's influence())
    /// A cumulative meta-analysis in the order of these keys, one per input row (analyze()) or per effect
    /// (analyzeEffects()), e.g. the years; none when empty.
    std::vector<double> cumulativeKeys;
};

struct Analysis {
    Measure measure = Measure::GEN;
    std::vector<EffectSize> effects; ///< of every input row (unavailable where data are missing)
    std::vector<std::size_t> included; ///< input rows that had an effect (others were missing data)
    std::vector<double> yi, vi; ///< of the included rows
    /// Each included row's own confidence interval at the analysis level, yi -/+ z sqrt(vi) with the normal
    /// quantile z (as metafor's forest() and summary.escalc() compute a study's CI), whatever the test.
    std::vector<double> studyCiLower, studyCiUpper;
    std::vector<double> weights; ///< percent weight of each included row in the pooled estimate (metafor's weights())
    Fit fit;
    Part<HeterogeneityInterval> heterogeneityCi;
    Part<EggerTest> egger;
    Part<RankTest> begg;
    Part<TrimAndFill> trimfill;
    Part<LeaveOneOut> leave1out;
    Part<Cumulative> cumulative; ///< its order names input rows
    Part<Influence> influence;
    Part<SubgroupAnalysis> subgroups;
    std::vector<Warning> warnings; ///< of the data (omitted studies, zero cells) and of the fit
};

/// Effect sizes from raw data, then the whole analysis. `groups` (one label per input row) asks for
/// subgroups. Throws synth::Error for bad input and when the main model cannot be fitted.
Analysis analyze(Measure measure, const std::vector<StudyInput> &studies, const AnalysisOptions &options,
                 const std::vector<std::string> *groups = nullptr);

/// The same from effects already computed (yi, vi).
Analysis analyzeEffects(const std::vector<double> &yi, const std::vector<double> &vi, const AnalysisOptions &options,
                        const std::vector<std::string> *groups = nullptr);

} // namespace synth
