// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "claimanalysis.h"
#include "review.h"

namespace evidencedesk {

/// Participants a new two-arm trial needs to detect `effect` (analysis scale) at the power and alpha of
/// defaults.h, from the information one participant contributes in the synthesised studies; NaN when the
/// data cannot say (generic effects without sample sizes, or no effect to detect).
double requiredSampleSize(const ClaimAnalysis &analysis, double effect);

/// The evidence that would settle the claim, strongest design first, proposed from the claim's PICO and the
/// gaps in the current evidence (no randomised trial, inconsistency, imprecision, few studies). The reviewer
/// edits the list; this is only the starting point. The trial is sized for the claim's minimal important
/// difference (defaults.h), or the pooled effect where none is set.
QList<GoldStandardItem> proposeGoldStandard(const Review &review, qint64 claimId, const ClaimAnalysis &analysis);

} // namespace evidencedesk
