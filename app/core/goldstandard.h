// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "claimanalysis.h"
#include "defaults.h"
#include "review.h"

namespace evidencedesk {

/// Participants a new two-arm trial needs to detect `effect` (analysis scale) at the power and alpha of
/// defaults.h, from the information one participant contributes in the synthesised studies; NaN when the
/// data cannot say (generic effects without sample sizes, or no effect to detect).
double requiredSampleSize(const ClaimAnalysis &analysis, double effect);

/// The optimal information size: the participants of a trial that detects the threshold's smallest important
/// effect at the power and alpha of defaults.h, never the observed effect (GRADE guidelines 6).
/// For 2x2 data under RR, OR or RD it is sized from the control-group risk (the median of the analysed studies'
/// comparator risks) and that risk moved by the threshold; otherwise from the information per participant.
struct InformationSize {
    double participants = std::nan(""); ///< NaN: the data cannot say (sample sizes or risks not recorded)
    double controlRisk = std::nan(""); ///< the comparator risk it was sized from (dichotomous data only)
};
InformationSize requiredSampleSize(const ClaimAnalysis &analysis, const ImportanceThreshold &threshold);

/// The evidence that would settle the claim, strongest design first, proposed from the claim's PICO and the
/// gaps in the current evidence (no randomised trial, inconsistency, imprecision, few studies). The reviewer
/// edits the list; this is only the starting point. The trial is sized for the claim's minimal important
/// difference or its measure's default (defaults.h: importanceThreshold), never for the pooled effect; without
/// either no size is proposed.
QList<GoldStandardItem> proposeGoldStandard(const Review &review, qint64 claimId, const ClaimAnalysis &analysis);

} // namespace evidencedesk
