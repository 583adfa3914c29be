// SPDX-License-Identifier: GPL-3.0-or-later
#include "grade.h"
#include "analysisformat.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace evidencedesk {

namespace {

/// The translation context of this file (lupdate reads GradeText::tr calls).
struct GradeText {
    Q_DECLARE_TR_FUNCTIONS(GradeText)
};

QString pct(double x)
{
    return percentText(QLocale().toString(x, 'f', 0));
}

QString num(double x, int d = 2)
{
    return QLocale().toString(x, 'f', d);
}

bool randomised(Design d)
{
    return d == Design::Rct || d == Design::SystematicReview;
}

} // namespace

QList<GradeDomain> allGradeDomains()
{
    return {GradeDomain::RiskOfBias,   GradeDomain::Inconsistency,   GradeDomain::Indirectness,
            GradeDomain::Imprecision,  GradeDomain::PublicationBias, GradeDomain::LargeEffect,
            GradeDomain::DoseResponse, GradeDomain::Confounding};
}

QString gradeDomainKey(GradeDomain d)
{
    switch (d) {
    case GradeDomain::RiskOfBias:
        return QStringLiteral("risk_of_bias");
    case GradeDomain::Inconsistency:
        return QStringLiteral("inconsistency");
    case GradeDomain::Indirectness:
        return QStringLiteral("indirectness");
    case GradeDomain::Imprecision:
        return QStringLiteral("imprecision");
    case GradeDomain::PublicationBias:
        return QStringLiteral("publication_bias");
    case GradeDomain::LargeEffect:
        return QStringLiteral("large_effect");
    case GradeDomain::DoseResponse:
        return QStringLiteral("dose_response");
    case GradeDomain::Confounding:
        return QStringLiteral("plausible_confounding");
    }
    return {};
}

QString gradeDomainName(GradeDomain d)
{
    switch (d) {
    case GradeDomain::RiskOfBias:
        return GradeText::tr("Risk of bias");
    case GradeDomain::Inconsistency:
        return GradeText::tr("Inconsistency");
    case GradeDomain::Indirectness:
        return GradeText::tr("Indirectness");
    case GradeDomain::Imprecision:
        return GradeText::tr("Imprecision");
    case GradeDomain::PublicationBias:
        return GradeText::tr("Publication bias");
    case GradeDomain::LargeEffect:
        return GradeText::tr("Large effect");
    case GradeDomain::DoseResponse:
        return GradeText::tr("Dose-response gradient");
    case GradeDomain::Confounding:
        return GradeText::tr("Plausible confounding");
    }
    return {};
}

bool isUpgradeDomain(GradeDomain d)
{
    return d == GradeDomain::LargeEffect || d == GradeDomain::DoseResponse || d == GradeDomain::Confounding;
}

QString certaintyName(Certainty c)
{
    switch (c) {
    case Certainty::High:
        return GradeText::tr("High");
    case Certainty::Moderate:
        return GradeText::tr("Moderate");
    case Certainty::Low:
        return GradeText::tr("Low");
    case Certainty::VeryLow:
        break;
    }
    return GradeText::tr("Very low");
}

QString certaintySymbols(Certainty c)
{
    const int n = int(c);
    return QString(n, QChar(0x2295)) + QString(4 - n, QChar(0x25EF));
}

