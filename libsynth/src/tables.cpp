// SPDX-License-Identifier: GPL-3.0-or-later
// Mantel-Haenszel and Peto pooling of 2x2 tables (metafor's rma.mh, rma.peto with their defaults). Every
// quantity is a handful of sums over the tables, so k = 10^6 is one pass.
#include "synth/tables.h"
#include "stats.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace synth {

namespace {

/// One table as pooled: the cells as given (no continuity correction).
struct Table {
    double a, b, c, d;
};

/// The cells of a possible table (computeEffect has checked it): bi = n1i - ai where bi is not given.
Table cellsOf(const StudyInput &in)
{
    const bool cells = !std::isnan(in.bi) || !std::isnan(in.di);
    return {in.ai, cells ? in.bi : in.n1i - in.ai, in.ci, cells ? in.di : in.n2i - in.ci};
}

/// No events, or only events, in both groups: escalc()'s drop00 leaves the table without an effect of its own.
bool doubleZero(const Table &t)
{
    return (t.a == 0 && t.c == 0) || (t.b == 0 && t.d == 0);
}

/// Peto's log odds ratio of one table, 1/2 added to a table with a zero (as escalc(measure = "PETO")).
EffectSize petoEffect(Table t)
{
    if (t.a == 0 || t.b == 0 || t.c == 0 || t.d == 0) {
        t.a += 0.5;
        t.b += 0.5;
        t.c += 0.5;
        t.d += 0.5;
    }
    const double n1 = t.a + t.b, n2 = t.c + t.d, n = n1 + n2, xt = t.a + t.c, yt = t.b + t.d;
    const double e = xt * n1 / n, v = xt * yt * (n1 / n) * (n2 / n) / (n - 1);
    EffectSize es;
    if (v > 0) {
        es.yi = (t.a - e) / v;
        es.vi = 1 / v;
    }
    return es;
}

} // namespace

std::optional<TableMethod> tableMethodFromName(std::string_view name)
{
    if (name == "MH")
        return TableMethod::MH;
    if (name == "PETO")
        return TableMethod::Peto;
    return std::nullopt;
}

std::string_view tableMethodName(TableMethod m)
{
    return m == TableMethod::MH ? "MH" : "PETO";
}

