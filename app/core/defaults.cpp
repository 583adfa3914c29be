// SPDX-License-Identifier: GPL-3.0-or-later
#include "defaults.h"

#include <QCoreApplication>
#include <QLocale>

#include <boost/math/distributions/normal.hpp>

#include <cmath>

namespace evidencedesk {

namespace {
/// The translation context of this file (lupdate reads DefaultsText::tr calls).
struct DefaultsText {
    Q_DECLARE_TR_FUNCTIONS(DefaultsText)
};
} // namespace

OutcomeType suggestedOutcomeType(const QList<synth::StudyInput> &data)
{
    int counts[4] = {};
    for (const synth::StudyInput &d : data)
        if (hasData(d))
            ++counts[int(outcomeTypeOf(d))];
    // the kind most studies hold; a tie goes to the first in this order (generic estimates last)
    const OutcomeType order[]
        = {OutcomeType::Dichotomous, OutcomeType::Continuous, OutcomeType::Correlation, OutcomeType::Generic};
    OutcomeType best = OutcomeType::Generic;
    int most = 0;
    for (OutcomeType t : order)
        if (counts[int(t)] > most) {
            most = counts[int(t)];
            best = t;
        }
    return best;
}

synth::Measure suggestedMeasure(OutcomeType type)
{
    return measuresFor(type).constFirst();
}

synth::Measure suggestedMeasure(const Review &review, qint64 outcomeId)
{
    const Outcome *o = review.outcome(outcomeId);
    return suggestedMeasure(o ? o->type : OutcomeType::Generic);
}

SynthesisSettings defaultSettings(OutcomeType type)
{
    SynthesisSettings s;
    s.automaticMeasure = true;
    s.measure = suggestedMeasure(type);
    return s;
}

SynthesisSettings effectiveSettings(const Review &review, qint64 claimId)
{
    const Claim *claim = review.claim(claimId);
    const Outcome *outcome = claim ? review.outcome(claim->outcomeId) : nullptr;
    const OutcomeType type = outcome ? outcome->type : OutcomeType::Generic;
    const auto it = review.settings.constFind(claimId);
    SynthesisSettings s = it != review.settings.cend() ? *it : defaultSettings(type);
    if (s.automaticMeasure) // the outcome's data decide until the reviewer picks a measure
        s.measure = suggestedMeasure(type);
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
    return claim.equivalenceMargin > 0 ? claim.equivalenceMargin : std::nan("");
}

ImportanceThreshold defaultThreshold(synth::Measure measure)
{
    ImportanceThreshold t;
    switch (measure) {
    case synth::Measure::RR:
    case synth::Measure::OR:
        t.lower = std::log(1 - kDefaultRelativeRiskChange);
        t.upper = std::log(1 + kDefaultRelativeRiskChange);
        t.isDefault = true;
        break;
    case synth::Measure::SMD:
        t.lower = -kDefaultSmd;
        t.upper = kDefaultSmd;
        t.isDefault = true;
        break;
    default:
        break;
    }
    return t;
}

ImportanceThreshold importanceThreshold(const Claim &claim, synth::Measure measure)
{
    const double m = minimalImportantDifference(claim);
    if (!std::isfinite(m))
        return defaultThreshold(measure);
    ImportanceThreshold t;
    t.lower = -m;
    t.upper = m;
    return t;
}

QString thresholdText(const ImportanceThreshold &t, synth::Measure measure, bool brief)
{
    if (!t.isSet())
        return {};
    const QLocale l;
    const QString name = QString::fromLatin1(synth::measureName(measure).data(),
                                             qsizetype(synth::measureName(measure).size())); // i18n-exempt
    if (brief && synth::isRatioMeasure(measure))
        return QStringLiteral("%1 %2 / %3") // i18n-exempt: a measure's name and numbers
            .arg(name, l.toString(std::exp(t.lower), 'f', 2), l.toString(std::exp(t.upper), 'f', 2));
    if (brief)
        return QStringLiteral("%1 ±%2").arg(name, l.toString(t.smallest(), 'f', 2)); // i18n-exempt: as above
    if (synth::isRatioMeasure(measure))
        return DefaultsText::tr("%1 below %2 or above %3")
            .arg(name, l.toString(std::exp(t.lower), 'f', 2), l.toString(std::exp(t.upper), 'f', 2));
    return DefaultsText::tr("%1 beyond ±%2").arg(name, l.toString(t.smallest(), 'f', 2));
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

double participantsForRisks(double p0, double p1)
{
    if (!(p0 > 0 && p0 < 1 && p1 > 0 && p1 < 1) || p0 == p1)
        return std::nan("");
    const boost::math::normal z;
    const double zz = std::pow(quantile(z, 1 - kTrialAlpha / 2) + quantile(z, kTrialPower), 2);
    return 2 * zz * (p0 * (1 - p0) + p1 * (1 - p1)) / ((p0 - p1) * (p0 - p1));
}

} // namespace evidencedesk
