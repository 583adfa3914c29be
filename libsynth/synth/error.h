// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>

namespace synth {

/// What went wrong, as a code the application words for the user (libsynth carries no UI text).
enum class ErrorCode {
    NoStudies, ///< k = 0 after excluding studies with missing data
    MissingValue, ///< a required input is missing (NaN)
    NegativeCount, ///< a 2x2 cell or sample size is negative
    CountExceedsTotal, ///< events exceed the group size (ai > n1i, ci > n2i)
    SampleSizeTooSmall, ///< too few participants for the measure: SMD n1i + n2i <= 3, COR ni < 2, ZCOR ni <= 3
    NonPositiveSd, ///< SMD: both standard deviations are 0 (no pooled SD to standardise by)
    NonPositiveMean, ///< ROM needs positive means
    CorrelationOutOfRange, ///< |r| >= 1 (COR: |r| > 1)
    NegativeVariance, ///< vi < 0 or sei < 0
    ZeroVariance, ///< vi = 0 where the method divides by it
    TooFewStudies, ///< the analysis needs more studies than there are
    NotConverged, ///< an iterative algorithm did not converge
    SingularModel, ///< the model matrix is not of full rank
    NumericalFailure, ///< a non-finite number appeared where none may
    EmptyGroup, ///< a group has no participants (n1i or n2i <= 0, or ai + bi = 0)
    NegativeSd, ///< a standard deviation < 0
    InvalidLevel, ///< a confidence level outside 50-99.99 percent
};

/// libsynth's only exception type. `study` is the 0-based input row the error is about, or -1;
/// `field` names the input column (metafor's escalc argument name), or is empty.
class Error : public std::runtime_error {
public:
    Error(ErrorCode code, std::string detail, std::ptrdiff_t study = -1, std::string field = {})
        : std::runtime_error(std::move(detail)), m_code(code), m_study(study), m_field(std::move(field))
    { }

    ErrorCode code() const noexcept { return m_code; }
    std::ptrdiff_t study() const noexcept { return m_study; }
    const std::string &field() const noexcept { return m_field; }

private:
    ErrorCode m_code;
    std::ptrdiff_t m_study;
    std::string m_field;
};

/// Conditions worth telling the reviewer about that do not stop the analysis.
enum class WarningCode {
    StudiesOmitted, ///< studies with missing yi/vi were left out (count in `value`)
    ZeroCellCorrection, ///< 1/2 was added to the cells of a table with a zero (study index)
    KnhaWithFixedEffect, ///< Knapp-Hartung used with an equal-effects model
    TestForcedToZ, ///< k = 1: the z test is used whatever was asked
    Tau2AtLocalMaximum, ///< ML/REML: ll at tau^2 = 0 is larger; tau^2 set to 0
    NotConverged, ///< the tau^2 estimator did not converge; the result is not usable
    HeterogeneityUndefined, ///< some vi = 0: Q, I^2, H^2 are undefined
    VarianceRatioExtreme, ///< max(vi)/min(vi) >= 1e7
    Tau2CiNullSet, ///< the Q-profile CI for tau^2 is the null set [0, 0]
    Tau2CiLowerTruncated, ///< the lower Q-profile bound is truncated at 0
    Tau2CiAtSearchLimit, ///< a Q-profile bound lies beyond the search limit (value: the limit)
    StudyDropped, ///< an input row with impossible data was left out (row index; `reason`, `field` say why)
    SubgroupMissing, ///< a study without a subgroup label was left out of the subgroup analysis (row index)
    NegativeSeSquared, ///< a negative standard error was squared into the variance, as metafor does (row index)
    NoEventsInBothGroups, ///< 2x2 pooling: a table without events (or with only events) in both groups has no
                          ///< effect of its own and is left out of Q and I^2 (row index; metafor's drop00)
};

struct Warning {
    WarningCode code;
    double value = 0; ///< a study index (0-based input row) or a count, as the code says
    ErrorCode reason = ErrorCode::MissingValue; ///< StudyDropped: what is wrong with the row
    std::string field = {}; ///< StudyDropped: the input column (escalc's argument name), or empty
};

} // namespace synth
