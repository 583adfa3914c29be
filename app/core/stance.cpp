// SPDX-License-Identifier: GPL-3.0-or-later
#include "stance.h"

#include <boost/math/distributions/normal.hpp>

namespace evidencedesk {

Stance suggestStance(const Claim &claim, double yi, double vi, double level)
{
    if (!std::isfinite(yi) || !std::isfinite(vi) || vi < 0)
        return Stance::Untagged;
    const double z = boost::math::quantile(boost::math::normal(), 1 - (1 - level / 100) / 2);
    const double lower = yi - z * std::sqrt(vi), upper = yi + z * std::sqrt(vi);
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