GradeAssessment assessGrade(const Review &review, qint64 claimId, const ClaimAnalysis &c, const GradeSettings &settings)
{
    GradeAssessment g;
    const bool ok = c.ok() && c.analysis.fit.converged;
    const synth::Analysis &a = c.analysis;
    const synth::Fit &f = a.fit;
    QHash<qint64, const Study *> byId;
    for (const Study &s : review.studies)
        byId.insert(s.id, &s);

    // starting level: randomised evidence starts high, observational low (by the weight they carry)
    double randomisedWeight = 0, knownWeight = 0, totalWeight = 0;
    for (auto it = c.analysed.begin(); ok && it != c.analysed.end(); ++it) {
        const Study *s = byId.value(it.key());
        const double w = a.weights[std::size_t(*it)];
        totalWeight += w;
        if (s && s->design != Design::Unspecified) {
            knownWeight += w;
            if (randomised(s->design))
                randomisedWeight += w;
        }
    }
    if (!ok) {
        g.start = Certainty::Low;
        g.startReason = GradeText::tr("There is no synthesis to rate (no included study has outcome data).");
    } else if (knownWeight == 0) {
        g.start = Certainty::Low;
        g.startReason = GradeText::tr("The designs of the studies are not recorded; rated as observational evidence.");
    } else if (randomisedWeight >= 0.5 * totalWeight) {
        g.start = Certainty::High;
        g.startReason = GradeText::tr("%1 of the weight comes from randomised trials (or reviews of them).")
                            .arg(pct(100 * randomisedWeight / totalWeight));
    } else {
        g.start = Certainty::Low;
        g.startReason = GradeText::tr("Most of the weight (%1) comes from observational studies.")
                            .arg(pct(100 * (totalWeight - randomisedWeight) / totalWeight));
    }

    const bool ratio = ok && synth::isRatioMeasure(a.measure);
    double mid = settings.minimalImportantDifference;
    if (const Claim *claim = review.claim(claimId);
        !std::isfinite(mid) && claim && claim->assertion == Assertion::NoDifference)
        mid = claim
                  ->equivalenceMargin; // a no-difference claim's equivalence margin is its minimal important difference
    for (GradeDomain d : allGradeDomains()) {
        DomainAssessment x;
        x.domain = d;
        if (!ok) {
            x.assessable = false;
            x.reason = GradeText::tr("Not assessable without a synthesis.");
            g.domains << x;
            continue;
        }
        switch (d) {
        case GradeDomain::RiskOfBias: {
            double low = 0, unrated = 0;
            for (auto it = c.analysed.begin(); it != c.analysed.end(); ++it) {
                const Study *s = byId.value(it.key());
                const double w = a.weights[std::size_t(*it)];
                if (!s || !std::isfinite(s->quality))
                    unrated += w;
                else if (s->quality < settings.lowQualityBelow)
                    low += w;
            }
            if (low > 50) {
                x.suggested = -2;
                x.reason = GradeText::tr("%1 of the weight comes from studies rated below %2.")
                               .arg(pct(low))
                               .arg(settings.lowQualityBelow);
            } else if (low > 25) {
                x.suggested = -1;
                x.reason = GradeText::tr("%1 of the weight comes from studies rated below %2.")
                               .arg(pct(low))
                               .arg(settings.lowQualityBelow);
            } else if (unrated > 50) {
                x.suggested = -1;
                x.reason
                    = GradeText::tr("%1 of the weight comes from studies without a quality rating.").arg(pct(unrated));
            } else {
                x.reason = GradeText::tr("%1 of the weight comes from studies rated below %2.")
                               .arg(pct(low))
                               .arg(settings.lowQualityBelow);
            }
            break;
        }
        case GradeDomain::Inconsistency: {
            const bool piCrosses = std::isfinite(f.piLower) && f.piLower < 0 && f.piUpper > 0;
            const bool ciCrosses = f.ciLower < 0 && f.ciUpper > 0;
            if (f.k < 2) {
                x.assessable = false;
                x.reason = GradeText::tr("A single study: consistency cannot be judged.");
            } else if (f.I2 >= 90 && piCrosses) {
                x.suggested = -2;
                x.reason
                    = GradeText::tr("I\u00b2 = %1 and the prediction interval includes effects in both directions.")
                          .arg(pct(f.I2));
            } else if (f.I2 >= 50 || (piCrosses && !ciCrosses)) {
                x.suggested = -1;
                x.reason = f.I2 >= 50
                    ? GradeText::tr("I\u00b2 = %1 (\u03c4\u00b2 = %2): substantial heterogeneity.")
                          .arg(pct(f.I2), num(f.tau2, 3))
                    : GradeText::tr(
                        "The prediction interval crosses the null although the confidence interval does not.");
                if (f.I2 >= 50 && piCrosses)
                    x.reason += QLatin1Char(' ') + GradeText::tr("The prediction interval crosses the null.");
            } else {
                x.reason = GradeText::tr("I\u00b2 = %1: little heterogeneity.").arg(pct(f.I2));
            }
            break;
        }
        case GradeDomain::Indirectness:
            x.assessable = false;
            x.reason
                = GradeText::tr("Judge whether the studies' population, intervention, comparator and outcome match the "
                                "question; the data cannot say.");
            break;
        case GradeDomain::Imprecision: {
            const bool crossesNull = f.ciLower < 0 && f.ciUpper > 0;
            QStringList why;
            if (std::isfinite(mid) && mid > 0) {
                const bool both = f.ciLower < -mid && f.ciUpper > mid;
                const bool crossesMid = (f.ciLower < mid && f.ciUpper > mid) || (f.ciLower < -mid && f.ciUpper > -mid);
                if (both) {
                    x.suggested = -2;
                    why << GradeText::tr("The confidence interval includes important effects in both directions.");
                } else if (crossesMid || crossesNull) {
                    x.suggested = -1;
                    why << GradeText::tr("The confidence interval crosses the minimal important difference (%1).")
                               .arg(num(ratio ? std::exp(mid) : mid));
                }
            } else if (crossesNull) {
                x.suggested = -1;
                why << GradeText::tr("The confidence interval includes no effect.");
            }
            // total sample size against the optimal information size (two groups, 80% power, alpha 0.05)
            double n = 0;
            bool allN = true;
            for (auto it = c.analysed.begin(); it != c.analysed.end(); ++it) {
                const Study *s = byId.value(it.key());
                const synth::StudyInput &in = s->data;
                const double ni = std::isfinite(in.n1i) && std::isfinite(in.n2i) ? in.n1i + in.n2i
                    : std::isfinite(in.bi)                                       ? in.ai + in.bi + in.ci + in.di
                                                                                 : in.ni;
                if (std::isfinite(ni))
                    n += ni;
                else
                    allN = false;
            }
            if (allN && a.measure != synth::Measure::GEN) {
                // OIS as for one trial powered for the pooled effect (or the MID): 2 * 2(z_a + z_b)^2 / d^2 for
                // standardised effects; ratio and correlation effects through their variance per participant
                const double target = std::isfinite(mid) && mid > 0 ? mid : std::abs(f.estimate);
                const double zz = std::pow(1.959963984540054 + 0.8416212335729143, 2);
                double perUnit = 0; // variance of the effect contributed by one participant (total across arms)
                for (double v : a.vi)
                    perUnit += 1 / v;
                const double info = perUnit / std::max(n, 1.0); // information per participant
                const double ois = target > 0 ? zz / (target * target) / info : std::numeric_limits<double>::infinity();
                if (n < ois) {
                    x.suggested = std::max(-2, x.suggested - 1);
                    why << GradeText::tr("%1 participants in all, fewer than the optimal information size of about %2.")
                               .arg(QLocale().toString(n, 'f', 0),
                                    std::isfinite(ois) ? QLocale().toString(std::ceil(ois), 'f', 0)
                                                       : GradeText::tr("(infinite: no effect)"));
                } else {
                    why << GradeText::tr("%1 participants in all, more than the optimal information size of about %2.")
                               .arg(QLocale().toString(n, 'f', 0), QLocale().toString(std::ceil(ois), 'f', 0));
                }
            }
            if (why.isEmpty())
                why << GradeText::tr("The confidence interval excludes no effect.");
            x.reason = why.join(QLatin1Char(' '));
            break;
        }
        case GradeDomain::PublicationBias:
            if (f.k < 10) {
                x.assessable = false;
                x.reason
                    = GradeText::tr("Not assessable: fewer than 10 studies (%1) are too few for funnel plot tests.")
                          .arg(f.k);
            } else {
                QStringList why;
                if (a.egger && a.egger->pval < 0.10) {
                    x.suggested = -1;
                    why << GradeText::tr("Egger's test suggests small-study effects (p %1).")
                               .arg(pValueClause(a.egger->pval));
                }
                if (a.trimfill && a.trimfill->k0 > 0) {
                    const synth::Fit &t = a.trimfill->filled;
                    const bool changes = (f.ciLower > 0 || f.ciUpper < 0) && t.ciLower < 0 && t.ciUpper > 0;
                    if (changes)
                        x.suggested = -1;
                    why << GradeText::tr("Trim-and-fill imputes %n stud(ies)%1.", nullptr, a.trimfill->k0)
                               .arg(changes ? GradeText::tr(", and the adjusted interval includes no effect")
                                            : QString());
                }
                if (why.isEmpty())
                    why << GradeText::tr("No sign of small-study effects (Egger p %1).")
                               .arg(pValueClause(a.egger ? a.egger->pval : std::nan("")));
                x.reason = why.join(QLatin1Char(' '));
            }
            break;
        case GradeDomain::LargeEffect:
            if (g.start != Certainty::Low) {
                x.reason = GradeText::tr("Upgrades apply to observational evidence only.");
            } else if (ratio) {
                const double r = std::exp(std::abs(f.estimate));
                const double bound = std::exp(std::min(std::abs(f.ciLower), std::abs(f.ciUpper)));
                if (r >= 5 && bound >= 2) {
                    x.suggested = 2;
                    x.reason = GradeText::tr("A very large effect (ratio %1 or its inverse).").arg(num(r));
                } else if (r >= 2 && !(f.ciLower < 0 && f.ciUpper > 0)) {
                    x.suggested = 1;
                    x.reason = GradeText::tr("A large effect (ratio %1 or its inverse).").arg(num(r));
                } else {
                    x.reason = GradeText::tr("The effect is not large (ratio %1 or its inverse).").arg(num(r));
                }
            } else {
                x.assessable = false;
                x.reason = GradeText::tr("Judged for ratio measures only.");
            }
            break;
        case GradeDomain::DoseResponse:
        case GradeDomain::Confounding:
            x.assessable = false;
            x.reason = g.start == Certainty::Low ? GradeText::tr("The reviewer's judgement; the data cannot say.")
                                                 : GradeText::tr("Upgrades apply to observational evidence only.");
            break;
        }
        g.domains << x;
    }
    // the reviewer's stored judgements
    const QList<GradeJudgement> stored = review.grade.value(claimId);
    for (DomainAssessment &x : g.domains)
        for (const GradeJudgement &j : stored)
            if (j.domain == gradeDomainKey(x.domain) && j.override) {
                x.override = j.override;
                x.justification = j.justification;
            }
    int level = int(g.start), downgrades = 0, upgrades = 0;
    for (const DomainAssessment &x : g.domains)
        (isUpgradeDomain(x.domain) ? upgrades : downgrades) += x.value();
    level += downgrades;
    if (downgrades == 0 && g.start == Certainty::Low)
        level += upgrades; // upgrades only for observational evidence without serious limitations
    else if (upgrades > 0)
        for (DomainAssessment &x : g.domains)
            if (isUpgradeDomain(x.domain) && x.value() > 0)
                x.reason += QLatin1Char(' ')
                    + GradeText::tr("It does not count here: an upgrade applies only when nothing is downgraded.");
    g.certainty = Certainty(std::clamp(level, 1, 4));
    const Claim *claim = review.claim(claimId);
    const QString stored_ = review.conclusions.value(claimId);
    g.conclusionEdited = !stored_.isEmpty();
    g.conclusion = g.conclusionEdited
        ? stored_
        : (claim ? plainConclusion(*claim, c, g.certainty, review.info.outcome) : QString());
    return g;
}

