// SPDX-License-Identifier: GPL-3.0-or-later
#include "grade.h"
#include "analysisformat.h"
#include "defaults.h"
#include "goldstandard.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>

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

/// A threshold's two bounds on the natural scale: "0.75 / 1.25" for a ratio, "±0.20" otherwise.
QString bounds(double lower, double upper, bool ratio)
{
    if (ratio)
        return QStringLiteral("%1 / %2").arg(num(lower), num(upper)); // i18n-exempt: numbers only
    return QStringLiteral("±%1").arg(num(std::min(-lower, upper))); // i18n-exempt: numbers only
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

QString judgementName(GradeDomain d, int value)
{
    if (isUpgradeDomain(d)) {
        if (value <= 0)
            return GradeText::tr("no upgrade");
        return GradeText::tr("+%n level(s)", nullptr, value);
    }
    if (value >= 0)
        return GradeText::tr("not serious");
    return value == -1 ? GradeText::tr("serious (−1)") : GradeText::tr("very serious (−2)");
}

QString certaintySymbols(Certainty c)
{
    const int n = int(c);
    return QString(n, QChar(0x2295)) + QString(4 - n, QChar(0x25EF));
}

// ------------------------------------------------------------------------------------------- reasons

namespace {

using Code = GradeReason::Code;

struct ReasonEntry {
    Code code;
    const char *key;
};

const ReasonEntry kReasons[] = {
    {Code::NoSynthesis, "no_synthesis"},
    {Code::DesignsNotRecorded, "designs_not_recorded"},
    {Code::RandomisedWeight, "randomised_weight"},
    {Code::ObservationalWeight, "observational_weight"},
    {Code::LowQualityWeight, "low_quality_weight"},
    {Code::UnratedWeight, "unrated_weight"},
    {Code::NotAssessableWithoutSynthesis, "not_assessable_without_synthesis"},
    {Code::SingleStudy, "single_study"},
    {Code::VeryHighHeterogeneity, "very_high_heterogeneity"},
    {Code::SubstantialHeterogeneity, "substantial_heterogeneity"},
    {Code::PredictionCrossesNull, "prediction_crosses_null"},
    {Code::PredictionCrossesNullOnly, "prediction_crosses_null_only"},
    {Code::LittleHeterogeneity, "little_heterogeneity"},
    {Code::IndirectnessByJudgement, "indirectness_by_judgement"},
    {Code::ImportantEffectsBothWays, "important_effects_both_ways"},
    {Code::CrossesMinimalImportantDifference, "crosses_minimal_important_difference"},
    {Code::IncludesNoEffect, "includes_no_effect"},
    {Code::ExcludesNoEffect, "excludes_no_effect"},
    {Code::BelowInformationSize, "below_information_size"},
    {Code::AboveInformationSize, "above_information_size"},
    {Code::TooFewForFunnelTests, "too_few_for_funnel_tests"},
    {Code::EggerSmallStudyEffects, "egger_small_study_effects"},
    {Code::TrimAndFillImputes, "trim_and_fill_imputes"},
    {Code::NoSmallStudyEffects, "no_small_study_effects"},
    {Code::UpgradeObservationalOnly, "upgrade_observational_only"},
    {Code::VeryLargeEffect, "very_large_effect"},
    {Code::LargeEffect, "large_effect"},
    {Code::EffectNotLarge, "effect_not_large"},
    {Code::RatioMeasuresOnly, "ratio_measures_only"},
    {Code::ReviewerJudgement, "reviewer_judgement"},
    {Code::UpgradeNotCounted, "upgrade_not_counted"},
    {Code::RiskOfBiasNotAssessed, "risk_of_bias_not_assessed"},
    {Code::LowQualityRatedWeight, "low_quality_rated_weight"},
    {Code::RiskOfBiasWeights, "risk_of_bias_weights"},
    {Code::RiskOfBiasUnjudgedWeight, "risk_of_bias_unjudged_weight"},
    {Code::NoThresholdSet, "no_threshold_set"},
    {Code::DefaultThreshold, "default_threshold"},
    {Code::ClaimThreshold, "claim_threshold"},
    {Code::ExcludesImportantEffects, "excludes_important_effects"},
    {Code::WhollyImportantEffect, "wholly_important_effect"},
};

GradeReason because(Code code, QList<double> values = {})
{
    return {code, std::move(values)};
}

} // namespace

QString GradeReason::key(Code code)
{
    for (const ReasonEntry &e : kReasons)
        if (e.code == code)
            return QString::fromLatin1(e.key);
    return {};
}

std::optional<GradeReason::Code> GradeReason::fromKey(const QString &key)
{
    for (const ReasonEntry &e : kReasons)
        if (key == QLatin1String(e.key))
            return e.code;
    return std::nullopt;
}

QString GradeReason::describe() const
{
    const auto v = [this](qsizetype i) { return values.value(i, std::nan("")); };
    const auto count = [](double x) { return QLocale().toString(x, 'f', 0); };
    switch (code) {
    case Code::NoSynthesis:
        return GradeText::tr("There is no synthesis to rate (no included study has outcome data).");
    case Code::DesignsNotRecorded:
        return GradeText::tr("The designs of the studies are not recorded; rated as observational evidence.");
    case Code::RandomisedWeight:
        return GradeText::tr("%1 of the weight comes from randomised trials (or reviews of them).").arg(pct(v(0)));
    case Code::ObservationalWeight:
        return GradeText::tr("Most of the weight (%1) comes from observational studies.").arg(pct(v(0)));
    case Code::LowQualityWeight:
        return GradeText::tr("%1 of the weight comes from studies rated below %2.").arg(pct(v(0)), num(v(1), 0));
    case Code::UnratedWeight:
        return GradeText::tr("%1 of the weight comes from studies without a quality rating.").arg(pct(v(0)));
    case Code::NotAssessableWithoutSynthesis:
        return GradeText::tr("Not assessable without a synthesis.");
    case Code::SingleStudy:
        return GradeText::tr("A single study: consistency cannot be judged.");
    case Code::VeryHighHeterogeneity:
        return GradeText::tr("I² = %1 and the prediction interval includes effects in both directions.").arg(pct(v(0)));
    case Code::SubstantialHeterogeneity:
        return GradeText::tr("I² = %1 (τ² = %2): substantial heterogeneity.").arg(pct(v(0)), num(v(1), 3));
    case Code::PredictionCrossesNull:
        return GradeText::tr("The prediction interval crosses the null.");
    case Code::PredictionCrossesNullOnly:
        return GradeText::tr("The prediction interval crosses the null although the confidence interval does not.");
    case Code::LittleHeterogeneity:
        return GradeText::tr("I² = %1: little heterogeneity.").arg(pct(v(0)));
    case Code::IndirectnessByJudgement:
        return GradeText::tr("Judge whether the studies' population, intervention, comparator and outcome match the "
                             "question; the data cannot say.");
    case Code::ImportantEffectsBothWays:
        return GradeText::tr("The confidence interval includes important effects in both directions.");
    case Code::CrossesMinimalImportantDifference:
        return GradeText::tr("The confidence interval crosses the minimal important difference (%1).").arg(num(v(0)));
    case Code::IncludesNoEffect:
        return GradeText::tr("The confidence interval includes no effect.");
    case Code::ExcludesNoEffect:
        return GradeText::tr("The confidence interval excludes no effect.");
    case Code::BelowInformationSize:
        return GradeText::tr("%1 participants in all, fewer than the optimal information size of about %2.")
            .arg(count(v(0)), std::isfinite(v(1)) ? count(std::ceil(v(1))) : GradeText::tr("(infinite: no effect)"));
    case Code::AboveInformationSize:
        return GradeText::tr("%1 participants in all, more than the optimal information size of about %2.")
            .arg(count(v(0)), count(std::ceil(v(1))));
    case Code::TooFewForFunnelTests:
        return GradeText::tr("Not assessable: fewer than 10 studies (%1) are too few for funnel plot tests.")
            .arg(count(v(0)));
    case Code::EggerSmallStudyEffects:
        return GradeText::tr("Egger's test suggests small-study effects (p %1).").arg(pValueClause(v(0)));
    case Code::TrimAndFillImputes:
        return GradeText::tr("Trim-and-fill imputes %n stud(ies)%1.", nullptr, int(v(0)))
            .arg(v(1) > 0 ? GradeText::tr(", and the adjusted interval includes no effect") : QString());
    case Code::NoSmallStudyEffects:
        return GradeText::tr("No sign of small-study effects (Egger p %1).").arg(pValueClause(v(0)));
    case Code::UpgradeObservationalOnly:
        return GradeText::tr("Upgrades apply to observational evidence only.");
    case Code::VeryLargeEffect:
        return GradeText::tr("A very large effect (ratio %1 or its inverse).").arg(num(v(0)));
    case Code::LargeEffect:
        return GradeText::tr("A large effect (ratio %1 or its inverse).").arg(num(v(0)));
    case Code::EffectNotLarge:
        return GradeText::tr("The effect is not large (ratio %1 or its inverse).").arg(num(v(0)));
    case Code::RatioMeasuresOnly:
        return GradeText::tr("Judged for ratio measures only.");
    case Code::ReviewerJudgement:
        return GradeText::tr("The reviewer's judgement; the data cannot say.");
    case Code::UpgradeNotCounted:
        return GradeText::tr("It does not count here: an upgrade applies only when nothing is downgraded.");
    case Code::RiskOfBiasNotAssessed:
        return GradeText::tr("Not assessed: no study has a risk-of-bias judgement or a quality rating yet, so "
                             "nothing is downgraded.");
    case Code::RiskOfBiasWeights:
        return GradeText::tr("Of the weight of the appraised studies, %1 is at low risk of bias, %2 at some concerns "
                             "or moderate risk, %3 at high or serious risk and %4 at critical risk.")
            .arg(pct(v(0)), pct(v(1)), pct(v(2)), pct(v(3)));
    case Code::RiskOfBiasUnjudgedWeight:
        return GradeText::tr("%1 of the weight comes from studies without a risk-of-bias judgement.").arg(pct(v(0)));
    case Code::LowQualityRatedWeight:
        return GradeText::tr("%1 of the weight of the rated studies comes from studies rated below %2.")
            .arg(pct(v(0)), num(v(1), 0));
    case Code::NoThresholdSet:
        return GradeText::tr("Not assessable: no minimal important difference is set, and this measure has no "
                             "default; set one on the claim.");
    case Code::DefaultThreshold:
        return GradeText::tr("Rated against the default minimal important difference (%1), as GRADE suggests when "
                             "none is known.")
            .arg(bounds(v(0), v(1), v(2) > 0));
    case Code::ClaimThreshold:
        return GradeText::tr("Rated against the claim's minimal important difference (%1).")
            .arg(bounds(v(0), v(1), v(2) > 0));
    case Code::ExcludesImportantEffects:
        return GradeText::tr("The confidence interval excludes both an important benefit and an important harm.");
    case Code::WhollyImportantEffect:
        return GradeText::tr("The confidence interval lies wholly beyond the minimal important difference.");
    }
    return {};
}

QString encodeReasons(const QList<GradeReason> &reasons)
{
    QJsonArray a;
    for (const GradeReason &r : reasons) {
        QJsonObject o {{QStringLiteral("code"), GradeReason::key(r.code)}};
        if (!r.values.isEmpty()) {
            QJsonArray values;
            for (double x : r.values)
                values.append(std::isfinite(x) ? QJsonValue(x) : QJsonValue());
            o[QStringLiteral("values")] = values;
        }
        a.append(o);
    }
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

bool decodeReasons(const QString &text, QList<GradeReason> &reasons)
{
    const QJsonDocument d = QJsonDocument::fromJson(text.toUtf8());
    if (!d.isArray())
        return false;
    QList<GradeReason> out;
    for (const QJsonValue &v : d.array()) {
        const auto code = GradeReason::fromKey(v.toObject().value(QStringLiteral("code")).toString());
        if (!code)
            return false;
        GradeReason r {*code, {}};
        for (const QJsonValue &x : v.toObject().value(QStringLiteral("values")).toArray())
            r.values.append(x.isDouble() ? x.toDouble() : std::nan(""));
        out.append(r);
    }
    reasons = out;
    return true;
}

QString DomainAssessment::reason() const
{
    QStringList words;
    for (const GradeReason &r : reasons)
        words << r.describe();
    return words.join(QLatin1Char(' '));
}

// --------------------------------------------------------------------------------------- assessment

namespace {

/// The studies in the synthesis with their percent weights.
struct WeightedStudy {
    const AnalysedStudy *study;
    double weight;
};

QList<WeightedStudy> weighted(const ClaimAnalysis &c)
{
    QList<WeightedStudy> out;
    const QList<const AnalysedStudy *> studies = c.analysedStudies();
    for (qsizetype i = 0; i < studies.size(); ++i)
        if (studies[i])
            out.append({studies[i], c.analysis.weights[std::size_t(i)]});
    return out;
}

/// Randomised evidence starts high, observational low, by the weight each carries.
void rateStart(const QList<WeightedStudy> &studies, GradeAssessment &g)
{
    double randomisedWeight = 0, knownWeight = 0, totalWeight = 0;
    for (const WeightedStudy &s : studies) {
        totalWeight += s.weight;
        if (s.study->design != Design::Unspecified) {
            knownWeight += s.weight;
            if (randomised(s.study->design))
                randomisedWeight += s.weight;
        }
    }
    if (knownWeight == 0) {
        g.start = Certainty::Low;
        g.startReason = because(Code::DesignsNotRecorded);
    } else if (randomisedWeight >= 0.5 * totalWeight) {
        g.start = Certainty::High;
        g.startReason = because(Code::RandomisedWeight, {100 * randomisedWeight / totalWeight});
    } else {
        g.start = Certainty::Low;
        g.startReason = because(Code::ObservationalWeight, {100 * (totalWeight - randomisedWeight) / totalWeight});
    }
}

/// Risk of bias from the studies' overall RoB 2 / ROBINS-I judgements, weighted by their weight in the synthesis:
/// most of the appraised weight at critical risk -2, most at high (or serious) risk or worse -1, otherwise none
/// (GRADE handbook 5.2.1; Cochrane Handbook 14.2.2 and Table 14.2.a: rate down when the information from results
/// at high risk of bias is enough to affect the interpretation). Where no study has a judgement, the quality
/// scores stand in (the share of the rated weight below the threshold). With neither, the domain is not assessed
/// and nothing is downgraded: missing appraisal is "not yet assessed", not a limitation (Guyatt et al., GRADE
/// guidelines 4, J Clin Epidemiol 2011;64:407-15).
void rateRiskOfBias(const QList<WeightedStudy> &studies, const GradeSettings &settings, DomainAssessment &x)
{
    double total = 0, judged = 0;
    double bySeverity[4] = {0, 0, 0, 0}; // low, some concerns / moderate, high / serious, critical
    for (const WeightedStudy &s : studies) {
        total += s.weight;
        const int severity = robSeverity(s.study->riskOverall());
        if (severity < 0)
            continue;
        judged += s.weight;
        bySeverity[severity] += s.weight;
    }
    if (judged > 0) {
        const double critical = 100 * bySeverity[3] / judged, high = 100 * (bySeverity[2] + bySeverity[3]) / judged;
        x.suggested = critical > 50 ? -2 : high > 50 ? -1 : 0;
        x.reasons << because(
            Code::RiskOfBiasWeights,
            {100 * bySeverity[0] / judged, 100 * bySeverity[1] / judged, 100 * bySeverity[2] / judged, critical});
        if (judged < total)
            x.reasons << because(Code::RiskOfBiasUnjudgedWeight, {100 * (total - judged) / total});
        return;
    }
    double low = 0, rated = 0;
    for (const WeightedStudy &s : studies) {
        if (!std::isfinite(s.study->quality))
            continue;
        rated += s.weight;
        if (s.study->quality < settings.lowQualityBelow)
            low += s.weight;
    }
    if (!(rated > 0)) {
        x.assessable = false;
        x.reasons << because(Code::RiskOfBiasNotAssessed);
        return;
    }
    const double share = 100 * low / rated;
    x.suggested = share > 50 ? -2 : share > 25 ? -1 : 0;
    x.reasons << because(Code::LowQualityRatedWeight, {share, settings.lowQualityBelow});
    if (rated < total)
        x.reasons << because(Code::UnratedWeight, {100 * (total - rated) / total});
}

void rateInconsistency(const synth::Fit &f, DomainAssessment &x)
{
    const bool piCrosses = std::isfinite(f.piLower) && f.piLower < 0 && f.piUpper > 0;
    const bool ciCrosses = f.ciLower < 0 && f.ciUpper > 0;
    if (f.k < 2) {
        x.assessable = false;
        x.reasons << because(Code::SingleStudy);
    } else if (f.I2 >= 90 && piCrosses) {
        x.suggested = -2;
        x.reasons << because(Code::VeryHighHeterogeneity, {f.I2});
    } else if (f.I2 >= 50) {
        x.suggested = -1;
        x.reasons << because(Code::SubstantialHeterogeneity, {f.I2, f.tau2});
        if (piCrosses)
            x.reasons << because(Code::PredictionCrossesNull);
    } else if (piCrosses && !ciCrosses) {
        x.suggested = -1;
        x.reasons << because(Code::PredictionCrossesNullOnly);
    } else {
        x.reasons << because(Code::LittleHeterogeneity, {f.I2});
    }
}

/// Imprecision from the confidence interval against the threshold(s) and from the optimal information size
/// (Guyatt et al., GRADE guidelines 6, J Clin Epidemiol 2011;64:1283-93; GRADE handbook 5.2.4; Zeng et al.,
/// GRADE guidance 34, J Clin Epidemiol 2022;150:216-24): an interval within the thresholds excludes an important
/// effect either way and is precise, however close to the null; crossing one threshold is serious (-1), crossing
/// both (important benefit and important harm) very serious (-2); fewer participants than the optimal
/// information size, which is computed from the threshold and never from the observed effect, is serious at
/// least. O(k).
void rateImprecision(const ClaimAnalysis &c, const ImportanceThreshold &t, DomainAssessment &x)
{
    const synth::Analysis &a = c.analysis;
    const synth::Fit &f = a.fit;
    const bool ratio = synth::isRatioMeasure(a.measure);
    const bool crossesNull = f.ciLower < 0 && f.ciUpper > 0;
    if (!t.isSet()) {
        x.assessable = false;
        x.reasons << because(Code::NoThresholdSet)
                  << because(crossesNull ? Code::IncludesNoEffect : Code::ExcludesNoEffect);
        return;
    }
    const auto natural = [ratio](double y) { return ratio ? std::exp(y) : y; };
    const bool crossesLower = f.ciLower < t.lower && f.ciUpper > t.lower;
    const bool crossesUpper = f.ciLower < t.upper && f.ciUpper > t.upper;
    if (crossesLower && crossesUpper) {
        x.suggested = -2;
        x.reasons << because(Code::ImportantEffectsBothWays);
    } else if (crossesLower || crossesUpper) {
        x.suggested = -1;
        x.reasons << because(Code::CrossesMinimalImportantDifference, {natural(crossesLower ? t.lower : t.upper)});
    } else if (f.ciLower >= t.lower && f.ciUpper <= t.upper) {
        x.reasons << because(Code::ExcludesImportantEffects);
    } else {
        x.reasons << because(Code::WhollyImportantEffect);
    }
    const GradeReason threshold = because(t.isDefault ? Code::DefaultThreshold : Code::ClaimThreshold,
                                          {natural(t.lower), natural(t.upper), ratio ? 1.0 : 0.0});
    // total sample size against the optimal information size for the threshold
    double n = 0;
    for (const AnalysedStudy *s : c.analysedStudies())
        n += s ? s->participants : std::nan("");
    const double ois = requiredSampleSize(c, t).participants;
    if (std::isfinite(n) && std::isfinite(ois)) {
        if (n < ois) {
            const GradeReason below = because(Code::BelowInformationSize, {n, ois});
            if (x.suggested == 0)
                x.reasons.prepend(below); // it decides
            else
                x.reasons << below;
            x.suggested = std::min(x.suggested, -1);
        } else {
            x.reasons << because(Code::AboveInformationSize, {n, ois});
        }
    }
    x.reasons << threshold;
}

void ratePublicationBias(const synth::Analysis &a, DomainAssessment &x)
{
    const synth::Fit &f = a.fit;
    if (f.k < 10) {
        x.assessable = false;
        x.reasons << because(Code::TooFewForFunnelTests, {double(f.k)});
        return;
    }
    if (a.egger && a.egger->pval < 0.10) {
        x.suggested = -1;
        x.reasons << because(Code::EggerSmallStudyEffects, {a.egger->pval});
    }
    if (a.trimfill && a.trimfill->k0 > 0) {
        const synth::Fit &t = a.trimfill->filled;
        const bool changes = (f.ciLower > 0 || f.ciUpper < 0) && t.ciLower < 0 && t.ciUpper > 0;
        if (changes)
            x.suggested = -1;
        x.reasons << because(Code::TrimAndFillImputes, {double(a.trimfill->k0), changes ? 1.0 : 0.0});
    }
    if (x.reasons.isEmpty())
        x.reasons << because(Code::NoSmallStudyEffects, {a.egger ? a.egger->pval : std::nan("")});
}

void rateLargeEffect(const synth::Analysis &a, Certainty start, DomainAssessment &x)
{
    const synth::Fit &f = a.fit;
    if (start != Certainty::Low) {
        x.reasons << because(Code::UpgradeObservationalOnly);
    } else if (synth::isRatioMeasure(a.measure)) {
        const double r = std::exp(std::abs(f.estimate));
        const double bound = std::exp(std::min(std::abs(f.ciLower), std::abs(f.ciUpper)));
        if (r >= 5 && bound >= 2) {
            x.suggested = 2;
            x.reasons << because(Code::VeryLargeEffect, {r});
        } else if (r >= 2 && !(f.ciLower < 0 && f.ciUpper > 0)) {
            x.suggested = 1;
            x.reasons << because(Code::LargeEffect, {r});
        } else {
            x.reasons << because(Code::EffectNotLarge, {r});
        }
    } else {
        x.assessable = false;
        x.reasons << because(Code::RatioMeasuresOnly);
    }
}

/// The reviewer's stored overrides, then the certainty they lead to.
void applyJudgements(const QList<GradeJudgement> &stored, GradeAssessment &g)
{
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
                x.reasons << because(Code::UpgradeNotCounted);
    g.certainty = Certainty(std::clamp(level, 1, 4));
}

} // namespace

GradeAssessment assessGrade(const Review &review, qint64 claimId, const ClaimAnalysis &c, const GradeSettings &settings)
{
    GradeAssessment g;
    const Claim *claim = review.claim(claimId);
    const bool ok = c.claimId == claimId && c.ok() && c.analysis.fit.converged;
    const QList<WeightedStudy> studies = ok ? weighted(c) : QList<WeightedStudy>();
    if (ok) {
        rateStart(studies, g);
    } else {
        g.start = Certainty::Low;
        g.startReason = because(Code::NoSynthesis);
    }
    const ImportanceThreshold threshold
        = claim && ok ? importanceThreshold(*claim, c.analysis.measure) : ImportanceThreshold();
    for (GradeDomain d : allGradeDomains()) {
        DomainAssessment x;
        x.domain = d;
        if (!ok) {
            x.assessable = false;
            x.reasons << because(Code::NotAssessableWithoutSynthesis);
            g.domains << x;
            continue;
        }
        switch (d) {
        case GradeDomain::RiskOfBias:
            rateRiskOfBias(studies, settings, x);
            break;
        case GradeDomain::Inconsistency:
            rateInconsistency(c.analysis.fit, x);
            break;
        case GradeDomain::Indirectness:
            x.assessable = false;
            x.reasons << because(Code::IndirectnessByJudgement);
            break;
        case GradeDomain::Imprecision:
            rateImprecision(c, threshold, x);
            break;
        case GradeDomain::PublicationBias:
            ratePublicationBias(c.analysis, x);
            break;
        case GradeDomain::LargeEffect:
            rateLargeEffect(c.analysis, g.start, x);
            break;
        case GradeDomain::DoseResponse:
        case GradeDomain::Confounding:
            x.assessable = false;
            x.reasons << because(g.start == Certainty::Low ? Code::ReviewerJudgement : Code::UpgradeObservationalOnly);
            break;
        }
        g.domains << x;
    }
    applyJudgements(review.grade.value(claimId), g);
    const QString stored = review.conclusions.value(claimId);
    g.conclusionEdited = !stored.isEmpty();
    g.conclusion = g.conclusionEdited
        ? stored
        : (claim ? plainConclusion(*claim, c, g.certainty,
                                   review.outcome(claim->outcomeId) ? review.outcome(claim->outcomeId)->name
                                                                    : review.info.outcome) // the claim's outcome
                 : QString());
    return g;
}

QList<GradeJudgement> toJudgements(const GradeAssessment &a)
{
    QList<GradeJudgement> out;
    for (const DomainAssessment &x : a.domains)
        out.append({gradeDomainKey(x.domain), x.suggested, x.override, encodeReasons(x.reasons), x.justification});
    return out;
}

QString certaintyKey(Certainty c)
{
    switch (c) {
    case Certainty::High:
        return QStringLiteral("high");
    case Certainty::Moderate:
        return QStringLiteral("moderate");
    case Certainty::Low:
        return QStringLiteral("low");
    case Certainty::VeryLow:
        break;
    }
    return QStringLiteral("very_low");
}

QJsonObject gradeToJson(const GradeAssessment &a)
{
    QJsonObject domains;
    for (const DomainAssessment &x : a.domains) {
        QJsonObject d;
        d[QStringLiteral("suggested")] = x.assessable ? QJsonValue(x.suggested) : QJsonValue();
        d[QStringLiteral("judgement")] = x.assessable || x.override ? QJsonValue(x.value()) : QJsonValue();
        d[QStringLiteral("reason_code")]
            = x.reasons.isEmpty() ? QJsonValue() : QJsonValue(GradeReason::key(x.reasons.first().code));
        QJsonArray codes;
        for (const GradeReason &r : x.reasons)
            codes.append(GradeReason::key(r.code));
        d[QStringLiteral("reason_codes")] = codes;
        // the --json contract names the domain "confounding"; the review file keeps its own key
        domains[x.domain == GradeDomain::Confounding ? QStringLiteral("confounding") : gradeDomainKey(x.domain)] = d;
    }
    return {{QStringLiteral("start"), certaintyKey(a.start)},
            {QStringLiteral("certainty"), certaintyKey(a.certainty)},
            {QStringLiteral("domains"), domains}};
}

QString plainConclusion(const Claim &claim, const ClaimAnalysis &c, Certainty certainty, const QString &outcome)
{
    const QString what = outcome.isEmpty() ? GradeText::tr("the outcome") : outcome.toLower();
    if (!c.ok() || !c.analysis.fit.converged)
        return GradeText::tr("There is no synthesis of %1 yet.").arg(what);
    const synth::Fit &f = c.analysis.fit;
    // the target of the rating (Core GRADE 2, Guyatt et al., BMJ 2025;389:e081904): with a threshold, an
    // estimate within it is "little or no difference"; without one, an interval that includes no effect
    const ImportanceThreshold t = importanceThreshold(claim, c.analysis.measure);
    const bool little = t.isSet() ? (f.estimate > t.lower && f.estimate < t.upper) : (f.ciLower < 0 && f.ciUpper > 0);
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
