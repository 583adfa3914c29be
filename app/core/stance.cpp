// SPDX-License-Identifier: GPL-3.0-or-later
#include "stance.h"

#include <cmath>

namespace evidencedesk {

Stance suggestStance(const Claim &claim, const synth::Interval &ci)
{
    const double lower = ci.lower, upper = ci.upper;
    if (!std::isfinite(lower) || !std::isfinite(upper))
        return Stance::Untagged;
    switch (claim.assertion) {
    case Assertion::Decreases:
        return upper < 0 ? Stance::Supporting : lower > 0 ? Stance::Contradicting : Stance::Neutral;
    case Assertion::Increases:
        return lower > 0 ? Stance::Supporting : upper < 0 ? Stance::Contradicting : Stance::Neutral;
    case Assertion::NoDifference: {
        const double m = claim.equivalenceMargin;
        if (!(m > 0))
            return Stance::Untagged;
        if (lower > -m && upper < m)
            return Stance::Supporting;
        return (lower > m || upper < -m) ? Stance::Contradicting : Stance::Neutral;
    }
    case Assertion::Unspecified:
        break;
    }
    return Stance::Untagged;
}

} // namespace evidencedesk
