// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review.h"

namespace evidencedesk {

/// The stance a study's own effect suggests toward a claim: for a directional claim, a confidence
/// interval wholly on the claimed side supports and one wholly on the other side contradicts; for a
/// no-difference claim, an interval inside the equivalence margin supports and one wholly outside it
/// contradicts; anything else is neutral. Untagged when there is no effect or nothing to judge by.
/// `yi`, `vi` are on the analysis scale (null effect at 0).
Stance suggestStance(const Claim &claim, double yi, double vi, double level = 95);

} // namespace evidencedesk
