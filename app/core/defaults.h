// SPDX-License-Identifier: GPL-3.0-or-later
// The defaults and rules that the window, the command line and the report must agree on, written once:
// the synthesis a claim gets until the reviewer chooses, the measure the data call for, the minimal
// important difference, a study's number of participants, and the power a new trial is sized for.
#pragma once

#include "review.h"

#include <QString>

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

/// The smallest effect that matters for the claim on the analysis scale (NaN when none is set): the
/// equivalence margin of a no-difference claim. GRADE's imprecision and the gold-standard trial use it.
double minimalImportantDifference(const Claim &claim);

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

} // namespace evidencedesk