QList<GradeJudgement> toJudgements(const GradeAssessment &a)
{
    QList<GradeJudgement> out;
    for (const DomainAssessment &x : a.domains)
        out.append({gradeDomainKey(x.domain), x.suggested, x.override, x.reason, x.justification});
    return out;
}

QString plainConclusion(const Claim &claim, const ClaimAnalysis &c, Certainty certainty, const QString &outcome)
{
    const QString what = outcome.isEmpty() ? GradeText::tr("the outcome") : outcome.toLower();
    if (!c.ok() || !c.analysis.fit.converged)
        return GradeText::tr("There is no synthesis of %1 yet.").arg(what);
    const synth::Fit &f = c.analysis.fit;
    const double margin = claim.equivalenceMargin;
    const bool little
        = std::isfinite(margin) ? (f.ciLower > -margin && f.ciUpper < margin) : (f.ciLower < 0 && f.ciUpper > 0);
    if (certainty == Certainty::VeryLow)
        return GradeText::tr("The evidence is very uncertain about the effect on %1.").arg(what);
    if (little) {
        switch (certainty) {
        case Certainty::High:
            return GradeText::tr("The intervention results in little or no difference in %1.").arg(what);
        case Certainty::Moderate:
            return GradeText::tr("The intervention probably results in little or no difference in %1.").arg(what);
        default:
            return GradeText::tr("The intervention may result in little or no difference in %1.").arg(what);
        }
    }
    const bool up = f.estimate > 0;
    switch (certainty) {
    case Certainty::High:
        return up ? GradeText::tr("The intervention increases %1.").arg(what)
                  : GradeText::tr("The intervention reduces %1.").arg(what);
    case Certainty::Moderate:
        return up ? GradeText::tr("The intervention probably increases %1.").arg(what)
                  : GradeText::tr("The intervention probably reduces %1.").arg(what);
    default:
        return up ? GradeText::tr("The intervention may increase %1.").arg(what)
                  : GradeText::tr("The intervention may reduce %1.").arg(what);
    }
}

} // namespace evidencedesk
