// SPDX-License-Identifier: GPL-3.0-or-later
// Pooling 2x2 tables directly: Mantel-Haenszel (OR, RR, RD; metafor's rma.mh) and Peto's one-step odds ratio
// (rma.peto). Closed forms, O(k), one pass over the tables.
#pragma once

#include "synth/effectsize.h"

#include <optional>
#include <vector>

namespace synth {

enum class TableMethod { MH, Peto };

std::optional<TableMethod> tableMethodFromName(std::string_view name); ///< "MH", "PETO"
std::string_view tableMethodName(TableMethod m);

/// A chi-square test (NaN where undefined).
struct ChiSquareTest {
    double stat = kMissing;
    double df = kMissing;
    double pval = kMissing;
};

/// The pooled tables (metafor's rma.mh / rma.peto object; metafor names in comments). Values on the analysis
/// scale (log for OR and RR); NaN where metafor gives NA (e.g. an MH odds ratio when no table has events).
struct TablePooling {
    TableMethod method = TableMethod::MH;
    Measure measure = Measure::OR;
    double level = 95;
    std::size_t k = 0; ///< k: tables pooled (rows with a complete, possible table)
    std::size_t kYi = 0; ///< k.yi: of them, those with an estimate of their own (Q has kYi - 1 df)
    double estimate = kMissing; ///< beta
    double se = kMissing, stat = kMissing, pval = kMissing; ///< se, zval, pval
    double ciLower = kMissing, ciUpper = kMissing; ///< ci.lb, ci.ub
    double Q = kMissing, Qdf = kMissing, Qpval = kMissing; ///< QE, k.yi - 1, QEp
    double I2 = kMissing, H2 = kMissing; ///< I2 (percent), H2
    /// MH odds ratio only: the Cochran-Mantel-Haenszel test (MH, MHp; with the continuity correction, as
    /// metafor's default correct = TRUE) and Tarone's test for heterogeneity (TA, TAp).
    std::optional<ChiSquareTest> cmh, tarone;
    /// Every input row's own effect as escalc() gives it here: for MH the measure with 1/2 added to a table with
    /// a zero, for Peto Peto's log odds ratio of the same tables; unavailable for a table without events (or
    /// with only events) in both groups (drop00) and where data are missing.
    std::vector<EffectSize> effects;
    std::vector<std::size_t> included; ///< input rows pooled
    std::vector<Warning> warnings; ///< omitted and impossible rows, zero-cell corrections, tables without events
};

/// Pools the 2x2 tables of `studies` (ai bi ci di, or ai n1i ci n2i) with `method` for `measure` (OR, RR or RD
/// for MH; OR for Peto). As metafor's defaults: the tables are pooled as they are (no continuity correction);
/// Q and I^2 come from the studies' own effects (1/2 added to a table with a zero; a table without events, or
/// with only events, in both groups has none: left out of them with a warning). Rows with missing data are
/// left out (counted), rows with impossible data left out with a warning naming them. Throws synth::Error
/// (NoStudies when no table is left; TooFewStudies for Peto when no table has both events and non-events;
/// InvalidLevel).
TablePooling poolTables(TableMethod method, Measure measure, const std::vector<StudyInput> &studies, double level = 95);

} // namespace synth
