// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review.h"

#include "synth/analysis.h"

#include <QColor>
#include <QList>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>

namespace evidencedesk {

/// One analysed study as the plots show it (in Analysis::yi order).
struct PlotStudy {
    qint64 id = 0;
    QString label;
    int year = 0;
    QString design;
    double quality = std::nan("");
    double n = std::nan(""); ///< total sample size, where the data give one
    Stance stance = Stance::Untagged;
    synth::Interval ci; ///< at the analysis level
    synth::StudyInput data; ///< the outcome data, for the arms' columns
    RobAssessment risk; ///< its risk-of-bias appraisal for the outcome (no domains: none recorded)
};

/// Extra text columns a forest plot can show beside each study.
enum class PlotColumn {
    Year,
    Design,
    Stance,
    Quality,
    N,
    Intervention, ///< the intervention arm's data: events/total, or mean (SD) and n, as RevMan shows them
    Comparator, ///< the comparator arm's
    RiskOfBias, ///< the study's risk-of-bias judgements, a circle per domain and the overall one, as RevMan draws them
};
QList<PlotColumn> allPlotColumns();
/// Stable names of the columns for the command line ("year", "intervention", ...), and back.
QString plotColumnKey(PlotColumn c);
std::optional<PlotColumn> plotColumnFromKey(const QString &key);
QStringList plotColumnKeys();

struct PlotOptions {
    enum class Order { AsEntered, Effect, Weight, Year, Stance };
    Order order = Order::AsEntered;
    QList<PlotColumn> columns; ///< forest: extra columns
    bool showFixedEffect = false; ///< forest: the equal-effects diamond too (needs PlotData::fixedEffect)
    QString favoursLeft, favoursRight; ///< forest: labels under the axis; makePlotData takes the claim's
    bool contours = true; ///< funnel: contour-enhanced regions (p < .01, .05, .10)
    bool eggerLine = false; ///< funnel: Egger's regression line
    /// Studies coloured by the reviewer's stance, with a legend; off: one neutral colour, as a paper prints it.
    bool colourByStance = false;
};

/// What the plots draw: one synthesis result and, per analysed study, what to label it with. The plots
/// read these; they never estimate anything themselves.
struct PlotData {
    std::shared_ptr<const synth::Analysis> analysis;
    std::optional<synth::Fit> fixedEffect; ///< the equal-effects fit, when the caller computed it
    QList<PlotStudy> studies;
    synth::Measure measure = synth::Measure::GEN;
    PlotOptions options;
    QSet<qint64> selected; ///< studies drawn highlighted
    QHash<QString, QString> groupNames; ///< subgroup key -> the name shown (translated stance or design)
    bool empty() const { return !analysis || analysis->yi.empty() || !analysis->fit.converged; }
};

struct ClaimAnalysis;

/// The plot data of a claim's analysis: each analysed study with its label, year, design, quality, total n,
/// stance toward the claim and interval, all from the analysis' own snapshot (the data share it, not copy it).
PlotData makePlotData(const std::shared_ptr<const ClaimAnalysis> &analysis, const PlotOptions &options = {});

/// The colour of a stance in every plot and table.
QColor stanceColor(Stance s);
/// The one colour of studies when they are not coloured by stance.
QColor neutralStudyColor();
/// The text of an arm's column for one study: "4/123" (events/total) or "12.3 (4.1), 50" (mean (SD), n).
QString armText(const synth::StudyInput &data, bool intervention);
QString plotColumnName(PlotColumn c);

} // namespace evidencedesk
