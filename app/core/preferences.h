// SPDX-License-Identifier: GPL-3.0-or-later
// The user's own defaults (QSettings), kept apart from the review: the synthesis a new claim starts with and
// the interface language. The window and the command line read them from here, so both start a claim alike.
#pragma once

#include "review.h"

#include <QString>

#include <optional>

namespace evidencedesk {

/// What the user chose in Preferences for new claims; an unset measure means "from the studies' data".
struct NewClaimPreferences {
    std::optional<synth::Measure> measure;
    synth::Method method = synth::Method::REML;
    synth::Test test = synth::Test::Z;
    double level = 95;
};

NewClaimPreferences newClaimPreferences();
void setNewClaimPreferences(const NewClaimPreferences &preferences);

/// The settings a new claim about an outcome of this type starts with: the core defaults (defaults.h) under the
/// user's preferences (a preferred measure only when the outcome's data allow it).
SynthesisSettings newClaimSettings(OutcomeType type);

/// The UI language chosen in Preferences ("" = the system's), applied at the next start.
QString preferredLanguage();
void setPreferredLanguage(const QString &language);

} // namespace evidencedesk
