// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review.h"

namespace evidencedesk {

/// The stance a study's own effect suggests toward a claim: for a directional claim, a confidence
/// interval wholly on the claimed side supports and one wholly on the other side contradicts; for a
/// no-difference claim, an interval inside the equivalence margin supports and one wholly outside it
/// contradicts; anything else is neutral. Untagged when there is no interval or nothing to judge by.
/// `ci` is the study's interval on the analysis scale (null effect at 0), at the analysis level.
Stance suggestStance(const Claim &claim, const synth::Interval &ci);

} // namespace evidencedesk
