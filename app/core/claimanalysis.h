// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review.h"

#include "synth/analysis.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

namespace evidencedesk {

/// One study of the review as the analysis saw it: what the views show beside the numbers. A snapshot,
/// so that no view has to join the result with the live review (which may have changed since).
struct AnalysedStudy {
    qint64 id = 0;
    QString label;
    int year = 0;
    Design design = Design::Unspecified;
    double quality = std::nan("");
    double participants = std::nan(""); ///< defaults.h: participants()
    Stance stance = Stance::Untagged; ///< the reviewer's tag toward the claim
    bool included = true;
    synth::EffectSize effect; ///< at the claim's measure; unavailable where data are missing or impossible
    synth::Interval ci; ///< the study's interval at the analysis level
    Stance suggested = Stance::Untagged; ///< what the study's own interval suggests (stance.h)
    qsizetype analysed = -1; ///< index into Analysis::yi, or -1 when the study is not in the synthesis
    synth::StudyInput data; ///< its data for the claim's outcome (all missing when it has none)
    bool hasData = false; ///< whether it reported the outcome
    /// Its risk-of-bias appraisal for the claim's outcome; no domains when none is recorded.
    RobAssessment risk;
    /// The overall risk-of-bias judgement as GRADE reads it (given, or derived from the domains).
    RobJudgement riskOverall() const
    {
        return risk.domains.isEmpty() ? RobJudgement::NotAssessed : risk.overallOrDerived();
    }
};

/// The synthesis of one claim of a review: its included studies under its settings. The window, the
/// CLI, the plots, GRADE and the report all read this; none of them assembles an analysis of its own, and
/// it carries everything they show of the studies, so it is complete and self-contained.
struct ClaimAnalysis {
    qint64 claimId = 0; ///< the claim it was computed for
    Claim claim; ///< as it was then (its assertion judged the studies; its labels name the plot's sides)
    quint64 generation = 0; ///< the state of the review it was computed from (set by whoever runs it)
    SynthesisSettings settings; ///< the settings it ran with
    qint64 outcomeId = 0; ///< the claim's outcome
    Outcome outcome; ///< as it was then (id 0: the claim is about no outcome)
    synth::Analysis analysis;
    std::optional<synth::Fit> fixedEffect; ///< the equal-effects fit beside a random-effects model
    QList<AnalysedStudy> studies; ///< every study of the review, in the review's order
    QList<qint64> studyIds; ///< the analysis' input rows (the included studies with data for the outcome)
    QList<qint64> withoutData; ///< included studies without data for the outcome (left out, not an error)
    QStringList labels; ///< their labels
    QHash<qint64, qsizetype> analysed; ///< study id -> index into analysis.yi
    std::optional<synth::Error> error; ///< why there is no analysis (error.study() indexes studyIds)

    bool ok() const { return !error; }
    qsizetype analysedIndex(qint64 studyId) const { return analysed.value(studyId, -1); }
    /// The snapshot of a study by id, or nullptr if the review did not hold it.
    const AnalysedStudy *study(qint64 studyId) const;
    /// The analysed studies in Analysis::yi order.
    QList<const AnalysedStudy *> analysedStudies() const;
    /// A subgroup as the reader sees it: the translated stance or design, or the column's own value.
    QString groupName(const std::string &key) const;

private:
    friend ClaimAnalysis analyzeClaim(const Review &, qint64, const SynthesisSettings &, const synth::AnalysisOptions *,
                                      const QString &);
    QHash<qint64, qsizetype> m_row; ///< study id -> index into studies
};

/// The median comparator-group risk (escalc's ci / n2i; n2i = ci + di when only the cells are given) of the
/// analysed studies that have 2x2 data, NaN when none has: the assumed risk of GRADE's absolute effects (unless
/// the reviewer sets one) and the control risk its optimal information size is sized from.
double medianComparatorRisk(const ClaimAnalysis &analysis);

/// The analysis of `claimId` under `settings`: every part of the analysis, unless `options` leaves some out
/// (its `fit` is ignored: the model is the settings'). With `cumulativeColumn` also a cumulative meta-analysis in
/// the order of the studies' `year` or of an imported column of that name (a study without a number there last).
ClaimAnalysis analyzeClaim(const Review &review, qint64 claimId, const SynthesisSettings &settings,
                           const synth::AnalysisOptions *options = nullptr, const QString &cumulativeColumn = {});

} // namespace evidencedesk