TablePooling poolTables(TableMethod method, Measure measure, const std::vector<StudyInput> &studies, double level)
{
    if (measure != Measure::OR && measure != Measure::RR && measure != Measure::RD)
        throw Error(ErrorCode::NoStudies, "table pooling needs OR, RR or RD");
    if (method == TableMethod::Peto && measure != Measure::OR)
        throw Error(ErrorCode::NoStudies, "Peto's method pools odds ratios");
    if (!(level >= 50 && level <= 99.99))
        throw Error(ErrorCode::InvalidLevel, "confidence level outside 50-99.99 percent");
    TablePooling r;
    r.method = method;
    r.measure = measure;
    r.level = level;
    r.effects.resize(studies.size());
    std::vector<Table> tables;
    tables.reserve(studies.size());
    r.included.reserve(studies.size());
    std::optional<Error> firstImpossible;
    std::size_t missing = 0;
    for (std::size_t i = 0; i < studies.size(); ++i) {
        EffectSize es;
        try {
            es = computeEffect(measure, studies[i], static_cast<std::ptrdiff_t>(i));
        } catch (const Error &e) {
            if (!firstImpossible)
                firstImpossible = e;
            r.warnings.push_back({WarningCode::StudyDropped, static_cast<double>(i), e.code(), e.field()});
            continue;
        }
        const StudyInput &in = studies[i];
        const bool complete = !std::isnan(in.ai) && !std::isnan(in.ci)
            && ((!std::isnan(in.bi) && !std::isnan(in.di)) || (!std::isnan(in.n1i) && !std::isnan(in.n2i)));
        if (!complete) {
            ++missing;
            continue;
        }
        const Table t = cellsOf(in);
        if (doubleZero(t)) {
            es = {};
            r.warnings.push_back({WarningCode::NoEventsInBothGroups, static_cast<double>(i)});
        } else if (method == TableMethod::Peto) {
            es = petoEffect(t);
        }
        r.effects[i] = es;
        r.included.push_back(i);
        tables.push_back(t);
    }
    if (missing > 0)
        r.warnings.push_back({WarningCode::StudiesOmitted, static_cast<double>(missing)});
    if (tables.empty()) {
        if (firstImpossible)
            throw *firstImpossible;
        throw Error(ErrorCode::NoStudies, "no study has a complete 2x2 table");
    }
    r.k = tables.size();
    const double z = detail::normalQuantile(1 - (1 - level / 100) / 2);

    if (method == TableMethod::Peto) {
        // sum of observed - expected events in group 1 over the sum of their hypergeometric variances
        double sumOE = 0, sumV = 0, sumOE2V = 0;
        std::size_t positive = 0; // k.pos: tables with a variance
        for (const Table &t : tables) {
            const double n1 = t.a + t.b, n2 = t.c + t.d, n = n1 + n2, xt = t.a + t.c, yt = t.b + t.d;
            const double e = xt * n1 / n, v = xt * yt * (n1 / n) * (n2 / n) / (n - 1);
            sumOE += t.a - e;
            if (v > 0) {
                sumV += v;
                sumOE2V += (t.a - e) * (t.a - e) / v;
                ++positive;
            }
        }
        if (!(sumV > 0))
            throw Error(ErrorCode::TooFewStudies, "no table has both events and non-events");
        r.estimate = sumOE / sumV;
        r.se = std::sqrt(1 / sumV);
        r.Q = std::max(0.0, sumOE2V - sumOE * sumOE / sumV);
        for (const EffectSize &es : r.effects)
            r.kYi += es.available() ? 1 : 0;
        r.Qdf = static_cast<double>(r.kYi) - 1;
        if (positive > 1) {
            r.Qpval = detail::chiSquaredUpper(r.Q, r.Qdf);
            r.I2 = std::isnan(r.Q) ? kMissing : std::max(0.0, 100 * (r.Q - r.Qdf) / r.Q); // NA without an estimate
            r.H2 = r.Q / r.Qdf;
        } else {
            r.Qpval = 1;
            r.I2 = 0;
            r.H2 = 1;
        }
    } else {
        switch (measure) {
        case Measure::OR: {
            // Robins-Breslow-Greenland variance
            double R = 0, S = 0, PR = 0, PSQR = 0, QS = 0;
            for (const Table &t : tables) {
                const double n = t.a + t.b + t.c + t.d;
                const double p = (t.a + t.d) / n, q = (t.b + t.c) / n, ri = t.a / n * t.d, si = t.b / n * t.c;
                R += ri;
                S += si;
                PR += p * ri;
                PSQR += p * si + q * ri;
                QS += q * si;
            }
            if (R > 0 && S > 0) {
                r.estimate = std::log(R / S);
                r.se = std::sqrt(0.5 * (PR / (R * R) + PSQR / (R * S) + QS / (S * S)));
            }
            // Cochran-Mantel-Haenszel test (continuity-corrected) from the margins
            double sumA = 0, sumE = 0, sumV = 0, sumX = 0, sumY = 0;
            for (const Table &t : tables) {
                const double n1 = t.a + t.b, n2 = t.c + t.d, n = n1 + n2, xt = t.a + t.c, yt = t.b + t.d;
                sumA += t.a;
                sumE += n1 / n * xt;
                sumV += (n1 / n) * (n2 / n) * (xt * (yt / (n - 1)));
                sumX += xt;
                sumY += yt;
            }
            ChiSquareTest cmh;
            if (sumX > 0 && sumY > 0) {
                const double dev = std::abs(sumA - sumE) - 0.5;
                cmh.stat = dev * dev / sumV;
                cmh.df = 1;
                cmh.pval = detail::chiSquaredUpper(cmh.stat, 1);
            }
            r.cmh = cmh;
            // Tarone's test: Breslow-Day's statistic corrected, over the tables whose expected count under the
            // MH odds ratio is positive and that have events and non-events
            ChiSquareTest tarone;
            if (std::isfinite(r.estimate)) {
                const double psi = R / S;
                double bd = 0, sumDev = 0, sumVar = 0;
                std::size_t positive = 0;
                for (const Table &t : tables) {
                    const double n1 = t.a + t.b, n2 = t.c + t.d, n = n1 + n2, xt = t.a + t.c, yt = t.b + t.d;
                    double n11;
                    if (psi == 1) {
                        n11 = n1 / n * xt;
                    } else { // the root of the quadratic in the expected count of cell a
                        const double A = psi * (n1 + xt) + (n2 - xt);
                        const double B = std::sqrt(A * A - 4 * n1 * xt * psi * (psi - 1));
                        n11 = (A - B) / (2 * (psi - 1));
                    }
                    if (!(n11 > 0 && xt > 0 && yt > 0))
                        continue;
                    ++positive;
                    const double n12 = n1 - n11, n21 = xt - n11, n22 = n11 - n1 - xt + n;
                    const double var = 1 / (1 / n11 + 1 / n12 + 1 / n21 + 1 / n22);
                    bd += (t.a - n11) * (t.a - n11) / var;
                    sumDev += t.a - n11;
                    sumVar += var;
                }
                bd = std::max(0.0, bd);
                tarone.stat = std::max(0.0, bd - sumDev * sumDev / sumVar);
                if (positive > 1) {
                    tarone.df = static_cast<double>(positive) - 1;
                    tarone.pval = detail::chiSquaredUpper(tarone.stat, tarone.df);
                }
            }
            r.tarone = tarone;
            break;
        }
        case Measure::RR: {
            double R = 0, S = 0, V = 0, sumA = 0, sumC = 0;
            for (const Table &t : tables) {
                const double n1 = t.a + t.b, n2 = t.c + t.d, n = n1 + n2;
                R += t.a * (n2 / n);
                S += t.c * (n1 / n);
                V += (n1 / n) * (n2 / n) * (t.a + t.c) - (t.a / n) * t.c;
                sumA += t.a;
                sumC += t.c;
            }
            if (sumA > 0 && sumC > 0) {
                r.estimate = std::log(R / S);
                r.se = std::sqrt(V / (R * S));
            }
            break;
        }
        default: { // RD, with the variance of Greenland and Robins (1985)
            double num = 0, W = 0, u = 0, s = 0;
            for (const Table &t : tables) {
                const double n1 = t.a + t.b, n2 = t.c + t.d, n = n1 + n2;
                num += t.a * (n2 / n) - t.c * (n1 / n);
                W += n1 * (n2 / n);
                u += t.c * (n1 / n) * (n1 / n) - t.a * (n2 / n) * (n2 / n) + (n1 / n) * (n2 / n) * (n2 - n1) / 2;
                s += t.a * (n2 - t.c) / n + t.c * (n1 - t.a) / n;
            }
            r.estimate = num / W;
            r.se = std::sqrt((r.estimate * u + s / 2) / (W * W));
            break;
        }
        }
        // heterogeneity: the studies' own effects about the pooled estimate, inverse-variance weighted (undefined
        // without an estimate)
        double q = std::isfinite(r.estimate) ? 0 : kMissing;
        for (const EffectSize &es : r.effects)
            if (es.available()) {
                ++r.kYi;
                q += (es.yi - r.estimate) * (es.yi - r.estimate) / es.vi;
            }
        if (r.kYi > 1) {
            r.Q = std::isnan(q) ? q : std::max(0.0, q);
            r.Qdf = static_cast<double>(r.kYi) - 1;
            r.Qpval = detail::chiSquaredUpper(r.Q, r.Qdf);
            r.I2 = std::isnan(r.Q) ? kMissing : std::max(0.0, 100 * (r.Q - r.Qdf) / r.Q); // NA without an estimate
            r.H2 = r.Q / r.Qdf;
        } else {
            r.Q = 0;
            r.Qdf = static_cast<double>(r.kYi) - 1;
            r.Qpval = 1;
            r.I2 = 0;
            r.H2 = 1;
        }
    }
    if (std::isfinite(r.estimate) && std::isfinite(r.se)) {
        r.stat = r.estimate / r.se;
        r.pval = detail::normalTwoSidedP(r.stat);
        r.ciLower = r.estimate - z * r.se;
        r.ciUpper = r.estimate + z * r.se;
    }
    return r;
}

} // namespace synth
