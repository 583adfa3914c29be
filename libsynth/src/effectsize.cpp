// SPDX-License-Identifier: GPL-3.0-or-later
// Observed effects and sampling variances, as metafor's escalc() with its defaults
// (shared/docs/numerics.md section 8).
#include "synth/effectsize.h"
#include "stats.h"

#include <array>
#include <cmath>

namespace synth {

namespace {

constexpr std::array<std::pair<Measure, std::string_view>, 9> kMeasures {{{Measure::RR, "RR"},
                                                                          {Measure::OR, "OR"},
                                                                          {Measure::RD, "RD"},
                                                                          {Measure::MD, "MD"},
                                                                          {Measure::SMD, "SMD"},
                                                                          {Measure::ROM, "ROM"},
                                                                          {Measure::COR, "COR"},
                                                                          {Measure::ZCOR, "ZCOR"},
                                                                          {Measure::GEN, "GEN"}}};

bool given(double x)
{
    return !std::isnan(x);
}

struct Checker {
    std::ptrdiff_t study;
    void require(bool ok, ErrorCode code, const char *field, const char *what) const
    {
        if (!ok)
            throw Error(code, what, study, field);
    }
    void finite(double x, const char *field) const
    {
        require(std::isfinite(x), ErrorCode::MissingValue, field, "value is not a finite number");
    }
    void count(double x, const char *field) const
    {
        finite(x, field);
        require(x >= 0, ErrorCode::NegativeCount, field, "count is negative");
    }
};

EffectSize twoByTwo(Measure measure, const StudyInput &in, const Checker &check)
{
    double a = in.ai, c = in.ci, b = in.bi, d = in.di;
    const bool cells = given(in.bi) || given(in.di);
    if (!given(a) || !given(c) || (cells ? (!given(b) || !given(d)) : (!given(in.n1i) || !given(in.n2i))))
        return {};
    check.count(a, "ai");
    check.count(c, "ci");
    if (cells) {
        check.count(b, "bi");
        check.count(d, "di");
    } else {
        check.count(in.n1i, "n1i");
        check.count(in.n2i, "n2i");
        check.require(a <= in.n1i, ErrorCode::CountExceedsTotal, "ai", "events exceed the group size n1i");
        check.require(c <= in.n2i, ErrorCode::CountExceedsTotal, "ci", "events exceed the group size n2i");
        b = in.n1i - a;
        d = in.n2i - c;
    }
    check.require(a + b > 0, ErrorCode::EmptyGroup, cells ? "bi" : "n1i", "group 1 is empty");
    check.require(c + d > 0, ErrorCode::EmptyGroup, cells ? "di" : "n2i", "group 2 is empty");
    EffectSize es;
    if (a == 0 || b == 0 || c == 0 || d == 0) { // to = "only0", add = 1/2
        a += 0.5;
        b += 0.5;
        c += 0.5;
        d += 0.5;
        es.corrected = true;
    }
    const double n1 = a + b, n2 = c + d, p1 = a / n1, p2 = c / n2;
    switch (measure) {
    case Measure::OR:
        es.yi = std::log(a * d / (b * c));
        es.vi = 1 / a + 1 / b + 1 / c + 1 / d;
        break;
    case Measure::RR:
        es.yi = std::log(p1 / p2);
        es.vi = 1 / a - 1 / n1 + 1 / c - 1 / n2;
        break;
    default: // RD
        es.yi = p1 - p2;
        es.vi = p1 * (1 - p1) / n1 + p2 * (1 - p2) / n2;
        break;
    }
    if (!std::isfinite(es.yi) || !std::isfinite(es.vi))
        return {};
    return es;
}

EffectSize means(Measure measure, const StudyInput &in, const Checker &check)
{
    if (!given(in.m1i) || !given(in.sd1i) || !given(in.n1i) || !given(in.m2i) || !given(in.sd2i) || !given(in.n2i))
        return {};
    check.finite(in.m1i, "m1i");
    check.finite(in.m2i, "m2i");
    check.finite(in.sd1i, "sd1i");
    check.finite(in.sd2i, "sd2i");
    check.finite(in.n1i, "n1i");
    check.finite(in.n2i, "n2i");
    // As escalc(): a group of one, or a standard deviation of 0 in one arm, still gives an effect and a
    // variance (a variance of 0 when both are 0: the model then decides whether it can use the study).
    check.require(in.n1i > 0, ErrorCode::EmptyGroup, "n1i", "group 1 has no participants");
    check.require(in.n2i > 0, ErrorCode::EmptyGroup, "n2i", "group 2 has no participants");
    check.require(in.sd1i >= 0, ErrorCode::NegativeSd, "sd1i", "standard deviation is negative");
    check.require(in.sd2i >= 0, ErrorCode::NegativeSd, "sd2i", "standard deviation is negative");
    const double n1 = in.n1i, n2 = in.n2i, s1 = in.sd1i, s2 = in.sd2i;
    EffectSize es;
    switch (measure) {
    case Measure::MD:
        es.yi = in.m1i - in.m2i;
        es.vi = s1 * s1 / n1 + s2 * s2 / n2;
        break;
    case Measure::SMD: {
        const double m = n1 + n2 - 2;
        // the exact bias correction needs m > 1 (escalc: NA otherwise)
        check.require(m > 1, ErrorCode::SampleSizeTooSmall, n1 <= n2 ? "n1i" : "n2i",
                      "SMD needs n1i + n2i of at least 4");
        const double sp = std::sqrt(((n1 - 1) * s1 * s1 + (n2 - 1) * s2 * s2) / m);
        check.require(sp > 0, ErrorCode::NonPositiveSd, s1 <= s2 ? "sd1i" : "sd2i",
                      "the pooled standard deviation is 0");
        // exact Hedges correction c(m) = Gamma(m/2) / (sqrt(m/2) Gamma((m-1)/2)), via lgamma (no overflow)
        const double cm = std::exp(std::lgamma(m / 2) - std::log(std::sqrt(m / 2)) - std::lgamma((m - 1) / 2));
        es.yi = cm * (in.m1i - in.m2i) / sp;
        es.vi = 1 / n1 + 1 / n2 + es.yi * es.yi / (2 * (n1 + n2));
        break;
    }
    default: // ROM
        check.require(in.m1i > 0, ErrorCode::NonPositiveMean, "m1i", "ratio of means needs positive means");
        check.require(in.m2i > 0, ErrorCode::NonPositiveMean, "m2i", "ratio of means needs positive means");
        es.yi = std::log(in.m1i / in.m2i);
        es.vi = s1 * s1 / (n1 * in.m1i * in.m1i) + s2 * s2 / (n2 * in.m2i * in.m2i);
        break;
    }
    return es;
}

EffectSize correlation(Measure measure, const StudyInput &in, const Checker &check)
{
    if (!given(in.ri) || !given(in.ni))
        return {};
    check.finite(in.ri, "ri");
    check.finite(in.ni, "ni");
    EffectSize es;
    const double r = in.ri, n = in.ni;
    if (measure == Measure::COR) {
        check.require(std::abs(r) <= 1, ErrorCode::CorrelationOutOfRange, "ri", "correlation outside [-1, 1]");
        check.require(n >= 2, ErrorCode::SampleSizeTooSmall, "ni", "COR needs a sample size of at least 2");
        es.yi = r;
        es.vi = (1 - r * r) * (1 - r * r) / (n - 1);
    } else {
        check.require(std::abs(r) < 1, ErrorCode::CorrelationOutOfRange, "ri",
                      "Fisher's z needs a correlation strictly between -1 and 1");
        check.require(n > 3, ErrorCode::SampleSizeTooSmall, "ni", "Fisher's z needs a sample size above 3");
        es.yi = std::atanh(r);
        es.vi = 1 / (n - 3);
    }
    return es;
}

EffectSize generic(const StudyInput &in, const Checker &check)
{
    if (!given(in.yi) || (!given(in.vi) && !given(in.sei)))
        return {};
    check.finite(in.yi, "yi");
    EffectSize es;
    es.yi = in.yi;
    if (given(in.vi)) {
        check.finite(in.vi, "vi");
        check.require(in.vi >= 0, ErrorCode::NegativeVariance, "vi", "sampling variance is negative");
        es.vi = in.vi;
    } else {
        check.finite(in.sei, "sei");
        es.vi = in.sei * in.sei; // a negative standard error is squared, as escalc() does (with a warning)
        es.negativeSe = in.sei < 0;
    }
    return es;
}

} // namespace

std::optional<Measure> measureFromName(std::string_view name)
{
    for (const auto &[m, n] : kMeasures)
        if (n == name)
            return m;
    return std::nullopt;
}

std::string_view measureName(Measure m)
{
    for (const auto &[mm, n] : kMeasures)
        if (mm == m)
            return n;
    return {};
}

bool isRatioMeasure(Measure m)
{
    return m == Measure::RR || m == Measure::OR || m == Measure::ROM;
}

EffectSize computeEffect(Measure measure, const StudyInput &in, std::ptrdiff_t study)
{
    const Checker check {study};
    switch (measure) {
    case Measure::RR:
    case Measure::OR:
    case Measure::RD:
        return twoByTwo(measure, in, check);
    case Measure::MD:
    case Measure::SMD:
    case Measure::ROM:
        return means(measure, in, check);
    case Measure::COR:
    case Measure::ZCOR:
        return correlation(measure, in, check);
    case Measure::GEN:
        return generic(in, check);
    }
    return {};
}

std::vector<EffectSize> computeEffects(Measure measure, const std::vector<StudyInput> &studies)
{
    std::vector<EffectSize> out;
    out.reserve(studies.size());
    for (std::size_t i = 0; i < studies.size(); ++i)
        out.push_back(computeEffect(measure, studies[i], static_cast<std::ptrdiff_t>(i)));
    return out;
}

Interval studyInterval(const EffectSize &effect, double level)
{
    if (!effect.available() || effect.vi < 0 || !(level > 0 && level < 100))
        return {};
    const double half = detail::normalQuantile(1 - (1 - level / 100) / 2) * std::sqrt(effect.vi);
    return {effect.yi - half, effect.yi + half};
}

} // namespace synth
