// SPDX-License-Identifier: GPL-3.0-or-later
// The defaults and rules that the window, the command line and the report must agree on, written once:
// the synthesis a claim gets until the reviewer chooses, the measure the data call for, the minimal
// important difference, a study's number of participants, and the power a new trial is sized for.
#pragma once

#include "review.h"

#include <QString>

#include <algorithm>
#include <cmath>
#include <optional>

namespace evidencedesk {

/// The kind of data most of these studies hold (2x2 tables, means/SD/n, correlations, otherwise generic
/// estimates): the type an outcome is given when data arrive before the reviewer has set one.
OutcomeType suggestedOutcomeType(const QList<synth::StudyInput> &data);

/// The usual measure of an outcome type: dichotomous -> RR, continuous -> SMD, correlation -> ZCOR, generic ->
/// GEN (the effect and variance as given).
synth::Measure suggestedMeasure(OutcomeType type);
/// The measure a claim about `outcomeId` starts with (GEN when there is no such outcome).
synth::Measure suggestedMeasure(const Review &review, qint64 outcomeId);

/// The synthesis a claim has before the reviewer chooses one: REML, z test, 95%, no subgroups, and the
/// measure its outcome's type calls for (automaticMeasure: it follows the outcome's type as it changes).
SynthesisSettings defaultSettings(OutcomeType type);

/// A claim's stored settings, or the defaults while it has none; an automatic measure resolved from the data.
SynthesisSettings effectiveSettings(const Review &review, qint64 claimId);

/// A confidence level as typed by a user: a percentage ("95", "90") or, as metafor reads it, a proportion
/// ("0.95"). nullopt unless it lies in [50, 99.99] percent.
std::optional<double> parseLevel(const QString &text);

/// The reviewer's minimal important difference for the claim on the analysis scale (log scale for ratios),
/// whatever the claim asserts; NaN when none is set (importanceThreshold() then supplies a default).
double minimalImportantDifference(const Claim &claim);

/// The threshold a claim's effect is rated against (GRADE's minimal important difference), on the analysis
/// scale: effects below `lower` (important reduction) or above `upper` (important increase) matter. Both NaN:
/// no threshold is set and the measure has no default.
struct ImportanceThreshold {
    double lower = std::nan("");
    double upper = std::nan("");
    bool isDefault = false; ///< the measure's default, not the reviewer's own
    bool isSet() const { return lower < 0 && upper > 0; }
    /// The smallest important effect in either direction (what a trial must detect).
    double smallest() const { return std::min(-lower, upper); }
};

/// GRADE's rough guide for ratio measures when no minimal important difference is known: a relative risk
/// reduction or increase of 25%, RR 0.75 / 1.25 (Guyatt et al., GRADE guidelines 6, J Clin Epidemiol
/// 2011;64:1283-93: the CI rule of thumb and the relative risk reduction its optimal information size uses).
inline constexpr double kDefaultRelativeRiskChange = 0.25;
/// A small standardised mean difference (Cohen 1988; Cochrane Handbook 15.5.3.1: 0.2 small, 0.5 moderate).
/// GRADE has also used SMD 0.5 as a rule of thumb where no MID is known; we rate against the smaller, so
/// that a confidence interval reaching a small effect is not called precise.
inline constexpr double kDefaultSmd = 0.2;

/// The default threshold of a measure: RR and OR log(0.75) / log(1.25), SMD -0.2 / 0.2; none for the others
/// (MD, RD, ROM, correlations, generic effects: their scale is the outcome's, and a default would be invented).
ImportanceThreshold defaultThreshold(synth::Measure measure);
/// The claim's own minimal important difference (+-margin) or, while it has none, the measure's default.
ImportanceThreshold importanceThreshold(const Claim &claim, synth::Measure measure);
/// A threshold in words on the natural scale: "RR below 0.75 or above 1.25", "SMD beyond ±0.20"; `brief`, for a
/// narrow field: "RR 0.75 / 1.25", "SMD ±0.20".
QString thresholdText(const ImportanceThreshold &threshold, synth::Measure measure, bool brief = false);

/// What a forest plot's axis says under each side of the null: the claim's own words, or "Favours
/// intervention" / "Favours comparator".
QString favoursLeft(const Claim &claim);
QString favoursRight(const Claim &claim);

/// Participants in a study: n1i + n2i, the four cells of a 2x2 table, or ni; NaN when the data do not say.
double participants(const synth::StudyInput &data);

/// The power and two-sided alpha a new trial is sized for (GRADE's optimal information size too).
inline constexpr double kTrialAlpha = 0.05;
inline constexpr double kTrialPower = 0.80;

/// Participants needed to detect `effect` (analysis scale) at kTrialPower and kTrialAlpha when each
/// participant contributes `informationPerParticipant` (1 / variance) to the effect's estimate.
double participantsForPower(double effect, double informationPerParticipant);

/// Participants (both arms, equal in size) a trial needs to tell a risk of `treated` from `control` at
/// kTrialPower and kTrialAlpha: 2 (z_(1-alpha/2) + z_power)^2 (p0 (1 - p0) + p1 (1 - p1)) / (p0 - p1)^2, the
/// optimal information size of a dichotomous outcome (GRADE guidelines 6); NaN unless both are
/// risks in (0, 1) that differ.
double participantsForRisks(double control, double treated);

} // namespace evidencedesk
