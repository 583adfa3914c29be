// SPDX-License-Identifier: GPL-3.0-or-later
// Risk-of-bias plots as reviews publish them (after robvis, McGuinness & Higgins, Res Syn Meth 2021;12:55-61): the
// traffic-light plot (studies × domains, a coloured circle with a letter for each judgement, so that it reads
// without colour) and the weighted summary plot (per domain, the share of the synthesis' weight at each judgement).
// Both read the appraisals and weights of the analysis' snapshot (PlotData); they compute nothing but the shares.
#pragma once

#include "plotdata.h"

#include <QColor>
#include <QSizeF>

class QPainter;
class QRectF;

namespace evidencedesk {

/// The colour of a judgement in the risk-of-bias plots (robvis' palette; grey for not assessed).
QColor robColor(RobJudgement j);
/// Black or white, whichever reads on a judgement's colour.
QColor robTextColorOn(const QColor &background);
/// Whole percentages that add up to 100 (largest remainders), for shares that do.
QList<int> wholePercentages(const QList<double> &shares);
/// A judgement as every risk-of-bias drawing shows it: a circle of its colour with its letter (the painter's font).
void drawRobJudgement(QPainter *p, const QPointF &centre, RobJudgement j, double radius);

/// The appraised studies of a plot, per tool: the studies of the synthesis with an appraisal, in plot order.
struct RobPanel {
    RobTool tool = RobTool::Rob2;
    QList<qsizetype> studies; ///< indices into PlotData::studies
};
QList<RobPanel> robPanels(const PlotData &data);

class TrafficLightPlot {
public:
    static constexpr double kRowHeight = 26; ///< a study's row
    explicit TrafficLightPlot(const PlotData &data);
    bool empty() const { return m_panels.isEmpty(); }
    QSizeF size() const;
    void paint(QPainter *p, const QRectF &rect) const;

private:
    const PlotData &m_data;
    QList<RobPanel> m_panels;
    double m_labelWidth = 0;
};

class RobSummaryPlot {
public:
    explicit RobSummaryPlot(const PlotData &data);
    bool empty() const { return m_panels.isEmpty(); }
    QSizeF size() const;
    void paint(QPainter *p, const QRectF &rect) const;
    /// The percentage of the panel's weight at each judgement of a domain (-1: overall), in the tool's order of
    /// judgements (robJudgements) and then not assessed.
    QList<double> shares(const RobPanel &panel, int domain) const;
    const QList<RobPanel> &panels() const { return m_panels; }

private:
    const PlotData &m_data;
    QList<RobPanel> m_panels;
    double m_labelWidth = 0;
};

} // namespace evidencedesk
