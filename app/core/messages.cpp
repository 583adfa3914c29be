// SPDX-License-Identifier: GPL-3.0-or-later
#include "messages.h"

#include <QCoreApplication>

#include <iterator>

namespace evidencedesk {

namespace {
/// The translation context of this file (lupdate reads MessagesText::tr calls).
struct MessagesText {
    Q_DECLARE_TR_FUNCTIONS(MessagesText)
};
} // namespace

QString describeError(synth::ErrorCode code)
{
    using synth::ErrorCode;
    switch (code) {
    case ErrorCode::NoStudies:
        return MessagesText::tr("no study has the data this effect measure needs");
    case ErrorCode::MissingValue:
        return MessagesText::tr("the value is missing or not a finite number");
    case ErrorCode::NegativeCount:
        return MessagesText::tr("a count cannot be negative");
    case ErrorCode::CountExceedsTotal:
        return MessagesText::tr("there are more events than participants in the group");
    case ErrorCode::SampleSizeTooSmall:
        return MessagesText::tr("the sample size is too small for this measure (SMD needs n1i + n2i of at least 4, "
                                "COR a sample size of at least 2, Fisher's z one above 3)");
    case ErrorCode::NonPositiveSd:
        return MessagesText::tr("both standard deviations are 0, so the standardised mean difference is undefined");
    case ErrorCode::NonPositiveMean:
        return MessagesText::tr("the ratio of means needs means greater than 0");
    case ErrorCode::CorrelationOutOfRange:
        return MessagesText::tr("a correlation must lie between -1 and 1");
    case ErrorCode::NegativeVariance:
        return MessagesText::tr("a sampling variance cannot be negative");
    case ErrorCode::ZeroVariance:
        return MessagesText::tr("a sampling variance is 0, so inverse-variance weights are undefined");
    case ErrorCode::TooFewStudies:
        return MessagesText::tr("there are too few studies for this analysis");
    case ErrorCode::NotConverged:
        return MessagesText::tr("the estimation did not converge");
    case ErrorCode::SingularModel:
        return MessagesText::tr("the model cannot be estimated from these data (the predictors are constant)");
    case ErrorCode::NumericalFailure:
        return MessagesText::tr("the computation failed numerically");
    case ErrorCode::EmptyGroup:
        return MessagesText::tr("a group has no participants");
    case ErrorCode::NegativeSd:
        return MessagesText::tr("a standard deviation cannot be negative");
    case ErrorCode::InvalidLevel:
        return MessagesText::tr("the confidence level must lie between 50 and 99.99 percent");
    }
    return MessagesText::tr("unknown error");
}

QString describeWarning(const synth::Warning &warning, const QStringList &labels)
{
    using synth::WarningCode;
    const int index = static_cast<int>(warning.value);
    const QString study = index >= 0 && index < labels.size() ? labels.at(index) : QString::number(index + 1);
    switch (warning.code) {
    case WarningCode::StudiesOmitted:
        return QCoreApplication::translate("Messages", "%n stud(ies) without the data this measure needs were left out",
                                           nullptr, index);
    case WarningCode::ZeroCellCorrection:
        return MessagesText::tr("%1: 1/2 was added to each cell of its table because one cell is 0").arg(study);
    case WarningCode::KnhaWithFixedEffect:
        return MessagesText::tr("the Knapp-Hartung adjustment is meant for random-effects models");
    case WarningCode::TestForcedToZ:
        return MessagesText::tr("with a single study the z test is used");
    case WarningCode::Tau2AtLocalMaximum:
        return MessagesText::tr(
            "the likelihood is higher at tau^2 = 0 than where the iteration stopped; tau^2 was set to 0");
    case WarningCode::NotConverged:
        return MessagesText::tr("the estimation of tau^2 did not converge");
    case WarningCode::HeterogeneityUndefined:
        return MessagesText::tr("some sampling variances are 0, so Q, I^2 and H^2 are undefined");
    case WarningCode::VarianceRatioExtreme:
        return MessagesText::tr(
            "the largest sampling variance is over ten million times the smallest; the studies with the smallest "
            "variances carry almost all the weight");
    case WarningCode::Tau2CiNullSet:
        return MessagesText::tr(
            "the confidence interval for tau^2 is the null set: the studies are more alike than chance predicts");
    case WarningCode::Tau2CiLowerTruncated:
        return MessagesText::tr("the lower confidence bound of tau^2 is truncated at 0");
    case WarningCode::Tau2CiAtSearchLimit:
        return MessagesText::tr(
                   "the upper confidence bound of tau^2 lies beyond the search limit and is shown as that limit "
                   "(%1), as metafor does: read it as \"more than %1\"")
            .arg(warning.value);
    case WarningCode::StudyDropped:
        return warning.field.empty()
            ? MessagesText::tr("%1 was left out: %2").arg(study, describeError(warning.reason))
            : MessagesText::tr("%1 was left out: column %2: %3")
                  .arg(study, QString::fromStdString(warning.field), describeError(warning.reason));
    case WarningCode::SubgroupMissing:
        return MessagesText::tr("%1 has no subgroup and was left out of the subgroup analysis").arg(study);
    case WarningCode::NegativeSeSquared:
        return MessagesText::tr("%1: the standard error is negative; its square was used as the sampling variance")
            .arg(study);
    case WarningCode::NoEventsInBothGroups:
        return MessagesText::tr("%1 has no events (or only events) in both groups: it has no effect of its own and "
                                "was left out of Q and I^2")
            .arg(study);
    }
    return MessagesText::tr("unknown warning");
}

QString warningKey(synth::WarningCode code)
{
    using synth::WarningCode;
    switch (code) {
    case WarningCode::StudiesOmitted:
        return QStringLiteral("studies_omitted");
    case WarningCode::ZeroCellCorrection:
        return QStringLiteral("zero_cell_correction");
    case WarningCode::KnhaWithFixedEffect:
        return QStringLiteral("knha_with_fixed_effect");
    case WarningCode::TestForcedToZ:
        return QStringLiteral("test_forced_to_z");
    case WarningCode::Tau2AtLocalMaximum:
        return QStringLiteral("tau2_at_local_maximum");
    case WarningCode::NotConverged:
        return QStringLiteral("not_converged");
    case WarningCode::HeterogeneityUndefined:
        return QStringLiteral("heterogeneity_undefined");
    case WarningCode::VarianceRatioExtreme:
        return QStringLiteral("variance_ratio_extreme");
    case WarningCode::Tau2CiNullSet:
        return QStringLiteral("tau2_ci_null_set");
    case WarningCode::Tau2CiLowerTruncated:
        return QStringLiteral("tau2_ci_lower_truncated");
    case WarningCode::Tau2CiAtSearchLimit:
        return QStringLiteral("tau2_ci_at_search_limit");
    case WarningCode::StudyDropped:
        return QStringLiteral("study_dropped");
    case WarningCode::SubgroupMissing:
        return QStringLiteral("subgroup_missing");
    case WarningCode::NegativeSeSquared:
        return QStringLiteral("negative_se_squared");
    case WarningCode::NoEventsInBothGroups:
        return QStringLiteral("no_events_in_both_groups");
    }
    return QStringLiteral("unknown");
}

bool warningNamesStudy(synth::WarningCode code)
{
    using synth::WarningCode;
    return code == WarningCode::ZeroCellCorrection || code == WarningCode::StudyDropped
        || code == WarningCode::SubgroupMissing || code == WarningCode::NegativeSeSquared
        || code == WarningCode::NoEventsInBothGroups;
}

QString errorKey(synth::ErrorCode code)
{
    static const char *const keys[] = {"no_studies",
                                       "missing_value",
                                       "negative_count",
                                       "count_exceeds_total",
                                       "sample_size_too_small",
                                       "non_positive_sd",
                                       "non_positive_mean",
                                       "correlation_out_of_range",
                                       "negative_variance",
                                       "zero_variance",
                                       "too_few_studies",
                                       "not_converged",
                                       "singular_model",
                                       "numerical_failure",
                                       "empty_group",
                                       "negative_sd",
                                       "invalid_level"};
    static_assert(std::size(keys) == std::size_t(synth::ErrorCode::InvalidLevel) + 1, "a key for every code");
    const auto i = std::size_t(code);
    return i < std::size(keys) ? QString::fromLatin1(keys[i]) : QStringLiteral("unknown");
}

QList<synth::Measure> allMeasures()
{
    using synth::Measure;
    return {Measure::RR,  Measure::OR,  Measure::RD,   Measure::MD, Measure::SMD,
            Measure::ROM, Measure::COR, Measure::ZCOR, Measure::GEN};
}

QList<synth::Method> allMethods()
{
    using synth::Method;
    return {Method::REML, Method::DL, Method::PM, Method::EB, Method::ML,
            Method::HE,   Method::HS, Method::SJ, Method::EE};
}

QString measureDisplayName(synth::Measure m)
{
    using synth::Measure;
    QString name;
    switch (m) {
    case Measure::RR:
        name = MessagesText::tr("risk ratio");
        break;
    case Measure::OR:
        name = MessagesText::tr("odds ratio");
        break;
    case Measure::RD:
        name = MessagesText::tr("risk difference");
        break;
    case Measure::MD:
        name = MessagesText::tr("mean difference");
        break;
    case Measure::SMD:
        name = MessagesText::tr("standardised mean difference (Hedges' g)");
        break;
    case Measure::ROM:
        name = MessagesText::tr("ratio of means");
        break;
    case Measure::COR:
        name = MessagesText::tr("correlation");
        break;
    case Measure::ZCOR:
        name = MessagesText::tr("Fisher's z of a correlation");
        break;
    case Measure::GEN:
        name = MessagesText::tr("effect and variance as given");
        break;
    }
    return MessagesText::tr("%1 – %2").arg(QString::fromLatin1(synth::measureName(m).data()), name);
}

QString methodDisplayName(synth::Method m)
{
    using synth::Method;
    QString name;
    switch (m) {
    case Method::REML:
        name = MessagesText::tr("restricted maximum likelihood");
        break;
    case Method::DL:
        name = MessagesText::tr("DerSimonian–Laird");
        break;
    case Method::PM:
        name = MessagesText::tr("Paule–Mandel");
        break;
    case Method::EB:
        name = MessagesText::tr("empirical Bayes");
        break;
    case Method::ML:
        name = MessagesText::tr("maximum likelihood");
        break;
    case Method::HE:
        name = MessagesText::tr("Hedges");
        break;
    case Method::HS:
        name = MessagesText::tr("Hunter–Schmidt");
        break;
    case Method::SJ:
        name = MessagesText::tr("Sidik–Jonkman");
        break;
    case Method::EE:
        name = MessagesText::tr("equal effects (fixed effect)");
        break;
    }
    return MessagesText::tr("%1 – %2").arg(QString::fromLatin1(synth::methodName(m).data()), name);
}

QString testDisplayName(synth::Test t)
{
    return t == synth::Test::Knha ? MessagesText::tr("Knapp–Hartung") : MessagesText::tr("z test");
}

} // namespace evidencedesk
