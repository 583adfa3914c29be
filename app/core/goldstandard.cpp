// SPDX-License-Identifier: GPL-3.0-or-later
#include "goldstandard.h"
#include "analysisformat.h"
#include "defaults.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <vector>

namespace evidencedesk {

namespace {
/// The translation context of this file (lupdate reads GoldStandardText::tr calls).
struct GoldStandardText {
    Q_DECLARE_TR_FUNCTIONS(GoldStandardText)
};
} // namespace

double requiredSampleSize(const ClaimAnalysis &c, double effect)
{
    if (!c.ok() || c.analysis.measure == synth::Measure::GEN || !(std::abs(effect) > 0))
        return std::nan("");
    double n = 0, information = 0;
    for (const AnalysedStudy *s : c.analysedStudies()) {
        if (!s || !std::isfinite(s->participants))
            return std::nan("");
        n += s->participants;
        information += 1 / s->effect.vi;
    }
    const double needed = participantsForPower(effect, information / n);
    return std::isfinite(needed) ? std::ceil(needed / 2) * 2 : needed; // an even total: two equal arms
}

InformationSize requiredSampleSize(const ClaimAnalysis &c, const ImportanceThreshold &t)
{
    InformationSize out;
    if (!c.ok() || !t.isSet())
        return out;
    const synth::Measure m = c.analysis.measure;
    // dichotomous data: sized from the median comparator risk of the studies
    const bool dichotomous = m == synth::Measure::RR || m == synth::Measure::OR || m == synth::Measure::RD;
    const double p0 = dichotomous ? medianComparatorRisk(c) : std::nan("");
    if (!std::isfinite(p0)) {
        const double n = requiredSampleSize(c, t.smallest());
        out.participants = n;
        return out;
    }
    out.controlRisk = p0;
    // the risk with the intervention at the threshold's reduction (GRADE sizes for a relative risk reduction)
    double p1 = std::nan("");
    if (m == synth::Measure::RR) {
        p1 = p0 * std::exp(t.lower);
    } else if (m == synth::Measure::OR) {
        const double odds = p0 / (1 - p0) * std::exp(t.lower);
        p1 = odds / (1 + odds);
    } else {
        p1 = p0 + t.lower > 0 ? p0 + t.lower : p0 + t.upper;
    }
    const double needed = participantsForRisks(p0, p1);
    out.participants = std::isfinite(needed) ? std::ceil(needed / 2) * 2 : needed;
    return out;
}

QList<GoldStandardItem> proposeGoldStandard(const Review &review, qint64 claimId, const ClaimAnalysis &c)
{
    const ReviewInfo &q = review.info;
    const Claim *claim = review.claim(claimId);
    const QString population
        = q.population.isEmpty() ? GoldStandardText::tr("the population of the claim") : q.population;
    const QString intervention
        = q.intervention.isEmpty() ? GoldStandardText::tr("the intervention of the claim") : q.intervention;
    const QString comparison = q.comparator.isEmpty() ? GoldStandardText::tr("the usual alternative") : q.comparator;
    const QString outcome = q.outcome.isEmpty() ? GoldStandardText::tr("the outcome of the claim") : q.outcome;
    // the follow-up in its own words: beside the outcome in the report, it must not repeat it
    const QString followUp
        = GoldStandardText::tr("long enough for the outcome to change; set from the included studies");
    const QLocale l;

    bool anyRct = false;
    for (const AnalysedStudy &s : c.studies)
        anyRct = anyRct || (s.included && s.design == Design::Rct);
    const bool ok = c.claimId == claimId && c.ok() && c.analysis.fit.converged;
    const synth::Fit *f = ok ? &c.analysis.fit : nullptr;
    const ImportanceThreshold threshold
        = claim && ok ? importanceThreshold(*claim, c.analysis.measure) : ImportanceThreshold();
    const double n = ok ? requiredSampleSize(c, threshold).participants : std::nan("");
    QString power;
    if (std::isfinite(n))
        power = GoldStandardText::tr(
                    "About %1 participants (%2 per arm) give %3 power at a two-sided alpha of %4 to detect %5.")
                    .arg(l.toString(n, 'f', 0), l.toString(n / 2, 'f', 0),
                         percentText(l.toString(100 * kTrialPower, 'f', 0)), l.toString(kTrialAlpha, 'f', 2),
                         threshold.isDefault ? GoldStandardText::tr("the default minimal important difference (%1)")
                                                   .arg(thresholdText(threshold, c.analysis.measure))
                                             : GoldStandardText::tr("the minimal important difference (%1)")
                                                   .arg(thresholdText(threshold, c.analysis.measure)));
    else if (ok)
        power = GoldStandardText::tr(
            "The sample size cannot be computed from these data: set a minimal important difference and record "
            "the studies' sample sizes.");

    QList<GoldStandardItem> items;
    GoldStandardItem sr;
    sr.design = Design::SystematicReview;
    sr.population = population;
    sr.intervention = intervention;
    sr.comparison = comparison;
    sr.outcome = outcome;
    sr.followUp = followUp;
    sr.notes = GoldStandardText::tr(
        "A systematic review with individual participant data of several large, preregistered randomised "
        "trials like the one below, analysed together.");
    items << sr;

    GoldStandardItem rct = sr;
    rct.design = Design::Rct;
    QStringList why;
    why << GoldStandardText::tr(
        "A large, preregistered, multi-centre randomised trial with blinded outcome assessment.");
    if (!anyRct)
        why << GoldStandardText::tr("No randomised trial is included yet: this is the gap that matters most.");
    if (f && f->I2 >= 50)
        why << GoldStandardText::tr(
                   "Heterogeneity is substantial (I\u00b2 = %1%): stratify by the likely modifiers and report them.")
                   .arg(l.toString(f->I2, 'f', 0));
    if (claim && claim->assertion == Assertion::NoDifference)
        why << GoldStandardText::tr("Designed as an equivalence trial with a margin set in advance.");
    if (!power.isEmpty())
        why << power;
    rct.notes = why.join(QLatin1Char(' '));
    items << rct;

    GoldStandardItem cohort = sr;
    cohort.design = Design::Cohort;
    cohort.notes = GoldStandardText::tr(
        "A large prospective cohort with measured confounders, for long-term outcomes and groups that "
        "trials leave out.");
    items << cohort;
    return items;
}

} // namespace evidencedesk
