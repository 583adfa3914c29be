// SPDX-License-Identifier: GPL-3.0-or-later
// The summary of findings of a review (GRADE; laid out as GRADEpro lays it out): one row per claim, each about
// one outcome, with the participants and studies, the certainty of the evidence, the relative effect and the
// anticipated absolute effects, and footnotes that carry GRADE's reasons. Computed here once, as numbers and
// codes; the window, the report and the exports only word and lay it out.
#pragma once

#include "claimanalysis.h"
#include "grade.h"
#include "review.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <cmath>

namespace evidencedesk {

/// What a row's anticipated absolute effect is.
enum class SofEffect {
    NotEstimable, ///< no pooled estimate (no studies with data, an error, or no convergence)
    Risk, ///< 2x2 data pooled as a risk or odds ratio: the difference per 1,000 from the assumed risk
    RiskDifference, ///< pooled as a risk difference: the difference per 1,000 is the pooled difference
    MeanDifference, ///< MD or SMD as pooled
    Other, ///< ROM, correlations and generic estimates: the pooled estimate only
};
QString
sofEffectKey(SofEffect e); ///< stable key: "not_estimable", "risk", "risk_difference", "mean_difference", "other"

/// The risk with the intervention from the risk with the comparator (`assumedRisk`, a proportion) and a pooled
/// ratio on the natural scale: RR: ACR·RR; OR: ACR·OR / (1 − ACR + ACR·OR) (Cochrane Handbook 5.1, 12.5.4.3;
/// GRADE handbook 5.2). NaN for other measures or a risk outside [0, 1].
double interventionRisk(synth::Measure measure, double ratio, double assumedRisk);
/// The anticipated risk difference per 1,000 people: (interventionRisk − ACR)·1000; RR: ACR·(RR − 1)·1000.
double riskDifferencePer1000(synth::Measure measure, double ratio, double assumedRisk);

/// A footnote of a row: a GRADE domain that moved the certainty, why (codes, worded only when shown), and the
/// reviewer's justification when the judgement is the reviewer's.
struct SofFootnote {
    GradeDomain domain = GradeDomain::RiskOfBias;
    int value = 0; ///< −2 … +2
    QList<GradeReason> reasons; ///< the suggestion's reasons
    bool byReviewer = false; ///< the reviewer overrode the suggestion
    QString justification; ///< the reviewer's words (with byReviewer)
    /// In words: "Imprecision, serious (−1): the confidence interval … Reviewer's judgement: …".
    QString text() const;
};

struct SofRow {
    qint64 claimId = 0;
    QString claim; ///< the claim's current text
    qint64 outcomeId = 0; ///< 0: the claim is about no outcome
    QString outcome, timePoint; ///< the reviewer's words
    int studies = 0; ///< studies in the synthesis
    double participants = std::nan(""); ///< their participants; NaN when a study's data do not say
    Certainty certainty = Certainty::VeryLow; ///< GRADE's; shown only for an estimable row
    SofEffect effect = SofEffect::NotEstimable;
    synth::Measure measure = synth::Measure::GEN;
    double level = 95; ///< of every interval of the row, percent
    double estimate = std::nan(""), ciLower = std::nan(""), ciUpper = std::nan(""); ///< pooled, natural scale
    /// Risk rows (and risk differences, when the studies have 2x2 data): proportions.
    double medianRisk = std::nan(""); ///< claimanalysis.h: medianComparatorRisk()
    double assumedRisk = std::nan(""); ///< what the absolute effects use: the reviewer's, else the median
    bool assumedRiskByReviewer = false;
    double riskWithIntervention = std::nan(""), riskLower = std::nan(""), riskUpper = std::nan("");
    /// Per 1,000: from the pooled estimate and the ends of its interval (unrounded).
    double differencePer1000 = std::nan(""), differenceLower = std::nan(""), differenceUpper = std::nan("");
    /// One per domain that moved the certainty (judged other than 0; an upgrade only where GRADE counts it), in
    /// GRADE's order.
    QList<SofFootnote> footnotes;
};

/// A claim's row from its analysis and its GRADE assessment. The risk with the comparator is the claim's own
/// (Claim::assumedRisk, a proportion 0-1, as the analysis' snapshot of the claim holds it) or, while it sets none,
/// the median comparator risk.
SofRow summaryOfFindingsRow(const ClaimAnalysis &analysis, const GradeAssessment &grade);

/// The review's summary of findings: every claim analysed under its own settings (defaults.h: effectiveSettings),
/// in the review's order of claims.
QList<SofRow> summaryOfFindings(const Review &review, const GradeSettings &settings = {});

// ------------------------------------------------------------------------------------- laid out

/// The columns, GRADEpro's order.
enum class SofColumn { Outcome, Participants, Certainty, RelativeEffect, ComparatorRisk, AbsoluteEffect };
QList<SofColumn> allSofColumns();
/// A column's title (translated); `level` the intervals' level (NaN: the rows differ, each cell says its own).
QString sofColumnTitle(SofColumn column, double level = 95);
/// The level all rows share, NaN when they differ (95 for no rows).
double sofCommonLevel(const QList<SofRow> &rows);
/// A cell in words, in the interface's language and locale: "RR 0.10 (0.04 to 0.26)", "9 fewer per 1,000 (from
/// 10 fewer to 7 fewer)", "MD 4.72 lower (4.91 lower to 4.52 lower)", "2,821 (9 studies)", "⊕⊕⊕⊕ High" ...
/// Without footnote marks; "—" where the row has nothing to show. `commonLevel` as sofCommonLevel().
QString sofCellText(const SofRow &row, SofColumn column, double commonLevel = 95);
/// The mark of the n-th footnote of a table (0-based): a, b, … z, aa, ab …
QString sofFootnoteMark(int index);
/// The note under the table: where the risk with the comparator comes from and how the absolute effects follow.
QString sofExplanation();

/// The table as CSV for machine use: English stable codes as column names and values, numbers in the C locale
/// (the shortest text that reads back to the same double), one row per claim; never dependent on the interface
/// language. Columns: claim_id claim outcome_id outcome time_point studies participants certainty effect measure
/// level estimate ci_lb ci_ub median_risk assumed_risk assumed_risk_source risk_intervention risk_intervention_lb
/// risk_intervention_ub rd_per_1000 rd_per_1000_lb rd_per_1000_ub, then per GRADE domain (grade.h keys) the
/// judgement (−2 … +2, empty when not moved) and `<domain>_reasons` (reason codes joined by '|'). A row without a
/// pooled estimate has no certainty (empty), as its cell shows none.
QByteArray summaryOfFindingsCsv(const QList<SofRow> &rows);
/// The table as an HTML table (with its footnotes and explanation under it) in the interface's language:
/// the fragment the report and the HTML export use.
QString summaryOfFindingsHtmlTable(const QList<SofRow> &rows);
/// A whole HTML document for journals: title, the review question and the table.
QString summaryOfFindingsHtml(const Review &review, const QList<SofRow> &rows);

/// Writes the table to `path` as CSV or HTML (by `html`); replaced whole or not at all. False with `error`.
bool writeSummaryOfFindings(const Review &review, const QList<SofRow> &rows, const QString &path, bool html,
                            QString &error);

} // namespace evidencedesk
