// SPDX-License-Identifier: GPL-3.0-or-later
#include "defaults.h"

#include <QCoreApplication>

#include <boost/math/distributions/normal.hpp>

#include <cmath>

namespace evidencedesk {

namespace {
/// The translation context of this file (lupdate reads DefaultsText::tr calls).
struct DefaultsText {
    Q_DECLARE_TR_FUNCTIONS(DefaultsText)
};
} // namespace

synth::Measure suggestedMeasure(const QList<Study> &studies)
{
    using synth::Measure;
    int table = 0, means = 0, correlation = 0, generic = 0;
    for (const Study &s : studies) {
        const synth::StudyInput &d = s.data;
        const auto has = [](std::initializer_list<double> xs) {
            for (double x : xs)
                if (!std::isfinite(x))
                    return false;
            return true;
        };
        if (has({d.ai, d.ci}) && (has({d.bi, d.di}) || has({d.n1i, d.n2i})))
            ++table;
        else if (has({d.m1i, d.sd1i, d.n1i, d.m2i, d.sd2i, d.n2i}))
            ++means;
        else if (has({d.ri, d.ni}))
            ++correlation;
        else if (std::isfinite(d.yi) && (std::isfinite(d.vi) || std::isfinite(d.sei)))
            ++generic;
    }
    const int most = std::max({table, means, correlation, generic});
    if (most == 0 || generic == most)
        return Measure::GEN;
    if (table == most)
        return Measure::RR;
    if (means == most)
        return Measure::SMD;
    return Measure::ZCOR;
}

SynthesisSettings defaultSettings(const QList<Study> &studies)
{
    SynthesisSettings s;
    s.automaticMeasure = true;
    s.measure = suggestedMeasure(studies);
    return s;
}

SynthesisSettings effectiveSettings(const Review &review, qint64 claimId)
{
    const auto it = review.settings.constFind(claimId);
    SynthesisSettings s = it != review.settings.cend() ? *it : defaultSettings(review.studies);
    if (s.automaticMeasure) // the data decide until the reviewer picks a measure
        s.measure = suggestedMeasure(review.studies);
    return s;
}

std::optional<double> parseLevel(const QString &text)
{
    bool ok = false;
    const double level = text.trimmed().toDouble(&ok);
    return ok ? synth::confidenceLevelPercent(level) : std::nullopt; // the engine's rule, as metafor reads a level
}

double minimalImportantDifference(const Claim &claim)
{
    return claim.assertion == Assertion::NoDifference && claim.equivalenceMargin > 0 ? claim.equivalenceMargin
                                                                                      : std::nan("");
}

QString favoursLeft(const Claim &claim)
{
    return claim.favoursLeft.isEmpty() ? DefaultsText::tr("Favours intervention") : claim.favoursLeft;
}

QString favoursRight(const Claim &claim)
{
    return claim.favoursRight.isEmpty() ? DefaultsText::tr("Favours comparator") : claim.favoursRight;
}

double participants(const synth::StudyInput &d)
{
    if (std::isfinite(d.n1i) && std::isfinite(d.n2i))
        return d.n1i + d.n2i;
    if (std::isfinite(d.ai) && std::isfinite(d.bi) && std::isfinite(d.ci) && std::isfinite(d.di))
        return d.ai + d.bi + d.ci + d.di;
    return d.ni;
}

double participantsForPower(double effect, double informationPerParticipant)
{
    if (!(std::abs(effect) > 0) || !(informationPerParticipant > 0))
        return std::nan("");
    // a trial of N participants estimates the effect with variance 1 / (N * information per participant);
    // it has the power asked for when |effect| / SE >= z_(1 - alpha/2) + z_power
    const boost::math::normal z;
    const double zz = std::pow(quantile(z, 1 - kTrialAlpha / 2) + quantile(z, kTrialPower), 2);
    return zz / (effect * effect) / informationPerParticipant;
}

} // namespace evidencedesk
